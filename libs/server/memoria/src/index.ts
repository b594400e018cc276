export * from './memoria-assembler.js';
export * from './memoria-jobs.service.js';
export * from './memoria.entity.js';
export * from './memoria.model.js';
export * from './memoria.module.js';
export * from './render-text.js';
export * from './memoria-file-name.js';
export * from './memoria.policy.js';
