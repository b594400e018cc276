import { Role } from '@ruta/shared-domain';
import { definePolicy, hasRole, signedIn, type AuthUser } from '@ruta/server-core';

export type QuestionAction = 'question:read' | 'question:ask' | 'question:vote' | 'question:moderate' | 'question:seeModerators';

/** What the rules look at: the session a question belongs to. */
export interface QuestionSubject {
  /** The accounts that moderate the session (set in the programme). */
  moderatorIds: string[];
}

const staff = hasRole(Role.ADMIN, Role.ANALYST);

/**
 * Live questions: everyone signed in reads, asks and upvotes. Analysts and administrators
 * moderate every session's questions; a moderator only those of the sessions they moderate
 * (without a subject: "may moderate some session"). Who moderates a session is seen by staff and
 * moderators, never by anonymous visitors.
 */
export const questionsPolicy = definePolicy<QuestionAction, QuestionSubject>('questions', {
  'question:read': signedIn,
  'question:ask': signedIn,
  'question:vote': signedIn,
  'question:moderate': (user: AuthUser | null, subject?: QuestionSubject) =>
    staff(user) || (user?.role === Role.MODERATOR && (subject === undefined || subject.moderatorIds.includes(user.id))),
  'question:seeModerators': hasRole(Role.ADMIN, Role.ANALYST, Role.MODERATOR),
});
