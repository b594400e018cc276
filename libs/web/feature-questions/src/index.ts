export * from './questions-panel.js';
