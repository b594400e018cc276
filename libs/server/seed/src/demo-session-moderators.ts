import { AgendaSessionKind } from '@ruta/shared-domain';
import type { EntityManager } from 'typeorm';
import { forum2023, sessionId } from './forum-2023.js';

/**
 * The seeded sessions the demo moderator moderates: every open dialogue, and the keynotes and
 * panels of the first two themes. The others (the keynotes and panels of the last two themes)
 * stay with analysts and administrators, so the demo shows the rule from both sides.
 */
export const demoModeratedSessionKeys: string[] = forum2023.sessions
  .filter(
    (session) =>
      session.kind === AgendaSessionKind.OPEN_DIALOGUE ||
      ((session.kind === AgendaSessionKind.KEYNOTE || session.kind === AgendaSessionKind.PANEL) &&
        forum2023.themes.slice(0, 2).some((theme) => theme.key === session.themeKey)),
  )
  .map((session) => session.key);

/**
 * Demo mode: the seeded sessions above get the demo moderator, unless they already have a
 * moderator (an administrator's choice is kept). Idempotent.
 */
export async function assignDemoSessionModerator(manager: EntityManager, moderatorId: string): Promise<void> {
  await manager.query(
    `INSERT INTO agenda_session_moderator (session_id, user_id)
     SELECT session.id, $2
       FROM agenda_session session
      WHERE session.id = ANY($1::uuid[])
        AND NOT EXISTS (SELECT 1 FROM agenda_session_moderator moderator WHERE moderator.session_id = session.id)`,
    [demoModeratedSessionKeys.map(sessionId), moderatorId],
  );
}
