import { expect, test, type Page } from '@playwright/test';
import { SignInPage } from '../pages/sign-in.page.js';

/** Each payload, if it ran, would set `window.__xss`. */
const PAYLOADS = [
  '<script>window.__xss = 1</script>',
  '<img src=x onerror="window.__xss = 1">',
  '<svg onload="window.__xss = 1"><circle r=5 /></svg>',
  '<a href="JaVaScRiPt:window.__xss = 1">enlace</a>',
  '<a href=" javascript:window.__xss = 1">espacio</a>',
  '<iframe src="data:text/html,<script>parent.__xss = 1</script>"></iframe>',
  '"><img src=x onerror=window.__xss=1>',
  '<div style="background:url(javascript:window.__xss = 1)">estilo</div>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>',
  '<a href="data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX194c3M9MTwvc2NyaXB0Pg==">datos</a>',
];

/** Nothing in the page runs script from what people typed: no flag, no dangerous attribute, no foreign element. */
async function expectInert(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
  const dangerous = await page.evaluate(() =>
    [...document.querySelectorAll('main *')]
      .filter(
        (element) =>
          ['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED'].includes(element.tagName) ||
          [...element.attributes].some(
            (attribute) =>
              /^on/i.test(attribute.name) ||
              (/^(href|src|xlink:href|action)$/i.test(attribute.name) && /^\s*(javascript|data):/i.test(attribute.value)),
          ),
      )
      .map((element) => element.outerHTML.slice(0, 120)),
  );
  expect(dangerous).toEqual([]);
}

test('typed, pasted and stored payloads never run: contributions, the editor, versions and search', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const stamp = Date.now().toString(36);
  await new SignInPage(page).signInAs('analista@demo.ruta.ec', 'Analista de CONGOPE (demo)');

  // Through GraphQL: a contribution carrying every payload (stored as text, or refused).
  const conversatorios = await page.request.post('/graphql', {
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    data: { query: '{ conversatorios { id title status provinces { code } } }' },
  });
  const list = (await conversatorios.json()) as {
    data: { conversatorios: Array<{ id: string; status: string; provinces: Array<{ code: string }> }> };
  };
  const open = list.data.conversatorios.find((conversatorio) => conversatorio.status === 'OPEN')!;
  const created = await page.request.post('/graphql', {
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    data: {
      query: 'mutation ($input: CreateContributionInput!) { createContribution(input: $input) { id } }',
      variables: {
        input: { conversatorioId: open.id, provinceCode: open.provinces[0].code, type: 'IDEA', body: `xss${stamp} ${PAYLOADS.join(' ')}` },
      },
    },
  });
  expect(created.ok()).toBe(true);
  await page.goto(`/conversatorios/${open.id}`);
  await expect(page.getByText(`xss${stamp}`).first()).toBeVisible();
  await expectInert(page);
  await page.goto(`/buscar?q=xss${stamp}`);
  await expect(page.getByText(`xss${stamp}`).first()).toBeVisible();
  await expectInert(page);

  // Pasted into the editor as HTML.
  await page.goto('/documentos');
  await page.getByRole('link', { name: 'Hoja de ruta nacional' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Guardado' })).toBeVisible({ timeout: 15_000 });
  const editor = page.getByRole('textbox', { name: 'Hoja de ruta nacional' });
  await editor.click();
  await editor.evaluate(
    (element, html) => {
      const data = new DataTransfer();
      data.setData('text/html', html);
      data.setData('text/plain', 'pegado');
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    },
    `<p>pegado${stamp}</p>${PAYLOADS.join('')}`,
  );
  await expect(editor).toContainText(`pegado${stamp}`);
  await expect(page.getByRole('status').filter({ hasText: 'Guardado' })).toBeVisible({ timeout: 15_000 });
  await expectInert(page);

  // A saved version shows the stored (sanitized) HTML.
  await page.getByRole('tab', { name: 'Versiones' }).click();
  await page.getByRole('textbox', { name: 'Nombre de la versión' }).fill(`Con pegado ${stamp}`);
  await page.getByRole('button', { name: 'Guardar versión' }).click();
  await page.getByRole('tabpanel', { name: 'Versiones' }).getByRole('button', { name: 'Ver', exact: true }).first().click();
  await expect(page.getByText(`pegado${stamp}`).last()).toBeVisible();
  await expectInert(page);

  // Reloaded from what the server stored.
  await page.reload();
  await expect(editor).toContainText(`pegado${stamp}`);
  await expectInert(page);
  expect(dialogs).toEqual([]);
});
