export * from './history-entry.entity.js';
export * from './record-history.js';

import { HistoryEntryEntity } from './history-entry.entity.js';
export const historyEntities = [HistoryEntryEntity];
