import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { type BrowserContext, type CDPSession, chromium, type Page, type Worker } from 'playwright-core';

/** The project root (tests run from anywhere). */
export const ROOT = resolve(import.meta.dirname, '../..');
/** The built extension loaded into Chromium. */
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
/** The built test pages (test/pages built by test/pages/vite.config.ts). */
export const PAGES_DIST = join(ROOT, 'test/pages/dist');
/** Debian's Chromium: Playwright cannot download its own browsers here. */
export const CHROMIUM = '/usr/bin/chromium';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/** The content type a static file is served with. */
export function contentTypeFor(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** Resolves a URL path inside root, or null when it escapes root or names no file (directories give index.html). */
export function fileFor(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]?.split('#')[0] ?? '/');
  } catch {
    return null;
  }
  const full = normalize(join(root, decoded));
  if (full !== root && !full.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  if (!existsSync(full)) return null;
  if (statSync(full).isDirectory()) {
    const index = join(full, 'index.html');
    return existsSync(index) ? index : null;
  }
  return full;
}

/** A static file server on 127.0.0.1. */
export interface StaticServer {
  /** e.g. http://127.0.0.1:43567 */
  origin: string;
  /** The absolute URL of a path under the served root. */
  url(path: string): string;
  close(): Promise<void>;
}

/** Serves root (default: the built test pages) on 127.0.0.1 at a random port. */
export async function serveStatic(root: string = PAGES_DIST): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const file = fileFor(root, req.url ?? '/');
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': contentTypeFor(file), 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => new URL(path, `${origin}/`).href,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** Chromium flags that keep a headless run offline and quiet (see the toolchain notes). */
export function chromiumArgs(extensionDir?: string): string[] {
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
  if (extensionDir) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  return args;
}

/** A Chromium with the built extension loaded. */
export interface ExtensionBrowser {
  context: BrowserContext;
  /** The extension's id (the host of its service worker URL). */
  extensionId: string;
  serviceWorker: Worker;
  /** Closes the browser and removes its temporary profile. */
  close(): Promise<void>;
}

/** Options for launching Chromium. */
export interface LaunchOptions {
  /** Absolute path of an unpacked extension; default the built chrome-mv3 output. */
  extensionDir?: string;
  /** Default true; set TACT_HEADED=1 to watch. */
  headless?: boolean;
}

