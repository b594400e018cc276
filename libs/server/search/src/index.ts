export * from './search.model.js';
export * from './search.module.js';
export * from './search.service.js';
