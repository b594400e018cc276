import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expectNoHorizontalScroll, expectNoSeriousA11yViolations } from '../pages/accessibility.js';
import { ShellPage } from '../pages/shell.page.js';
import { SignInPage } from '../pages/sign-in.page.js';

test.describe('the memoria de trabajo', () => {
  test('an analyst generates the memoria, sees its progress, downloads the PDF and publishes it for everyone', async ({
    page,
    browser,
  }) => {
    await new SignInPage(page).signInAs('analista@demo.ruta.ec', 'Analista de CONGOPE (demo)');
    await new ShellPage(page).navigateTo('Memoria');
    await expect(page.getByRole('heading', { level: 2, name: 'Memoria de trabajo' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByRole('button', { name: 'Generar', exact: true }).click();
    const progress = page.getByRole('status').filter({ hasText: 'Todo el foro' });
    await expect(progress.getByRole('progressbar')).toBeVisible();
    await expect(progress).toContainText('Lista', { timeout: 60_000 });
    await expect(progress).toContainText('Avance: 100 %');
    await expectNoSeriousA11yViolations(page);
    await expectNoHorizontalScroll(page);

    const downloading = page.waitForEvent('download');
    await progress.getByRole('link', { name: 'PDF — Todo el foro' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const bytes = await readFile((await download.path())!);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    await progress.getByRole('button', { name: 'Publicar esta versión' }).click();
    await expect(progress).toContainText(/Publicada como versión \d+/);
    const number = (await progress.innerText()).match(/versión (\d+)/)![1];

    // A visitor who is not signed in finds it and can download it.
    const visitor = await browser.newContext({
      baseURL: test.info().project.use.baseURL,
      viewport: test.info().project.use.viewport ?? undefined,
    });
    const anonymous = await visitor.newPage();
    await anonymous.goto('/memoria');
    const published = anonymous.getByRole('article', { name: `Versión ${number}` });
    await expect(published).toBeVisible();
    const response = await anonymous.request.get(`/exports/memoria/versiones/${number}.pdf`);
    expect(response.status()).toBe(200);
    await expectNoSeriousA11yViolations(anonymous);
    await visitor.close();
  });
});
