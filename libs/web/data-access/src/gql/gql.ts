/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  query Agenda {\n    event {\n      id\n      days {\n        date\n        opensAt\n        closesAt\n      }\n    }\n    themes {\n      id\n      key\n      name\n      position\n    }\n    agenda {\n      id\n      kind\n      title\n      description\n      startsAt\n      endsAt\n      durationMinutes\n      theme {\n        id\n        key\n        name\n      }\n      speakers {\n        id\n        role\n        durationMinutes\n        speaker {\n          id\n          name\n          jobTitle\n          organization {\n            id\n            shortName\n            name\n          }\n        }\n      }\n    }\n  }\n': typeof types.AgendaDocument;
  '\n  query EventOverview {\n    event {\n      id\n      name\n      subtitle\n      startsOn\n      endsOn\n      modality\n      platform\n      openingAt\n      presentation\n      objectives\n      days {\n        date\n        opensAt\n        closesAt\n      }\n      organizations {\n        role\n        organization {\n          id\n          name\n          shortName\n        }\n      }\n    }\n    themes {\n      id\n      key\n      name\n      description\n      position\n      sessions {\n        id\n      }\n    }\n  }\n': typeof types.EventOverviewDocument;
  '\n  query Provinces {\n    provinces {\n      code\n      name\n      capital\n      region\n      hasPrefectura\n    }\n  }\n': typeof types.ProvincesDocument;
};
const documents: Documents = {
  '\n  query Agenda {\n    event {\n      id\n      days {\n        date\n        opensAt\n        closesAt\n      }\n    }\n    themes {\n      id\n      key\n      name\n      position\n    }\n    agenda {\n      id\n      kind\n      title\n      description\n      startsAt\n      endsAt\n      durationMinutes\n      theme {\n        id\n        key\n        name\n      }\n      speakers {\n        id\n        role\n        durationMinutes\n        speaker {\n          id\n          name\n          jobTitle\n          organization {\n            id\n            shortName\n            name\n          }\n        }\n      }\n    }\n  }\n':
    types.AgendaDocument,
  '\n  query EventOverview {\n    event {\n      id\n      name\n      subtitle\n      startsOn\n      endsOn\n      modality\n      platform\n      openingAt\n      presentation\n      objectives\n      days {\n        date\n        opensAt\n        closesAt\n      }\n      organizations {\n        role\n        organization {\n          id\n          name\n          shortName\n        }\n      }\n    }\n    themes {\n      id\n      key\n      name\n      description\n      position\n      sessions {\n        id\n      }\n    }\n  }\n':
    types.EventOverviewDocument,
  '\n  query Provinces {\n    provinces {\n      code\n      name\n      capital\n      region\n      hasPrefectura\n    }\n  }\n':
    types.ProvincesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Agenda {\n    event {\n      id\n      days {\n        date\n        opensAt\n        closesAt\n      }\n    }\n    themes {\n      id\n      key\n      name\n      position\n    }\n    agenda {\n      id\n      kind\n      title\n      description\n      startsAt\n      endsAt\n      durationMinutes\n      theme {\n        id\n        key\n        name\n      }\n      speakers {\n        id\n        role\n        durationMinutes\n        speaker {\n          id\n          name\n          jobTitle\n          organization {\n            id\n            shortName\n            name\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Agenda {\n    event {\n      id\n      days {\n        date\n        opensAt\n        closesAt\n      }\n    }\n    themes {\n      id\n      key\n      name\n      position\n    }\n    agenda {\n      id\n      kind\n      title\n      description\n      startsAt\n      endsAt\n      durationMinutes\n      theme {\n        id\n        key\n        name\n      }\n      speakers {\n        id\n        role\n        durationMinutes\n        speaker {\n          id\n          name\n          jobTitle\n          organization {\n            id\n            shortName\n            name\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query EventOverview {\n    event {\n      id\n      name\n      subtitle\n      startsOn\n      endsOn\n      modality\n      platform\n      openingAt\n      presentation\n      objectives\n      days {\n        date\n        opensAt\n        closesAt\n      }\n      organizations {\n        role\n        organization {\n          id\n          name\n          shortName\n        }\n      }\n    }\n    themes {\n      id\n      key\n      name\n      description\n      position\n      sessions {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  query EventOverview {\n    event {\n      id\n      name\n      subtitle\n      startsOn\n      endsOn\n      modality\n      platform\n      openingAt\n      presentation\n      objectives\n      days {\n        date\n        opensAt\n        closesAt\n      }\n      organizations {\n        role\n        organization {\n          id\n          name\n          shortName\n        }\n      }\n    }\n    themes {\n      id\n      key\n      name\n      description\n      position\n      sessions {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Provinces {\n    provinces {\n      code\n      name\n      capital\n      region\n      hasPrefectura\n    }\n  }\n',
): (typeof documents)['\n  query Provinces {\n    provinces {\n      code\n      name\n      capital\n      region\n      hasPrefectura\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
