import { expect, test, type Page } from '@playwright/test';
import { expectNoHorizontalScroll, expectNoSeriousA11yViolations } from '../pages/accessibility.js';
import { ShellPage } from '../pages/shell.page.js';
import { signedInPage } from '../pages/sign-in.page.js';

const CONVERSATORIO = 'Conversatorio: cooperación descentralizada y competencias provinciales';
const DEMO_ITEM = 'Escuela de formulación de proyectos de cooperación descentralizada';

/** Opens the seeded conversatorio's outcome document from the conversatorio page. */
async function openOutcomeDocument(page: Page, link: 'Escribir la relatoría' | 'Leer la relatoría'): Promise<void> {
  await new ShellPage(page).navigateTo('Conversatorios');
  await page.getByRole('link', { name: CONVERSATORIO }).click();
  await page.getByRole('link', { name: link }).click();
  await expect(page.getByRole('status').filter({ hasText: /Guardado|Solo lectura/ })).toBeVisible({ timeout: 15_000 });
}

const editorOf = (page: Page) => page.getByRole('textbox', { name: /^Relatoría:/ });

/** Puts the caret at the very end of the document (a click at the end of its last paragraph) and adds a paragraph. */
async function writeAtEnd(page: Page, text: string): Promise<void> {
  const last = editorOf(page).locator(':scope > p').last();
  const box = (await last.boundingBox())!;
  await last.click({ position: { x: box.width - 2, y: box.height - 4 } });
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type(text);
}

