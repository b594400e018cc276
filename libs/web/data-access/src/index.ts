export * from './apollo-client.js';
export * from './gql/index.js';
export * from './gql/graphql.js';
