import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../pages/accessibility.js';
import { AgendaPage } from '../pages/agenda.page.js';
import { SignInPage } from '../pages/sign-in.page.js';

// A session the demo moderator moderates (it moderates the keynotes and panels of the first two themes only).
const SESSION = 'Panel: Cooperación Sur-Sur';

async function questionsOf(browser: Browser, email: string, name: string): Promise<Page> {
  const context = await browser.newContext({
    baseURL: test.info().project.use.baseURL,
    viewport: test.info().project.use.viewport ?? undefined,
  });
  const page = await context.newPage();
  await new SignInPage(page).signInAs(email, name);
  const agenda = new AgendaPage(page);
  await agenda.goto('?tema=cooperacion-sur-sur');
  await agenda.session(SESSION).getByRole('button', { name: 'Preguntas en vivo' }).click();
  return page;
}

test('a moderator marks a question answered and the person who asked sees it at once', async ({ browser }) => {
  const asker = await questionsOf(browser, 'socio.aecid@demo.ruta.ec', 'Socio AECID (demo)');
  const panel = new AgendaPage(asker).session(SESSION);
  const question = `¿Qué redes de regiones acompañan la acción internacional provincial? (${Date.now().toString(36)})`;
  await panel.getByRole('textbox', { name: 'Su pregunta' }).fill(question);
  await panel.getByRole('button', { name: 'Preguntar' }).click();
  await expect(panel.getByRole('status')).toContainText('Pregunta enviada');
  await expect(panel.getByRole('article', { name: question })).toContainText('Pendiente de moderación');
  await expectNoSeriousA11yViolations(asker);

  const moderator = await questionsOf(browser, 'moderador@demo.ruta.ec', 'Moderación (demo)');
  const moderated = new AgendaPage(moderator).session(SESSION).getByRole('article', { name: question });
  await moderated.getByRole('button', { name: 'Marcar respondida' }).click();
  await expect(moderated).toContainText('Respondida');

  // No reload on the asker's side: the change arrives through the subscription.
  await expect(panel.getByRole('article', { name: question })).toContainText('Respondida', { timeout: 10_000 });
  await asker.context().close();
  await moderator.context().close();
});
