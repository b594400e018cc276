import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';

/** Per execution and field (graphql-js reuses one `fieldNodes` array for a field of every item of a list). */
const known = new WeakMap<readonly FieldNode[], Map<string, ReadonlySet<string> | undefined>>();

/**
 * The fields a query selects on what a resolver returns, or further down along `path` (e.g.
 * `['nodes']` for a connection's items), with fragments, aliases and `@skip`/`@include` applied;
 * undefined when they cannot be told (then read everything).
 */
export function requestedFields(info: GraphQLResolveInfo, path: readonly string[] = []): ReadonlySet<string> | undefined {
  let byPath = known.get(info.fieldNodes);
  if (!byPath) {
    byPath = new Map();
    known.set(info.fieldNodes, byPath);
  }
  const key = path.join('.');
  if (!byPath.has(key)) byPath.set(key, collect(info, path));
  return byPath.get(key);
}

function collect(info: GraphQLResolveInfo, path: readonly string[]): ReadonlySet<string> | undefined {
  const root = parseResolveInfo(info) as ResolveTree | null;
  if (!root) return undefined;
  let trees = [root];
  for (const name of path) trees = trees.flatMap(children).filter((tree) => tree.name === name);
  return new Set(trees.flatMap(children).map((tree) => tree.name));
}

function children(tree: ResolveTree): ResolveTree[] {
  return Object.values(tree.fieldsByTypeName).flatMap((fields) => Object.values(fields));
}
