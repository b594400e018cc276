export * from './conversatorios.js';
export * from './forum-2023.js';
export * from './organizations.js';
export * from './reference-data.js';
export * from './seed-database.js';
export * from './seed-id.js';
export * from './demo-accounts.js';
export * from './demo-contributions.js';
