export * from './dialog.js';
export * from './app-layout.js';
export * from './format.js';
export * from './query-state.js';
export * from './form-actions.js';
export * from './scroll-table.js';
export * from './external-link.js';
