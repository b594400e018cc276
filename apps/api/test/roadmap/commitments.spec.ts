import { demoUserId } from '@ruta/server-seed';
import {
  AECID,
  codeOf,
  type CommitmentData,
  COMMITMENTS,
  type Connection,
  fieldsOf,
  FULFILL,
  GET_COMMITMENT,
  GIZ,
  OFFER,
  REVIEW,
  roadmapTestbed,
} from './roadmap-testbed.js';

describe('the roadmap (hoja de ruta)', () => {
  const roadmap = roadmapTestbed();

  it('commitments: asked of a partner, seen and reviewed only by that partner, then fulfilled; offers go the other way', async () => {
    const { api, analyst, aecid, giz, count, proposed, item, move, request } = roadmap;
    const { id: itemId } = await proposed(analyst, { title: 'Acción con compromisos de socios', leadProvinceCode: '17' });
    await move(itemId, 'AGREED');
    const before = await count('commitment');
    const noCurrency = await request(analyst, { actionItemId: itemId, amount: 5000 });
    expect(codeOf(noCurrency)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(noCurrency)).toEqual(['currency']);
    expect(await count('commitment')).toBe(before);

    const asked = await request(analyst, { actionItemId: itemId, amount: 5000, currency: 'EUR' });
    expect(asked.errors).toBeUndefined();
    const commitment = asked.data!.requestCommitment;
    expect(commitment).toMatchObject({
      kind: 'TRAINING',
      direction: 'REQUEST',
      status: 'PROPOSED',
      amount: 5000,
      currency: 'EUR',
      version: 1,
      awaitingMyReview: false,
      organization: { id: AECID, shortName: 'AECID' },
      actionItem: { id: itemId, status: 'AGREED' },
    });

    expect(codeOf(await api.gql(GET_COMMITMENT, { token: giz, variables: { id: commitment.id } }))).toBe('NOT_FOUND');
    const gizList = await api.gql<{ commitments: Connection<CommitmentData> }>(COMMITMENTS, { token: giz });
    expect(gizList.data?.commitments.nodes.map((node) => node.id)).not.toContain(commitment.id);
    const gizReview = await api.gql(REVIEW, {
      token: giz,
      variables: { id: commitment.id, expectedVersion: 1, decision: 'ACCEPTED', comment: 'No es nuestro' },
    });
    expect(['NOT_FOUND', 'FORBIDDEN']).toContain(codeOf(gizReview));
    const gizItem = await item(itemId, giz);
    expect(gizItem.commitments.map((entry) => entry.id)).not.toContain(commitment.id);
    expect((await item(itemId, analyst)).commitments.map((entry) => entry.id)).toContain(commitment.id);
    const [untouched] = await api.db.query(`SELECT status, version, reviewed_by_id FROM commitment WHERE id = $1`, [commitment.id]);
    expect(untouched).toEqual({ status: 'PROPOSED', version: 1, reviewed_by_id: null });

    const seen = await api.gql<{ commitment: CommitmentData }>(GET_COMMITMENT, { token: aecid, variables: { id: commitment.id } });
    expect(seen.data?.commitment.awaitingMyReview).toBe(true);
    const awaiting = await api.gql<{ commitments: Connection<CommitmentData> }>(COMMITMENTS, {
      token: aecid,
      variables: { filter: { awaitingMyReview: true } },
    });
    expect(awaiting.data?.commitments.nodes.map((node) => node.id)).toContain(commitment.id);
    expect(awaiting.data?.commitments.nodes.every((node) => node.awaitingMyReview && node.status === 'PROPOSED')).toBe(true);

    const declineSilently = await api.gql(REVIEW, {
      token: aecid,
      variables: { id: commitment.id, expectedVersion: 1, decision: 'DECLINED' },
    });
    expect(codeOf(declineSilently)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(declineSilently)).toEqual(['comment']);
    const accepted = await api.gql<{ reviewCommitment: CommitmentData }>(REVIEW, {
      token: aecid,
      variables: { id: commitment.id, expectedVersion: 1, decision: 'ACCEPTED', comment: 'Incluido en la programación anual.' },
    });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data?.reviewCommitment).toMatchObject({
      status: 'ACCEPTED',
      version: 2,
      awaitingMyReview: false,
      reviewComment: 'Incluido en la programación anual.',
      reviewedBy: { id: demoUserId('socio.aecid@demo.ruta.ec'), displayName: 'Socio AECID (demo)' },
    });
    const again = await api.gql(REVIEW, {
      token: aecid,
      variables: { id: commitment.id, expectedVersion: 2, decision: 'DECLINED', comment: 'Cambiamos de opinión' },
    });
    expect(codeOf(again)).toBe('BAD_USER_INPUT');
    const fulfilled = await api.gql<{ fulfillCommitment: CommitmentData }>(FULFILL, {
      token: aecid,
      variables: { id: commitment.id, expectedVersion: 2 },
    });
    expect(fulfilled.errors).toBeUndefined();
    expect(fulfilled.data?.fulfillCommitment).toMatchObject({ status: 'FULFILLED', version: 3 });

    // Offers: a partner offers only for their own organisation; CONGOPE reviews them.
    const offerInput = { actionItemId: itemId, kind: 'EQUIPMENT', description: 'Equipos de cómputo para el equipo provincial.' };
    const forOthers = await api.gql(OFFER, { token: aecid, variables: { input: { ...offerInput, organizationId: GIZ } } });
    expect(codeOf(forOthers)).toBe('FORBIDDEN');
    expect(await count('commitment', 'action_item_id = $1', [itemId])).toBe(1);
    const offered = await api.gql<{ offerCommitment: CommitmentData }>(OFFER, {
      token: aecid,
      variables: { input: { ...offerInput, organizationId: AECID } },
    });
    expect(offered.errors).toBeUndefined();
    expect(offered.data?.offerCommitment).toMatchObject({ direction: 'OFFER', status: 'PROPOSED', awaitingMyReview: false });
    const offerId = offered.data!.offerCommitment.id;
    const forAnalyst = await api.gql<{ commitment: CommitmentData }>(GET_COMMITMENT, { token: analyst, variables: { id: offerId } });
    expect(forAnalyst.data?.commitment.awaitingMyReview).toBe(true);
    const analystQueue = await api.gql<{ commitments: Connection<CommitmentData> }>(COMMITMENTS, {
      token: analyst,
      variables: { filter: { awaitingMyReview: true } },
    });
    expect(analystQueue.data?.commitments.nodes.map((node) => node.id)).toContain(offerId);
    expect(analystQueue.data?.commitments.nodes.map((node) => node.id)).not.toContain(commitment.id);

    const own = await api.gql<{ commitments: Connection<CommitmentData> }>(COMMITMENTS, { token: aecid });
    expect(own.data?.commitments.nodes.length).toBeGreaterThan(0);
    expect(own.data?.commitments.nodes.every((node) => node.organization.id === AECID)).toBe(true);
    expect(own.data?.commitments.totalCount).toBe(await count('commitment', 'organization_id = $1', [AECID]));
  });
});
