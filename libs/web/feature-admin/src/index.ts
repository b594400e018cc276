export * from './organizations-admin.js';
export * from './people-admin.js';
export * from './programme-admin.js';
