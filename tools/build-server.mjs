// Compiles the server side (apps/api, libs/server/*, libs/shared/*) with SWC into dist/server,
// keeping the source layout. SWC, unlike esbuild, emits the decorator metadata NestJS and TypeORM
// read, and rewrites the tsconfig path aliases (@ruta/*) into relative ESM imports.
import { transformFile } from '@swc/core';
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'dist/server');
const sources = ['apps/api/src', 'libs/server', 'libs/shared'];
const swcrc = JSON.parse(await readFile(path.join(root, '.swcrc'), 'utf8'));
const { compilerOptions } = JSON.parse(await readFile(path.join(root, 'tsconfig.base.json'), 'utf8'));

async function* walk(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else yield full;
  }
}

const isSource = (file) => file.endsWith('.ts') && !file.endsWith('.spec.ts') && !file.endsWith('.d.ts');
const isAsset = (file) => file.endsWith('.json') && !file.endsWith('project.json') && !file.includes('tsconfig');

// `--keep` (used by `npm run dev`) rewrites files in place so a watching process restarts once.
if (!process.argv.includes('--keep')) await rm(outDir, { recursive: true, force: true });
const started = Date.now();
let count = 0;
for (const source of sources) {
  for await (const file of walk(path.join(root, source))) {
    if (!isSource(file) && !isAsset(file)) continue;
    const relative = path.relative(root, file);
    const target = path.join(outDir, relative.replace(/\.ts$/, '.js'));
    await mkdir(path.dirname(target), { recursive: true });
    if (isAsset(file)) {
      await cp(file, target);
      continue;
    }
    const { code, map } = await transformFile(file, {
      ...swcrc,
      swcrc: false,
      filename: file,
      sourceFileName: path.relative(path.dirname(target), file),
      jsc: { ...swcrc.jsc, baseUrl: root, paths: compilerOptions.paths },
    });
    await writeFile(target, `${code}\n//# sourceMappingURL=${path.basename(target)}.map\n`);
    if (map) await writeFile(`${target}.map`, map);
    count += 1;
  }
}
console.log(`server: ${count} files compiled into dist/server in ${Date.now() - started} ms`);
