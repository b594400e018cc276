export * from './question.entity.js';
export * from './question.model.js';
export * from './questions.module.js';
export * from './questions.policy.js';
export * from './questions.service.js';
