import { demoUserId } from '@ruta/server-seed';
import { AZUAY_PROPOSAL, AZUAY_RISK, codeOf, fieldsOf, PICHINCHA_NEED, type Ref, roadmapTestbed } from './roadmap-testbed.js';

describe('the roadmap (hoja de ruta)', () => {
  const roadmap = roadmapTestbed();

  it('a technician proposes an item for their province from its contribution; the chain is navigable both ways', async () => {
    const { api, azuay, proposed, queueIds } = roadmap;
    expect(await queueIds()).toContain(AZUAY_PROPOSAL);
    const created = await proposed(azuay, {
      title: '  Hermanamiento con regiones de España para el riego comunitario  ',
      sourceContributionIds: [AZUAY_PROPOSAL],
    });
    expect(created).toMatchObject({
      title: 'Hermanamiento con regiones de España para el riego comunitario',
      status: 'PROPOSED',
      statusReason: null,
      progress: 0,
      version: 1,
      leadProvince: { code: '01' },
      theme: { key: 'cooperacion-descentralizada' },
      proposedBy: { displayName: 'Técnica de Azuay (demo)' },
      mergedInto: null,
      sources: [{ id: AZUAY_PROPOSAL }],
    });
    expect(created.history).toEqual([
      expect.objectContaining({ action: 'created', entityId: created.id, actor: { displayName: 'Técnica de Azuay (demo)' } }),
    ]);

    const back = await api.gql<{ contribution: { actionItems: Ref[] } }>(
      `query ($id: ID!) { contribution(id: $id) { actionItems { id title status } } }`,
      { token: azuay, variables: { id: AZUAY_PROPOSAL } },
    );
    expect(back.data?.contribution.actionItems).toEqual([{ id: created.id, title: created.title, status: 'PROPOSED' }]);
    const [row] = await api.db.query(`SELECT proposed_by_id FROM action_item WHERE id = $1`, [created.id]);
    expect(row.proposed_by_id).toBe(demoUserId('tecnico.azuay@demo.ruta.ec'));
    // Linked now: no longer waiting for consolidation.
    expect(await queueIds()).not.toContain(AZUAY_PROPOSAL);
  });

  it('keeps technicians to their province and a proposal to those who may see it, until it is agreed', async () => {
    const {
      api,
      admin,
      analyst,
      azuay,
      pichincha,
      aecid,
      giz,
      moderator,
      counts,
      propose,
      proposed,
      update,
      read,
      item,
      move,
      listIds,
      request,
    } = roadmap;
    const before = await counts();
    const otherProvince = await propose(azuay, { leadProvinceCode: '17' });
    expect(codeOf(otherProvince)).toBe('FORBIDDEN');
    const otherSource = await propose(azuay, { sourceContributionIds: [PICHINCHA_NEED] });
    expect(codeOf(otherSource)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(otherSource)).toEqual(['sourceContributionIds']);
    const partner = await propose(aecid);
    expect(codeOf(partner)).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);

    const secret = await proposed(azuay, { title: 'Propuesta reservada de Azuay', sourceContributionIds: [AZUAY_RISK] });
    for (const token of [pichincha, giz, aecid, moderator]) {
      expect(codeOf(await read(token, secret.id))).toBe('NOT_FOUND');
      expect(await listIds(token)).not.toContain(secret.id);
    }
    const SOURCE_ITEMS = `query ($id: ID!) { contribution(id: $id) { actionItems { id } } }`;
    const fromSource = (token: string) =>
      api.gql<{ contribution: { actionItems: Array<{ id: string }> } }>(SOURCE_ITEMS, { token, variables: { id: AZUAY_RISK } });
    expect((await fromSource(pichincha)).data?.contribution.actionItems).toEqual([]);
    expect((await fromSource(azuay)).data?.contribution.actionItems).toEqual([{ id: secret.id }]);
    const moveAway = await update(azuay, secret.id, { leadProvinceCode: '17', expectedVersion: 1 });
    expect(codeOf(moveAway)).toBe('FORBIDDEN');
    expect((await item(secret.id, analyst)).title).toBe('Propuesta reservada de Azuay');
    expect(await listIds(analyst)).toContain(secret.id);
    expect(await listIds(azuay)).toContain(secret.id);
    expect(await item(secret.id, azuay)).toMatchObject({ leadProvince: { code: '01' }, version: 1 });

    // A partner sees a proposal their organisation has a commitment on; other partners do not.
    const asked = await request(analyst, { actionItemId: secret.id });
    expect(asked.errors).toBeUndefined();
    expect((await item(secret.id, aecid)).id).toBe(secret.id);
    expect(await listIds(aecid)).toContain(secret.id);
    expect(codeOf(await read(giz, secret.id))).toBe('NOT_FOUND');

    await move(secret.id, 'AGREED');
    for (const token of [pichincha, giz, aecid, moderator, azuay, admin]) {
      expect((await item(secret.id, token)).status).toBe('AGREED');
      expect(await listIds(token)).toContain(secret.id);
    }
    expect((await fromSource(pichincha)).data?.contribution.actionItems).toEqual([{ id: secret.id }]);
  });

  it('moves through its statuses only as the transitions allow, and only analysts move it', async () => {
    const { api, analyst, azuay, proposed, update, item } = roadmap;
    const { id } = await proposed(azuay, { title: 'Acción para probar transiciones' });
    const retitled = await update(azuay, id, { title: 'Acción retitulada por la técnica', expectedVersion: 1 });
    expect(retitled.errors).toBeUndefined();
    expect(retitled.data?.updateActionItem).toMatchObject({ title: 'Acción retitulada por la técnica', version: 2 });

    const byTechnician = await update(azuay, id, { status: 'AGREED', expectedVersion: 2 });
    expect(codeOf(byTechnician)).toBe('FORBIDDEN');
    const skip = await update(analyst, id, { status: 'DONE', expectedVersion: 2 });
    expect(codeOf(skip)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(skip)).toEqual(['status']);
    expect(await item(id)).toMatchObject({ status: 'PROPOSED', version: 2 });

    const agreed = await update(analyst, id, { status: 'AGREED', expectedVersion: 2 });
    expect(agreed.data?.updateActionItem).toMatchObject({ status: 'AGREED', version: 3 });
    const lateEdit = await update(azuay, id, { title: 'Ya no puede cambiarla', expectedVersion: 3 });
    expect(codeOf(lateEdit)).toBe('FORBIDDEN');

    const noReason = await update(analyst, id, { status: 'BLOCKED', expectedVersion: 3 });
    expect(codeOf(noReason)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(noReason)).toEqual(['statusReason']);
    const blankReason = await update(analyst, id, { status: 'BLOCKED', statusReason: '   ', expectedVersion: 3 });
    expect(fieldsOf(blankReason)).toEqual(['statusReason']);
    const blocked = await update(analyst, id, { status: 'BLOCKED', statusReason: 'Sin contraparte financiera', expectedVersion: 3 });
    expect(blocked.data?.updateActionItem).toMatchObject({ status: 'BLOCKED', statusReason: 'Sin contraparte financiera', version: 4 });

    const resumed = await update(analyst, id, { status: 'IN_PROGRESS', expectedVersion: 4 });
    expect(resumed.data?.updateActionItem).toMatchObject({ status: 'IN_PROGRESS', statusReason: null, version: 5 });

    for (const progress of [101, -1]) {
      const outOfRange = await update(analyst, id, { progress, expectedVersion: 5 });
      expect(codeOf(outOfRange)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(outOfRange)).toEqual(['progress']);
    }
    const halfway = await update(analyst, id, { progress: 50, expectedVersion: 5 });
    expect(halfway.data?.updateActionItem).toMatchObject({ progress: 50, version: 6 });

    const done = await update(analyst, id, { status: 'DONE', expectedVersion: 6 });
    expect(done.data?.updateActionItem).toMatchObject({ status: 'DONE', progress: 100, version: 7 });
    for (const input of [
      { status: 'IN_PROGRESS' },
      { status: 'BLOCKED', statusReason: 'Otra vez' },
      { status: 'CANCELLED', statusReason: 'Ya no' },
    ]) {
      const final = await update(analyst, id, { ...input, expectedVersion: 7 });
      expect(codeOf(final)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(final)).toContain('status');
    }
    expect(await item(id)).toMatchObject({ status: 'DONE', progress: 100, version: 7, title: 'Acción retitulada por la técnica' });
    const [row] = await api.db.query(`SELECT status, progress, version FROM action_item WHERE id = $1`, [id]);
    expect(row).toEqual({ status: 'DONE', progress: 100, version: 7 });
  });

  it('an update changes only the fields it names, leaving the others as they were', async () => {
    const { api, analyst, proposed, update } = roadmap;
    const original = await proposed(analyst, {
      title: 'Acción con todos sus campos',
      description: 'Una descripción que debe quedarse.',
      leadProvinceCode: '11',
      coProvinceCodes: ['03', '07'],
      priority: 'HIGH',
      sdgNumbers: [6, 17],
      indicators: [{ name: 'Talleres', unit: 'talleres', baseline: 0, target: 4 }],
      budgetUsd: 12000,
      startDate: '2024-01-01',
      dueDate: '2024-12-31',
    });
    const retitled = await update(analyst, original.id, { title: 'Acción con todos sus campos, retitulada', expectedVersion: 1 });
    expect(retitled.errors).toBeUndefined();
    const unchanged = {
      description: 'Una descripción que debe quedarse.',
      leadProvince: { code: '11' },
      coProvinces: [{ code: '03' }, { code: '07' }],
      priority: 'HIGH',
      sdgs: [{ number: 6 }, { number: 17 }],
      indicators: [{ name: 'Talleres' }],
      budgetUsd: 12000,
    };
    expect(original).toMatchObject(unchanged);
    expect(retitled.data?.updateActionItem).toMatchObject({ ...unchanged, title: 'Acción con todos sus campos, retitulada', version: 2 });
    const [row] = await api.db.query(
      `SELECT description, priority, sdg_numbers, start_date::text, due_date::text FROM action_item WHERE id = $1`,
      [original.id],
    );
    expect(row).toEqual({
      description: 'Una descripción que debe quedarse.',
      priority: 'HIGH',
      sdg_numbers: [6, 17],
      start_date: '2024-01-01',
      due_date: '2024-12-31',
    });
  });

  it('lets one of two concurrent edits of the same version win; the other gets VERSION_CONFLICT with the winner’s values', async () => {
    const { api, admin, analyst, count, proposed, update } = roadmap;
    const { id } = await proposed(analyst, { title: 'Acción disputada por dos personas' });
    const historyBefore = await count('history_entry', `entity_id = $1 AND action = 'updated'`, [id]);
    const titles = ['Versión de la analista', 'Versión de la administración'];
    const responses = await Promise.all([
      update(analyst, id, { title: titles[0], expectedVersion: 1 }),
      update(admin, id, { title: titles[1], expectedVersion: 1 }),
    ]);
    const winners = responses.filter((response) => !response.errors);
    const losers = responses.filter((response) => response.errors);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    const winner = winners[0].data!.updateActionItem;
    expect(titles).toContain(winner.title);
    expect(winner.version).toBe(2);
    expect(losers[0].errors?.[0].extensions).toMatchObject({
      code: 'VERSION_CONFLICT',
      current: { id, title: winner.title, version: 2 },
    });
    const [row] = await api.db.query(`SELECT title, version FROM action_item WHERE id = $1`, [id]);
    expect(row).toEqual({ title: winner.title, version: 2 });
    expect(await count('history_entry', `entity_id = $1 AND action = 'updated'`, [id])).toBe(historyBefore + 1);

    const many = await proposed(analyst, { title: 'Acción editada por diez a la vez' });
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        update(index % 2 ? admin : analyst, many.id, { title: `Versión concurrente número ${index}`, expectedVersion: 1 }),
      ),
    );
    const successes = results.filter((response) => !response.errors).length;
    const conflicts = results.filter((response) => codeOf(response) === 'VERSION_CONFLICT').length;
    expect(successes + conflicts).toBe(10);
    expect(successes).toBe(1);
    const [final] = await api.db.query(`SELECT version FROM action_item WHERE id = $1`, [many.id]);
    expect(final.version).toBe(1 + successes);
    expect(await count('history_entry', `entity_id = $1 AND action = 'updated'`, [many.id])).toBe(successes);
  });

  it('records who changed what, field by field, before and after as JSON', async () => {
    const { analyst, proposed, update, item } = roadmap;
    const { id } = await proposed(analyst, { title: 'Historia inicial de la acción', priority: 'LOW' });
    const changed = await update(analyst, id, { title: 'Historia revisada de la acción', priority: 'HIGH', expectedVersion: 1 });
    expect(changed.errors).toBeUndefined();
    const { history } = await item(id);
    expect(history.map((entry) => entry.action)).toEqual(['updated', 'created']);
    const [updated] = history;
    expect(updated).toMatchObject({ entityId: id, actor: { displayName: 'Analista de CONGOPE (demo)' } });
    expect(updated.changes).toEqual(
      expect.arrayContaining([
        {
          field: 'title',
          before: JSON.stringify('Historia inicial de la acción'),
          after: JSON.stringify('Historia revisada de la acción'),
        },
        { field: 'priority', before: '"LOW"', after: '"HIGH"' },
      ]),
    );
  });
});