/** Launches headless Chromium with a fresh profile and the built extension, and waits for its service worker. */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const extensionDir = resolve(options.extensionDir ?? EXTENSION_DIR);
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error('The extension is not built: run `npm run build`.');
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'tact-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: options.headless ?? process.env.TACT_HEADED !== '1',
    args: chromiumArgs(extensionDir),
  });
  try {
    const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(serviceWorker.url()).host;
    return {
      context,
      extensionId,
      serviceWorker,
      close: async () => {
        await context.close();
        rmSync(userDataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
}

/** A Chromium without any extension (for driving page code directly). */
export interface PlainBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Launches headless Chromium with a fresh profile and no extension. */
export async function launchPlain(options: Omit<LaunchOptions, 'extensionDir'> = {}): Promise<PlainBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'tact-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: options.headless ?? process.env.TACT_HEADED !== '1',
    args: chromiumArgs(),
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** How routeHostToFiles answers requests to one origin. */
export interface HostRoute {
  /** The origin to answer, e.g. 'https://mail.google.com' or 'https://acme.zendesk.com'. */
  origin: string;
  /** Files are looked up by URL path under this folder (default: the built test pages). */
  root?: string;
  /** Served for paths that name no file (app routes like /mail/u/0/), relative to root. */
  fallback?: string;
}

/**
 * Answers every request to a real hostname from local files, so host-matched content scripts run with no
 * network. Paths that name a file under root get it; other paths get the fallback page (or 404).
 */
export async function routeHostToFiles(context: BrowserContext, route: HostRoute): Promise<void> {
  const root = resolve(route.root ?? PAGES_DIST);
  const origin = new URL(route.origin).origin;
  await context.route(`${origin}/**`, async (r) => {
    const url = new URL(r.request().url());
    const file = fileFor(root, url.pathname) ?? (route.fallback ? fileFor(root, route.fallback) : null);
    if (!file) {
      await r.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' });
      return;
    }
    await r.fulfill({ status: 200, contentType: contentTypeFor(file), body: readFileSync(file) });
  });
}

/** How a Tact UI locator narrows its elements, step by step (resolved in the page each time it is used). */
type UiStep =
  | { kind: 'css'; selector: string }
  | { kind: 'role'; role: string; name?: string | { source: string; flags: string }; exact?: boolean }
  | { kind: 'label'; text: string }
  | { kind: 'nth'; index: number };

/**
 * Runs in the page with Tact's shadow roots (reached through the DevTools protocol, which sees closed roots):
 * resolves the steps to elements and performs one read-only action on them.
 */
const RESOLVE_IN_ROOTS = `function (steps, action, arg, ...more) {
  const roots = [this, ...more];
  const implicitRole = (el) => {
    const explicit = el.getAttribute('role');
    if (explicit) return explicit;
    const tag = el.tagName.toLowerCase();
    if (tag === 'button') return 'button';
    if (tag === 'select') return 'combobox';
    if (tag === 'textarea') return 'textbox';
    if (tag === 'ul' || tag === 'ol') return 'list';
    if (tag === 'li') return 'listitem';
    if (/^h[1-6]$/.test(tag)) return 'heading';
    if (tag === 'section' && (el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby'))) return 'region';
    return null;
  };
  const labelled = (el) => {
    const ids = el.getAttribute('aria-labelledby');
    if (ids === null) return null;
    const root = el.getRootNode();
    return ids.split(/\\s+/).map((id) => root.getElementById(id)?.textContent.trim() ?? '').join(' ');
  };
  const nameOf = (el) => {
    const label = el.getAttribute('aria-label');
    if (label !== null) return label;
    const by = labelled(el);
    if (by !== null) return by;
    if (el.id) {
      const forIt = el.getRootNode().querySelector('label[for="' + CSS.escape(el.id) + '"]');
      if (forIt) return forIt.textContent.trim();
    }
    return el.textContent.replace(/\\s+/g, ' ').trim();
  };
  const nameMatches = (name, step) => {
    if (step.name === undefined) return true;
    if (typeof step.name === 'object') return new RegExp(step.name.source, step.name.flags).test(name);
    return step.exact ? name === step.name : name.toLowerCase().includes(step.name.toLowerCase());
  };
  const all = (scope) => Array.from(scope.querySelectorAll('*'));
  let els = null;
  for (const step of steps) {
    const scopes = els ?? roots;
    if (step.kind === 'css') els = scopes.flatMap((s) => Array.from(s.querySelectorAll(step.selector)));
    else if (step.kind === 'role')
      els = scopes.flatMap(all).filter((el) => implicitRole(el) === step.role && nameMatches(nameOf(el), step));
    else if (step.kind === 'label')
      els = scopes.flatMap(all).filter((el) => ['select', 'input', 'textarea'].includes(el.tagName.toLowerCase()) && nameOf(el) === step.text);
    else if (step.kind === 'nth') {
      const list = els ?? [];
      const at = step.index < 0 ? list.length + step.index : step.index;
      els = at >= 0 && at < list.length ? [list[at]] : [];
    }
  }
  els = els ?? [];
  const visible = (el) => {
    if (!el.isConnected || !el.checkVisibility({ visibilityProperty: true })) return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  };
  const el = els[0];
  switch (action) {
    case 'count': return els.length;
    case 'visible': return els.some(visible);
    case 'text': return el ? el.textContent : null;
    case 'replyText': {
      // The suggested reply shows as an edit of the draft: what it takes away is in <del>, not in the reply.
      if (!el) return null;
      const copy = el.cloneNode(true);
      for (const del of copy.querySelectorAll('del')) del.remove();
      return copy.textContent;
    }
    case 'value': return el ? el.value : null;
    case 'attr': return el ? el.getAttribute(arg) : null;
    case 'selectedIndex': return el ? el.selectedIndex : null;
    case 'optionIndex': return el ? Array.from(el.options).findIndex((o) => o.value === arg) : -1;
    case 'box': {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }
    case 'target': {
      // Where a person would click it, and whether a click there would reach it (nothing on top, enabled).
      if (!el || !visible(el)) return null;
      el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      const r = el.getBoundingClientRect();
      const x = r.x + r.width / 2;
      const y = r.y + r.height / 2;
      const hit = el.getRootNode().elementFromPoint(x, y);
      const reachable = hit !== null && (hit === el || el.contains(hit));
      return { x, y, reachable, enabled: !el.disabled };
    }
    default: return null;
  }
}`;

const sessions = new WeakMap<Page, Promise<CDPSession>>();

/** One DevTools session per page, for reaching into Tact's closed shadow root. */
function sessionFor(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

let group = 0;

/**
 * Runs one action on Tact's shadow roots in the page's top frame. A page script cannot reach a closed root;
 * the DevTools protocol, like the browser's accessibility tree, can.
 */
async function inTactRoots<T>(page: Page, steps: readonly UiStep[], action: string, arg?: unknown): Promise<T | null> {
  const cdp = await sessionFor(page);
  const objectGroup = `tact-ui-${group++}`;
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', {
      nodeId: root.nodeId,
      selector: '[data-tact-ui="assist"]',
    });
    const shadows: string[] = [];
    for (const nodeId of nodeIds) {
      const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
      for (const shadow of node.shadowRoots ?? []) {
        const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId, objectGroup });
        if (object.objectId) shadows.push(object.objectId);
      }
    }
    if (shadows.length === 0) return action === 'count' ? (0 as T) : action === 'visible' ? (false as T) : null;
    const [first, ...more] = shadows;
    const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
      objectId: first,
      functionDeclaration: RESOLVE_IN_ROOTS,
      arguments: [
        { value: steps },
        { value: action },
        { value: arg ?? null },
        ...more.map((objectId) => ({ objectId })),
      ],
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(`Tact UI query failed: ${exceptionDetails.exception?.description}`);
    return (result.value ?? null) as T | null;
  } catch (error) {
    // The page navigated or the UI was re-created between two calls: as if nothing matched this time.
    if (/No node|Cannot find context|Could not find node|not found/i.test(String(error)))
      return action === 'count' ? (0 as T) : action === 'visible' ? (false as T) : null;
    throw error;
  } finally {
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup }).catch(() => {});
  }
}

