import { expect, test } from '@playwright/test';
import { expectNoHorizontalScroll, expectNoSeriousA11yViolations } from '../pages/accessibility.js';
import { ShellPage } from '../pages/shell.page.js';
import { SignInPage } from '../pages/sign-in.page.js';

const publicEntries = ['Inicio', 'Agenda', 'Provincias', 'Memoria'];
const roles = [
  {
    email: 'admin@demo.ruta.ec',
    name: 'Administración (demo)',
    role: 'Administración',
    entries: [
      ...publicEntries,
      'Conversatorios',
      'Hoja de ruta',
      'Documentos',
      'Tablero',
      'Consolidación',
      'Compromisos',
      'Buscar',
      'Organizaciones',
      'Programa',
      'Personas',
    ],
  },
  {
    email: 'analista@demo.ruta.ec',
    name: 'Analista de CONGOPE (demo)',
    role: 'Analista CONGOPE',
    entries: [
      ...publicEntries,
      'Conversatorios',
      'Hoja de ruta',
      'Documentos',
      'Tablero',
      'Consolidación',
      'Compromisos',
      'Buscar',
      'Organizaciones',
      'Personas',
    ],
  },
  {
    email: 'tecnico.azuay@demo.ruta.ec',
    name: 'Técnica de Azuay (demo)',
    role: 'Técnico provincial · Azuay',
    entries: [...publicEntries, 'Conversatorios', 'Hoja de ruta', 'Documentos', 'Tablero', 'Buscar', 'Organizaciones'],
  },
  {
    email: 'socio.aecid@demo.ruta.ec',
    name: 'Socio AECID (demo)',
    role: 'Socio cooperante · AECID',
    entries: [...publicEntries, 'Conversatorios', 'Hoja de ruta', 'Documentos', 'Tablero', 'Compromisos', 'Buscar', 'Organizaciones'],
  },
  {
    email: 'moderador@demo.ruta.ec',
    name: 'Moderación (demo)',
    role: 'Moderación',
    entries: [...publicEntries, 'Conversatorios', 'Hoja de ruta', 'Documentos', 'Tablero', 'Buscar', 'Organizaciones'],
  },
];

