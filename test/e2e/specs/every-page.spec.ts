import { expect, test, type Page } from '@playwright/test';
import { seriousA11yViolations } from '../pages/accessibility.js';
import { ShellPage } from '../pages/shell.page.js';
import { SignInPage } from '../pages/sign-in.page.js';

/**
 * Every page each role reaches, on the project's screen (desktop and phone), in English and — with
 * the journeys' own checks — in Spanish: axe-core (the current version) finds nothing serious or
 * critical. Failures are collected page by page, so one run names every page that regressed.
 */

/** The first link of a list page that leads to one of its records (`/conversatorios/<id>`…). */
async function firstRecord(page: Page, list: string): Promise<string> {
  await page.goto(list);
  const link = page.getByRole('main').locator(`a[href^="${list}/"]:not([href$="/nueva"])`).first();
  await expect(link).toBeVisible();
  const href = await link.getAttribute('href');
  if (!href) throw new Error(`no record linked from ${list}`);
  return href;
}

/**
 * Each page in English; in Spanish too where no other spec runs axe on it (the journeys check the
 * Spanish pages they pass through, on both screens). axe takes about 2 s a page on this machine.
 */
async function checkPages(page: Page, english: string[], spanish: string[] = []): Promise<void> {
  const shell = new ShellPage(page);
  for (const [language, paths] of [
    ['ES', spanish],
    ['EN', english],
  ] as const) {
    if (paths.length === 0) continue;
    await page.goto('/');
    await shell.switchLanguage(language);
    for (const path of paths) {
      await test.step(`${language} ${path}`, async () => {
        await page.goto(path);
        await expect(page.getByRole('main').getByRole('heading').first()).toBeVisible();
        await expect(page.locator('.mantine-Loader-root')).toHaveCount(0); // the page's data has come
        expect.soft(await seriousA11yViolations(page), `${language} ${path}`).toEqual([]);
      });
    }
  }
}

test.describe('every page passes axe in both languages', () => {
  test.describe.configure({ timeout: 180_000 });

  test('a visitor without an account', async ({ page }) => {
    await checkPages(page, [
      '/',
      '/agenda',
      '/agenda?vista=tema',
      '/provincias',
      '/memoria',
      '/ingresar',
      '/definir-contrasena/desconocido',
      '/no-existe',
    ]);
  });

  test('an analyst of CONGOPE', async ({ page }) => {
    await new SignInPage(page).signInAs('analista@demo.ruta.ec', 'Analista de CONGOPE (demo)');
    const conversatorio = await firstRecord(page, '/conversatorios');
    const item = await firstRecord(page, '/hoja-de-ruta');
    const document = await firstRecord(page, '/documentos');
    await checkPages(
      page,
      [
        '/conversatorios',
        conversatorio,
        '/hoja-de-ruta',
        '/hoja-de-ruta/nueva',
        item,
        '/tablero',
        '/documentos',
        document,
        '/buscar?q=cooperaci%C3%B3n',
        '/consolidacion',
        '/compromisos',
        '/memoria',
        '/cuenta',
        '/avisos',
      ],
      ['/cuenta'],
    );
  });

  test('an administrator', async ({ page }) => {
    await new SignInPage(page).signInAs('admin@demo.ruta.ec', 'Administración (demo)');
    await checkPages(page, ['/organizaciones', '/personas', '/programa'], ['/organizaciones']);
  });

  test('a partner and a provincial technician', async ({ page, browser }) => {
    await new SignInPage(page).signInAs('socio.giz@demo.ruta.ec', 'Socia GIZ (demo)');
    const item = await firstRecord(page, '/hoja-de-ruta');
    await checkPages(page, ['/tablero', '/compromisos', item]);

    const context = await browser.newContext({
      baseURL: test.info().project.use.baseURL,
      viewport: test.info().project.use.viewport ?? undefined,
      isMobile: test.info().project.use.isMobile,
      hasTouch: test.info().project.use.hasTouch,
    });
    const technician = await context.newPage();
    await new SignInPage(technician).signInAs('tecnico.azuay@demo.ruta.ec', 'Técnica de Azuay (demo)');
    const conversatorio = await firstRecord(technician, '/conversatorios');
    await checkPages(technician, ['/tablero', conversatorio, '/hoja-de-ruta/nueva']);
    await context.close();
  });
});
