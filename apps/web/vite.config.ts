import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { compilerOptions } = JSON.parse(readFileSync(`${root}/tsconfig.base.json`, 'utf8')) as {
  compilerOptions: { paths: Record<string, [string]> };
};

// The web may import only web and shared libraries; the lint rules forbid the rest.
const alias = Object.entries(compilerOptions.paths)
  .filter(([name]) => name.startsWith('@ruta/web-') || name.startsWith('@ruta/shared-'))
  .map(([name, [target]]) => ({ find: name, replacement: `${root}/${target.replace(/^\.\//, '')}` }));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  resolve: { alias },
  build: {
    outDir: `${root}/dist/web`,
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: 'http://localhost:3000', ws: true },
      '/health': 'http://localhost:3000',
      '/collaboration': { target: 'http://localhost:3000', ws: true },
      '/exports': 'http://localhost:3000',
    },
  },
});
