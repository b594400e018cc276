import { Role } from '@ruta/shared-domain';
import { definePolicy, hasRole, signedIn } from '@ruta/server-core';

export type QuestionAction = 'question:read' | 'question:ask' | 'question:vote' | 'question:moderate';

/** Live questions: everyone signed in reads, asks and upvotes; moderators (and CONGOPE) moderate. */
export const questionsPolicy = definePolicy<QuestionAction>('questions', {
  'question:read': signedIn,
  'question:ask': signedIn,
  'question:vote': signedIn,
  'question:moderate': hasRole(Role.ADMIN, Role.ANALYST, Role.MODERATOR),
});
