export * from './organization.entity.js';
export * from './organization.model.js';
export * from './organizations.module.js';
