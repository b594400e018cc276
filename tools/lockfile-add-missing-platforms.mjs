// The npm registry reachable from this project's machines lacks some platform-specific optional
// packages (e.g. @swc/core-darwin-arm64). `npm install` then leaves them out of package-lock.json,
// and `npm ci` refuses the lock file ("Missing: … from lock file"). This script records each such
// optional dependency in the lock file with its version and platform, so that `npm ci` passes and
// skips it on this platform, as it would with a complete registry. Run after `npm install`.
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const packages = lock.packages;

const platform = (name) => {
  const osNames = ['darwin', 'win32', 'linux', 'android', 'freebsd', 'openharmony', 'sunos', 'aix'];
  const cpus = ['arm64', 'x64', 'ia32', 'arm', 'ppc64', 's390x', 'riscv64', 'loong64'];
  const parts = name.split('/').pop().split('-');
  const os = parts.find((part) => osNames.includes(part));
  const cpu = parts.find((part) => cpus.includes(part)) ?? (parts.includes('x86_64') ? 'x64' : undefined);
  return { ...(cpu && { cpu: [cpu] }), ...(os && { os: [os] }) };
};

let added = 0;
for (const [location, entry] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const parentDir = location === '' ? '' : `${location}/`;
    const candidates = [`${parentDir}node_modules/${name}`, `node_modules/${name}`];
    if (candidates.some((candidate) => packages[candidate])) continue;
    packages[`node_modules/${name}`] = {
      version,
      ...platform(name),
      ...(entry.dev && { dev: true }),
      optional: true,
    };
    added += 1;
  }
}
if (added > 0) {
  lock.packages = Object.fromEntries(
    Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b, 'en'))),
  );
  writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
}
console.log(`package-lock.json: recorded ${added} optional platform package(s) the registry does not serve`);
