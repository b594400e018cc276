import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expectNoHorizontalScroll, expectNoSeriousA11yViolations } from '../pages/accessibility.js';
import { ShellPage } from '../pages/shell.page.js';
import { SignInPage } from '../pages/sign-in.page.js';

/** Generates a whole-forum draft in a language and waits until it is done; returns its section. */
async function generate(page: Page, language: 'Español' | 'English') {
  // The segmented control's radios are visually hidden; a person clicks the label.
  await page.getByRole('region', { name: 'Generar un borrador' }).getByText(language, { exact: true }).click();
  await expect(page.getByRole('radio', { name: language })).toBeChecked();
  await page.getByRole('button', { name: 'Generar', exact: true }).click();
  // The scope is named in the memoria's own language.
  const scope = language === 'English' ? 'The whole forum · EN' : 'Todo el foro · ES';
  const draft = page.getByRole('region', { name: new RegExp(`^${scope} · generado el`) });
  await expect(draft.getByRole('progressbar')).toBeVisible();
  await expect(draft.getByRole('status')).toContainText('Lista', { timeout: 60_000 });
  await expect(draft.getByRole('status')).toContainText('Avance: 100 %');
  return draft;
}

test.describe('the memoria de trabajo', () => {
  test('an analyst generates drafts told apart, downloads one under a meaningful name and publishes it after confirming', async ({
    page,
    browser,
  }) => {
    test.setTimeout(150_000);
    await new SignInPage(page).signInAs('analista@demo.ruta.ec', 'Analista de CONGOPE (demo)');
    await new ShellPage(page).navigateTo('Memoria');
    await expect(page.getByRole('heading', { level: 2, name: 'Memoria de trabajo' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    // Two drafts: each labelled with scope, language and generation time, no two alike.
    await generate(page, 'Español');
    const draft = await generate(page, 'English');
    await expectNoSeriousA11yViolations(page);
    await expectNoHorizontalScroll(page);
    const recent = page.getByRole('region', { name: 'Borradores recientes' });
    const labels = [
      (await draft.getAttribute('aria-label'))!,
      ...(await recent.getByRole('group').evaluateAll((groups) => groups.map((group) => group.getAttribute('aria-label') ?? ''))),
    ].filter((label) => /^(Todo el foro|The whole forum) · /.test(label));
    expect(labels.length).toBeGreaterThanOrEqual(2);
    expect(new Set(labels).size).toBe(labels.length);
    // An older finished draft can be published too, not only the last one.
    await expect(recent.getByRole('button', { name: /^Publicar esta versión — Todo el foro · ES/ }).first()).toBeVisible();

    const downloading = page.waitForEvent('download');
    await draft.getByRole('link', { name: /^PDF — The whole forum · EN/ }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^memoria-borrador-foro-en-\d{4}-\d{2}-\d{2}-\d{4}\.pdf$/);
    const bytes = await readFile((await download.path())!);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    // Publishing is public and permanent: it is confirmed first; cancelling publishes nothing.
    const published = page.getByRole('region', { name: 'Memorias publicadas' }).getByRole('article');
    const before = await published.count();
    await draft.getByRole('button', { name: /^Publicar esta versión/ }).click();
    const confirm = page.getByRole('dialog', { name: '¿Publicar esta memoria?' });
    await expect(confirm).toContainText('cualquier persona podrá verla');
    await expect(confirm).toContainText('no se puede retirar ni cambiar');
    await expectNoSeriousA11yViolations(page);
    await confirm.getByRole('button', { name: 'Cancelar' }).click();
    await expect(confirm).toBeHidden();
    await expect(draft).not.toContainText('Publicada como versión');
    await page.reload();
    await expect(published).toHaveCount(before);

    const again = page.getByRole('region', { name: 'Borradores recientes' });
    await again
      .getByRole('button', { name: /^Publicar esta versión — The whole forum · EN/ })
      .first()
      .click();
    await confirm.getByRole('button', { name: 'Publicar para todos' }).click();
    await expect(again).toContainText(/Publicada como versión \d+/);
    const number = (await again.innerText()).match(/versión (\d+)/)![1];
    await expect(published).toHaveCount(before + 1);

    // A visitor who is not signed in finds it and can download it, under its number.
    const visitor = await browser.newContext({
      baseURL: test.info().project.use.baseURL,
      viewport: test.info().project.use.viewport ?? undefined,
    });
    const anonymous = await visitor.newPage();
    await anonymous.goto('/memoria');
    await expect(anonymous.getByRole('article', { name: `Versión ${number}` })).toBeVisible();
    const response = await anonymous.request.get(`/exports/memoria/versiones/${number}.pdf`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-disposition']).toBe(`attachment; filename="memoria-v${number}-foro-en.pdf"`);
    await expectNoSeriousA11yViolations(anonymous);
    await visitor.close();
  });
});