test.describe('signing in, for each role', () => {
  test('an anonymous visitor sees the public navigation and a sign-in button', async ({ page }) => {
    await page.goto('/');
    expect(await new ShellPage(page).navigationEntries()).toEqual(publicEntries);
    await expect(page.getByRole('link', { name: 'Ingresar' })).toBeVisible();
  });

  for (const account of roles) {
    test(`${account.email} sees their name, role and navigation`, async ({ page }, testInfo) => {
      const signIn = new SignInPage(page);
      await signIn.signInAs(account.email, account.name);
      if (testInfo.project.name === 'desktop') {
        await expect(page.getByTestId('current-role')).toHaveText(account.role);
      }
      expect(await new ShellPage(page).navigationEntries()).toEqual(account.entries);
      await expectNoSeriousA11yViolations(page);
    });
  }

  test('a wrong password gets a clear message, and the sign-in page is accessible in both languages', async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.goto();
    await expectNoSeriousA11yViolations(page);
    await signIn.signIn('admin@demo.ruta.ec', 'no-es-la-clave');
    await expect(page.getByRole('alert')).toHaveText('Correo o contraseña incorrectos.');
    await expect(page).toHaveURL(/\/ingresar$/);
    await expectNoHorizontalScroll(page);

    await new ShellPage(page).switchLanguage('EN');
    await page.getByLabel('Email').fill('admin@demo.ruta.ec');
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill('still-wrong');
    await page.getByRole('button', { name: 'Sign in', exact: true }).last().click();
    await expect(page.getByRole('alert')).toHaveText('Wrong email or password.');
    await expectNoSeriousA11yViolations(page);
  });

  test('the password’s eye button is named in the interface’s language and says whether the password shows', async ({ page }) => {
    await new SignInPage(page).goto();
    const eye = page.getByRole('button', { name: 'Mostrar contraseña', exact: true });
    await expect(eye).toHaveAttribute('aria-pressed', 'false');
    await expect(page.getByRole('button', { name: 'Toggle password visibility' })).toHaveCount(0);
    const password = page.getByRole('textbox', { name: 'Contraseña', exact: true });
    await password.fill('ruta-demo');
    await eye.click();
    await expect(eye).toHaveAttribute('aria-pressed', 'true');
    await expect(password).toHaveAttribute('type', 'text');
    await eye.click();
    await expect(password).toHaveAttribute('type', 'password');

    await new ShellPage(page).switchLanguage('EN');
    await expect(page.getByRole('button', { name: 'Show password', exact: true })).toHaveAttribute('aria-pressed', 'false');
  });

  test('a page for some roles sends an anonymous visitor to sign in, and back afterwards', async ({ page }) => {
    await page.goto('/personas');
    await expect(page).toHaveURL(/\/ingresar\?volver=%2Fpersonas$/);
    await new SignInPage(page).signIn('analista@demo.ruta.ec');
    await expect(page.getByRole('heading', { level: 2, name: 'Personas' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Nueva persona' })).toHaveCount(0);
  });

  test('signing out returns to the public view', async ({ page }) => {
    await new SignInPage(page).signInAs('moderador@demo.ruta.ec', 'Moderación (demo)');
    await page.getByRole('button', { name: 'Menú de la cuenta' }).click();
    await page.getByRole('menuitem', { name: 'Cerrar sesión' }).click();
    await expect(page.getByRole('link', { name: 'Ingresar' })).toBeVisible();
    expect(await new ShellPage(page).navigationEntries()).toEqual(publicEntries);
  });

  test('when the session ends elsewhere, the next action says so and asks to sign in again', async ({ page, context }) => {
    await new SignInPage(page).signInAs('analista@demo.ruta.ec', 'Analista de CONGOPE (demo)');
    // The session ends behind the page's back (signed out on another device).
    const other = await context.request.post('/graphql', { data: { query: 'mutation { logoutEverywhere }' } });
    expect(other.ok()).toBeTruthy();
    await new ShellPage(page).navigateTo('Personas');
    await expect(page).toHaveURL(/\/ingresar\?sesion=expirada&volver=%2Fpersonas$/);
    await expect(page.getByRole('status').filter({ hasText: 'Su sesión terminó' })).toBeVisible();
    await new SignInPage(page).signIn('analista@demo.ruta.ec');
    await expect(page.getByRole('heading', { level: 2, name: 'Personas' })).toBeVisible();
  });
});

test.describe('people administration', () => {
  test('an administrator invites a person, who sets a password through the link and signs in', async ({ page, browser, isMobile }) => {
    const stamp = Date.now().toString(36);
    const email = `invitada.${stamp}@example.org`;
    const name = `Invitada ${stamp}`;
    await new SignInPage(page).signInAs('admin@demo.ruta.ec', 'Administración (demo)');
    await new ShellPage(page).navigateTo('Personas');
    await expectNoSeriousA11yViolations(page);
    await page.getByRole('button', { name: 'Nueva persona' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nueva persona' });
    await dialog.getByLabel('Correo').fill(email);
    await dialog.getByLabel('Nombre').fill(name);
    await dialog.getByRole('combobox', { name: 'Rol' }).click();
    await page.getByRole('option', { name: 'Técnico provincial' }).click();
    await dialog.getByRole('combobox', { name: 'Provincia' }).fill('Loja');
    await page.getByRole('option', { name: 'Loja' }).click();
    await dialog.getByRole('button', { name: 'Guardar' }).click();

    const invitation = page.getByRole('dialog', { name: 'Invitación lista' });
    await expect(invitation).toBeVisible();
    const link = await invitation.getByLabel('Enlace de contraseña').inputValue();
    expect(link).toMatch(/\/definir-contrasena\/[\w-]+$/);
    await expectNoSeriousA11yViolations(page);
    await invitation.getByRole('button', { name: 'Cerrar' }).last().click();
    // A table on a wide screen; on a phone, one card per person with every column's value and the actions.
    const person = page.getByRole(isMobile ? 'article' : 'row', { name: new RegExp(name) });
    await expect(person).toContainText('Invitación pendiente');
    await expect(person).toContainText('Técnico provincial');
    await expect(person.getByRole('button', { name: `Acciones: ${name}` })).toBeVisible();
    await expectNoHorizontalScroll(page);

    const guestContext = await browser.newContext();
    const guest = await guestContext.newPage();
    await guest.goto(link);
    await expect(guest.getByText(`Hola, ${name}. Elija una contraseña para su cuenta ${email}.`)).toBeVisible();
    await expectNoSeriousA11yViolations(guest);
    await guest.getByLabel('Nueva contraseña').fill('una-clave-segura');
    await guest.getByLabel('Repita la contraseña').fill('una-clave-segura');
    await guest.getByRole('button', { name: 'Guardar y entrar' }).click();
    await expect(guest.getByRole('button', { name: 'Menú de la cuenta' })).toBeVisible();
    await guest.goto(link);
    await expect(guest.getByRole('alert')).toContainText('ya se usó o caducó');
    await guestContext.close();
  });
});
