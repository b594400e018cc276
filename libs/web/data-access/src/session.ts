import { useQuery } from '@apollo/client/react';
import { graphql } from './gql/index.js';
import type { SessionQuery as SessionQueryResult } from './gql/graphql.js';

export const currentSessionQuery = graphql(`
  query Session {
    me {
      id
      email
      displayName
      role
      province {
        code
        name
      }
      organization {
        id
        name
        shortName
      }
    }
  }
`);

export type SessionUser = NonNullable<SessionQueryResult['me']>;

/** The signed-in person (null when anonymous), read once and kept in Apollo's cache. */
export function useSession(): { user: SessionUser | null; loading: boolean } {
  const { data, loading } = useQuery(currentSessionQuery, { fetchPolicy: 'cache-first' });
  return { user: data?.me ?? null, loading: loading && !data };
}

/** Who may see a page or a navigation entry. */
export type Access = 'anyone' | 'signedIn' | ReadonlyArray<SessionUser['role']>;

export function hasAccess(user: SessionUser | null, access: Access): boolean {
  if (access === 'anyone') return true;
  if (!user) return false;
  return access === 'signedIn' || access.includes(user.role);
}

/** CONGOPE's own people (administrators and analysts): they see and manage everything. */
export function isStaff(user: SessionUser | null): boolean {
  return hasAccess(user, ['ADMIN', 'ANALYST']);
}
