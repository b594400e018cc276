import { demoContributionId, demoUserId, themeId } from '@ruta/server-seed';
import { countStatements, type GqlResponse } from '@ruta/server-testing';
import { AECID, type Connection, GIZ, ITEM, LIST, roadmapTestbed } from './roadmap-testbed.js';

describe('the roadmap (hoja de ruta)', () => {
  const roadmap = roadmapTestbed();

  it('dashboard: figures over the items the reader may see, by province (lead or co-responsible), status and partner', async () => {
    const { api, analyst, aecid } = roadmap;
    const DASHBOARD = `{ roadmapDashboard { totalItems averageProgress byProvince { provinceCode items } byStatus { status items }
      byTheme { themeId items } byPartner { organizationId commitments } } }`;
    interface Dashboard {
      roadmapDashboard: {
        totalItems: number;
        averageProgress: number;
        byProvince: Array<{ provinceCode: string; items: number }>;
        byStatus: Array<{ status: string; items: number }>;
        byTheme: Array<{ themeId: string; items: number }>;
        byPartner: Array<{ organizationId: string; commitments: number }>;
      };
    }
    const all: Array<{ status: string; leadProvince: { code: string }; coProvinces: Array<{ code: string }> }> = [];
    let after: string | null = null;
    let totalCount = 0;
    do {
      const page: GqlResponse<{ actionItems: Connection<(typeof all)[number]> }> = await api.gql(LIST, {
        token: analyst,
        variables: { first: 100, after },
      });
      all.push(...page.data!.actionItems.nodes);
      totalCount = page.data!.actionItems.totalCount;
      after = page.data!.actionItems.pageInfo.hasNextPage ? page.data!.actionItems.pageInfo.endCursor : null;
    } while (after);
    expect(all).toHaveLength(totalCount);

    const { data, errors } = await api.gql<Dashboard>(DASHBOARD, { token: analyst });
    expect(errors).toBeUndefined();
    const dashboard = data!.roadmapDashboard;
    expect(dashboard.totalItems).toBe(totalCount);
    expect(dashboard.byProvince.map((figure) => figure.provinceCode)).toEqual(
      Array.from({ length: 24 }, (_, index) => String(index + 1).padStart(2, '0')),
    );
    for (const figure of dashboard.byProvince) {
      const expected = all.filter(
        (node) => node.leadProvince.code === figure.provinceCode || node.coProvinces.some((co) => co.code === figure.provinceCode),
      ).length;
      expect({ province: figure.provinceCode, items: figure.items }).toEqual({ province: figure.provinceCode, items: expected });
    }
    // Tungurahua is only co-responsible (the Andean páramos exchange), and still counts.
    expect(dashboard.byProvince.find((figure) => figure.provinceCode === '18')?.items).toBeGreaterThan(0);
    expect(dashboard.byStatus.reduce((sum, figure) => sum + figure.items, 0)).toBe(dashboard.totalItems);
    for (const figure of dashboard.byStatus) expect(figure.items).toBe(all.filter((node) => node.status === figure.status).length);
    expect(dashboard.byTheme.reduce((sum, figure) => sum + figure.items, 0)).toBe(dashboard.totalItems);
    expect(dashboard.byPartner.map((figure) => figure.organizationId)).toEqual(expect.arrayContaining([AECID, GIZ]));

    const partner = await api.gql<Dashboard>(DASHBOARD, { token: aecid });
    expect(partner.errors).toBeUndefined();
    expect(partner.data!.roadmapDashboard.byPartner.length).toBeGreaterThan(0);
    expect(partner.data!.roadmapDashboard.byPartner.every((figure) => figure.organizationId === AECID)).toBe(true);
    const aecidItems = await api.gql<{ actionItems: Connection<{ id: string }> }>(LIST, { token: aecid, variables: { first: 1 } });
    expect(partner.data!.roadmapDashboard.totalItems).toBe(aecidItems.data!.actionItems.totalCount);
  });

  it('reads a page of 5 and a page of 50, with every nested field, in the same number of SQL statements', async () => {
    const { api, analyst } = roadmap;
    const analystId = demoUserId('analista@demo.ruta.ec');
    const generated = (await api.db.query(
      `INSERT INTO action_item (title, description, theme_id, lead_province_code, responsible_organization_id, status, progress, sdg_numbers, proposed_by_id, version)
       SELECT 'Acción generada número ' || n, 'Generada para contar sentencias SQL.', $1, lpad(((n % 24) + 1)::text, 2, '0'), $2, 'AGREED', n % 100, ARRAY[17]::smallint[], $3, 1
         FROM generate_series(1, 60) AS n RETURNING id`,
      [themeId('paradiplomacia'), AECID, analystId],
    )) as Array<{ id: string }>;
    const ids = generated.map((row) => row.id);
    await api.db.query(
      `INSERT INTO action_item_co_province (action_item_id, province_code)
       SELECT i.id, p.code FROM action_item i CROSS JOIN (VALUES ('03'), ('20')) AS p(code)
        WHERE i.id = ANY($1::uuid[]) AND i.lead_province_code <> p.code`,
      [ids],
    );
    await api.db.query(
      `INSERT INTO action_item_source (action_item_id, contribution_id, linked_by_id)
       SELECT i, c, $3 FROM unnest($1::uuid[]) AS i CROSS JOIN unnest($2::uuid[]) AS c`,
      [ids, [demoContributionId(2), demoContributionId(5), demoContributionId(6)], analystId],
    );
    await api.db.query(
      `INSERT INTO commitment (action_item_id, organization_id, kind, direction, description, created_by_id, version)
       SELECT i, o, 'TRAINING', 'REQUEST', 'Compromiso generado', $3, 1 FROM unnest($1::uuid[]) AS i CROSS JOIN unnest($2::uuid[]) AS o`,
      [ids, [AECID, GIZ], analystId],
    );
    await api.db.query(
      `INSERT INTO history_entry (entity_type, entity_id, actor_id, action, changes)
       SELECT 'action_item', i, $2, 'created', '{"title": "x"}'::jsonb FROM unnest($1::uuid[]) AS i`,
      [ids, analystId],
    );
    // Items merged into the generated ones: they show under `absorbed`, and their history with their target's.
    const absorbedRows = (await api.db.query(
      `INSERT INTO action_item (title, theme_id, lead_province_code, status, status_reason, merged_into_id, proposed_by_id, version)
       SELECT 'Acción fusionada ' || n, $1, '01', 'CANCELLED', 'Fusionada', t, $2, 1 FROM unnest($3::uuid[]) WITH ORDINALITY AS x(t, n) RETURNING id`,
      [themeId('paradiplomacia'), analystId, ids.slice(0, 60)],
    )) as Array<{ id: string }>;
    await api.db.query(
      `INSERT INTO history_entry (entity_type, entity_id, actor_id, action, changes)
       SELECT 'action_item', i, $2, 'created', '{}'::jsonb FROM unnest($1::uuid[]) AS i`,
      [absorbedRows.map((row) => row.id), analystId],
    );

    const PAGE = `query ($first: Int!) { actionItems(first: $first) { totalCount nodes {
      id theme { name } leadProvince { name } coProvinces { code name } responsibleOrganization { name }
      sources { id province { name } } commitments { organization { name } } history { action } absorbed { id } } } }`;
    interface Page {
      actionItems: {
        nodes: Array<{
          id: string;
          sources: unknown[];
          commitments: unknown[];
          history: unknown[];
          absorbed: unknown[];
          coProvinces: unknown[];
        }>;
      };
    }
    const statementsFor = (first: number) =>
      countStatements(api.db, async () => {
        const { data, errors } = await api.gql<Page>(PAGE, { token: analyst, variables: { first } });
        expect(errors).toBeUndefined();
        expect(data?.actionItems.nodes).toHaveLength(first);
        const fresh = data!.actionItems.nodes.filter((node) => ids.includes(node.id));
        expect(fresh.length).toBeGreaterThan(0);
        for (const node of fresh) {
          expect(node.sources).toHaveLength(3);
          expect(node.commitments).toHaveLength(2);
          expect(node.absorbed).toHaveLength(1);
          expect(node.history).toHaveLength(2);
          expect(node.coProvinces.length).toBeGreaterThanOrEqual(1);
        }
      });
    await statementsFor(1); // competencies and SDGs are read once per process
    const five = await statementsFor(5);
    const fifty = await statementsFor(50);
    console.info(`SQL statements per actionItems page: first 5 → ${five}, first 50 → ${fifty}`);
    expect(fifty).toBe(five);
    // The session, the count, the page (theme, provinces, co-provinces, organisation, people as
    // JSON), then one per to-many field: sources, commitments, absorbed; and the history, read
    // through its owners — the absorbed items' ids (roadmap), the entries (history), the actors'
    // names (identity).
    expect(five).toBe(9);
  });

  it('a list reads only the parts a query asks for, yet every field asked for — through fragments, aliases or @include — is as complete as when everything is asked', async () => {
    const { api, analyst } = roadmap;
    const SOURCE_FIELDS = `id type body hidden conversatorio { id title theme { key } } province { code name } author { displayName }
      endorsementCount endorsedByMe competencies { key } sdgs { number }`;
    const FULL = `{ actionItems(first: 100) { nodes { ${ITEM} responsibleOrganization { id } focalPoint { id } competency { key }
      sources { ${SOURCE_FIELDS} } } } }`;
    const PARTIAL = `query ($withTheme: Boolean!) { actionItems(first: 100) { nodes { id title } more: nodes { ...Details } } }
      fragment Details on ActionItem {
        id description indicators { name } theme @include(if: $withTheme) { key } coProvinces { code } proposedBy { displayName }
        sources { id } fromSources: sources { id body conversatorio { title theme { key } } endorsementCount }
      }`;
    interface Node extends Record<string, unknown> {
      id: string;
      sources: Array<Record<string, unknown>>;
    }
    const full = await api.gql<{ actionItems: { nodes: Node[] } }>(FULL, { token: analyst });
    expect(full.errors).toBeUndefined();
    const everything = new Map(full.data!.actionItems.nodes.map((node) => [node.id, node]));
    expect([...everything.values()].some((node) => node.sources.length > 0)).toBe(true);

    for (const withTheme of [true, false]) {
      const partial = await api.gql<{ actionItems: { nodes: Node[]; more: Node[] } }>(PARTIAL, {
        token: analyst,
        variables: { withTheme },
      });
      expect(partial.errors).toBeUndefined();
      const { nodes, more } = partial.data!.actionItems;
      expect(nodes.map((node) => node.id)).toEqual([...everything.keys()]);
      for (const [index, node] of more.entries()) {
        const whole = everything.get(node.id)!;
        expect(nodes[index]).toEqual({ id: whole.id, title: whole.title });
        expect(node).toEqual({
          id: whole.id,
          description: whole.description,
          indicators: whole.indicators,
          ...(withTheme ? { theme: whole.theme } : {}),
          coProvinces: whole.coProvinces,
          proposedBy: whole.proposedBy,
          sources: whole.sources.map(({ id }) => ({ id })),
          fromSources: whole.sources.map((source) => ({
            id: source.id,
            body: source.body,
            conversatorio: {
              title: (source.conversatorio as { title: string }).title,
              theme: (source.conversatorio as { theme: unknown }).theme,
            },
            endorsementCount: source.endorsementCount,
          })),
        });
      }
    }

    const contributions = (fields: string) =>
      api.gql<{ contributions: { nodes: Array<Record<string, unknown>> } }>(`{ contributions(first: 50) { nodes { ${fields} } } }`, {
        token: analyst,
      });
    const [allFields, someFields] = await Promise.all([
      contributions(SOURCE_FIELDS),
      contributions('id ... on Contribution { body author { displayName } }'),
    ]);
    expect(someFields.errors).toBeUndefined();
    expect(someFields.data!.contributions.nodes).toEqual(
      allFields.data!.contributions.nodes.map(({ id, body, author }) => ({ id, body, author })),
    );
  });
});
