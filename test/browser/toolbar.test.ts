import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TOOLBAR_ICONS } from '../../lib/background/toolbarState';
import { MESSAGES } from '../../lib/i18n/messages';
import { FIXTURES_DIR, routeFixtures } from '../fixtures/routes';
import { EXTENSION_DIR, type ExtensionBrowser, launchWithExtension, type StaticServer, serveStatic } from './harness';

/**
 * The toolbar icon says, per tab, whether Tact is on for the tab's site (#15): on for a default host, off for a
 * site Tact has no access to, off after the agent turns a site off (without reloading the tab, and still after
 * it reloads), on again when they turn it back on, and on for a site they turned on. Read back from the
 * browser: each tab's tooltip (action.getTitle) and the icon the background last set for the tab (its
 * action.setIcon calls, recorded in the service worker; browsers have no getter for the icon).
 */

const MAIL = 'https://mail.google.com';
/** A routed host outside the defaults, for which the extension has no host permission. */
const NO_ACCESS = 'https://help.example.test';

interface ToolbarApi {
  action: {
    setIcon(details: { tabId?: number; path?: unknown }): Promise<void>;
    getTitle(details: { tabId: number }): Promise<string>;
  };
  tabs: { query(q: object): Promise<{ id?: number }[]> };
  storage: { sync: { set(items: object): Promise<void> } };
}
type Recorded = { __toolbarIcons?: { tabId?: number; path?: unknown }[] };

let browser: ExtensionBrowser;
let server: StaticServer;
let extensionCopy: string;

/** The built extension with host access to 127.0.0.1, as if the agent had allowed the local site. */
function extensionWithLocalAccess(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tact-ext-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const path = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as { host_permissions: string[] };
  manifest.host_permissions.push('http://127.0.0.1/*');
  writeFileSync(path, JSON.stringify(manifest));
  return dir;
}

beforeAll(async () => {
  server = await serveStatic(FIXTURES_DIR);
  extensionCopy = extensionWithLocalAccess();
  browser = await launchWithExtension({ extensionDir: extensionCopy });
  await routeFixtures(browser.context);
  // Every icon the background sets from now on is recorded (the worker's chrome.action, which WXT's browser is).
  await browser.serviceWorker.evaluate(() => {
    const g = globalThis as unknown as { chrome: ToolbarApi } & Recorded;
    const calls: NonNullable<Recorded['__toolbarIcons']> = [];
    g.__toolbarIcons = calls;
    const setIcon = g.chrome.action.setIcon.bind(g.chrome.action);
    g.chrome.action.setIcon = (details) => {
      calls.push({ tabId: details.tabId, path: details.path });
      return setIcon(details);
    };
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (extensionCopy) rmSync(extensionCopy, { recursive: true, force: true });
});

/** Sets the agent's site rules as the popup and settings page store them. */
async function setSites(sites: { enabled: string[]; disabled: string[] }): Promise<void> {
  await browser.serviceWorker.evaluate(
    (value) => (globalThis as unknown as { chrome: ToolbarApi }).chrome.storage.sync.set({ sites: value }),
    sites,
  );
}

/** Opens a page in a new tab and returns it with the tab's id (the one tab that was not there before). */
async function openTab(url: string): Promise<{ page: Page; tabId: number }> {
  const ids = () =>
    browser.serviceWorker.evaluate(async () =>
      (await (globalThis as unknown as { chrome: ToolbarApi }).chrome.tabs.query({})).map((t) => t.id),
    );
  const before = new Set(await ids());
  const page = await browser.context.newPage();
  await page.goto(url);
  const added = (await ids()).filter((id) => id !== undefined && !before.has(id));
  expect(added).toHaveLength(1);
  return { page, tabId: added[0] as number };
}

/** What the toolbar shows for a tab: its tooltip, and the icon the background last set for it. */
function toolbarOf(tabId: number): Promise<{ title: string; icon: unknown }> {
  return browser.serviceWorker.evaluate(async (id) => {
    const g = globalThis as unknown as { chrome: ToolbarApi } & Recorded;
    const title = await g.chrome.action.getTitle({ tabId: id });
    const icon = (g.__toolbarIcons ?? []).findLast((c) => c.tabId === id)?.path ?? null;
    return { title, icon };
  }, tabId);
}

const ON = { title: MESSAGES.en.toolbarOn, icon: TOOLBAR_ICONS.on };
const OFF = { title: MESSAGES.en.toolbarOff, icon: TOOLBAR_ICONS.off };

/** Waits until the tab's toolbar shows the expected state. */
async function expectToolbar(tabId: number, expected: typeof ON | typeof OFF): Promise<void> {
  await expect.poll(() => toolbarOf(tabId), { timeout: 15_000 }).toEqual(expected);
}

describe('the toolbar icon per tab', () => {
  test('on for a default host, off for a site without access; follows the site switch, also across a reload', async () => {
    const mail = await openTab(`${MAIL}/inpage/gmail.html`);
    const other = await openTab(`${NO_ACCESS}/inpage/textarea.html`);
    try {
      await expectToolbar(mail.tabId, ON);
      await expectToolbar(other.tabId, OFF);

      // The agent turns Tact off for the mail site: its open tab shows the off icon without a reload.
      await setSites({ enabled: [], disabled: [MAIL] });
      await expectToolbar(mail.tabId, OFF);
      // A navigation resets a tab's own icon in the browser: it is set again when the page loads.
      await mail.page.reload();
      await mail.page.waitForLoadState('load');
      await expectToolbar(mail.tabId, OFF);

      await setSites({ enabled: [], disabled: [] });
      await expectToolbar(mail.tabId, ON);
      await expectToolbar(other.tabId, OFF);
    } finally {
      await mail.page.close();
      await other.page.close();
    }
  });

  test('on for a site the agent turned on (the browser allows it), off again when turned off', async () => {
    const local = await openTab(server.url('/inpage/textarea.html'));
    try {
      // Allowed by the browser but not turned on: Tact does not run there.
      await expectToolbar(local.tabId, OFF);
      await setSites({ enabled: [server.origin], disabled: [] });
      await expectToolbar(local.tabId, ON);
      await setSites({ enabled: [], disabled: [server.origin] });
      await expectToolbar(local.tabId, OFF);
    } finally {
      await local.page.close();
      await setSites({ enabled: [], disabled: [] });
    }
  });

  test('the tooltip speaks the interface language the agent chose', async () => {
    const mail = await openTab(`${MAIL}/inpage/gmail.html`);
    try {
      await browser.serviceWorker.evaluate(() =>
        (globalThis as unknown as { chrome: ToolbarApi }).chrome.storage.sync.set({ uiLanguage: 'et' }),
      );
      await expectToolbar(mail.tabId, { title: MESSAGES.et.toolbarOn, icon: TOOLBAR_ICONS.on });
    } finally {
      await browser.serviceWorker.evaluate(() =>
        (globalThis as unknown as { chrome: ToolbarApi }).chrome.storage.sync.set({ uiLanguage: 'auto' }),
      );
      await mail.page.close();
    }
  });
});
