export * from './contribution.entity.js';
export * from './contribution-reads.js';
export * from './contribution.inputs.js';
export * from './contribution.model.js';
export * from './contributions.module.js';
export * from './contributions.policy.js';
export * from './contributions.service.js';
export * from './visibility/contribution-visibility.js';
