import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { type BrowserContext, chromium, type Locator, type Page, type Worker } from 'playwright-core';

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

/** The Tact badge: a button named like "Tact: score 42, 3 suggestions" (open shadow roots are pierced). */
export function findTactBadge(page: Page): Locator {
  return page.getByRole('button', { name: /^Tact: / });
}

/** The Tact panel: a dialog named "Tact". */
export function findTactPanel(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Tact', exact: true });
}

/** Names of the panel's action buttons. */
export type PanelAction = 'Replace draft' | 'Insert at cursor' | 'Copy' | 'Restore original';

/** Opens the panel from the badge (when not already open) and returns it. */
export async function openPanel(page: Page): Promise<Locator> {
  const panel = findTactPanel(page);
  if (!(await panel.isVisible())) {
    await findTactBadge(page).click();
  }
  await panel.waitFor({ state: 'visible' });
  return panel;
}

/** A button of the open panel by its accessible name. */
export function panelButton(panel: Locator, name: PanelAction): Locator {
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
