import { Role } from '@ruta/shared-domain';
import { themeId } from '@ruta/server-seed';
import { type Operation, UNKNOWN_ID } from './operation.js';

const { ADMIN } = Role;

/** The public programme and reference data. */
export const programmeRows: Record<string, Operation> = {
  event: { allowed: 'ANYONE', document: '{ event { id } }' },
  themes: { allowed: 'ANYONE', document: '{ themes { id } }' },
  agenda: { allowed: 'ANYONE', document: '{ agenda { id } }' },
  provinces: { allowed: 'ANYONE', document: '{ provinces { code } }' },
  province: { allowed: 'ANYONE', document: '{ province(code: "01") { code } }' },
  competencies: { allowed: 'ANYONE', document: '{ competencies { key } }' },
  sdgs: { allowed: 'ANYONE', document: '{ sdgs { number } }' },
  cooperationModalities: { allowed: 'ANYONE', document: '{ cooperationModalities { key } }' },
};

/** Programme administration. */
export const programmeAdministrationRows: Record<string, Operation> = {
  speakers: { allowed: 'ANYONE', document: '{ speakers { id } }' },
  setEventEnglish: {
    allowed: [ADMIN],
    // Markup in a name: the administrator gets BAD_USER_INPUT and the English texts stay as they are.
    document: 'mutation { setEventEnglish(input: { name: "<b>Forum</b>" }) { id } }',
  },
  createTheme: {
    allowed: [ADMIN],
    // Too short a name: the administrator gets BAD_USER_INPUT and nothing is created.
    document: 'mutation { createTheme(input: { name: "X" }) { id } }',
  },
  updateTheme: {
    allowed: [ADMIN],
    document: 'mutation ($id: ID!) { updateTheme(id: $id, input: { name: "Paradiplomacia", description: "" }) { id } }',
    variables: () => ({ id: themeId('paradiplomacia') }),
  },
  createAgendaSession: {
    allowed: [ADMIN],
    document:
      'mutation { createAgendaSession(input: { kind: PANEL, title: "Fuera de hora", startsAt: "2023-03-28T20:00:00-05:00", endsAt: "2023-03-28T20:30:00-05:00" }) { id } }',
  },
  updateAgendaSession: {
    allowed: [ADMIN],
    document:
      'mutation ($id: ID!) { updateAgendaSession(id: $id, input: { kind: PANEL, title: "x", startsAt: "2023-03-28T20:00:00-05:00", endsAt: "2023-03-28T20:30:00-05:00" }) { id } }',
    variables: () => ({ id: UNKNOWN_ID }),
  },
  deleteAgendaSession: {
    allowed: [ADMIN],
    document: 'mutation ($id: ID!) { deleteAgendaSession(id: $id) }',
    variables: () => ({ id: UNKNOWN_ID }),
  },
  createSpeaker: {
    allowed: [ADMIN],
    document: 'mutation ($org: ID!) { createSpeaker(input: { name: "Ponente de prueba", organizationId: $org }) { id } }',
    variables: () => ({ org: UNKNOWN_ID }),
  },
  updateSpeaker: {
    allowed: [ADMIN],
    document: 'mutation ($id: ID!) { updateSpeaker(id: $id, input: { name: "Ponente" }) { id } }',
    variables: () => ({ id: UNKNOWN_ID }),
  },
  addSessionSpeaker: {
    allowed: [ADMIN],
    document: 'mutation ($id: ID!) { addSessionSpeaker(sessionId: $id, input: { role: PANELIST }) { id } }',
    variables: () => ({ id: UNKNOWN_ID }),
  },
  updateSessionSpeaker: {
    allowed: [ADMIN],
    document: 'mutation ($id: ID!) { updateSessionSpeaker(id: $id, input: { role: PANELIST }) { id } }',
    variables: () => ({ id: UNKNOWN_ID }),
  },
  removeSessionSpeaker: {
    allowed: [ADMIN],
    document: 'mutation ($id: ID!) { removeSessionSpeaker(id: $id) { id } }',
    variables: () => ({ id: UNKNOWN_ID }),
  },
  setSessionModerators: {
    allowed: [ADMIN],
    document: 'mutation ($id: ID!) { setSessionModerators(sessionId: $id, userIds: []) { id } }',
    variables: () => ({ id: UNKNOWN_ID }),
  },
};
