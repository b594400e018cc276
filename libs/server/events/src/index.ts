export * from './agenda-session-moderator.entity.js';
export * from './agenda-session.entity.js';
export * from './event.entity.js';
export * from './event.models.js';
export * from './events.module.js';
export * from './events.service.js';
export * from './theme.entity.js';
