import { conversatorioId, themeId } from '@ruta/server-seed';
import { codeOf, fieldsOf, GIZ, type ItemData, LINK, MERGE, roadmapTestbed, SUMMARY, UNLINK } from './roadmap-testbed.js';

describe('the roadmap (hoja de ruta)', () => {
  const roadmap = roadmapTestbed();

  it('merges an item into another: sources, provinces and commitments move over; nothing is deleted', async () => {
    const { api, analyst, azuay, counts, proposed, update, item, listIds, contribute, request } = roadmap;
    const kept = await contribute('Fortalecer las juntas de riego comunitario de la cuenca del Paute con apoyo técnico.');
    const moved = await contribute('Apoyar a las juntas de riego de la cuenca del Jubones con asistencia técnica internacional.');
    const target = await proposed(analyst, { title: 'Juntas de riego del Paute', sourceContributionIds: [kept] });
    const absorbed = await proposed(analyst, {
      title: 'Juntas de riego del Jubones',
      leadProvinceCode: '07',
      sourceContributionIds: [moved],
    });
    const commitment = await request(analyst, { actionItemId: absorbed.id, organizationId: GIZ, kind: 'TECHNICAL_ASSISTANCE' });
    expect(commitment.errors).toBeUndefined();
    const commitmentId = commitment.data!.requestCommitment.id;

    const self = await api.gql(MERGE, {
      token: analyst,
      variables: { targetId: target.id, targetVersion: 1, absorbedId: target.id, absorbedVersion: 1 },
    });
    expect(codeOf(self)).toBe('BAD_USER_INPUT');

    const retitled = await update(analyst, target.id, { title: 'Juntas de riego del Paute y del Jubones', expectedVersion: 1 });
    expect(retitled.errors).toBeUndefined();
    const before = await counts();
    const stale = await api.gql(MERGE, {
      token: analyst,
      variables: { targetId: target.id, targetVersion: 1, absorbedId: absorbed.id, absorbedVersion: 1 },
    });
    expect(codeOf(stale)).toBe('VERSION_CONFLICT');
    expect(await counts()).toEqual(before);
    expect(await item(absorbed.id)).toMatchObject({ status: 'PROPOSED', mergedInto: null, version: 1, sources: [{ id: moved }] });
    expect((await item(target.id)).sources).toEqual([{ id: kept }]);

    const merged = await api.gql<{ mergeActionItems: ItemData }>(MERGE, {
      token: analyst,
      variables: { targetId: target.id, targetVersion: 2, absorbedId: absorbed.id, absorbedVersion: 1 },
    });
    expect(merged.errors).toBeUndefined();
    const result = merged.data!.mergeActionItems;
    expect(result.id).toBe(target.id);
    expect(result.sources.map((source) => source.id)).toEqual([kept, moved]);
    expect(result.coProvinces.map((province) => province.code)).toContain('07');
    expect(result.absorbed).toEqual([{ id: absorbed.id }]);
    expect(result.commitments.map((entry) => entry.id)).toContain(commitmentId);
    expect(result.history).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'absorbed', entityId: target.id }),
        expect.objectContaining({ action: 'created', entityId: absorbed.id }),
        expect.objectContaining({ action: 'created', entityId: target.id }),
      ]),
    );

    const gone = await item(absorbed.id);
    expect(gone).toMatchObject({ status: 'CANCELLED', mergedInto: { id: target.id }, sources: [{ id: moved }] });
    expect(gone.statusReason).toEqual(expect.stringMatching(/\S/));
    expect(gone.commitments).toEqual([]);
    const after = await counts();
    expect(after.items).toBe(before.items);
    expect(after.commitments).toBe(before.commitments);
    expect(after.sources).toBe(before.sources + 1);
    expect(after.history).toBeGreaterThan(before.history);
    expect(await listIds(analyst)).not.toContain(absorbed.id);

    const other = await proposed(analyst, { title: 'Otra acción para fusionar' });
    const intoCancelled = await api.gql(MERGE, {
      token: analyst,
      variables: { targetId: absorbed.id, targetVersion: gone.version, absorbedId: other.id, absorbedVersion: 1 },
    });
    expect(codeOf(intoCancelled)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(intoCancelled)).toContain('targetId');
    expect(await item(other.id)).toMatchObject({ status: 'PROPOSED', mergedInto: null, version: 1 });

    const byTechnician = await api.gql(MERGE, {
      token: azuay,
      variables: { targetId: other.id, targetVersion: 1, absorbedId: target.id, absorbedVersion: 3 },
    });
    expect(codeOf(byTechnician)).toBe('FORBIDDEN');
  });

  it('consolidation: the queue, its summary, similar contributions, linking and unlinking sources', async () => {
    const { api, analyst, count, proposed, contribute, queueIds } = roadmap;
    const summaryCell = async () => {
      const { data } = await api.gql<{ consolidationSummary: Array<{ themeId: string; provinceCode: string; count: number }> }>(SUMMARY, {
        token: analyst,
      });
      return (
        data?.consolidationSummary.find((cell) => cell.themeId === themeId('cooperacion-descentralizada') && cell.provinceCode === '01')
          ?.count ?? 0
      );
    };
    const text = 'Crear una escuela itinerante de formación en gestión de cuencas y riego comunitario para los técnicos del austro.';
    const first = await contribute(text);
    const twin = await contribute(text.replace('Crear una escuela', 'Crear la escuela').replace('del austro', 'de todo el austro'));

    const queue = await queueIds();
    expect(queue).toEqual(expect.arrayContaining([first, twin]));
    const linked = (await api.db.query(`SELECT DISTINCT contribution_id AS id FROM action_item_source`)) as Array<{ id: string }>;
    expect(linked.length).toBeGreaterThan(0);
    for (const { id } of linked) expect(queue).not.toContain(id);
    const unlinked = (await api.db.query(
      `SELECT id FROM contribution c WHERE c.hidden_at IS NULL AND NOT EXISTS (SELECT 1 FROM action_item_source s WHERE s.contribution_id = c.id)`,
    )) as Array<{ id: string }>;
    expect([...queue].sort()).toEqual(unlinked.map((row) => row.id).sort());
    const waiting = await summaryCell();
    expect(waiting).toBe(
      await count(
        'contribution c',
        `c.province_code = '01' AND c.conversatorio_id = $1 AND c.hidden_at IS NULL AND NOT EXISTS (SELECT 1 FROM action_item_source s WHERE s.contribution_id = c.id)`,
        [conversatorioId('cooperacion-descentralizada')],
      ),
    );

    const suggestions = await api.gql<{
      consolidationSuggestions: { contributions: Array<{ contribution: { id: string }; similarity: number }> };
    }>(
      `query ($id: ID!) { consolidationSuggestions(contributionId: $id) { contributions { contribution { id } similarity } actionItems { actionItem { id } similarity } } }`,
      {
        token: analyst,
        variables: { id: first },
      },
    );
    expect(suggestions.errors).toBeUndefined();
    const similar = suggestions.data!.consolidationSuggestions.contributions;
    expect(similar[0].contribution.id).toBe(twin);
    expect(similar[0].similarity).toBeGreaterThan(0.2);
    expect(similar.map((entry) => entry.contribution.id)).not.toContain(first);
    const scores = similar.map((entry) => entry.similarity);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));

    const { id } = await proposed(analyst, { title: 'Escuela itinerante de cuencas y riego' });
    const link = await api.gql<{ linkContributions: ItemData }>(LINK, { token: analyst, variables: { id, contributionIds: [first] } });
    expect(link.errors).toBeUndefined();
    expect(link.data?.linkContributions.sources).toEqual([{ id: first }]);
    expect(link.data?.linkContributions.history[0]).toMatchObject({ action: 'sourcesLinked', changes: [{ field: 'contributionIds' }] });
    expect(await queueIds()).not.toContain(first);
    expect(await summaryCell()).toBe(waiting - 1);

    const unlink = await api.gql<{ unlinkContribution: ItemData }>(UNLINK, { token: analyst, variables: { id, contributionId: first } });
    expect(unlink.errors).toBeUndefined();
    expect(unlink.data?.unlinkContribution.sources).toEqual([]);
    expect(unlink.data?.unlinkContribution.history.map((entry) => entry.action)).toEqual(['sourceUnlinked', 'sourcesLinked', 'created']);
    expect(await queueIds()).toContain(first);
    expect(await summaryCell()).toBe(waiting);

    const notLinked = await api.gql(UNLINK, { token: analyst, variables: { id, contributionId: first } });
    expect(codeOf(notLinked)).toBe('BAD_USER_INPUT');
  });
});
