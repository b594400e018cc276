export * from './memoria-page.js';