/** Polls until probe gives a value, or fails saying what was awaited. */
async function until<T>(what: string, probe: () => Promise<T | null | undefined>, timeout = 20_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await probe();
    if (value !== null && value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

/**
 * Part of Tact's in-page UI, found in its closed shadow root the way Playwright's locators find elements in
 * open ones: read through the DevTools protocol, clicked with the mouse at the element's box (a trusted event,
 * as a person's click is). Tact ignores untrusted events, so a synthetic click would not do.
 */
export class TactLocator {
  constructor(
    readonly page: Page,
    private readonly steps: readonly UiStep[] = [],
  ) {}

  private with(step: UiStep): TactLocator {
    return new TactLocator(this.page, [...this.steps, step]);
  }

  private describe(): string {
    return `Tact UI ${JSON.stringify(this.steps)}`;
  }

  /** Elements matching a CSS selector inside these. */
  locator(selector: string): TactLocator {
    return this.with({ kind: 'css', selector });
  }

  /** Elements by ARIA role and accessible name (a string matches case-insensitively as a part unless exact). */
  getByRole(role: string, options: { name?: string | RegExp; exact?: boolean } = {}): TactLocator {
    const name =
      options.name instanceof RegExp ? { source: options.name.source, flags: options.name.flags } : options.name;
    return this.with({ kind: 'role', role, name, exact: options.exact });
  }

  /** The form field with this label. */
  getByLabel(text: string): TactLocator {
    return this.with({ kind: 'label', text });
  }

  /** The first match. */
  first(): TactLocator {
    return this.with({ kind: 'nth', index: 0 });
  }

  /** The match at index (0-based). */
  nth(index: number): TactLocator {
    return this.with({ kind: 'nth', index });
  }

  /** The last match. */
  last(): TactLocator {
    return this.with({ kind: 'nth', index: -1 });
  }

  async count(): Promise<number> {
    return (await inTactRoots<number>(this.page, this.steps, 'count')) ?? 0;
  }

  async isVisible(): Promise<boolean> {
    return (await inTactRoots<boolean>(this.page, this.steps, 'visible')) ?? false;
  }

  textContent(): Promise<string | null> {
    return inTactRoots<string>(this.page, this.steps, 'text');
  }

  /** The text of the first match without the words marked as deleted: the suggested reply as it would go in. */
  replyText(): Promise<string | null> {
    return inTactRoots<string>(this.page, this.steps, 'replyText');
  }

  getAttribute(name: string): Promise<string | null> {
    return inTactRoots<string>(this.page, this.steps, 'attr', name);
  }

  async inputValue(): Promise<string> {
    return (await inTactRoots<string>(this.page, this.steps, 'value')) ?? '';
  }

  boundingBox(): Promise<{ x: number; y: number; width: number; height: number } | null> {
    return inTactRoots(this.page, this.steps, 'box');
  }

  /** Waits until a match is visible (default), attached, hidden or gone. */
  async waitFor(options: { state?: 'visible' | 'attached' | 'hidden' | 'detached'; timeout?: number } = {}) {
    const state = options.state ?? 'visible';
    await until(
      `${this.describe()} to be ${state}`,
      async () => {
        if (state === 'visible') return (await this.isVisible()) || null;
        if (state === 'hidden') return !(await this.isVisible()) || null;
        const n = await this.count();
        return (state === 'attached' ? n > 0 : n === 0) || null;
      },
      options.timeout,
    );
  }

  /** Clicks the first match with the mouse, once it is visible, enabled and not covered. */
  async click(options: { timeout?: number } = {}): Promise<void> {
    const at = await until(
      `${this.describe()} to be clickable`,
      async () => {
        const t = await inTactRoots<{ x: number; y: number; reachable: boolean; enabled: boolean }>(
          this.page,
          this.steps,
          'target',
        );
        return t?.reachable && t.enabled ? t : null;
      },
      options.timeout,
    );
    await this.page.mouse.click(at.x, at.y);
  }

  /**
   * Picks an option of a select the way a person does: click it, move with the arrow keys, press Enter. The
   * browser makes the change event, so it is trusted.
   */
  async selectOption(value: string): Promise<void> {
    const target = (await inTactRoots<number>(this.page, this.steps, 'optionIndex', value)) ?? -1;
    if (target < 0) throw new Error(`${this.describe()} has no option "${value}"`);
    await this.click();
    const current = (await inTactRoots<number>(this.page, this.steps, 'selectedIndex')) ?? 0;
    const key = target > current ? 'ArrowDown' : 'ArrowUp';
    for (let i = 0; i < Math.abs(target - current); i++) await this.page.keyboard.press(key);
    await this.page.keyboard.press('Enter');
    await until(`${this.describe()} to hold "${value}"`, async () =>
      (await this.inputValue()) === value ? true : null,
    );
  }
}

/**
 * Waits until Tact's content script watches the page (it marks the document it claims). Tact coaches a box
 * once the agent pressed a key or the mouse in it, so a test's click into the box must come after this.
 */
export async function waitForTact(page: Page, timeout = 20_000): Promise<void> {
  await page.locator('html[data-tact-claim]').waitFor({ state: 'attached', timeout });
}

/** Tact's UI in the page (its shadow root), to look things up in. */
export function tactUi(page: Page): TactLocator {
  return new TactLocator(page);
}

/** The Tact badge: a button named like "Tact: score 42, 3 suggestions" (or matching name). */
export function findTactBadge(page: Page, name: RegExp = /^Tact: /): TactLocator {
  return tactUi(page).getByRole('button', { name });
}

/** The Tact panel: a dialog named "Tact". */
export function findTactPanel(page: Page): TactLocator {
  return tactUi(page).getByRole('dialog', { name: 'Tact', exact: true });
}

/** Names of the panel's action buttons. */
export type PanelAction = 'Replace draft' | 'Insert at cursor' | 'Copy' | 'Restore original';

/** Opens the panel from the badge (when not already open) and returns it. */
export async function openPanel(page: Page): Promise<TactLocator> {
  const panel = findTactPanel(page);
  if (!(await panel.isVisible())) {
    await findTactBadge(page).click();
  }
  await panel.waitFor({ state: 'visible' });
  return panel;
}

/** A button of the open panel by its accessible name. */
export function panelButton(panel: TactLocator, name: PanelAction): TactLocator {
  return panel.getByRole('button', { name, exact: true });
}

/** What the content script tells the popup about the focused box of a page (asked as the popup asks it). */
export async function replyStateOf(browser: ExtensionBrowser, page: Page): Promise<unknown> {
  interface Tabs {
    tabs: {
      query(q: object): Promise<{ id?: number; url?: string }[]>;
      sendMessage(id: number, message: unknown): Promise<unknown>;
    };
  }
  return browser.serviceWorker.evaluate(async (url) => {
    const { chrome } = globalThis as unknown as { chrome: Tabs };
    const tabs = await chrome.tabs.query({});
    const tab = tabs.find((t) => t.url === url);
    if (tab?.id === undefined) return null;
    const answer = await chrome.tabs.sendMessage(tab.id, {
      id: 1,
      type: 'getReplyState',
      data: undefined,
      timestamp: Date.now(),
    });
    return (answer as { res?: unknown } | undefined)?.res ?? null;
  }, page.url());
}

/**
 * Opens the popup page in a background tab of the window holding tabUrl, with that tab active: the popup asks
 * for the active tab of its own window, as it does when it opens from the toolbar over that tab.
 */
export async function openPopupOver(
  browser: ExtensionBrowser,
  tabUrl: string,
  size: { width: number; height: number } = { width: 400, height: 640 },
): Promise<Page> {
  interface Tabs {
    tabs: {
      query(q: { url: string }): Promise<{ id?: number; windowId: number }[]>;
      update(id: number, props: { active: boolean }): Promise<unknown>;
      create(props: { url: string; active: boolean; windowId: number }): Promise<unknown>;
    };
  }
  const opened = browser.context.waitForEvent('page');
  await browser.serviceWorker.evaluate(
    async ({ url, match }) => {
      const { chrome } = globalThis as unknown as { chrome: Tabs };
      const [tab] = await chrome.tabs.query({ url: match });
      if (!tab?.id) throw new Error(`no tab is open at ${match}`);
      await chrome.tabs.update(tab.id, { active: true });
      await chrome.tabs.create({ url, active: false, windowId: tab.windowId });
    },
    { url: `chrome-extension://${browser.extensionId}/popup.html`, match: tabUrl },
  );
  const popup = await opened;
  await popup.setViewportSize(size);
  await popup.waitForLoadState();
  return popup;
}
