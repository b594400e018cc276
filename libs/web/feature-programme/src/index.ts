export * from './agenda-view.js';
export * from './event-overview.js';
export * from './provinces-table.js';
