/**
 * Kinds of agenda session, as the public contract names them. Keys equal values: GraphQL enums
 * take their names from the keys.
 */
export const AgendaSessionKind = {
  OPENING: 'OPENING',
  KEYNOTE: 'KEYNOTE',
  PANEL: 'PANEL',
  OPEN_DIALOGUE: 'OPEN_DIALOGUE',
  CLOSING: 'CLOSING',
} as const;
export type AgendaSessionKind = (typeof AgendaSessionKind)[keyof typeof AgendaSessionKind];

/** The part a person plays in an agenda session. */
export const SpeakerRole = {
  HOST: 'HOST',
  KEYNOTE_SPEAKER: 'KEYNOTE_SPEAKER',
  PANELIST: 'PANELIST',
  MODERATOR: 'MODERATOR',
} as const;
export type SpeakerRole = (typeof SpeakerRole)[keyof typeof SpeakerRole];

/** Kinds of organisation taking part in the forum. */
export const OrganizationKind = {
  GAD_PROVINCIAL: 'GAD_PROVINCIAL',
  CONGOPE: 'CONGOPE',
  MINISTRY: 'MINISTRY',
  COOPERATION_AGENCY: 'COOPERATION_AGENCY',
  INTERNATIONAL_NETWORK: 'INTERNATIONAL_NETWORK',
  ACADEMIA: 'ACADEMIA',
  CIVIL_SOCIETY: 'CIVIL_SOCIETY',
  OTHER: 'OTHER',
} as const;
export type OrganizationKind = (typeof OrganizationKind)[keyof typeof OrganizationKind];

/** Durations the concept note's methodology fixes for each theme, in minutes. */
export const ThemeFormat = {
  keynoteMinutes: 30,
  panelists: 3,
  panelInterventionMinutes: 10,
  openDialogueMinutes: 20,
} as const;

/** The life of a conversatorio: contributions are taken only while it is open. */
export const ConversatorioStatus = {
  PLANNED: 'PLANNED',
  OPEN: 'OPEN',
  CLOSED: 'CLOSED',
  CONSOLIDATED: 'CONSOLIDATED',
} as const;
export type ConversatorioStatus = (typeof ConversatorioStatus)[keyof typeof ConversatorioStatus];

/** Each status may move only to the next one. */
export const conversatorioTransitions: Record<ConversatorioStatus, ConversatorioStatus[]> = {
  PLANNED: ['OPEN'],
  OPEN: ['CLOSED'],
  CLOSED: ['CONSOLIDATED'],
  CONSOLIDATED: [],
};

/** What a contribution is (Spanish labels in the i18n catalogue). */
export const ContributionType = {
  IDEA: 'IDEA',
  PROPOSAL: 'PROPOSAL',
  AGREEMENT: 'AGREEMENT',
  NEED: 'NEED',
  QUESTION: 'QUESTION',
  RISK: 'RISK',
} as const;
export type ContributionType = (typeof ContributionType)[keyof typeof ContributionType];

/** A live question of an agenda session: pending until a moderator approves, hides or answers it. */
export const QuestionStatus = {
  PENDING: 'PENDING',
  APPROVED: 'APPROVED',
  HIDDEN: 'HIDDEN',
  ANSWERED: 'ANSWERED',
} as const;
export type QuestionStatus = (typeof QuestionStatus)[keyof typeof QuestionStatus];
