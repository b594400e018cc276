export * from './document.entity.js';
export * from './document.model.js';
export * from './document-renderer.js';
export * from './document-store.js';
export * from './documents.module.js';
export * from './documents.policy.js';
export * from './documents.service.js';
export * from './rendering/index.js';
