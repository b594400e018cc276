export * from './conversatorio-document-link.js';
export * from './document-view.js';
export * from './documents-list.js';
export * from './search-page.js';
export * from './ponencia-link.js';
