import type { RemovalChecks } from '@ruta/server-core';
import type { EntityManager } from 'typeorm';

/**
 * A written ponencia is kept, and so are its slot and session: text in its document, or edits
 * received and not yet folded into it.
 */
export function keepWrittenPonencias(removals: RemovalChecks): void {
  const written = async (manager: EntityManager, condition: string, ids: readonly string[]) => {
    const [{ found }] = (await manager.query(
      `SELECT EXISTS (
         SELECT 1 FROM document d
          WHERE ${condition}
            AND (d.plain_text <> '' OR EXISTS (SELECT 1 FROM document_update u WHERE u.document_id = d.id))
       ) AS found`,
      [ids],
    )) as Array<{ found: boolean }>;
    return found;
  };
  removals.register('sessionSpeaker', 'documents', async (manager, slotIds) =>
    (await written(manager, 'd.session_speaker_id = ANY($1::uuid[])', slotIds)) ? 'slotHasPonencia' : null,
  );
  removals.register('agendaSession', 'documents', async (manager, sessionIds) =>
    (await written(
      manager,
      'd.session_speaker_id IN (SELECT s.id FROM session_speaker s WHERE s.session_id = ANY($1::uuid[]))',
      sessionIds,
    ))
      ? 'sessionHasPonencias'
      : null,
  );
}
