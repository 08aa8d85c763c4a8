/**
 * What makes up the content script: builds the extension into a scratch folder with a plugin that records each
 * module's rendered size in the content-script bundle (before minification), grouped by package or folder.
 * Run: `npx tsx bench/bundle-stats.ts` (prints a table; RESULTS.md quotes it).
 */
import { rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';
import { build } from 'wxt';

/** Bytes per group of modules in one output chunk. */
export interface BundleGroup {
  group: string;
  bytes: number;
  gzip: number;
}

/** The package (node_modules/<name>) or project folder a module comes from. */
function groupOf(id: string): string {
  const clean = id.replace(/\?.*$/, '').replace(/^\0/, '');
  const nm = clean.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = clean.slice(nm + 'node_modules/'.length).split('/');
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? clean);
  }
  const root = `${process.cwd()}/`;
  const rel = clean.startsWith(root) ? clean.slice(root.length) : clean;
  const parts = rel.split('/');
  return parts.length > 2 ? `${parts[0]}/${parts[1]}` : rel;
}

/** Builds once and returns the module groups of the content script `content.js`, largest first. */
export async function contentScriptComposition(outDir = '.output/bundle-stats'): Promise<BundleGroup[]> {
  const groups = new Map<string, { bytes: number; code: string[] }>();
  const plugin: Plugin = {
    name: 'tact-bundle-stats',
    generateBundle(_options, bundle) {
      for (const out of Object.values(bundle)) {
        if (out.type !== 'chunk' || !out.fileName.includes('content')) continue;
        if (out.fileName.includes('editor-bridge')) continue;
        for (const [id, m] of Object.entries(out.modules)) {
          const g = groups.get(groupOf(id)) ?? { bytes: 0, code: [] };
          g.bytes += m.renderedLength;
          g.code.push(m.code ?? '');
          groups.set(groupOf(id), g);
        }
      }
    },
  };
  try {
    const quiet = () => {};
    const logger = { debug: quiet, log: quiet, info: quiet, success: quiet, warn: console.warn, error: console.error };
    await build({ outDir, logger: { ...logger, fatal: console.error, level: 1 }, vite: () => ({ plugins: [plugin] }) });
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
  return [...groups.entries()]
    .map(([group, g]) => ({ group, bytes: g.bytes, gzip: gzipSync(g.code.join('\n')).length }))
    .sort((a, b) => b.bytes - a.bytes);
}

/** The markdown lines of the composition table (largest groups first, the rest summed). */
export function bundleSection(
  groups: readonly BundleGroup[],
  table: (h: string[], rows: string[][]) => string,
): string[] {
  const total = groups.reduce((sum, g) => sum + g.bytes, 0);
  if (total === 0) return [];
  const top = groups.slice(0, 10);
  const rest = groups.slice(10).reduce((sum, g) => sum + g.bytes, 0);
  const pct = (n: number) => `${((100 * n) / total).toFixed(1)} %`;
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  return [
    "What `content-scripts/content.js` is made of: each module's code as rendered into the bundle, before " +
      'minification, grouped by package or project folder (a separate build of the same sources).',
    '',
    table(
      ['package or folder', 'rendered', 'share', 'gzip of its code alone'],
      [
        ...top.map((g) => [g.group, kb(g.bytes), pct(g.bytes), kb(g.gzip)]),
        ...(rest > 0 ? [[`${groups.length - top.length} others`, kb(rest), pct(rest), '']] : []),
      ],
    ),
    '',
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await contentScriptComposition();
  const total = rows.reduce((s, r) => s + r.bytes, 0);
  for (const r of rows.slice(0, 25))
    console.log(
      `${r.group.padEnd(40)} ${String(r.bytes).padStart(8)} ${((100 * r.bytes) / total).toFixed(1).padStart(5)}%  gz ${r.gzip}`,
    );
  console.log(`total ${total}`);
}
