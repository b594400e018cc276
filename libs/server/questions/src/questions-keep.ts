import type { RemovalChecks } from '@ruta/server-core';
import type { EntityManager } from 'typeorm';

/** Live questions are part of the forum's record: a session that has had any is kept. */
export function keepSessionsWithQuestions(removals: RemovalChecks): void {
  removals.register('agendaSession', 'questions', async (manager: EntityManager, sessionIds) => {
    const [{ asked }] = (await manager.query('SELECT EXISTS (SELECT 1 FROM session_question WHERE session_id = ANY($1::uuid[])) AS asked', [
      sessionIds,
    ])) as Array<{ asked: boolean }>;
    return asked ? 'sessionHasQuestions' : null;
  });
}
