import type { DataSource } from 'typeorm';
import { insertConversatorios } from './conversatorios.js';
import { insertDocuments } from './documents.js';
import { insertForum2023 } from './forum-2023.js';
import { translateForum2023 } from './forum-2023-english.js';
import { insertOrganizations } from './organizations.js';
import { upsertReferenceData } from './reference-data.js';

const SEED_LOCK = 'ruta:seed';

export interface SeedReport {
  forumInserted: boolean;
}

/**
 * Loads what every Ruta database needs: reference data (refreshed), the organisations, the 2023
 * forum, its conversatorios and their documents (inserted once), and the forum's English texts
 * where they are missing. Idempotent, in one transaction, under an advisory lock so that
 * instances starting together seed once.
 */
export async function seedDatabase(dataSource: DataSource): Promise<SeedReport> {
  return dataSource.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [SEED_LOCK]);
    await upsertReferenceData(manager);
    await insertOrganizations(manager);
    const forumInserted = await insertForum2023(manager);
    await translateForum2023(manager);
    await insertConversatorios(manager);
    await insertDocuments(manager);
    return { forumInserted };
  });
}
