import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig } from 'vite';

const here = import.meta.dirname;

/** Every HTML page under the given folders, keyed by its path without extension. */
function pages(...folders: string[]): Record<string, string> {
  const input: Record<string, string> = {};
  for (const folder of folders) {
    if (!existsSync(join(here, folder))) continue;
    for (const name of readdirSync(join(here, folder))) {
      if (name.endsWith('.html')) input[`${folder}/${name.slice(0, -5)}`] = join(here, folder, name);
    }
  }
  return input;
}

// Test pages mounting real editor packages; built into test/pages/dist, never into the extension. Vite's own
// transform compiles the React pages' TSX (automatic runtime), so no React plugin is needed.
export default defineConfig({
  root: here,
  base: '/',
  logLevel: 'warn',
  // Draft.js (through fbjs) reads Node's `global`.
  define: { global: 'globalThis' },
  resolve: { alias: { '@': resolve(here, '../..') } },
  build: {
    outDir: join(here, 'dist'),
    emptyOutDir: false,
    minify: false,
    sourcemap: false,
    chunkSizeWarningLimit: 10_000,
    rollupOptions: { input: pages('editors', 'fixtures') },
  },
});
