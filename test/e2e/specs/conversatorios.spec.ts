import { expect, test, type Page } from '@playwright/test';
import { expectNoHorizontalScroll, expectNoSeriousA11yViolations } from '../pages/accessibility.js';
import { ShellPage } from '../pages/shell.page.js';
import { SignInPage, signedInPage } from '../pages/sign-in.page.js';

const TITLE = 'Conversatorio: cooperación descentralizada y competencias provinciales';

async function openConversatorio(page: Page): Promise<void> {
  await new ShellPage(page).navigateTo('Conversatorios');
  await page.getByRole('link', { name: TITLE }).click();
  await expect(page.getByRole('heading', { level: 2, name: TITLE })).toBeVisible();
}

test.describe('conversatorios', () => {
  test('a technician adds a contribution and an analyst sees it appear without reloading', async ({ browser }) => {
    const analyst = await signedInPage(browser, 'analista@demo.ruta.ec', 'Analista de CONGOPE (demo)');
    await openConversatorio(analyst);
    await expect(analyst.getByRole('article').filter({ hasText: 'hermanamiento con regiones de España' })).toBeVisible();
    await expectNoSeriousA11yViolations(analyst);
    await expectNoHorizontalScroll(analyst);

    const technician = await signedInPage(browser, 'tecnico.azuay@demo.ruta.ec', 'Técnica de Azuay (demo)');
    await openConversatorio(technician);
    const form = technician.getByRole('region', { name: 'Nuevo aporte' });
    await expect(form.getByRole('combobox', { name: 'Provincia' })).toHaveValue('Azuay');
    // Whoever writes finds the form before the filters and the contributions, on a phone as on a desktop.
    const formTop = (await form.boundingBox())?.y ?? Infinity;
    const boardTop = (await technician.getByRole('region', { name: /^Aportes/ }).boundingBox())?.y ?? -Infinity;
    const viewport = technician.viewportSize() ?? { width: 0, height: 0 };
    if (viewport.width < 992) expect(formTop).toBeLessThan(boardTop); // one column below Mantine's `md`
    expect(formTop).toBeLessThan(viewport.height * 2);
    const body = `Mesa técnica provincial de riego con la cooperación vasca (${Date.now().toString(36)})`;
    await form.getByRole('textbox', { name: 'Aporte' }).fill(body);
    await form.getByLabel('ODS').fill('Agua limpia');
    await technician.keyboard.press('ArrowDown');
    await technician.keyboard.press('Enter');
    await technician.keyboard.press('Escape');
    await form.getByRole('button', { name: 'Enviar aporte' }).click();
    await expect(form.getByRole('status')).toHaveText('Aporte enviado.');

    // The analyst's page shows it without a reload, through the subscription.
    await expect(analyst.getByRole('article').filter({ hasText: body })).toBeVisible({ timeout: 10_000 });
    await expect(analyst.getByRole('article').filter({ hasText: body })).toContainText('ODS 6');
    await expectNoSeriousA11yViolations(technician);
    await analyst.context().close();
    await technician.context().close();
  });

  test('searching "cooperacion" finds contributions written "cooperación"', async ({ browser }) => {
    const page = await signedInPage(browser, 'tecnico.pichincha@demo.ruta.ec', 'Técnico de Pichincha (demo)');
    await openConversatorio(page);
    await page.getByRole('searchbox', { name: 'Buscar en los aportes' }).fill('cooperacion');
    // Once the search applies, what has nothing of "cooperación" is gone and the rest stays.
    await expect(page.getByRole('article').filter({ hasText: 'red de productores agroecológicos' })).toHaveCount(0);
    await expect(page.getByRole('article').filter({ hasText: 'proyectos de cooperación descentralizada' })).toBeVisible();
    for (const text of await page.getByRole('article').allInnerTexts()) expect(text).toMatch(/cooper/i);
    await page.context().close();
  });

  test('a half-written contribution is not lost: a warning on leaving, a draft after a reload and after signing in again', async ({
    browser,
  }) => {
    const page = await signedInPage(browser, 'tecnico.azuay@demo.ruta.ec', 'Técnica de Azuay (demo)');
    const prompts: string[] = [];
    page.on('dialog', (dialog) => {
      prompts.push(dialog.type());
      void dialog.accept();
    });
    await openConversatorio(page);
    const form = page.getByRole('region', { name: 'Nuevo aporte' });
    const textbox = form.getByRole('textbox', { name: 'Aporte' });
    const body = `Borrador: fondo concursable de riego (${Date.now().toString(36)})`;
    await textbox.fill(body);
    // The counter is part of the field's description, read with the field rather than on each key.
    await expect(textbox).toHaveAccessibleDescription(new RegExp(`${body.length} / 4000`));

    // Leaving inside the app asks first; staying keeps the text.
    await new ShellPage(page).navigateTo('Agenda');
    const warning = page.getByRole('dialog', { name: '¿Salir sin enviar?' });
    await expect(warning).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await warning.getByRole('button', { name: 'Seguir aquí' }).click();
    await expect(warning).toBeHidden();
    await expect(page.getByRole('heading', { level: 2, name: TITLE })).toBeVisible();
    await expect(textbox).toHaveValue(body);

    // A reload asks the browser's own question, and the draft comes back.
    await page.reload();
    expect(prompts).toEqual(['beforeunload']);
    await expect(textbox).toHaveValue(body);
    await expect(form.getByRole('status')).toContainText('Se recuperó un borrador sin enviar');

    // The session ends; sending takes the person to sign in, and back to their text.
    await page.context().clearCookies();
    await form.getByRole('button', { name: 'Enviar aporte' }).click();
    await expect(page).toHaveURL(/\/ingresar\?sesion=expirada/);
    await new SignInPage(page).signIn('tecnico.azuay@demo.ruta.ec');
    await expect(page.getByRole('heading', { level: 2, name: TITLE })).toBeVisible();
    await expect(textbox).toHaveValue(body);

    // Sent: the draft is gone, and nothing asks before a reload.
    await form.getByRole('button', { name: 'Enviar aporte' }).click();
    await expect(form.getByRole('status')).toHaveText('Aporte enviado.');
    await page.reload();
    await expect(page.getByRole('heading', { level: 2, name: TITLE })).toBeVisible();
    await expect(textbox).toHaveValue('');
    await expect(form.getByText('Se recuperó un borrador sin enviar')).toHaveCount(0);
    expect(prompts).toEqual(['beforeunload']);
    await page.context().close();
  });
});
