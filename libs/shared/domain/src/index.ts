export * from './agenda-rules.js';
export * from './error-codes.js';
export * from './programme.js';
export * from './roles.js';
export * from './time-zone.js';
export * from './roadmap.js';
export * from './documents.js';
export * from './downloads.js';
