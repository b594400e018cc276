export * from './reopen-on-server-close.js';
