export * from './downloads.module.js';
