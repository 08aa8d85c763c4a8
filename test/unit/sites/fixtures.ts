import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Window } from 'happy-dom';

/** Folder of the saved site pages. */
export const SITES_DIR = resolve(import.meta.dirname, '../../fixtures/sites');

/** The fixture files saved for a site. */
export function fixturesOf(site: string): string[] {
  return readdirSync(join(SITES_DIR, site)).filter((f) => f.endsWith('.html'));
}

/** Loads a saved page into a fresh happy-dom window at the given URL (so hostname matching applies). */
export function loadFixture(site: string, file: string, url: string): Document {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  const html = readFileSync(join(SITES_DIR, site, file), 'utf8');
  window.document.write(html);
  return window.document as unknown as Document;
}
