import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FIXTURES_DIR } from '../fixtures/routes';
import {
  attribute,
  click,
  FIREFOX_EXTENSION_DIR,
  type FirefoxWithAddon,
  findFirefox,
  type HostProxy,
  launchFirefoxWithAddon,
  type Marionette,
  property,
  queryDeep,
  routeHostsThroughProxy,
  typeAtCaret,
  type WebElement,
  waitFor,
  waitForDeep,
} from './firefoxHarness';
import { type StaticServer, serveStatic } from './harness';

/**
 * A smoke test of the Firefox build in a stock Firefox (Debian's firefox-esr), headless, with the add-on
 * installed temporarily: the content script finds a reply box, the background analyses the draft, the badge
 * reports findings and the panel shows them with a rewrite that can replace the draft. Once with the add-on
 * exactly as built, on a Gmail-like page answered under https://mail.google.com by a local proxy; once on a
 * plain textarea served from 127.0.0.1, a site the agent turned Tact on for.
 */

const FIREFOX = findFirefox();
if (!FIREFOX) {
  console.warn('Skipping the Firefox smoke test: Firefox is not installed (apt-get install -y firefox-esr).');
}

const GECKO_ID = 'tact@tact.example';
const DRAFT = "Please calm down, I don't know.";
/** A badge that reports findings, i.e. an analysis arrived and flagged something. */
const FLAGGED = /^Tact: score (\d+), (\d+) suggestions?$/;
/** The local server as a site the agent turned on. Match patterns ignore ports. */
const LOCAL_PATTERN = 'http://127.0.0.1/*';

interface GeckoManifest {
  browser_specific_settings?: {
    gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: { required?: string[] } };
  };
  content_scripts: { matches: string[]; js: string[] }[];
  host_permissions: string[];
  storage?: unknown;
  background?: { scripts?: string[]; service_worker?: string };
}

function readManifest(dir: string): GeckoManifest {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as GeckoManifest;
}

/**
 * A copy of the built add-on whose content script also matches the local test server, as if the agent had
 * turned Tact on for that site; the built add-on itself is left as shipped.
 */
