import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { type AddressInfo, connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { contentTypeFor, fileFor, ROOT } from './harness';

/**
 * Drives a stock Firefox (Debian's firefox-esr) through Marionette, the automation protocol built into every
 * Firefox build (geckodriver speaks it too): a length-prefixed JSON stream over TCP, so no driver binary and
 * no npm package is needed. Marionette installs an unpacked add-on temporarily, as about:debugging does.
 */

/** The built Firefox add-on (`npm run build:firefox`). */
export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output/firefox-mv3');

/** The path of the Firefox to test with: TACT_FIREFOX, else firefox-esr or firefox on PATH; null when none. */
export function findFirefox(): string | null {
  const fromEnv = process.env.TACT_FIREFOX;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  for (const name of ['firefox-esr', 'firefox']) {
    for (const dir of (process.env.PATH ?? '').split(delimiter)) {
      if (dir && existsSync(join(dir, name))) return join(dir, name);
    }
  }
  return null;
}

/** A WebDriver element reference as Marionette sends it ({ "element-6066-…": id }). */
export type WebElement = Record<string, string>;

/** The id inside an element reference (what element commands take). */
export function elementId(element: WebElement): string {
  const id = Object.values(element)[0];
  if (!id) throw new Error(`Not an element reference: ${JSON.stringify(element)}`);
  return id;
}

/** A Marionette command that failed in the browser. */
export class MarionetteError extends Error {
  /** The WebDriver error code, e.g. "no such element". */
  readonly code: string;
  constructor(command: string, code: string, message: string) {
    super(`${command}: ${code}: ${message}`);
    this.code = code;
  }
}

interface Pending {
  command: string;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

/** A connection to Marionette: one command at a time is enough for a test, but replies are matched by id. */
export class Marionette {
  private buffer = Buffer.alloc(0);
  private nextId = 0;
  private readonly pending = new Map<number, Pending>();
  private hello: ((value: unknown) => void) | null = null;

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk) => this.receive(chunk));
    socket.on('close', () => this.failAll(new Error('Marionette connection closed')));
    socket.on('error', (error) => this.failAll(error));
  }

  /** Connects to Marionette on 127.0.0.1 and waits for its greeting. */
  static async connect(port: number): Promise<Marionette> {
    const socket = connect(port, '127.0.0.1');
    const client = new Marionette(socket);
    await new Promise((resolveHello, reject) => {
      client.hello = resolveHello;
      socket.once('error', reject);
    });
    return client;
  }

  /** Sends a command and resolves with its result (Marionette wraps most results in { value }). */
  command<T = unknown>(name: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = ++this.nextId;
    const body = JSON.stringify([0, id, name, params]);
    return new Promise<T>((resolveResult, reject) => {
      this.pending.set(id, { command: name, resolve: resolveResult as (value: unknown) => void, reject });
      this.socket.write(`${Buffer.byteLength(body)}:${body}`);
    });
  }

  /** Runs a function body in the page (`arguments` holds args) and returns what it returns. */
  async execute<T>(script: string, args: unknown[] = []): Promise<T> {
    const result = await this.command<{ value: T }>('WebDriver:ExecuteScript', { script, args });
    return result.value;
  }

  /** Closes the connection. */
  close(): void {
    this.socket.destroy();
  }

  // Frames are "<byte length>:<JSON>"; replies are [1, id, error, result].
  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const colon = this.buffer.indexOf(0x3a);
      if (colon < 0) return;
      const length = Number(this.buffer.subarray(0, colon).toString('ascii'));
      if (this.buffer.length < colon + 1 + length) return;
      const message: unknown = JSON.parse(this.buffer.subarray(colon + 1, colon + 1 + length).toString('utf8'));
      this.buffer = this.buffer.subarray(colon + 1 + length);
      this.dispatch(message);
    }
  }

  private dispatch(message: unknown): void {
    if (!Array.isArray(message)) {
      this.hello?.(message);
      this.hello = null;
      return;
    }
    const [, id, error, result] = message as [number, number, { error: string; message: string } | null, unknown];
    const pending = this.pending.get(id);
    if (!pending) return;
    this.pending.delete(id);
    if (error) pending.reject(new MarionetteError(pending.command, error.error, error.message));
    else pending.resolve(result);
  }

  private failAll(error: Error): void {
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
  }
}

/** Preferences for a fresh profile: Marionette on a free port, and nothing that reaches for the network. */
const PREFS: Record<string, string | number | boolean> = {
  'marionette.port': 0,
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'browser.startup.page': 0,
  'browser.aboutwelcome.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.healthreport.uploadEnabled': false,
  'toolkit.telemetry.reportingpolicy.firstRun': false,
  'app.update.disabledForTesting': true,
  'app.normandy.enabled': false,
  'messaging-system.rsexperimentloader.enabled': false,
  'services.settings.server': 'http://127.0.0.1:9/',
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'extensions.update.enabled': false,
  'extensions.getAddons.cache.enabled': false,
};

