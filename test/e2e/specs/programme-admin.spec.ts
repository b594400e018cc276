import { expect, test } from '@playwright/test';
import { expectNoHorizontalScroll, expectNoSeriousA11yViolations } from '../pages/accessibility.js';
import { ShellPage } from '../pages/shell.page.js';
import { SignInPage } from '../pages/sign-in.page.js';

test.describe('programme administration', () => {
  test('an administrator adds a session; a clash is explained on the form; the public agenda shows it', async ({ page }) => {
    await new SignInPage(page).signInAs('admin@demo.ruta.ec', 'Administración (demo)');
    await new ShellPage(page).navigateTo('Programa');
    await expect(page.getByRole('heading', { level: 2, name: 'Programa del foro' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await expectNoHorizontalScroll(page);

    const title = `Mesa técnica ${Date.now().toString(36)}`;
    await page.getByRole('button', { name: 'Nueva sesión' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nueva sesión' });
    await dialog.getByRole('textbox', { name: 'Título', exact: true }).fill(title);
    // 09:10 falls inside the opening: refused, saying with what it overlaps.
    await dialog.getByLabel('Desde').fill('09:10');
    await dialog.getByLabel('Hasta').fill('09:20');
    await dialog.getByRole('button', { name: 'Guardar' }).click();
    await expect(dialog).toContainText('Se superpone con');
    await expectNoSeriousA11yViolations(page);
    // The day's first half hour is free.
    await dialog.getByLabel('Desde').fill('08:30');
    await dialog.getByLabel('Hasta').fill('08:55');
    await dialog.getByRole('button', { name: 'Guardar' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole('cell', { name: new RegExp(`^${title}`) })).toBeVisible();
    await new ShellPage(page).navigateTo('Agenda');
    await expect(page.getByText(title)).toBeVisible();
    await new ShellPage(page).navigateTo('Programa');
    // Remove it again so that the next run (the other screen size) finds the slot free.
    await page.getByRole('button', { name: `Eliminar «${title}»` }).click();
    await expect(page.getByRole('cell', { name: new RegExp(`^${title}`) })).toHaveCount(0);
  });

  test('an administrator gives a talk its speaker and links, writes its ponencia, and the agenda shows them', async ({ page }) => {
    const stamp = Date.now().toString(36);
    const name = `Ponente ${stamp}`;
    await new SignInPage(page).signInAs('admin@demo.ruta.ec', 'Administración (demo)');
    await new ShellPage(page).navigateTo('Programa');
    await page.getByRole('button', { name: 'Nuevo ponente' }).click();
    const speakerDialog = page.getByRole('dialog', { name: 'Nuevo ponente' });
    await speakerDialog.getByRole('textbox', { name: 'Nombre' }).fill(name);
    await speakerDialog.getByRole('textbox', { name: 'Cargo' }).fill('Directora de cooperación');
    await speakerDialog.getByRole('textbox', { name: 'Reseña biográfica' }).fill(`Reseña de prueba ${stamp}.`);
    await speakerDialog.getByRole('button', { name: 'Guardar' }).click();
    await expect(speakerDialog).toHaveCount(0);

    await page.getByRole('button', { name: 'Intervenciones: Conferencia magistral: Cooperación Sur-Sur' }).click();
    const talks = page.getByRole('dialog', { name: 'Intervenciones: Conferencia magistral: Cooperación Sur-Sur' });
    const talk = talks.getByRole('region', { name: 'Intervención 1' });
    await talk.getByRole('combobox', { name: 'Ponente' }).fill(name);
    await page.getByRole('option', { name }).click();
    // A link that is not http(s) is refused on its field.
    await talk.getByRole('textbox', { name: 'Enlace a la presentación' }).fill('javascript:alert(1)');
    await talk.getByRole('button', { name: 'Guardar' }).click();
    await expect(talk.getByRole('textbox', { name: 'Enlace a la presentación' })).toHaveAccessibleDescription(/.+/);
    await talk.getByRole('textbox', { name: 'Enlace a la presentación' }).fill('https://congope.gob.ec/foro/sur-sur.pdf');
    await talk.getByRole('button', { name: 'Guardar' }).click();
    await expect(talk.getByRole('status')).toHaveText('Guardado.');
    await expectNoSeriousA11yViolations(page);
    await expectNoHorizontalScroll(page);

    // The ponencia: written in the shared editor, with the talk's speaker and links above it.
    await talk.getByRole('button', { name: `Escribir la ponencia: ${name}` }).click();
    await expect(
      page.getByRole('heading', { level: 2, name: `Ponencia: Conferencia magistral: Cooperación Sur-Sur — ${name}` }),
    ).toBeVisible();
    await expect(page.getByText(`Reseña de prueba ${stamp}.`)).toBeVisible();
    await expect(page.getByRole('link', { name: /Presentación/ })).toHaveAttribute('href', 'https://congope.gob.ec/foro/sur-sur.pdf');
    await expect(page.getByRole('status').filter({ hasText: 'Guardado' })).toBeVisible({ timeout: 15_000 });
    const editor = page.getByRole('textbox', { name: /^Ponencia:/ });
    const last = editor.locator(':scope > p').last();
    const box = (await last.boundingBox())!;
    await last.click({ position: { x: box.width - 2, y: box.height - 4 } });
    const summary = `La cooperación Sur-Sur se apoya en capacidades de los territorios (${stamp}).`;
    await page.keyboard.type(summary);
    await expect(page.getByRole('status').filter({ hasText: 'Guardado' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await expectNoHorizontalScroll(page);

    // A technician finds it from the agenda once it is stored.
    const technician = await page
      .context()
      .browser()!
      .newContext({
        baseURL: test.info().project.use.baseURL,
        viewport: test.info().project.use.viewport ?? undefined,
      });
    const reader = await technician.newPage();
    await new SignInPage(reader).signInAs('tecnico.azuay@demo.ruta.ec', 'Técnica de Azuay (demo)');
    await expect(async () => {
      await reader.goto('/agenda?vista=tema&tema=cooperacion-sur-sur');
      await expect(reader.getByText(`Reseña de prueba ${stamp}.`)).toBeVisible();
      await expect(reader.getByRole('button', { name: `Leer la ponencia: ${name}` })).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 20_000 });
    await expectNoSeriousA11yViolations(reader);
    await expectNoHorizontalScroll(reader);
    await reader.getByRole('button', { name: `Leer la ponencia: ${name}` }).click();
    await expect(reader.getByRole('textbox', { name: /^Ponencia:/ })).toContainText(summary);
    await technician.close();
  });
});
