export * from './apollo-client.js';
export * from './errors.js';
export * from './session.js';
export * from './gql/index.js';
export * from './gql/graphql.js';
export * from './use-form-draft.js';
