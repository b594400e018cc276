import { expect, test, type Page } from '@playwright/test';
import { expectNoHorizontalScroll, expectNoSeriousA11yViolations, expectNothingCut } from '../pages/accessibility.js';
import { ShellPage } from '../pages/shell.page.js';
import { signedInPage } from '../pages/sign-in.page.js';

const CONVERSATORIO = 'Conversatorio: cooperación descentralizada y competencias provinciales';
const SOURCE = 'hermanamiento con regiones de España';

/** Picks an option of a Mantine select (a combobox) by typing part of its label. */
async function choose(page: Page, combobox: string, option: string | RegExp): Promise<void> {
  await page.getByRole('combobox', { name: combobox }).click();
  await page.getByRole('option', { name: option }).first().click();
}

test.describe('the hoja de ruta', () => {
  test('contribution → proposed item → agreed → AECID commitment accepted → on the dashboard', async ({ browser }) => {
    // Three people, eleven pages, seven axe checks: about 25 s on the 2-core machine, too close to
    // the default 30 s for a journey of this length.
    test.setTimeout(60_000);
    const title = `Hermanamiento para el riego comunitario de Azuay (${Date.now().toString(36)})`;

    // The Azuay technician proposes an item from her province's contribution.
    const technician = await signedInPage(browser, 'tecnico.azuay@demo.ruta.ec', 'Técnica de Azuay (demo)');
    await new ShellPage(technician).navigateTo('Conversatorios');
    await technician.getByRole('link', { name: CONVERSATORIO }).click();
    const source = technician.getByRole('article').filter({ hasText: SOURCE });
    await source.getByRole('link', { name: 'Proponer una acción' }).click();
    await expect(technician.getByRole('heading', { level: 2, name: 'Proponer una acción' })).toBeVisible();
    await expect(technician.getByRole('region', { name: 'A partir de estos aportes' })).toContainText(SOURCE);
    await expect(technician.getByRole('combobox', { name: 'Provincia líder' })).toHaveValue('Azuay');
    await expect(technician.getByRole('combobox', { name: 'Eje temático' })).toHaveValue('Cooperación descentralizada');
    await expectNoSeriousA11yViolations(technician);
    await expectNoHorizontalScroll(technician);
    await technician.getByRole('textbox', { name: 'Título' }).fill(title);
    await technician.getByRole('button', { name: 'Enviar la propuesta' }).click();
    await expect(technician.getByRole('main').getByRole('heading', { level: 2, name: title })).toBeVisible();
    await expect(technician.getByText('Propuesta', { exact: true }).first()).toBeVisible();
    await expect(technician.getByRole('region', { name: 'De dónde viene' })).toContainText(SOURCE);
    const itemUrl = technician.url();
    await expectNoSeriousA11yViolations(technician);
    await expectNoHorizontalScroll(technician);

    // The analyst agrees it and asks AECID for support.
    const analyst = await signedInPage(browser, 'analista@demo.ruta.ec', 'Analista de CONGOPE (demo)');
    await analyst.goto(itemUrl);
    await expect(analyst.getByRole('heading', { level: 2, name: title })).toBeVisible();
    await choose(analyst, 'Cambiar el estado', 'Acordada');
    await analyst.getByRole('button', { name: 'Aplicar' }).click();
    await expect(analyst.getByRole('region', { name: 'Historial' })).toContainText('Cambio de estado');
    await analyst.getByRole('button', { name: 'Solicitar apoyo a un socio' }).click();
    const dialog = analyst.getByRole('dialog', { name: 'Solicitar apoyo a un socio' });
    await dialog.getByRole('combobox', { name: 'Socio' }).fill('AECID');
    await analyst.getByRole('option', { name: /^AECID/ }).click();
    await choose(analyst, 'Tipo de apoyo', 'Intercambio de experiencias');
    await dialog.getByRole('textbox', { name: 'Qué se pide u ofrece' }).fill('Visita técnica a comunidades de regantes de Andalucía.');
    await dialog.getByRole('textbox', { name: 'Monto' }).fill('15000');
    await expectNoSeriousA11yViolations(analyst);
    await dialog.getByRole('button', { name: 'Enviar la solicitud' }).click();
    const request = analyst.getByRole('article', { name: 'Compromiso de AECID' });
    await expect(request).toContainText('Por revisar');
    await expect(analyst.getByText('Acordada', { exact: true }).first()).toBeVisible();

    // AECID's partner finds it in their inbox and accepts it.
    const partner = await signedInPage(browser, 'socio.aecid@demo.ruta.ec', 'Socio AECID (demo)');
    await new ShellPage(partner).navigateTo('Compromisos');
    const pending = partner.getByRole('link', { name: title });
    await expect(pending).toBeVisible();
    await expectNoSeriousA11yViolations(partner);
    await expectNoHorizontalScroll(partner);
    await pending.click();
    // The inbox lists AECID's other commitments too: act once the item's own page is shown.
    await expect(partner.getByRole('heading', { level: 2, name: title })).toBeVisible();
    const mine = partner.getByRole('article', { name: 'Compromiso de AECID' });
    await mine.getByRole('button', { name: 'Aceptar' }).click();
    await partner.getByRole('dialog').getByRole('textbox', { name: 'Comentario' }).fill('Lo incluimos en la programación de 2024.');
    await partner.getByRole('button', { name: 'Aceptar el compromiso' }).click();
    await expect(mine).toContainText('Aceptado');
    await expectNothingCut(mine); // the status badge beside the organisation and kind is never "Ace…"
    await expect(mine).toContainText('Lo incluimos en la programación de 2024.');

    // The analyst's open page follows live; the dashboard counts it; the figures lead to the list.
    await expect(request).toContainText('Aceptado', { timeout: 10_000 });
    await new ShellPage(analyst).navigateTo('Tablero');
    await expect(analyst.getByRole('region', { name: 'Por socio (compromisos)' })).toContainText(/AECID[\s\S]*Aceptado: \d/);
    await expectNoSeriousA11yViolations(analyst);
    await expectNoHorizontalScroll(analyst);
    await analyst.getByRole('link', { name: /^Azuay: \d+ acci/ }).click();
    await expect(analyst).toHaveURL(/hoja-de-ruta\?provincia=01/);
    await expect(analyst.getByRole('link', { name: title })).toBeVisible();

    // And back: the contribution shows the item it became.
    await new ShellPage(analyst).navigateTo('Conversatorios');
    await analyst.getByRole('link', { name: CONVERSATORIO }).click();
    const linked = analyst.getByRole('article').filter({ hasText: SOURCE });
    await expect(linked.getByRole('link', { name: title })).toBeVisible();
    for (const page of [technician, analyst, partner]) await page.context().close();
  });

  test('one rule for commitments: another partner’s support shows by kind only; a technician’s dashboard counts what its items show', async ({
    browser,
  }) => {
    // AECID reads an item GIZ supports: that it has support, and of which kind — not GIZ, not amounts.
    const partner = await signedInPage(browser, 'socio.aecid@demo.ruta.ec', 'Socio AECID (demo)');
    await partner.goto('/hoja-de-ruta?q=p%C3%A1ramos');
    // (The concurrent-edit test below retitles it 'Intercambio andino de páramos (…)' on the other screen size.)
    await partner
      .getByRole('link', { name: /^Intercambio andino/ })
      .first()
      .click();
    const commitments = partner.getByRole('region', { name: 'Compromisos' });
    await expect(commitments).toContainText('Apoyo de otros socios (sin nombres ni montos): Asistencia técnica (Aceptado)');
    await expect(commitments).not.toContainText('GIZ');
    await expect(commitments).not.toContainText('Aún no hay compromisos');
    await expect(partner.getByRole('region', { name: 'Historial' })).not.toContainText('GIZ');
    await expectNoSeriousA11yViolations(partner);

    // Pichincha's technician: the dashboard counts AECID's commitment on her province's item, as its page shows it.
    const technician = await signedInPage(browser, 'tecnico.pichincha@demo.ruta.ec', 'Técnico de Pichincha (demo)');
    await new ShellPage(technician).navigateTo('Tablero');
    await expect(technician.getByRole('region', { name: 'Por socio (compromisos)' })).toContainText('AECID');
    await expect(technician.getByRole('region', { name: 'Apoyo comprometido, por tipo' })).toContainText('Aceptado');
    await expectNoSeriousA11yViolations(technician);
    await expectNoHorizontalScroll(technician);
    for (const page of [partner, technician]) await page.context().close();
  });

  test('two analysts change the same item at once: the second is told, nothing is overwritten', async ({ browser }) => {
    const first = await signedInPage(browser, 'analista@demo.ruta.ec', 'Analista de CONGOPE (demo)');
    const second = await signedInPage(browser, 'admin@demo.ruta.ec', 'Administración (demo)');
    await new ShellPage(first).navigateTo('Hoja de ruta');
    // (Titled 'Intercambio andino sobre manejo de páramos…' in the demo data; earlier runs retitle it.)
    await first
      .getByRole('link', { name: /^Intercambio andino/ })
      .first()
      .click();
    await expect(first.getByRole('main').getByRole('heading', { level: 2 })).toContainText('Intercambio andino');
    await second.goto(first.url());
    await expect(second.getByRole('main').getByRole('heading', { level: 2 })).toContainText('Intercambio andino');

    // Both open the editor on the same version; the first saves, then the second.
    await first.getByRole('button', { name: 'Editar' }).click();
    await second.getByRole('button', { name: 'Editar' }).click();
    const stamp = Date.now().toString(36);
    await first.getByRole('dialog').getByRole('textbox', { name: 'Título' }).fill(`Intercambio andino de páramos (${stamp}, primera)`);
    await first.getByRole('dialog').getByRole('button', { name: 'Guardar' }).click();
    await expect(first.getByRole('main').getByRole('heading', { level: 2 })).toContainText('primera');
    await second.getByRole('dialog').getByRole('textbox', { name: 'Título' }).fill(`Intercambio andino de páramos (${stamp}, segunda)`);
    await second.getByRole('dialog').getByRole('button', { name: 'Guardar' }).click();
    const conflict = second.getByRole('dialog').getByRole('alert');
    await expect(conflict).toContainText('Otra persona cambió este registro');
    await expect(conflict).toContainText('primera');
    await expectNoSeriousA11yViolations(second);
    await first.reload();
    await expect(first.getByRole('main').getByRole('heading', { level: 2 })).toContainText('primera');
    await first.context().close();
    await second.context().close();
  });

  test('every roadmap page is accessible and fits the screen, for analysts and partners', async ({ browser }) => {
    test.setTimeout(60_000); // two people, seven pages, an axe run on each
    const analyst = await signedInPage(browser, 'analista@demo.ruta.ec', 'Analista de CONGOPE (demo)');
    const shell = new ShellPage(analyst);
    await shell.navigateTo('Hoja de ruta');
    await expect(analyst.getByText(/^\d+ acciones$/)).toBeVisible();
    await expectNoSeriousA11yViolations(analyst);
    await expectNoHorizontalScroll(analyst);
    await analyst.getByRole('button', { name: 'Importar CSV' }).click();
    await expect(analyst.getByRole('dialog', { name: 'Importar acciones desde CSV' })).toBeVisible();
    await expectNoSeriousA11yViolations(analyst);
    await analyst.getByRole('dialog').getByRole('button', { name: 'Cerrar' }).first().click();

    await analyst.getByRole('link', { name: 'Red de productores agroecológicos de la costa con comercio justo' }).click();
    await expect(analyst.getByRole('region', { name: 'Historial' })).toBeVisible();
    await expect(analyst.getByRole('article', { name: 'Compromiso de UE' })).toContainText('Rechazado');
    await expectNoSeriousA11yViolations(analyst);
    await expectNoHorizontalScroll(analyst);

    await shell.navigateTo('Consolidación');
    // A seeded question with a look-alike item (the queue's first card depends on what other tests added).
    await analyst
      .getByRole('article', { name: /^¿Qué instancias del Ministerio de Relaciones Exteriores/ })
      .getByRole('button', { name: 'Buscar parecidos' })
      .click();
    await expect(analyst.getByRole('heading', { name: 'Acciones parecidas' })).toBeVisible();
    // The look-alikes panel is narrow: titles wrap, the figure and "Vincular aquí" are read whole.
    await expect(analyst.getByRole('button', { name: 'Vincular aquí' }).first()).toBeVisible();
    await expectNothingCut(analyst.getByRole('region', { name: 'Parecidos' }));
    await expectNoSeriousA11yViolations(analyst);
    await expectNoHorizontalScroll(analyst);

    const partner = await signedInPage(browser, 'socio.giz@demo.ruta.ec', 'Socia GIZ (demo)');
    await new ShellPage(partner).navigateTo('Tablero');
    await expect(partner.getByRole('group', { name: 'Mapa del Ecuador: acciones por provincia' })).toBeVisible();
    // A partner's figures by partner show their own organisation only.
    await expect(partner.getByRole('region', { name: 'Por socio (compromisos)' }).getByRole('link')).toHaveCount(1);
    await expectNoSeriousA11yViolations(partner);
    await expectNoHorizontalScroll(partner);
    await new ShellPage(partner).navigateTo('Compromisos');
    await partner
      .locator('label')
      .filter({ hasText: /^Todos$/ })
      .click();
    await expect(partner.getByText('GIZ · Asistencia técnica')).toBeVisible();
    await expectNoSeriousA11yViolations(partner);
    await expectNoHorizontalScroll(partner);
    await analyst.context().close();
    await partner.context().close();
  });
});
