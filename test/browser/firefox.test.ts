import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CKEDITOR_DIR, FIXTURES_DIR } from '../fixtures/routes';
import {
  ALT,
  attribute,
  CONTROL,
  click,
  ESCAPE,
  FIREFOX_EXTENSION_DIR,
  type FirefoxWithAddon,
  findFirefox,
  type HostProxy,
  inAddonPage,
  launchFirefoxWithAddon,
  type Marionette,
  pressKeys,
  queryDeep,
  routeHostsThroughProxy,
  SHIFT,
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
 * exactly as built, on a Gmail-like page and a Zendesk-like ticket (a real CKEditor 5) answered under
 * https://mail.google.com and https://demo.zendesk.com by a local proxy, where the customer's message and name
 * are read, one undo brings the draft back and the rewrite goes in at the cursor too (#14); once on a plain
 * textarea served from 127.0.0.1, a site the agent turned Tact on for.
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

/** The text without any white space: how a rich editor breaks lines and paragraphs does not count. */
const bare = (text: string) => text.replace(/\s+/g, '');

/** The box's text as the agent sees it. */
function boxText(marionette: Marionette, box: WebElement): Promise<string> {
  return marionette.execute<string>(
    'const el = arguments[0]; return el instanceof HTMLTextAreaElement ? el.value : el.innerText;',
    [box],
  );
}

/**
 * Types the draft at the start of the (empty) reply box, then checks badge, panel and Replace draft; text in
 * keep (signature, quoted mail) must survive the replacement. Gives the box, its text as typed, and the rewrite.
 */
async function coachDraft(
  marionette: Marionette,
  selector: string,
  keep: string[] = [],
): Promise<{ box: WebElement; typed: string; rewrite: string }> {
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
  const typed = await boxText(marionette, box);
  expect(squash(typed)).toContain(DRAFT);

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
  return { box, typed, rewrite };
}

/** What the content script tells the popup about the focused box of the page at url (asked as the popup asks). */
function replyStateOf(firefox: FirefoxWithAddon, url: string): Promise<Record<string, unknown> | null> {
  return inAddonPage(
    firefox,
    `return (async (url) => {
       const [tab] = await browser.tabs.query({ url });
       if (tab?.id === undefined) return null;
       const message = { id: 1, type: 'getReplyState', data: undefined, timestamp: Date.now() };
       const answer = await browser.tabs.sendMessage(tab.id, message);
       return answer?.res ?? null;
     })(arguments[0]);`,
    [url],
  );
}

/** The panel, when it is open. */
async function openPanel(marionette: Marionette): Promise<WebElement | null> {
  return (await queryDeep(marionette, { selector: '[role="dialog"]', name: /^Tact$/, visible: true }))[0] ?? null;
}

/**
 * After Replace draft: one Ctrl+Z in the box brings back the box as typed (the draft at its start). Then, with
 * the caret after the draft's first words and the panel opened from the keyboard there, Insert at cursor puts
 * the rewrite at the caret and keeps everything else around it.
 */
async function undoThenInsert(marionette: Marionette, box: WebElement, typed: string): Promise<void> {
  await pressKeys(marionette, [CONTROL, 'z']);
  await waitFor('the box as typed after one undo', async () =>
    squash(await boxText(marionette, box)) === squash(typed) ? true : null,
  );
  // Esc in the box closes the panel (Tact's while it is open).
  if (await openPanel(marionette)) await pressKeys(marionette, [ESCAPE]);
  await waitFor('the panel to close', async () => ((await openPanel(marionette)) ? null : true));

  const at = DRAFT.indexOf(',') + 1;
  await marionette.execute(
    `const [el, at] = arguments;
     const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
     let left = at;
     for (let node = walker.nextNode(); node; node = walker.nextNode()) {
       if (left <= node.data.length) {
         document.getSelection().collapse(node, left);
         break;
       }
       left -= node.data.length;
     }`,
    [box, at],
  );
  await pressKeys(marionette, [ALT, SHIFT, 't']);
  await waitFor('the panel to open', () => openPanel(marionette));
  const rewriteBox = await waitForDeep(marionette, { selector: '.tact-rewrite', visible: true });
  const rewrite = String(
    await marionette.execute(
      "return Array.from(arguments[0].childNodes).filter((n) => n.nodeName !== 'DEL').map((n) => n.textContent).join('');",
      [rewriteBox],
    ),
  );
  const insert = await waitForDeep(marionette, { selector: 'button', name: /^Insert at cursor$/, visible: true });
  await click(marionette, insert);
  const split = bare(DRAFT.slice(0, at)).length;
  const expected = bare(typed).slice(0, split) + bare(rewrite) + bare(typed).slice(split);
  await waitFor('the rewrite inserted at the cursor', async () =>
    bare(await boxText(marionette, box)) === expected ? true : null,
  );
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
      proxy = await routeHostsThroughProxy(['mail.google.com', 'demo.zendesk.com'], FIXTURES_DIR, {
        '/vendor/ckeditor5/': CKEDITOR_DIR,
      });
      firefox = await launchFirefoxWithAddon({
        firefox: FIREFOX as string,
        proxyPort: proxy.port,
        allowAddonPages: true,
      });
    });

    afterAll(async () => {
      await firefox?.close();
      await proxy?.close();
    });

    test('installs the add-on temporarily under its gecko id', () => {
      expect(firefox.addonId).toBe(GECKO_ID);
    });

    test('coaches a reply on a default host (Gmail-like page)', async () => {
      const { marionette } = firefox;
      await marionette.command('WebDriver:Navigate', { url: 'https://mail.google.com/inpage/gmail.html' });
      const { box, typed, rewrite } = await coachDraft(marionette, '#box', [
        'Support team, Northwind Goods',
        'Emma Clarke wrote:',
      ]);
      // The thread's customer: the sender's name and their message, as the popup is told; the rewrite greets them.
      const state = await replyStateOf(firefox, 'https://mail.google.com/*');
      expect(state).toMatchObject({ site: 'gmail', customerName: 'Emma Clarke' });
      expect(state?.customer).toContain('My order #4471 still has not arrived');
      expect(rewrite).toContain('Emma');
      await undoThenInsert(marionette, box, typed);
    });

    test('coaches a reply on a default host (Zendesk-like ticket, CKEditor 5)', async () => {
      const { marionette } = firefox;
      await marionette.command('WebDriver:Navigate', { url: 'https://demo.zendesk.com/inpage/zendesk.html' });
      await waitForDeep(marionette, { selector: 'body[data-editor-ready]' });
      const { box, typed, rewrite } = await coachDraft(marionette, '.ck-editor__editable');
      // The ticket's customer: the requester's name and their message, as the popup is told; the rewrite greets them.
      const state = await replyStateOf(firefox, 'https://demo.zendesk.com/*');
      expect(state).toMatchObject({ site: 'zendesk', customerName: 'Liam Turner' });
      expect(state?.customer).toContain('I ordered the Aurora lamp a month ago');
      expect(rewrite).toContain('Liam');
      await undoThenInsert(marionette, box, typed);
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
