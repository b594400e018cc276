export * from './collaboration-context.js';
export * from './collaboration-metrics.js';
export * from './collaboration-path.js';
export * from './collaboration.model.js';
export * from './collaboration.module.js';
export * from './collaboration.server.js';
export * from './collaboration-token.js';