/** A Firefox with the add-on installed temporarily. */
export interface FirefoxWithAddon {
  marionette: Marionette;
  /** The id Firefox installed the add-on under (the gecko id from the manifest). */
  addonId: string;
  /** The origin of the add-on's own pages, moz-extension://<uuid> (the uuid is set in the profile up front). */
  addonOrigin: string;
  /** The last lines Firefox printed (for failure messages). */
  output(): string;
  /** Quits Firefox and removes its temporary profile. */
  close(): Promise<void>;
}

/** Options for launching Firefox. */
export interface FirefoxLaunchOptions {
  /** The Firefox binary. */
  firefox: string;
  /** Absolute path of the unpacked add-on; default the built firefox-mv3 output. */
  extensionDir?: string;
  /** Default true; set TACT_HEADED=1 to watch. */
  headless?: boolean;
  /** Send all web traffic through this local proxy (see routeHostsThroughProxy); its certificate is accepted. */
  proxyPort?: number;
  /**
   * Let Marionette open the add-on's own pages (moz-extension://), which it refuses by default as privileged
   * URLs; needed by inAddonPage. Changes nothing for web pages.
   */
  allowAddonPages?: boolean;
}

/** Proxy preferences: every http and https request goes to the local proxy, nothing reaches the network. */
function proxyPrefs(port: number): Record<string, string | number | boolean> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': port,
    'network.proxy.no_proxies_on': '',
  };
}

function until<T>(what: string, timeoutMs: number, probe: () => T | null, failed: () => Error | null): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  return new Promise<T>((resolveProbe, reject) => {
    const tick = () => {
      const error = failed();
      if (error) return reject(error);
      const value = probe();
      if (value !== null) return resolveProbe(value);
      if (Date.now() > deadline) return reject(new Error(`Timed out waiting for ${what}`));
      setTimeout(tick, 100);
    };
    tick();
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => child.once('exit', () => done()));
}

/**
 * Starts Firefox with a fresh profile and Marionette, opens a session and installs the add-on temporarily
 * (no signing needed, gone with the profile).
 */
export async function launchFirefoxWithAddon(options: FirefoxLaunchOptions): Promise<FirefoxWithAddon> {
  const extensionDir = resolve(options.extensionDir ?? FIREFOX_EXTENSION_DIR);
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error('The Firefox add-on is not built: run `npm run build:firefox`.');
  }
  const profile = mkdtempSync(join(tmpdir(), 'tact-firefox-'));
  // Firefox picks a random uuid for an add-on's moz-extension:// origin unless the profile names one.
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const geckoId = manifest.browser_specific_settings?.gecko?.id;
  const uuid = randomUUID();
  const uuidPrefs = geckoId ? { 'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }) } : {};
  writeFileSync(
    join(profile, 'user.js'),
    Object.entries({ ...PREFS, ...uuidPrefs, ...(options.proxyPort ? proxyPrefs(options.proxyPort) : {}) })
      .map(([key, value]) => `user_pref(${JSON.stringify(key)}, ${JSON.stringify(value)});\n`)
      .join(''),
  );
  const headless = options.headless ?? process.env.TACT_HEADED !== '1';
  const args = [
    '--marionette',
    '--no-remote',
    '--profile',
    profile,
    ...(headless ? ['--headless'] : []),
    ...(options.allowAddonPages ? ['-remote-allow-system-access'] : []),
  ];
  const child = spawn(options.firefox, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' },
  });
  let log: string[] = [];
  const keep = (chunk: Buffer) => {
    log = [...log, ...chunk.toString('utf8').split('\n')].slice(-40);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const output = () => log.join('\n');
  let spawnError: Error | null = null;
  child.once('error', (error) => {
    spawnError = error;
  });

  let marionette: Marionette | null = null;
  const close = async () => {
    try {
      await Promise.race([
        marionette?.command('Marionette:Quit', { flags: ['eForceQuit'] }),
        new Promise((done) => setTimeout(done, 5_000)),
      ]);
    } catch {
      // Quitting closes the connection under the reply; the process exit below is what counts.
    }
    marionette?.close();
    const gone = exited(child);
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    if (child.exitCode === null) child.kill('SIGTERM');
    await gone;
    clearTimeout(force);
    rmSync(profile, { recursive: true, force: true });
  };

  try {
    // With marionette.port 0 Firefox picks a free port and writes it into the profile.
    const portFile = join(profile, 'MarionetteActivePort');
    const port = await until(
      'Marionette to listen',
      30_000,
      () => (existsSync(portFile) ? Number(readFileSync(portFile, 'utf8')) || null : null),
      () =>
        spawnError ??
        (child.exitCode !== null ? new Error(`Firefox exited with code ${child.exitCode}:\n${output()}`) : null),
    );
    marionette = await Marionette.connect(port);
    // Marionette takes the capabilities themselves (geckodriver unwraps alwaysMatch before it calls it).
    await marionette.command('WebDriver:NewSession', options.proxyPort ? { acceptInsecureCerts: true } : {});
    const { value: addonId } = await marionette.command<{ value: string }>('Addon:Install', {
      path: extensionDir,
      temporary: true,
    });
    return { marionette, addonId, addonOrigin: `moz-extension://${uuid}`, output, close };
  } catch (error) {
    await close();
    throw new Error(`Firefox did not start with the add-on: ${(error as Error).message}\n${output()}`);
  }
}

