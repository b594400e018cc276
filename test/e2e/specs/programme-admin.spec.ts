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
    await dialog.getByRole('textbox', { name: 'Título' }).fill(title);
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
    await expect(page.getByRole('cell', { name: title, exact: true })).toBeVisible();
    await new ShellPage(page).navigateTo('Agenda');
    await expect(page.getByText(title)).toBeVisible();
    await new ShellPage(page).navigateTo('Programa');
    // Remove it again so that the next run (the other screen size) finds the slot free.
    await page.getByRole('button', { name: `Eliminar «${title}»` }).click();
    await expect(page.getByRole('cell', { name: title, exact: true })).toHaveCount(0);
  });
});
