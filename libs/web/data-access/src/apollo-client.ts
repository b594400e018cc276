import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { createClient } from 'graphql-ws';

interface ClientOptions {
  language: () => string;
  /** Called when an operation is refused with UNAUTHENTICATED (e.g. the session expired). */
  onUnauthenticated?: (operationName: string | undefined) => void;
  uri?: string;
}

const isSubscription = (operation: ApolloLink.Operation) => {
  const definition = getMainDefinition(operation.query);
  return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
};

/** Subscriptions over graphql-ws on the same origin; the browser sends the session cookie. */
function webSocketLink(): ApolloLink {
  const url = `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/graphql`;
  return new GraphQLWsLink(createClient({ url, lazy: true, retryAttempts: Infinity }));
}

/**
 * The one Apollo Client of the web app. Requests carry the interface language so the API answers
 * errors in it, and the session cookie (same origin); subscriptions go over a WebSocket.
 */
export function createApolloClient(options: ClientOptions): ApolloClient {
  const unauthenticated = new ErrorLink(({ error, operation }) => {
    if (CombinedGraphQLErrors.is(error) && error.errors.some((item) => item.extensions?.code === 'UNAUTHENTICATED')) {
      options.onUnauthenticated?.(operation.operationName);
    }
  });
  return new ApolloClient({
    link: ApolloLink.from([
      unauthenticated,
      ApolloLink.split(
        isSubscription,
        webSocketLink(),
        new HttpLink({
          uri: options.uri ?? '/graphql',
          credentials: 'same-origin',
          fetch: (input, init) => {
            const headers = new Headers(init?.headers);
            headers.set('accept-language', options.language());
            return fetch(input, { ...init, headers });
          },
        }),
      ),
    ]),
    cache: new InMemoryCache({
      typePolicies: {
        Province: { keyFields: ['code'] },
        Competency: { keyFields: ['key'] },
        Sdg: { keyFields: ['number'] },
        CooperationModality: { keyFields: ['key'] },
        EventDay: { keyFields: false },
        EventOrganization: { keyFields: false },
        // What the viewer may do with a record is one answer, whichever documents asked for parts of it.
        Abilities: { merge: true },
        ActionItemAbilities: { merge: true },
        CommitmentAbilities: { merge: true },
        ContributionAbilities: { merge: true },
        ConversatorioAbilities: { merge: true },
      },
    }),
  });
}
