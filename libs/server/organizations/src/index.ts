export * from './organization.entity.js';
export * from './organization.inputs.js';
export * from './organization.model.js';
export * from './organizations.module.js';
export * from './organizations.policy.js';
export * from './organizations.service.js';
