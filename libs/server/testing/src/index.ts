export * from './gql.js';
export * from './test-database.js';
export * from './with-client.js';
export * from './test-app.js';
export * from './count-statements.js';
export * from './database-digest.js';
