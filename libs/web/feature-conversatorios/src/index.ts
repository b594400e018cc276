export * from './conversatorio-list.js';
export * from './conversatorio-view.js';
