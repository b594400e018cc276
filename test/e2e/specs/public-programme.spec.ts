import { expect, test } from '@playwright/test';
import { expectNoHorizontalScroll, expectNoSeriousA11yViolations } from '../pages/accessibility.js';
import { AgendaPage } from '../pages/agenda.page.js';
import { ShellPage } from '../pages/shell.page.js';

test.describe('the public programme, for a visitor who is not signed in', () => {
  test('the home page presents the forum in Spanish', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('heading', { level: 2, name: 'Foro La Internacionalización Territorial' })).toBeVisible();
    await expect(page.getByText('Los gobiernos intermedios como articuladores para el desarrollo global')).toBeVisible();
    await expect(page.getByText('28–29 de marzo de 2023')).toBeVisible();
    await expect(page.getByText('Acto inaugural: 09:00')).toBeVisible();
    for (const theme of ['Cooperación descentralizada', 'Cooperación Sur-Sur', 'Paradiplomacia', 'Internacionalización de agenda']) {
      await expect(page.getByRole('link', { name: new RegExp(theme) })).toBeVisible();
    }
    await expectNoHorizontalScroll(page);
    await expectNoSeriousA11yViolations(page);
  });

  test('the agenda lists both days with their sessions, and speakers still to be confirmed', async ({ page }) => {
    const agenda = new AgendaPage(page);
    await agenda.goto();
    await expect(agenda.heading).toHaveText('Agenda del foro');
    await expect(agenda.dayHeading(1)).toContainText('08:30–12:55');
    await expect(agenda.dayHeading(2)).toContainText('08:30–12:10');
    await expect(agenda.sessions).toHaveCount(14);

    const panel = agenda.session('Panel: Paradiplomacia');
    await expect(panel).toContainText('09:00–09:30');
    await expect(panel.getByText('Por confirmar')).toHaveCount(3);
    await expect(panel.getByText(/Panelista \(10 min\)/)).toHaveCount(3);
    await expect(agenda.session('Acto inaugural')).toContainText('09:00–09:30');
    await expectNoHorizontalScroll(page);
    await expectNoSeriousA11yViolations(page);
  });

  test('the agenda filters by theme and groups by theme, kept in the address', async ({ page }) => {
    const agenda = new AgendaPage(page);
    await agenda.goto('?vista=tema&tema=cooperacion-sur-sur');
    await expect(agenda.sessions).toHaveCount(3);
    await expect(page.getByRole('heading', { level: 3, name: '2. Cooperación Sur-Sur' })).toBeVisible();
    await expect(agenda.session('Conferencia magistral: Cooperación Sur-Sur')).toContainText('11:00–11:30');
  });

  test('in English, the interface speaks English and stays accessible', async ({ page }) => {
    const shell = new ShellPage(page);
    await page.goto('/');
    await shell.switchLanguage('EN');
    await expect(page.getByRole('link', { name: 'See the full agenda' })).toBeVisible();
    await shell.navigateTo('Agenda');
    const agenda = new AgendaPage(page);
    await expect(agenda.heading).toHaveText('Forum agenda');
    await expect(agenda.dayHeading(1)).toContainText('Tuesday');
    await expect(agenda.session('Panel: Paradiplomacy').getByText('To be confirmed')).toHaveCount(3);
    await expectNoSeriousA11yViolations(page);

    await page.reload();
    await expect(agenda.heading).toHaveText('Forum agenda');
  });

  test('in English, the programme’s own texts are English too, and a text still untranslated is marked as Spanish', async ({ page }) => {
    const shell = new ShellPage(page);
    await page.goto('/');
    await shell.switchLanguage('EN');
    await expect(page.getByRole('heading', { level: 2, name: 'Territorial Internationalisation Forum' })).toBeVisible();
    await expect(page.getByText('Intermediate governments as coordinators of global development')).toBeVisible();
    for (const theme of ['Decentralised cooperation', 'South-South cooperation', 'Paradiplomacy', 'Internationalising the agenda']) {
      await expect(page.getByRole('link', { name: new RegExp(theme) })).toBeVisible();
    }
    await expect(page.getByText(/^To be the first meeting point between the new authorities/)).toBeVisible();
    // Translated texts are not marked: they are in the page's language.
    await expect(page.getByText('Intermediate governments as coordinators of global development').locator('[lang]')).toHaveCount(0);

    await shell.navigateTo('Agenda');
    const agenda = new AgendaPage(page);
    await expect(agenda.session('Keynote lecture: South-South cooperation')).toContainText('11:00–11:30');
    await expect(agenda.session('Opening ceremony')).toContainText('Welcome from the organising authorities');

    // A theme an administrator has not translated yet (the answer altered on its way): its Spanish
    // name is shown, marked lang="es" so that screen readers pronounce it in Spanish.
    await page.route('**/graphql', async (route) => {
      if (route.request().postDataJSON()?.operationName !== 'EventOverview') return route.fallback();
      const response = await route.fetch();
      const body = (await response.json()) as { data: { themes: Array<{ key: string; english: { name: string | null } }> } };
      for (const theme of body.data.themes) if (theme.key === 'paradiplomacia') theme.english.name = null;
      await route.fulfill({ response, json: body });
    });
    await page.goto('/');
    const untranslated = page.getByRole('link', { name: /Paradiplomacia/ });
    await expect(untranslated).toBeVisible();
    await expect(untranslated.locator('[lang="es"]')).toHaveText('Paradiplomacia');
    await expect(page.getByRole('link', { name: /Decentralised cooperation/ }).locator('[lang]')).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
  });

  test('the provinces page lists the 24 provinces', async ({ page }) => {
    await page.goto('/provincias');
    await expect(page.getByRole('row')).toHaveCount(25);
    await expect(page.getByRole('row', { name: /Galápagos/ })).toContainText('No (régimen especial)');
    await expectNoSeriousA11yViolations(page);
  });

  test('an unknown address shows a page-not-found message', async ({ page }) => {
    await page.goto('/no-existe');
    await expect(page.getByRole('heading', { name: 'Página no encontrada' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});
