export * from './competency.entity.js';
export * from './cooperation-modality.entity.js';
export * from './province.entity.js';
export * from './reference.models.js';
export * from './reference.module.js';
export * from './reference.service.js';
export * from './sdg.entity.js';
