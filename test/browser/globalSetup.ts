import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '../..');
const pagesDir = join(root, 'test/pages');
const distDir = join(pagesDir, 'dist');
const stamp = join(distDir, '.built');

/** Newest modification time of the files under a folder (skipping build output), 0 when none. */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = 0;
  for (const name of readdirSync(path)) {
    if (name === 'dist' || name === 'node_modules') continue;
    latest = Math.max(latest, newest(join(path, name)));
  }
  return latest;
}

/** True when the built test pages are missing or older than their sources (pages, editor drivers, bridge). */
function pagesStale(): boolean {
  if (!existsSync(stamp)) return true;
  const built = statSync(stamp).mtimeMs;
  const sources = [pagesDir, join(root, 'lib/editors'), join(root, 'entrypoints/editor-bridge.content.ts')];
  return sources.some((source) => newest(source) > built);
}

/** Builds the editor test pages and the injectable bundle of lib/editors into test/pages/dist. */
async function buildPages(): Promise<void> {
  await build({ configFile: join(pagesDir, 'vite.config.ts'), logLevel: 'warn' });
  // lib/editors (and its page-world bridge) as one classic script the tests inject into any page.
  await build({
    configFile: false,
    logLevel: 'warn',
    resolve: { alias: { '@': root } },
    build: {
      outDir: join(distDir, 'inject'),
      emptyOutDir: true,
      minify: false,
      lib: {
        entry: join(pagesDir, 'inject/editors.ts'),
        formats: ['iife'],
        name: 'TactEditors',
        fileName: () => 'editors.js',
      },
    },
  });
  writeFileSync(stamp, new Date().toISOString());
}

/** The browser tests load the built extension (`npm test` builds it first) and the built test pages. */
export default async function setup(): Promise<void> {
  const manifest = join(root, '.output/chrome-mv3/manifest.json');
  if (!existsSync(manifest)) {
    throw new Error('The extension is not built: run `npm run build` (npm test does it first).');
  }
  if (pagesStale()) await buildPages();
}