function addonForLocalPage(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tact-firefox-ext-'));
  cpSync(FIREFOX_EXTENSION_DIR, dir, { recursive: true });
  const manifest = readManifest(dir);
  const content = manifest.content_scripts.find((c) => c.js.includes('content-scripts/content.js'));
  if (!content) throw new Error('The built manifest has no content script content-scripts/content.js');
  content.matches.push(LOCAL_PATTERN);
  manifest.host_permissions.push(LOCAL_PATTERN);
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The box's text as the agent sees it. */
function boxText(marionette: Marionette, box: WebElement): Promise<string> {
  return marionette.execute<string>(
    'const el = arguments[0]; return el instanceof HTMLTextAreaElement ? el.value : el.innerText;',
    [box],
  );
}

/**
 * Types the draft at the start of the (empty) reply box, then checks badge, panel and Replace draft; text in
 * keep (signature, quoted mail) must survive the replacement.
 */
async function coachDraft(marionette: Marionette, selector: string, keep: string[] = []): Promise<void> {
  const box = await waitForDeep(marionette, { selector });
  await click(marionette, box);
  // A Gmail reply opens with the caret above the signature and the quote.
  await marionette.execute(
    `const el = arguments[0];
     if (!(el instanceof HTMLTextAreaElement)) {
       const range = document.createRange();
       range.setStart(el.firstElementChild ?? el, 0);
       range.collapse(true);
       document.getSelection().removeAllRanges();
       document.getSelection().addRange(range);
     }`,
    [box],
  );
  await typeAtCaret(marionette, DRAFT);
  expect(squash(await boxText(marionette, box))).toContain(DRAFT);

  // The content script sent the draft to the background, which analysed it and flagged the phrases.
  const badge = await waitForDeep(marionette, { selector: 'button', name: FLAGGED, visible: true });
  const name = (await attribute(marionette, badge, 'aria-label')) ?? '';
  const [, score, count] = FLAGGED.exec(name) ?? [];
  expect(Number(count)).toBeGreaterThan(0);
  expect(Number(score)).toBeLessThan(100);

  // The panel lists the findings and a rewrite without them.
  await click(marionette, badge);
  const panel = await waitForDeep(marionette, { selector: '[role="dialog"]', name: /^Tact$/, visible: true });
  // The badge may have shown an analysis of the draft typed so far: wait until badge and panel show the same one.
  const findings = await waitFor('the findings in the panel, as many as the badge says', async () => {
    const list = await queryDeep(marionette, { selector: '.tact-finding', visible: true });
    const label = (await attribute(marionette, badge, 'aria-label')) ?? '';
    const [, , now] = FLAGGED.exec(label) ?? [];
    return list.length > 0 && list.length === Number(now) ? list : null;
  });
  expect(findings.length).toBeGreaterThan(0);
  const rewriteBox = await waitForDeep(marionette, { selector: '.tact-rewrite', visible: true });
  // The rewrite as the agent would insert it: the panel shows it as an edit, with removed words in <del>.
  const rewrite = squash(
    String(
      await marionette.execute(
        "return Array.from(arguments[0].childNodes).filter((n) => n.nodeName !== 'DEL').map((n) => n.textContent).join('');",
        [rewriteBox],
      ),
    ),
  );
  expect(rewrite.length).toBeGreaterThan(20);
  expect(rewrite.toLowerCase()).not.toContain('calm down');
  expect(await marionette.execute('return arguments[0].contains(arguments[1]);', [panel, rewriteBox])).toBe(true);

  // Replace draft writes the rewrite into the box and leaves the rest alone.
  const replace = await waitForDeep(marionette, { selector: 'button', name: /^Replace draft$/, visible: true });
  await click(marionette, replace);
  const written = await waitFor('the rewrite in the box', async () => {
    const text = squash(await boxText(marionette, box));
    return text.includes(rewrite) ? text : null;
  });
  expect(written).not.toContain(DRAFT);
  for (const kept of keep) expect(written).toContain(kept);
}

describe('Firefox build', () => {
  test('declares its gecko id, no data collection and an MV3 background script', () => {
    const manifest = readManifest(FIREFOX_EXTENSION_DIR);
    const gecko = manifest.browser_specific_settings?.gecko;
    expect(gecko?.id).toBe(GECKO_ID);
    expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
    // Firefox runs MV3 backgrounds as event pages (scripts), not service workers; it has no managed schema key.
    expect(manifest.background?.scripts?.length).toBeGreaterThan(0);
    expect(manifest.background?.service_worker).toBeUndefined();
    expect(manifest.storage).toBeUndefined();
  });
});

describe.skipIf(!FIREFOX)(
  FIREFOX ? `Tact in Firefox (${FIREFOX}), as built` : 'Tact in Firefox: skipped, Firefox is not installed',
  () => {
    let firefox: FirefoxWithAddon;
    let proxy: HostProxy;

    beforeAll(async () => {
      proxy = await routeHostsThroughProxy(['mail.google.com'], FIXTURES_DIR);
      firefox = await launchFirefoxWithAddon({ firefox: FIREFOX as string, proxyPort: proxy.port });
    });

    afterAll(async () => {
      await firefox?.close();
      await proxy?.close();
    });

    test('installs the add-on temporarily under its gecko id', () => {
      expect(firefox.addonId).toBe(GECKO_ID);
    });

    test('coaches a reply on a default host (Gmail-like page)', async () => {
      await firefox.marionette.command('WebDriver:Navigate', { url: 'https://mail.google.com/inpage/gmail.html' });
      await coachDraft(firefox.marionette, '#box', ['Support team, Northwind Goods', 'Emma Clarke wrote:']);
    });
  },
);

describe.skipIf(!FIREFOX)(
  FIREFOX ? `Tact in Firefox (${FIREFOX}), on a site turned on` : 'Tact in Firefox: skipped, Firefox is not installed',
  () => {
    let firefox: FirefoxWithAddon;
    let server: StaticServer;
    let addonDir: string;

    beforeAll(async () => {
      server = await serveStatic(FIXTURES_DIR);
      addonDir = addonForLocalPage();
      firefox = await launchFirefoxWithAddon({ firefox: FIREFOX as string, extensionDir: addonDir });
    });

    afterAll(async () => {
      await firefox?.close();
      await server?.close();
      if (addonDir) rmSync(addonDir, { recursive: true, force: true });
    });

    test('coaches a reply in a plain textarea on 127.0.0.1', async () => {
      await firefox.marionette.command('WebDriver:Navigate', { url: server.url('/inpage/textarea.html') });
      await coachDraft(firefox.marionette, '#reply');
    });
  },
);