/**
 * Page script: the elements matching a CSS selector anywhere in the page, open shadow roots and the given
 * (closed) roots included, optionally only those whose accessible name (aria-label, else the aria-labelledby
 * elements' text, else the element's text) matches a pattern.
 */
const DEEP_QUERY = `
  const [selector, namePattern, visibleOnly, closedRoots] = arguments;
  const name = namePattern === null ? null : new RegExp(namePattern);
  const found = [];
  const accessibleName = (el) => {
    const label = el.getAttribute('aria-label');
    if (label !== null) return label;
    const ids = el.getAttribute('aria-labelledby');
    if (ids !== null) {
      const root = el.getRootNode();
      return ids.split(/s+/).map((id) => root.getElementById(id)?.textContent.trim() ?? '').join(' ');
    }
    return el.textContent.trim();
  };
  const visit = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.matches(selector)
        && (name === null || name.test(accessibleName(el)))
        && (!visibleOnly || el.checkVisibility())) found.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(document);
  for (const root of closedRoots) visit(root);
  return found;
`;

/**
 * Tact's shadow roots. They are closed, so a page script cannot reach them; WebDriver's Get Element Shadow
 * Root can (Marionette returns closed roots too), and the reference it gives works as a script argument.
 */
async function tactShadowRoots(marionette: Marionette): Promise<unknown[]> {
  // Marionette answers some commands bare and some wrapped in { value }.
  const unwrap = <T>(x: T | { value: T }): T =>
    x !== null && typeof x === 'object' && 'value' in (x as object) ? (x as { value: T }).value : (x as T);
  const hosts = unwrap(
    await marionette.command<WebElement[] | { value: WebElement[] }>('WebDriver:FindElements', {
      using: 'css selector',
      value: '[data-tact-ui="assist"]',
    }),
  );
  const roots: unknown[] = [];
  for (const host of hosts) {
    try {
      roots.push(unwrap(await marionette.command<unknown>('WebDriver:GetShadowRoot', { id: elementId(host) })));
    } catch (error) {
      if (!(error instanceof MarionetteError)) throw error;
    }
  }
  return roots;
}

/** A deep query in the page (see DEEP_QUERY). */
export interface DeepQuery {
  selector: string;
  /** Matched against the accessible name (aria-label, aria-labelledby, else text content). */
  name?: RegExp;
  /** Only elements that are rendered and visible. */
  visible?: boolean;
}

/** The elements matching a deep query, in document order. */
export async function queryDeep(marionette: Marionette, query: DeepQuery): Promise<WebElement[]> {
  return marionette.execute<WebElement[]>(DEEP_QUERY, [
    query.selector,
    query.name?.source ?? null,
    query.visible ?? false,
    await tactShadowRoots(marionette),
  ]);
}

/** Polls a probe until it returns non-null, or fails with what was awaited. */
export async function waitFor<T>(what: string, probe: () => Promise<T | null>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 200));
  }
}

/** Waits for the first element matching a deep query. */
export function waitForDeep(marionette: Marionette, query: DeepQuery, timeoutMs?: number): Promise<WebElement> {
  return waitFor(
    `${query.selector}${query.name ? ` named ${query.name}` : ''}`,
    async () => (await queryDeep(marionette, query))[0] ?? null,
    timeoutMs,
  );
}

/** A property of an element (e.g. "value", "textContent"), read in the page. */
export function property<T>(marionette: Marionette, element: WebElement, name: string): Promise<T> {
  return marionette.execute<T>('return arguments[0][arguments[1]];', [element, name]);
}

/** An attribute of an element, or null. */
export function attribute(marionette: Marionette, element: WebElement, name: string): Promise<string | null> {
  return marionette.execute<string | null>('return arguments[0].getAttribute(arguments[1]);', [element, name]);
}

/** Clicks an element as the user would (Marionette moves the pointer and clicks its centre). */
export async function click(marionette: Marionette, element: WebElement): Promise<void> {
  await marionette.command('WebDriver:ElementClick', { id: elementId(element) });
}

