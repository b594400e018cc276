import { expect, test, type Page } from '@playwright/test';
import { expectNoHorizontalScroll, expectNoSeriousA11yViolations } from '../pages/accessibility.js';
import { ShellPage } from '../pages/shell.page.js';
import { signedInPage } from '../pages/sign-in.page.js';

/** The count the bell's name gives ("Avisos: 3 sin leer"). */
async function unreadOf(page: Page): Promise<number> {
  const name = (await page.getByRole('link', { name: /^(Avisos|Notifications): \d+/ }).getAttribute('aria-label')) ?? '';
  return Number(/(\d+)/.exec(name)?.[1] ?? NaN);
}

test.describe('notifications', () => {
  test('a commitment asked of AECID rings AECID’s bell without a reload; the notice opens the item', async ({ browser }) => {
    test.setTimeout(60_000); // two people, the job queue in between, an axe run on two pages
    const partner = await signedInPage(browser, 'socio.aecid@demo.ruta.ec', 'Socio AECID (demo)');
    const before = await unreadOf(partner);
    expect(before).toBeGreaterThanOrEqual(0);

    // The analyst agrees an item of its own and asks AECID for support on it (through the API the web uses).
    const analyst = await signedInPage(browser, 'analista@demo.ruta.ec', 'Analista de CONGOPE (demo)');
    const gql = async <T>(query: string, variables: Record<string, unknown> = {}) => {
      const response = await analyst.request.post('/graphql', { data: { query, variables } });
      const body = (await response.json()) as { data: T; errors?: unknown };
      expect(body.errors).toBeUndefined();
      return body.data;
    };
    const title = `Red de escuelas de cooperación ${Date.now().toString(36)}`;
    const { themes } = await gql<{ themes: Array<{ id: string }> }>('{ themes { id } }');
    const { proposeActionItem: item } = await gql<{ proposeActionItem: { id: string; version: number } }>(
      'mutation ($input: ProposeActionItemInput!) { proposeActionItem(input: $input) { id version } }',
      { input: { title, themeId: themes[0].id, leadProvinceCode: '01' } },
    );
    await gql('mutation ($id: ID!, $input: UpdateActionItemInput!) { updateActionItem(id: $id, input: $input) { id } }', {
      id: item.id,
      input: { expectedVersion: item.version, status: 'AGREED' },
    });
    const { organizations } = await gql<{ organizations: Array<{ id: string; shortName: string | null }> }>(
      '{ organizations { id shortName } }',
    );
    const aecid = organizations.find((organization) => organization.shortName === 'AECID')!;
    await gql('mutation ($input: CommitmentInput!) { requestCommitment(input: $input) { id } }', {
      input: {
        actionItemId: item.id,
        organizationId: aecid.id,
        kind: 'TECHNICAL_ASSISTANCE',
        description: 'Mentoría en formulación de proyectos',
      },
    });

    // The partner's bell counts it, live.
    await expect(partner.getByRole('link', { name: `Avisos: ${before + 1} sin leer` })).toBeVisible({ timeout: 15_000 });
    await partner.getByRole('link', { name: /^Avisos:/ }).click();
    await expect(partner.getByRole('heading', { level: 2, name: 'Avisos' })).toBeVisible();
    const notice = partner.getByRole('listitem').filter({ hasText: title });
    await expect(notice).toContainText(`Analista de CONGOPE (demo) pide a AECID un compromiso para «${title}».`);
    await expectNoSeriousA11yViolations(partner);
    await expectNoHorizontalScroll(partner);

    // The notice opens the item and is read from then on.
    await notice.getByRole('link', { name: 'Se le pide un compromiso' }).click();
    await expect(partner.getByRole('heading', { level: 2, name: title })).toBeVisible();
    await expect(partner.getByRole('link', { name: `Avisos: ${before} sin leer` })).toBeVisible();

    // In English, the page speaks English; the notice stays in the person's language.
    await new ShellPage(partner).switchLanguage('EN');
    await partner.getByRole('link', { name: /^Notifications:/ }).click();
    await expect(partner.getByRole('heading', { level: 2, name: 'Notifications' })).toBeVisible();
    await partner.getByRole('main').getByText('All', { exact: true }).click();
    await expect(partner.getByRole('listitem').filter({ hasText: title })).toBeVisible();
    await expectNoSeriousA11yViolations(partner);
    await partner.context().close();
    await analyst.context().close();
  });
});