test.describe('the collaborative editor', () => {
  test('a technician and an analyst write in the same outcome document and see each other, with named carets', async ({ browser }) => {
    test.setTimeout(60_000); // two people signing in, two editors syncing, an axe run: ≈ 30 s on two cores when first in the run
    const technician = await signedInPage(browser, 'tecnico.azuay@demo.ruta.ec', 'Técnica de Azuay (demo)');
    const analyst = await signedInPage(browser, 'analista@demo.ruta.ec', 'Analista de CONGOPE (demo)');
    await openOutcomeDocument(technician, 'Escribir la relatoría');
    await openOutcomeDocument(analyst, 'Escribir la relatoría');
    // The seeded draft, with its live action item block.
    await expect(editorOf(analyst)).toContainText('Síntesis del conversatorio');
    await expect(analyst.getByRole('region', { name: `Acción: ${DEMO_ITEM}` })).toBeVisible();

    const stamp = Date.now().toString(36);
    const fromTechnician = `Azuay pide apoyo para el riego comunitario (${stamp}).`;
    const fromAnalyst = `CONGOPE acompañará la formulación (${stamp}).`;
    await writeAtEnd(technician, fromTechnician);
    await writeAtEnd(analyst, fromAnalyst);

    for (const page of [technician, analyst]) {
      await expect(editorOf(page)).toContainText(fromTechnician);
      await expect(editorOf(page)).toContainText(fromAnalyst);
      await expect(page.getByRole('status').filter({ hasText: 'Guardado' })).toBeVisible();
    }
    // Each sees the other's caret, labelled with their name, and who is in the document.
    await expect(analyst.locator('.collaboration-carets__label', { hasText: 'Técnica de Azuay (demo)' })).toBeVisible();
    await expect(technician.locator('.collaboration-carets__label', { hasText: 'Analista de CONGOPE (demo)' })).toBeVisible();
    await expect(technician.getByRole('group', { name: 'Ahora en el documento' })).toContainText('Analista de CONGOPE (demo)');
    await expectNoSeriousA11yViolations(analyst);
    await expectNoHorizontalScroll(technician);
    await technician.context().close();
    await analyst.context().close();
  });

  test('a passage becomes a proposed action item; a block changed from the document shows on the roadmap', async ({ browser }) => {
    test.setTimeout(60_000); // a technician and an analyst, the document and the roadmap: ≈ 20–30 s on two cores
    const technician = await signedInPage(browser, 'tecnico.azuay@demo.ruta.ec', 'Técnica de Azuay (demo)');
    await openOutcomeDocument(technician, 'Escribir la relatoría');
    const passage = `Red provincial de regantes con apoyo de la cooperación vasca ${Date.now().toString(36)}`;
    await writeAtEnd(technician, passage);
    // A triple click selects the whole paragraph.
    await editorOf(technician).locator(':scope > p', { hasText: passage }).click({ clickCount: 3 });
    await technician.getByRole('button', { name: 'Convertir en acción' }).click();
    const dialog = technician.getByRole('dialog', { name: 'Convertir en acción' });
    await expect(dialog.getByRole('textbox', { name: 'Título' })).toHaveValue(passage);
    await expect(dialog.getByRole('combobox', { name: 'Provincia líder' })).toHaveValue('Azuay');
    await expectNoSeriousA11yViolations(technician);
    await dialog.getByRole('button', { name: 'Enviar la propuesta' }).click();
    await expect(technician.getByRole('region', { name: `Acción: ${passage}` })).toContainText('Propuesta');
    await new ShellPage(technician).navigateTo('Hoja de ruta');
    await expect(technician.getByRole('link', { name: passage })).toBeVisible();

    // The analyst moves the demo item forward from its block; the roadmap shows the new status.
    const analyst = await signedInPage(browser, 'analista@demo.ruta.ec', 'Analista de CONGOPE (demo)');
    await openOutcomeDocument(analyst, 'Escribir la relatoría');
    const block = analyst.getByRole('region', { name: `Acción: ${DEMO_ITEM}` });
    const before = (await block.locator('.mantine-Badge-root').first().innerText()).trim();
    // Desktop runs first (Acordada → En ejecución), then the phone (En ejecución → Cumplida).
    const next = before === 'Acordada' ? 'En ejecución' : before === 'En ejecución' ? 'Cumplida' : null;
    expect(next, `the demo item is ${before}`).not.toBeNull();
    await block.getByRole('combobox', { name: 'Cambiar el estado' }).click();
    await analyst.getByRole('option', { name: next! }).click();
    await expect(block).toContainText(next!);
    await new ShellPage(analyst).navigateTo('Hoja de ruta');
    await expect(analyst.getByRole('article').filter({ hasText: DEMO_ITEM })).toContainText(next!);
    await technician.context().close();
    await analyst.context().close();
  });

  test('a partner reads the outcome document without editing it; documents and search pass axe', async ({ browser }) => {
    const partner = await signedInPage(browser, 'socio.aecid@demo.ruta.ec', 'Socio AECID (demo)');
    await openOutcomeDocument(partner, 'Leer la relatoría');
    await expect(partner.getByRole('status').filter({ hasText: 'Solo lectura' })).toBeVisible();
    await expect(editorOf(partner)).toHaveAttribute('contenteditable', 'false');
    await expect(partner.getByRole('toolbar', { name: 'Formato' })).toHaveCount(0);
    await expectNoSeriousA11yViolations(partner);
    await expectNoHorizontalScroll(partner);
    await new ShellPage(partner).navigateTo('Documentos');
    await expect(partner.getByRole('link', { name: 'Hoja de ruta nacional' })).toBeVisible();
    await expectNoSeriousA11yViolations(partner);
    await new ShellPage(partner).navigateTo('Buscar');
    await partner.getByRole('searchbox', { name: 'Buscar en aportes, acciones y documentos' }).fill('sintesis');
    await expect(partner.getByRole('link', { name: /Relatoría: Conversatorio: cooperación descentralizada/ })).toBeVisible();
    await expectNoSeriousA11yViolations(partner);
    await expectNoHorizontalScroll(partner);
    await partner.context().close();
  });

  test('a comment thread stays on its passage while others edit around it, and is resolved', async ({ browser }) => {
    const analyst = await signedInPage(browser, 'analista@demo.ruta.ec', 'Analista de CONGOPE (demo)');
    await openOutcomeDocument(analyst, 'Escribir la relatoría');
    const passage = `Metas de riego por cantón ${Date.now().toString(36)}`;
    await writeAtEnd(analyst, passage);
    await editorOf(analyst).locator(':scope > p', { hasText: passage }).click({ clickCount: 3 });
    await analyst.getByRole('button', { name: 'Comentar', exact: true }).click();
    const dialog = analyst.getByRole('dialog', { name: 'Comentar el pasaje' });
    await dialog.getByRole('textbox', { name: 'Comentario' }).fill('¿Tenemos la línea base de cada cantón?');
    await expectNoSeriousA11yViolations(analyst);
    await dialog.getByRole('button', { name: 'Publicar el comentario' }).click();

    // The technician sees the thread live, and the passage highlighted.
    const technician = await signedInPage(browser, 'tecnico.azuay@demo.ruta.ec', 'Técnica de Azuay (demo)');
    await openOutcomeDocument(technician, 'Escribir la relatoría');
    const thread = technician.getByRole('article', { name: `Comentarios sobre «${passage}»` });
    await expect(thread).toContainText('¿Tenemos la línea base de cada cantón?');
    const highlight = editorOf(technician).locator('.comment-highlight', { hasText: passage });
    await expect(highlight).toHaveText(passage);
    // Text typed right before the passage is not swallowed by the anchor.
    await editorOf(technician)
      .locator(':scope > p', { hasText: passage })
      .click({ position: { x: 1, y: 5 } });
    await technician.keyboard.press('Home');
    await technician.keyboard.type('Nuevo: ');
    // (The paragraph's text also holds the technician's caret label, so only its start is compared.)
    await expect(editorOf(analyst).locator(':scope > p', { hasText: passage })).toContainText(/^Nuevo: /);
    await expect(editorOf(analyst).locator('.comment-highlight', { hasText: passage })).toHaveText(passage);
    await thread.getByRole('button', { name: 'Responder' }).click();
    await thread.getByRole('textbox', { name: 'Responder' }).fill('Sí, la enviamos mañana.');
    await thread.getByRole('button', { name: 'Enviar la respuesta' }).click();
    await expect(analyst.getByRole('article', { name: `Comentarios sobre «${passage}»` })).toContainText('Sí, la enviamos mañana.');
    await analyst
      .getByRole('article', { name: `Comentarios sobre «${passage}»` })
      .getByRole('button', { name: 'Marcar resuelto' })
      .click();
    await expect(technician.getByRole('article', { name: `Comentarios sobre «${passage}»` })).toHaveCount(0);
    await expect(editorOf(technician).locator('.comment-highlight', { hasText: passage })).toHaveCount(0);
    await expectNoSeriousA11yViolations(technician);
    await analyst.context().close();
    await technician.context().close();
  });
});
