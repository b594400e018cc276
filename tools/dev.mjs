// Development mode: the API rebuilt on every server-side change and restarted by `node --watch`,
// and Vite's dev server with hot reload on http://localhost:5173, proxying the API.
import { spawn, spawnSync } from 'node:child_process';
import { watch } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const build = () => spawnSync(process.execPath, ['tools/build-server.mjs', '--keep'], { cwd: root, stdio: 'inherit' });

build();
const children = [
  spawn(process.execPath, ['--enable-source-maps', '--watch-path=dist/server', 'dist/server/apps/api/src/main.js'], {
    cwd: root,
    stdio: 'inherit',
  }),
  spawn(process.execPath, ['node_modules/vite/bin/vite.js', '--config', 'apps/web/vite.config.ts'], { cwd: root, stdio: 'inherit' }),
];

let timer;
for (const dir of ['apps/api/src', 'libs/server', 'libs/shared']) {
  watch(path.join(root, dir), { recursive: true }, (_event, file) => {
    if (!file || file.endsWith('.spec.ts')) return;
    clearTimeout(timer);
    timer = setTimeout(build, 150);
  });
}

const stop = () => {
  for (const child of children) child.kill('SIGINT');
  setTimeout(() => process.exit(0), 5000).unref();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) child.on('exit', () => children.every((c) => c.exitCode !== null || c.signalCode) && process.exit(0));
