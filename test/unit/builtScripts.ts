import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The built Chrome extension (`npm test` builds it first). */
export const BUILT = resolve(import.meta.dirname, '../../.output/chrome-mv3');

/** The files a built page loads before it runs: its scripts, preloads, and their static imports, transitively. */
export function staticScripts(page: string, out: string = BUILT): string[] {
  const html = readFileSync(join(out, page), 'utf8');
  const queue = [...html.matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].map((m) => join(out, m[1]!));
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:^|[;\s}])import(?:[^"'()]*?from)?\s*["'](\.{1,2}\/[^"']+)["']/g)) {
      queue.push(join(dirname(file), m[1]!));
    }
  }
  return [...seen];
}
