import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT, staticScripts } from './builtScripts';

/**
 * The UI is written with React's API and rendered by Preact (docs/ARCHITECTURE.md, UI stack; #15): the built
 * content script and the scripts the popup and settings page load carry Preact's renderer, and no file of the
 * build carries React DOM. The runtime side is checked in real Chromium by test/browser/uiStack.test.ts.
 */

/** Preact's virtual-node marker (`constructor: Symbol.for('pv')`), kept by every minifier as it is a string. */
const PREACT = /Symbol\.for\((["'`])pv\1\)/;
/** React DOM's root and fiber keys on DOM nodes and its error-page URL, present in its production build. */
const REACT_DOM = /__reactContainer\$|__reactFiber\$|react\.dev\/errors/;

const ROOT = join(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(file, 'utf8');

/** Every .js file under dir. */
function scriptsUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.js'))
    .map((e) => join(e.parentPath, e.name));
}

describe('the signatures are real', () => {
  it("Preact's build has the Preact marker and not React DOM's", () => {
    const preact = read(join(ROOT, 'node_modules/preact/dist/preact.mjs'));
    expect(preact).toMatch(PREACT);
    expect(preact).not.toMatch(REACT_DOM);
  });

  it("React DOM's production build has React DOM's signature and not Preact's", () => {
    const reactDom = read(join(ROOT, 'node_modules/react-dom/cjs/react-dom-client.production.js'));
    expect(reactDom).toMatch(REACT_DOM);
    expect(reactDom).not.toMatch(PREACT);
  });
});

describe.skipIf(!existsSync(join(BUILT, 'manifest.json')))('the built extension renders with Preact', () => {
  it.each([
    ['the content script', () => [join(BUILT, 'content-scripts/content.js')]],
    ['the popup', () => staticScripts('popup.html')],
    ['the settings page', () => staticScripts('options.html')],
  ])('%s carries Preact', (_, files) => {
    const code = files().map(read).join('\n');
    expect(code).toMatch(PREACT);
  });

  it('no file of the build carries React DOM', () => {
    const withReactDom = scriptsUnder(BUILT)
      .filter((f) => REACT_DOM.test(read(f)))
      .map((f) => relative(BUILT, f));
    expect(withReactDom).toEqual([]);
  });
});
