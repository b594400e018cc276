import { expect, test } from '@playwright/test';
import { SignInPage } from '../pages/sign-in.page.js';

/** The server's content security policy, and the web app living within it. */
test('every kind of page runs within the content security policy: nothing refused', async ({ page }) => {
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
  });
  const response = await page.goto('/');
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  await new SignInPage(page).signInAs('analista@demo.ruta.ec', 'Analista de CONGOPE (demo)');
  // Live data (WebSocket subscriptions), the editor (its WebSocket), the map, the memoria.
  for (const path of ['/agenda', '/conversatorios', '/hoja-de-ruta', '/tablero', '/documentos', '/memoria', '/buscar?q=riego']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
  }
  await page.goto('/documentos');
  await page.getByRole('link', { name: 'Hoja de ruta nacional' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Guardado' })).toBeVisible({ timeout: 15_000 });
  expect(refused).toEqual([]);
});
