import DataLoader from 'dataloader';

const loadersByScope = new WeakMap<object, Map<string, DataLoader<unknown, unknown>>>();

/**
 * A batching loader for one signed-in person's requests (the scope is their per-request
 * identity object): every field resolver asking for the same kind of record in the same tick
 * shares one SQL statement. It caches nothing, so a later request or subscription event always
 * reads fresh rows.
 */
export function requestLoader<K, V>(scope: object, name: string, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
  let loaders = loadersByScope.get(scope);
  if (!loaders) {
    loaders = new Map();
    loadersByScope.set(scope, loaders);
  }
  let loader = loaders.get(name) as DataLoader<K, V> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V>(batch, { cache: false });
    loaders.set(name, loader as DataLoader<unknown, unknown>);
  }
  return loader;
}

/** Groups rows by a key, in the order of the keys asked for (the shape DataLoader expects). */
export function groupInOrder<K, R>(keys: readonly K[], rows: R[], keyOf: (row: R) => K): R[][] {
  const groups = new Map<K, R[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return keys.map((key) => groups.get(key) ?? []);
}