/** Types text at the caret of the focused element, key by key (trusted key and input events). */
export async function typeAtCaret(marionette: Marionette, text: string): Promise<void> {
  const keys = [...text].flatMap((value) => [
    { type: 'keyDown', value },
    { type: 'keyUp', value },
  ]);
  await marionette.command('WebDriver:PerformActions', { actions: [{ type: 'key', id: 'keyboard', actions: keys }] });
  await marionette.command('WebDriver:ReleaseActions');
}

/** Presses keys together at the caret (e.g. [CONTROL, 'z']) and releases them in reverse order. */
export async function pressKeys(marionette: Marionette, keys: string[]): Promise<void> {
  const actions = [
    ...keys.map((value) => ({ type: 'keyDown', value })),
    ...[...keys].reverse().map((value) => ({ type: 'keyUp', value })),
  ];
  await marionette.command('WebDriver:PerformActions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
  await marionette.command('WebDriver:ReleaseActions');
}

/** WebDriver's key values for Control, Shift, Alt and Escape. */
export const CONTROL = '\uE009';
export const SHIFT = '\uE008';
export const ALT = '\uE00A';
export const ESCAPE = '\uE00C';

/**
 * Runs a function body in one of the add-on's own pages (where `browser` is the extension API), opened in a
 * background tab for the call and closed after it. Gives what the body returns (a promise is awaited). Firefox
 * must be launched with allowAddonPages.
 */
export async function inAddonPage<T>(firefox: FirefoxWithAddon, script: string, args: unknown[] = []): Promise<T> {
  const { marionette } = firefox;
  const unwrap = <V>(x: V | { value: V }): V =>
    x !== null && typeof x === 'object' && 'value' in (x as object) ? (x as { value: V }).value : (x as V);
  const back = unwrap(await marionette.command<string | { value: string }>('WebDriver:GetWindowHandle'));
  const { handle } = unwrap(
    await marionette.command<{ handle: string } | { value: { handle: string } }>('WebDriver:NewWindow', {
      type: 'tab',
    }),
  );
  try {
    await marionette.command('WebDriver:SwitchToWindow', { handle, focus: false });
    await marionette.command('WebDriver:Navigate', { url: `${firefox.addonOrigin}/popup.html` });
    return await marionette.execute<T>(script, args);
  } finally {
    await marionette.command('WebDriver:CloseWindow');
    await marionette.command('WebDriver:SwitchToWindow', { handle: back });
  }
}

/** A local proxy that answers some https hosts from local files. */
export interface HostProxy {
  /** The proxy's port on 127.0.0.1. */
  port: number;
  close(): Promise<void>;
}

/** A throwaway self-signed certificate for the hosts (openssl; Firefox accepts it via acceptInsecureCerts). */
function selfSignedCertificate(hosts: string[]): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'tact-cert-'));
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-keyout',
        key,
        '-out',
        cert,
        '-days',
        '2',
        '-subj',
        '/CN=tact-test',
        '-addext',
        `subjectAltName=${hosts.map((h) => `DNS:${h}`).join(',')}`,
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(key), cert: readFileSync(cert) };
  } catch (error) {
    throw new Error(
      `Could not make a test certificate with openssl (apt-get install -y openssl): ${(error as Error).message}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Answers https requests to real hostnames from files under root, so the built add-on's own host matching
 * applies with no network: Firefox sends everything to this proxy, which opens a tunnel only for the given
 * hosts and ends it in a local TLS server; every other host is refused. A path under one of mounts' prefixes
 * (e.g. '/vendor/ckeditor5/') is looked up in that folder instead.
 */
export async function routeHostsThroughProxy(
  hosts: string[],
  root: string,
  mounts: Record<string, string> = {},
): Promise<HostProxy> {
  const tls = createHttpsServer(selfSignedCertificate(hosts), (req, res) => {
    const path = new URL(req.url ?? '/', 'https://host').pathname;
    const mount = Object.keys(mounts).find((prefix) => path.startsWith(prefix));
    const file = mount ? fileFor(mounts[mount] as string, path.slice(mount.length - 1)) : fileFor(root, path);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': contentTypeFor(file), 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  const proxy: Server = createServer((_req, res) => {
    res.writeHead(502, { 'content-type': 'text/plain' });
    res.end('plain http is not routed');
  });
  const sockets = new Set<Socket>();
  proxy.on('connect', (req, socket: Socket, head: Buffer) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    const [host, port] = (req.url ?? '').split(':');
    if (port !== '443' || !host || !hosts.includes(host)) {
      socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
      return;
    }
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    if (head.length > 0) socket.unshift(head);
    tls.emit('connection', socket);
  });
  await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done));
  return {
    port: (proxy.address() as AddressInfo).port,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((done) => proxy.close(() => done()));
      tls.close();
    },
  };
}
