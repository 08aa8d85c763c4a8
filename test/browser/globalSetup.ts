import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The browser tests load the built extension; `npm test` builds it first. */
export default function setup(): void {
  const manifest = resolve(import.meta.dirname, '../../.output/chrome-mv3/manifest.json');
  if (!existsSync(manifest)) {
    throw new Error('The extension is not built: run `npm run build` (npm test does it first).');
  }
}
