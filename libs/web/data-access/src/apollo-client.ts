import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/**
 * The one Apollo Client of the web app. Requests carry the interface language so the API answers
 * errors in it, and the session cookie (same origin).
 */
export function createApolloClient(options: { language: () => string; uri?: string }): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({
      uri: options.uri ?? '/graphql',
      credentials: 'same-origin',
      fetch: (input, init) => {
        const headers = new Headers(init?.headers);
        headers.set('accept-language', options.language());
        return fetch(input, { ...init, headers });
      },
    }),
    cache: new InMemoryCache({
      typePolicies: {
        Province: { keyFields: ['code'] },
        Competency: { keyFields: ['key'] },
        Sdg: { keyFields: ['number'] },
        CooperationModality: { keyFields: ['key'] },
        EventDay: { keyFields: false },
        EventOrganization: { keyFields: false },
      },
    }),
  });
}
