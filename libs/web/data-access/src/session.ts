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
      abilities {
        signedIn
        listPeople
        managePeople
        manageOrganizations
        manageProgramme
        createConversatorios
        contribute
        moderateQuestions
        generateMemoria
        writePonencias
        proposeActionItems
        proposalProvinceCode
        manageRoadmap
        consolidateRoadmap
        importRoadmap
        requestCommitments
        offerCommitments
        reviewCommitments
        exportDatabase
      }
    }
  }
`);

export type SessionUser = NonNullable<SessionQueryResult['me']>;

/** What the signed-in person may do, as the server's policies say (`me.abilities`). */
export type ViewerAbilities = NonNullable<SessionUser['abilities']>;

/** The name of one thing a person may or may not do (`proposalProvinceCode` is a scope, not one). */
export type AbilityName = { [Name in keyof ViewerAbilities]: ViewerAbilities[Name] extends boolean ? Name : never }[keyof ViewerAbilities];

/** What an anonymous visitor may do, and anyone while the session loads: nothing that needs signing in. */
export const noAbilities: ViewerAbilities = {
  signedIn: false,
  listPeople: false,
  managePeople: false,
  manageOrganizations: false,
  manageProgramme: false,
  createConversatorios: false,
  contribute: false,
  moderateQuestions: false,
  generateMemoria: false,
  writePonencias: false,
  proposeActionItems: false,
  proposalProvinceCode: null,
  manageRoadmap: false,
  consolidateRoadmap: false,
  importRoadmap: false,
  requestCommitments: false,
  offerCommitments: false,
  reviewCommitments: false,
  exportDatabase: false,
};

/** The signed-in person (null when anonymous), read once and kept in Apollo's cache. */
export function useSession(): { user: SessionUser | null; loading: boolean } {
  const { data, loading } = useQuery(currentSessionQuery, { fetchPolicy: 'cache-first' });
  return { user: data?.me ?? null, loading: loading && !data };
}

/** What this person may do; nothing for an anonymous visitor. */
export function abilitiesOf(user: SessionUser | null): ViewerAbilities {
  return user?.abilities ?? noAbilities;
}

/**
 * What the viewer may do in general (what they may do with one record is that record's
 * `viewerCan`). The web shows or hides by these; the API enforces the same policies on its own.
 */
export function useAbilities(): ViewerAbilities {
  return abilitiesOf(useSession().user);
}

/** Who may see a page or a navigation entry: anyone, or those with one ability (`signedIn` for everyone signed in). */
export type Access = 'anyone' | AbilityName;

export function hasAccess(abilities: ViewerAbilities, access: Access): boolean {
  return access === 'anyone' || abilities[access];
}

/**
 * The person changed (signed in or out): forget what was read for the previous one, then read
 * again what is on screen. (Not `resetStore`: it rejects when a component that the new session
 * shows — the bell — starts its query while the reset is under way.)
 */
export async function switchSession(client: {
  clearStore(): Promise<unknown>;
  refetchQueries(options: { include: 'active' }): PromiseLike<unknown>;
}): Promise<void> {
  await client.clearStore();
  await client.refetchQueries({ include: 'active' });
}
