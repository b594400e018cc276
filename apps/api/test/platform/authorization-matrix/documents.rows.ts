import { Role } from '@ruta/shared-domain';
import { conversatorioId, nationalRoadmapDocumentId } from '@ruta/server-seed';
import { type Operation, targets, UNKNOWN_ID } from './operation.js';

const { ADMIN, ANALYST, MODERATOR, TECHNICIAN } = Role;

/** Collaborative documents, comments and search. */
export const documentsRows: Record<string, Operation> = {
  documents: { allowed: 'SIGNED_IN', document: '{ documents { id } }' },
  document: {
    allowed: 'SIGNED_IN',
    document: 'query ($id: ID!) { document(id: $id) { id } }',
    variables: () => ({ id: nationalRoadmapDocumentId }),
  },
  conversatorioDocument: {
    allowed: 'SIGNED_IN',
    document: 'query ($id: ID!) { conversatorioDocument(conversatorioId: $id) { id } }',
    variables: () => ({ id: conversatorioId('cooperacion-descentralizada') }),
  },
  ponenciaDocument: {
    allowed: 'SIGNED_IN',
    document: 'query ($id: ID!) { ponenciaDocument(sessionSpeakerId: $id) { id } }',
    variables: () => ({ id: UNKNOWN_ID }),
  },
  collaborationTicket: {
    allowed: 'SIGNED_IN',
    document: 'mutation ($id: ID!) { collaborationTicket(documentId: $id) { access } }',
    variables: () => ({ id: nationalRoadmapDocumentId }),
  },
  documentSnapshots: {
    allowed: 'SIGNED_IN',
    document: 'query ($id: ID!) { documentSnapshots(documentId: $id) { id } }',
    variables: () => ({ id: nationalRoadmapDocumentId }),
  },
  createDocumentSnapshot: {
    // The open conversatorio's outcome document: its participants (the Azuay technician, its moderator) and CONGOPE.
    allowed: [ADMIN, ANALYST, TECHNICIAN, MODERATOR],
    document: 'mutation ($id: ID!) { createDocumentSnapshot(documentId: $id, name: "Versión de prueba") { id } }',
    variables: () => ({ id: targets.outcomeDocumentId }),
  },
  restoreDocumentSnapshot: {
    allowed: [ADMIN, ANALYST, TECHNICIAN, MODERATOR],
    document: 'mutation ($id: ID!) { restoreDocumentSnapshot(id: $id) { id } }',
    variables: () => ({ id: UNKNOWN_ID }),
  },
  mentionablePeople: { allowed: 'SIGNED_IN', document: '{ mentionablePeople(search: "demo") { id } }' },
  commentThreads: {
    allowed: 'SIGNED_IN',
    document: 'query ($id: ID!) { commentThreads(documentId: $id) { id } }',
    variables: () => ({ id: targets.outcomeDocumentId }),
  },
  openCommentThread: {
    allowed: [ADMIN, ANALYST, TECHNICIAN, MODERATOR],
    document: 'mutation ($input: OpenCommentThreadInput!) { openCommentThread(input: $input) { id } }',
    variables: () => ({
      input: { documentId: targets.outcomeDocumentId, anchorStart: 'AQID', anchorEnd: 'AQIE', quote: 'un pasaje', body: '¿Lo revisamos?' },
    }),
  },
  replyToCommentThread: {
    allowed: 'SIGNED_IN',
    document: 'mutation ($id: ID!) { replyToCommentThread(id: $id, input: { body: "De acuerdo" }) { id } }',
    variables: () => ({ id: UNKNOWN_ID }),
  },
  resolveCommentThread: {
    allowed: 'SIGNED_IN',
    document: 'mutation ($id: ID!) { resolveCommentThread(id: $id) { id } }',
    variables: () => ({ id: UNKNOWN_ID }),
  },
  reopenCommentThread: {
    allowed: 'SIGNED_IN',
    document: 'mutation ($id: ID!) { reopenCommentThread(id: $id) { id } }',
    variables: () => ({ id: UNKNOWN_ID }),
  },
  search: { allowed: 'SIGNED_IN', document: '{ search(text: "cooperación") { id } }' },
};
