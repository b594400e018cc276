export * from './dialog.js';
export * from './app-layout.js';
export * from './format.js';
export * from './query-state.js';
