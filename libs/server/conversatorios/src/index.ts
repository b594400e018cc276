export * from './conversatorio.entity.js';
export * from './conversatorio.inputs.js';
export * from './conversatorio.model.js';
export * from './conversatorios.module.js';
export * from './conversatorios.policy.js';
export * from './conversatorios.service.js';
export * from './conversatorios.abilities.js';
