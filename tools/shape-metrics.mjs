#!/usr/bin/env node
// The codebase's shape in figures (docs/ARCHITECTURE.md, "Layers"): hand-written files over 400
// lines and the import edges between feature libraries. Run from the repository root:
//   npx node tools/shape-metrics.mjs [--list]
// Generated code, i18n catalogues and fixtures are left out of the long-file count.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const list = process.argv.includes('--list');
const files = execFileSync('git', ['ls-files', '*.ts', '*.tsx', '*.mjs'], { encoding: 'utf8' }).split('\n').filter(Boolean);

const exempt = (file) =>
  /\/gql\/|\/generated\/|libs\/shared\/i18n\/src\/(es|en)\.ts$|fixture|\/data\//.test(file) || file.endsWith('.d.ts');

const long = files
  .filter((file) => !exempt(file))
  .map((file) => ({ file, lines: readFileSync(file, 'utf8').split('\n').length - 1 }))
  .filter(({ lines }) => lines > 400)
  .sort((a, b) => b.lines - a.lines);

const libraryOf = (file) => {
  const match = /^libs\/(server|web)\/([^/]+)\//.exec(file);
  return match ? `${match[1]}-${match[2]}` : undefined;
};
const isFeature = (library) => library && !/^(server-(core|testing|history)|web-(data-access|ui))$/.test(library);

const edges = new Map();
for (const file of files) {
  const from = libraryOf(file);
  if (!isFeature(from) || file.includes('.spec.')) continue;
  const text = readFileSync(file, 'utf8');
  for (const [, name] of text.matchAll(/from '@ruta\/((?:server|web)-[a-z-]+)'/g)) {
    const target = name;
    if (target === from || !isFeature(target)) continue;
    const key = `${from} → ${target}`;
    edges.set(key, (edges.get(key) ?? 0) + 1);
  }
}

// SQL that reads or writes another feature's tables: an edge no import shows.
const owner = new Map();
for (const file of files) {
  const library = libraryOf(file);
  if (!library?.startsWith('server-')) continue;
  for (const [, table] of readFileSync(file, 'utf8').matchAll(/@Entity\('([a-z_]+)'/g)) owner.set(table, library);
}
const foreignSql = new Map();
for (const file of files) {
  const from = libraryOf(file);
  if (!from?.startsWith('server-') || !isFeature(from) || from === 'server-seed' || file.includes('.spec.')) continue;
  const text = readFileSync(file, 'utf8');
  for (const [, table] of text.matchAll(/\b(?:FROM|JOIN|UPDATE|INTO)\s+"?([a-z_]+)"?/gi)) {
    const to = owner.get(table);
    if (!to || to === from) continue;
    const key = `${from} → ${table} (${to})`;
    foreignSql.set(key, (foreignSql.get(key) ?? 0) + 1);
  }
}

console.log(`files over 400 lines: ${long.length}`);
for (const { file, lines } of long) console.log(`  ${lines}\t${file}`);
console.log(`feature → feature import edges: ${edges.size} (${[...edges.values()].reduce((a, b) => a + b, 0)} import statements)`);
if (list) for (const [edge, count] of [...edges].sort()) console.log(`  ${edge}\t${count}`);
// Layers, bottom first (docs/ARCHITECTURE.md, "Layers and ownership"): SQL into a higher layer is a hidden upward edge.
const order = ['layer:shared', 'layer:platform', 'layer:directory', 'layer:domain', 'layer:process', 'layer:output', 'layer:composition'];
const layerOf = (library) => {
  const [scope, ...rest] = library.split('-');
  try {
    const tags = JSON.parse(readFileSync(`libs/${scope}/${rest.join('-')}/project.json`, 'utf8')).tags ?? [];
    return order.indexOf(tags.find((tag) => tag.startsWith('layer:')));
  } catch {
    return -1;
  }
};
// Before the layers were declared, the layers as declared now.
const declared = {
  reference: 2,
  organizations: 2,
  identity: 2,
  events: 3,
  conversatorios: 3,
  contributions: 3,
  questions: 3,
  roadmap: 3,
  documents: 4,
  memoria: 5,
};
const levelOf = (library) => {
  const level = layerOf(library);
  return level >= 0 ? level : (declared[library.replace(/^server-/, '')] ?? -1);
};
const upward = [...foreignSql.keys()].filter((key) => {
  const [, from, to] = /^(\S+) → \S+ \((\S+)\)$/.exec(key);
  return levelOf(from) < levelOf(to);
});
const statements = [...foreignSql.values()].reduce((a, b) => a + b, 0);
console.log(
  `SQL over another feature's tables: ${foreignSql.size} library → table pairs (${statements} statements), ${upward.length} into a higher layer`,
);
if (list) for (const [edge, count] of [...foreignSql].sort()) console.log(`  ${edge}\t${count}`);
