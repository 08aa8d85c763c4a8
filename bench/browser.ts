/**
 * The built extension in real (headless) Chromium on a Gmail-like page answered from local files: service-worker
 * cold start to the first analysis, focus to the first badge, keystroke to updated badge, long tasks on the host
 * page while typing into a 20,000-character draft, the content script's heap and its size on disk; and long tasks
 * while typing into a 1 MB and a 20,000-character contenteditable with and without the extension.
 * Figures only, never a pass/fail check; each is the median of several browser launches.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import {
  CHROMIUM,
  EXTENSION_DIR,
  findTactBadge,
  launchPlain,
  launchWithExtension,
  ROOT,
  type StaticServer,
  serveStatic,
} from '../test/browser/harness';
import { DEBOUNCE_MS } from '../lib/page/timing';
import { routeFixtures } from '../test/fixtures/routes';
import { copyExtension, TRUST_DIR } from '../test/fixtures/trust/browser';
import { draftOfLength } from './drafts';
import { median, quantile } from './stats';

/** The page the figures are taken on: Gmail's reply box (a default host, so the content script runs). */
const PAGE_URL = 'https://mail.google.com/inpage/gmail.html';
/** The reply box on that page. */
const BOX = '#box';
/** Words typed in the keystroke runs: ordinary reply text, so each keystroke changes the draft. */
const TYPED =
  'We are sorry for the wait and will send the replacement today with tracking details so you can follow it. ';
/** How long to wait for one badge update before counting the keystroke as lost. */
const UPDATE_TIMEOUT_MS = 15_000;

/** Size of one built content script. */
export interface ScriptSize {
  file: string;
  raw: number;
  gzip: number;
}

/** Figures of one browser launch (milliseconds unless named otherwise). */
interface BrowserRun {
  /** The press in a box holding a 600-character draft → the badge is on screen (any state). */
  focusToBadge: number;
  /** The press → the badge shows the first score (the first analysis of this browser). */
  focusToFirstScore: number;
  /** Keystroke → updated badge right after the service worker was stopped (median of the cold starts). */
  coldKeyToBadge: number;
  /** Keystroke → updated badge, one keystroke at a time, worker running: every sample. */
  keyToBadge: number[];
  /** Same on the 20,000-character draft, typing words: each word's last letter → updated badge. */
  longKeyToBadge: number[];
  /** Long tasks on the host page while typing into the 20,000-character draft. */
  longTasks: number[];
  /** Long tasks on that page from its load on: the first analysis and highlighting of the long draft too. */
  longTasksFromLoad: number[];
  /** Page heap (after GC) with the extension after the keystrokes, in MB. */
  pageHeapMb: number;
}

/** Everything the browser section of RESULTS.md shows. */
export interface BrowserBench {
  chromium: string;
  runs: BrowserRun[];
  sizes: ScriptSize[];
  keystrokes: number;
  longDraftChars: number;
  /** Page heap (after GC) of the same page and draft without the extension, in MB. */
  baselineHeapMb: number;
  /** Load average (1/5/15 min) when the browser part began: wall-clock figures depend on it. */
  load: string;
  /** Anything the reader must know about what was measured. */
  note?: string;
  /** Set when the browser part could not run (the rest of the figures still stand). */
  error?: string;
  /** Long tasks while typing into big contenteditables, with and without the extension. */
  editing?: EditingBench;
}

/** Options for benchBrowser. */
export interface BrowserBenchOptions {
  /** Drafts to build the 600- and 20,000-character drafts from (English dev drafts). */
  drafts: readonly string[];
  /** Browser launches; each figure is the median over them. */
  runs?: number;
  /** Keystrokes per launch for keystroke → badge. */
  keystrokes?: number;
  /** Service-worker cold starts per launch. */
  coldStarts?: number;
  /** Words typed into the 20,000-character draft per launch. */
  longWords?: number;
  /** Runs of the with/without-extension typing figures (see benchEditing); 0 leaves them out. */
  editingRuns?: number;
  /** Keystrokes per box in those runs. */
  editingKeystrokes?: number;
  log?: (line: string) => void;
}

/**
 * Watches the page in its main world, from before any script runs: keystrokes and focus (event timestamps),
 * when Tact's host element appears, every change of the Tact badge's accessible name or busy state, and long
 * tasks. Everything is on the page's performance.now() clock. Tact's shadow root is closed, so a page script
 * cannot reach the badge: `watchRoot` is handed the root through the DevTools protocol (see watchBadge), the way
 * the browser tests reach it (TactLocator in test/browser/harness.ts).
 */
function pageProbe(): void {
  type Rec = {
    keys: number[];
    focus: number[];
    pointer: number[];
    hosts: number[];
    badge: { t: number; name: string; busy: boolean }[];
    longTasks: { start: number; duration: number }[];
    watchRoot(root: ShadowRoot): void;
  };
  const watched = new WeakSet<ShadowRoot>();
  const rec: Rec = {
    keys: [],
    focus: [],
    pointer: [],
    hosts: [],
    badge: [],
    longTasks: [],
    watchRoot(root) {
      if (watched.has(root)) return;
      watched.add(root);
      const note = () => {
        const b = root.querySelector('.tact-badge');
        if (!b) return;
        const name = b.getAttribute('aria-label') ?? '';
        const busy = b.classList.contains('tact-badge--busy');
        const last = rec.badge[rec.badge.length - 1];
        if (!last || last.name !== name || last.busy !== busy) rec.badge.push({ t: performance.now(), name, busy });
      };
      new MutationObserver(note).observe(root, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ['class', 'aria-label'],
      });
      note();
    },
  };
  (window as unknown as { __tactBench: Rec }).__tactBench = rec;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) rec.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task timing in this browser: the figure stays empty.
  }
  addEventListener('keydown', (e) => rec.keys.push(e.timeStamp), true);
  addEventListener('focusin', (e) => rec.focus.push(e.timeStamp), true);
  addEventListener('pointerdown', (e) => rec.pointer.push(e.timeStamp), true);
  const seen = new WeakSet<Element>();
  const look = () => {
    for (const host of Array.from(document.querySelectorAll('[data-tact-ui="assist"]'))) {
      if (!seen.has(host)) {
        seen.add(host);
        rec.hosts.push(performance.now());
      }
    }
  };
  // Tact's host is appended to <body>: watch only the top of the tree, never the reply box's subtree.
  const top = new MutationObserver(look);
  const start = () => {
    top.observe(document.body ?? document.documentElement, { childList: true });
    look();
  };
  if (document.body) start();
  else addEventListener('DOMContentLoaded', start, { once: true });
}

/**
 * Waits for Tact's host element on the page and hands its closed shadow root to the page probe's watcher, through
 * the DevTools protocol (a page script cannot reach a closed root; DevTools can). The badge is drawn when the host
 * appears and its first score comes after the typing pause, so the watcher is in place before that.
 */
async function watchBadge(page: Page, cdp: CDPSession): Promise<void> {
  await page.waitForFunction(
    () => (window as unknown as { __tactBench: { hosts: number[] } }).__tactBench.hosts.length > 0,
    undefined,
    { timeout: UPDATE_TIMEOUT_MS * 2, polling: 5 },
  );
  const objectGroup = 'tact-bench';
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', {
      nodeId: root.nodeId,
      selector: '[data-tact-ui="assist"]',
    });
    for (const nodeId of nodeIds) {
      const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
      for (const shadow of node.shadowRoots ?? []) {
        const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId, objectGroup });
        if (!object.objectId) continue;
        await cdp.send('Runtime.callFunctionOn', {
          objectId: object.objectId,
          functionDeclaration: 'function () { window.__tactBench.watchRoot(this); }',
        });
      }
    }
  } finally {
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup }).catch(() => {});
  }
}

/**
 * Page-clock times of keystroke number `n` and of the first badge that shows an analysis of a draft typed after
 * it: a busy badge after the keystroke, then a score. When an analysis was already running at the keystroke,
 * its answer counts only if it came after the typing pause (the content script then analyses again before it
 * shows ready).
 */
async function waitForUpdateAfterKey(page: Page, n: number): Promise<{ key: number; badge: number; name: string }> {
  const handle = await page.waitForFunction(
    ({ i, pause }) => {
      const rec = (
        window as unknown as { __tactBench: { keys: number[]; badge: { t: number; name: string; busy: boolean }[] } }
      ).__tactBench;
      const key = rec.keys[i];
      if (key === undefined) return false;
      let busyAtKey = false;
      let busy = false;
      for (const b of rec.badge) {
        if (b.t <= key) {
          busyAtKey = b.busy;
          continue;
        }
        if (b.busy) busy = true;
        else if (b.name.startsWith('Tact: score') && (busy || (busyAtKey && b.t >= key + pause)))
          return { key, badge: b.t, name: b.name };
      }
      return false;
    },
    { i: n, pause: DEBOUNCE_MS },
    { timeout: UPDATE_TIMEOUT_MS, polling: 10 },
  );
  return (await handle.jsonValue()) as { key: number; badge: number; name: string };
}

/** How many keystrokes the page has seen. */
function keyCount(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __tactBench: { keys: number[] } }).__tactBench.keys.length);
}

/** Opens the reply page with `draft` already in the box (before Tact looks at it), caret not yet in it. */
async function openWithDraft(context: BrowserContext, draft: string): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1200, height: 800 });
  await page.goto(PAGE_URL);
  await page.locator(BOX).evaluate((el, text) => {
    const first = el.firstElementChild as HTMLElement;
    first.textContent = text;
  }, draft);
  return page;
}

/** Waits until the content script has started on the page (it marks the document it watches). */
async function contentScriptReady(page: Page): Promise<void> {
  await page.locator('html[data-tact-claim]').waitFor({ state: 'attached', timeout: UPDATE_TIMEOUT_MS * 2 });
}

/** Puts the caret at the end of the draft (the box's first block). */
async function caretAtDraftEnd(page: Page, box: string = BOX): Promise<void> {
  await page.locator(box).evaluate((el) => {
    const first = el.firstElementChild as HTMLElement;
    const range = document.createRange();
    range.selectNodeContents(first);
    range.collapse(false);
    const sel = document.getSelection();
    sel?.removeAllRanges();
    sel?.addRange(range);
  });
}

/**
 * Stops every service worker of the browser (the extension's included) and waits for DevTools to report the
 * extension's worker stopped (Playwright only notices a closed worker seconds later).
 */
async function stopServiceWorker(cdp: CDPSession): Promise<void> {
  await cdp.send('ServiceWorker.enable');
  const stopped = new Promise<void>((done, fail) => {
    const timer = setTimeout(() => {
      cdp.off('ServiceWorker.workerVersionUpdated', onUpdate);
      fail(new Error('the service worker did not stop'));
    }, 10_000);
    function onUpdate(e: { versions: { scriptURL: string; runningStatus: string }[] }): void {
      if (!e.versions.some((v) => v.scriptURL.startsWith('chrome-extension://') && v.runningStatus === 'stopped'))
        return;
      clearTimeout(timer);
      cdp.off('ServiceWorker.workerVersionUpdated', onUpdate);
      done();
    }
    cdp.on('ServiceWorker.workerVersionUpdated', onUpdate);
  });
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
}

/** Used JS heap of a page after a full garbage collection, in MB. */
async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 2 ** 20;
}

/** Page heap of the same page and draft without the extension: the baseline the content script adds to. */
async function baselineHeapMb(draft: string): Promise<number> {
  const plain = await launchPlain();
  try {
    await routeFixtures(plain.context);
    const page = await openWithDraft(plain.context, draft);
    await page.locator(BOX).click();
    await caretAtDraftEnd(page);
    await page.keyboard.type('Thanks.', { delay: 30 });
    await page.waitForTimeout(500);
    return await heapAfterGc(await plain.context.newCDPSession(page));
  } finally {
    await plain.close();
  }
}

/** One launch of Chromium with the extension: every figure once. */
async function oneRun(
  shortDraft: string,
  longDraft: string,
  o: Required<Omit<BrowserBenchOptions, 'drafts' | 'log' | 'editingRuns' | 'editingKeystrokes'>>,
  log: (line: string) => void,
): Promise<BrowserRun> {
  const browser = await launchWithExtension();
  try {
    await routeFixtures(browser.context);
    // As source text: the TypeScript runner wraps named functions in a `__name` helper the page lacks.
    await browser.context.addInitScript({ content: `var __name = (f) => f; (${pageProbe.toString()})();` });

    // Press → badge, and → first score, on a fresh browser (the worker has not analysed anything yet). Tact
    // engages a box on the agent's press in it and draws the badge in its host as the host goes in.
    const page = await openWithDraft(browser.context, shortDraft);
    const cdp = await browser.context.newCDPSession(page);
    await contentScriptReady(page);
    await page.locator(BOX).click();
    await watchBadge(page, cdp);
    const first = (await (
      await page.waitForFunction(
        () => {
          const rec = (
            window as unknown as {
              __tactBench: { pointer: number[]; hosts: number[]; badge: { t: number; name: string }[] };
            }
          ).__tactBench;
          const press = rec.pointer[0];
          const badge = rec.hosts[0];
          const scored = rec.badge.find((b) => b.name.startsWith('Tact: score'));
          return press !== undefined && badge !== undefined && scored ? { press, badge, scored: scored.t } : false;
        },
        undefined,
        { timeout: UPDATE_TIMEOUT_MS * 2, polling: 10 },
      )
    ).jsonValue()) as { press: number; badge: number; scored: number };
    await caretAtDraftEnd(page);

    // Cold starts: stop the worker, type one key, time until the badge shows the new analysis.
    let at = 0;
    // Keydowns so far on this page (none before: the box was focused by a click).
    let typed = 0;
    /**
     * Types the next character of TYPED and returns keystroke → updated badge. A space at the end of the draft
     * is trimmed away, so it changes nothing to analyse: spaces are typed but not measured.
     */
    const typeAndTime = async (): Promise<number> => {
      for (;;) {
        const ch = TYPED[at++ % TYPED.length]!;
        const n = typed++;
        await page.keyboard.type(ch);
        if (ch.trim() === '') continue;
        try {
          const u = await waitForUpdateAfterKey(page, n);
          return u.badge - u.key;
        } catch {
          return Number.POSITIVE_INFINITY; // Never updated: counts as the slowest possible.
        }
      }
    };
    const colds: number[] = [];
    for (let i = 0; i < o.coldStarts; i++) {
      await stopServiceWorker(cdp);
      colds.push(await typeAndTime());
    }

    // Keystroke → badge, one key at a time with the worker running.
    log(`  ${o.keystrokes} keystrokes…`);
    const keys: number[] = [];
    for (let i = 0; i < o.keystrokes; i++) keys.push(await typeAndTime());
    const heap = await heapAfterGc(cdp);
    await page.close();

    // Long tasks while typing into a 20,000-character draft: words at typing speed, a short pause after each
    // (so the debounced analysis runs while the agent is still writing).
    log('  typing into the 20,000-character draft…');
    const long = await openWithDraft(browser.context, longDraft);
    await contentScriptReady(long);
    await long.locator(BOX).click();
    await watchBadge(long, await browser.context.newCDPSession(long));
    await findTactBadge(long, /^Tact: score/).waitFor({ timeout: UPDATE_TIMEOUT_MS * 2 });
    await caretAtDraftEnd(long);
    const since = await long.evaluate(() => performance.now());
    const words = TYPED.trim().split(' ');
    const longKeys: number[] = [];
    for (let i = 0; i < o.longWords; i++) {
      await long.keyboard.type(`${words[i % words.length]} `, { delay: 40 });
      // From the word's last letter: the space after it is trimmed away and changes nothing to analyse.
      const n = (await keyCount(long)) - 2;
      try {
        const u = await waitForUpdateAfterKey(long, n);
        longKeys.push(u.badge - u.key);
      } catch {
        longKeys.push(Number.POSITIVE_INFINITY);
      }
      await long.waitForTimeout(150);
    }
    const all = await long.evaluate(
      () =>
        (window as unknown as { __tactBench: { longTasks: { start: number; duration: number }[] } }).__tactBench
          .longTasks,
    );
    const tasks = all.filter((x) => x.start >= since).map((x) => x.duration);
    await long.close();

    return {
      focusToBadge: first.badge - first.press,
      focusToFirstScore: first.scored - first.press,
      coldKeyToBadge: median(colds),
      keyToBadge: keys,
      longKeyToBadge: longKeys,
      longTasks: tasks,
      longTasksFromLoad: all.map((x) => x.duration),
      pageHeapMb: heap,
    };
  } finally {
    await browser.close();
  }
}

/** The page of the editing figures: 50 Gmail-like reply boxes, the last one holding a 1 MB draft. */
const MANY_PAGE = '/many.html';
/** The box with the 1 MB draft on that page. */
const BIG_BOX = '#box49';
/** What is typed into it (the words the trust test types). */
const EDIT_TYPED = 'Calm down, we are sorry about the delay. ';
/**
 * Quiet time before the typing (so work started by focusing the box is over) and after it (so the page's answer
 * to the last keystroke is counted).
 */
const EDIT_SETTLE_MS = 1_000;
/** Match pattern of the local server, as if the agent had turned Tact on for it (match patterns ignore ports). */
const LOCAL_PATTERN = 'http://127.0.0.1/*';

/** Long tasks on the page while typing into one box (milliseconds). */
export interface LongTaskFigures {
  count: number;
  longest: number;
  /** Sum of the long tasks' durations. */
  total: number;
  /** From the first keystroke to the end of the quiet time after the last: typing speed depends on the page. */
  windowMs: number;
}

/** One box size typed into with and without the extension. */
export interface EditingCase {
  /** Characters in the box before the typing. */
  chars: number;
  /** Median over the runs of each figure (count, longest, total and window separately). */
  withTact: LongTaskFigures;
  withoutTact: LongTaskFigures;
  /** Each run's figures, in run order. */
  runsWith: LongTaskFigures[];
  runsWithout: LongTaskFigures[];
}

/** Long tasks while typing into big contenteditables, with and without the extension. */
export interface EditingBench {
  /** Keystrokes typed into each box. */
  keystrokes: number;
  /** Pause between keystrokes, in milliseconds. */
  keyDelayMs: number;
  runs: number;
  cases: EditingCase[];
  /** Load average (1/5/15 min) when the measurement began. */
  load: string;
  /** Set when the figures could not be taken. */
  error?: string;
}

/** Options for benchEditing. */
export interface EditingBenchOptions {
  /** Characters in the box (default 20,000 and 1 MB); the page's 1 MB draft is cut at a space to each size. */
  sizes?: readonly number[];
  /** Runs; each launches a browser with the extension and one without. */
  runs?: number;
  /** Keystrokes per box. */
  keystrokes?: number;
  /** Pause between keystrokes, in milliseconds. */
  keyDelayMs?: number;
  log?: (line: string) => void;
}

/**
 * A copy of the built extension whose content scripts also run on the local server, as they do on a site the
 * agent turned on (the background registers them there at run time). Returns the copy's folder.
 */
function extensionForLocalPages(): string {
  const dir = copyExtension(EXTENSION_DIR);
  const path = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as {
    content_scripts: { matches: string[] }[];
    host_permissions: string[];
  };
  for (const script of manifest.content_scripts) script.matches.push(LOCAL_PATTERN);
  manifest.host_permissions.push(LOCAL_PATTERN);
  writeFileSync(path, JSON.stringify(manifest));
  return dir;
}

/** Median of each figure over several runs. */
function medianFigures(runs: readonly LongTaskFigures[]): LongTaskFigures {
  const m = (f: (x: LongTaskFigures) => number) => median(runs.map(f));
  return {
    count: m((x) => x.count),
    longest: m((x) => x.longest),
    total: m((x) => x.total),
    windowMs: m((x) => x.windowMs),
  };
}

/**
 * Opens the page in a fresh tab, cuts the big box's draft to `chars` characters, puts the caret at its end and
 * types `keystrokes` keys; returns the draft's length and the long tasks that started between the first
 * keystroke and the end of the quiet time after the last. With the extension, the typing starts once Tact's
 * badge is on the box.
 */
async function typeIntoBigBox(
  context: BrowserContext,
  url: string,
  chars: number,
  withTact: boolean,
  o: { keystrokes: number; keyDelayMs: number },
): Promise<{ chars: number; figures: LongTaskFigures }> {
  const page = await context.newPage();
  try {
    await page.setViewportSize({ width: 1200, height: 800 });
    await page.goto(url);
    if (withTact) await contentScriptReady(page);
    const length = await page.locator(BIG_BOX).evaluate((el, n) => {
      const first = el.firstElementChild as HTMLElement;
      const text = first.textContent ?? '';
      if (n < text.length) {
        const cut = text.lastIndexOf(' ', n);
        first.textContent = text.slice(0, cut > 0 ? cut : n);
      }
      return first.textContent?.length ?? 0;
    }, chars);
    await page.locator(BIG_BOX).click();
    await caretAtDraftEnd(page, BIG_BOX);
    if (withTact) await findTactBadge(page).waitFor({ timeout: UPDATE_TIMEOUT_MS * 2 });
    await page.waitForTimeout(EDIT_SETTLE_MS);
    const since = await page.evaluate(() => performance.now());
    const typed = EDIT_TYPED.repeat(Math.ceil(o.keystrokes / EDIT_TYPED.length)).slice(0, o.keystrokes);
    await page.keyboard.type(typed, { delay: o.keyDelayMs });
    await page.waitForTimeout(EDIT_SETTLE_MS);
    const until = await page.evaluate(() => performance.now());
    const tasks = (
      await page.evaluate(
        () =>
          (window as unknown as { __tactBench: { longTasks: { start: number; duration: number }[] } }).__tactBench
            .longTasks,
      )
    )
      .filter((t) => t.start >= since && t.start <= until)
      .map((t) => t.duration);
    return {
      chars: length,
      figures: {
        count: tasks.length,
        longest: Math.max(0, ...tasks),
        total: tasks.reduce((a, b) => a + b, 0),
        windowMs: until - since,
      },
    };
  } finally {
    await page.close();
  }
}

/**
 * Long tasks on the host page while typing into a 1 MB and a 20,000-character contenteditable, in a browser with
 * the extension and in one without it: the same page (test/fixtures/trust/many.html, served on 127.0.0.1), the
 * same draft, the same keystrokes. Each run launches both browsers (in alternating order); the figures are
 * medians over the runs. Needs the built extension; errors are reported in the result, never thrown.
 */
export async function benchEditing(options: EditingBenchOptions = {}): Promise<EditingBench> {
  const log = options.log ?? (() => {});
  const sizes = options.sizes ?? [20_000, 1 << 20];
  const o = { keystrokes: options.keystrokes ?? 40, keyDelayMs: options.keyDelayMs ?? 40 };
  const runs = options.runs ?? 3;
  const result: EditingBench = {
    keystrokes: o.keystrokes,
    keyDelayMs: o.keyDelayMs,
    runs,
    cases: [],
    load: loadavg()
      .map((x) => x.toFixed(1))
      .join(' / '),
  };
  const per = sizes.map(() => ({ chars: 0, with: [] as LongTaskFigures[], without: [] as LongTaskFigures[] }));
  let server: StaticServer | null = null;
  let extensionDir: string | null = null;
  try {
    server = await serveStatic(TRUST_DIR);
    extensionDir = extensionForLocalPages();
    const url = server.url(MANY_PAGE);
    const probe = { content: `var __name = (f) => f; (${pageProbe.toString()})();` };
    for (let r = 0; r < runs; r++) {
      // Alternating which browser goes first spreads a change in the machine's load over both.
      const order = r % 2 === 0 ? [true, false] : [false, true];
      for (const withTact of order) {
        log(`  typing into big boxes, run ${r + 1} of ${runs}, ${withTact ? 'with' : 'without'} the extension…`);
        const browser = withTact ? await launchWithExtension({ extensionDir }) : await launchPlain();
        try {
          await browser.context.addInitScript(probe);
          for (let i = 0; i < sizes.length; i++) {
            const got = await typeIntoBigBox(browser.context, url, sizes[i]!, withTact, o);
            per[i]!.chars = got.chars;
            per[i]![withTact ? 'with' : 'without'].push(got.figures);
          }
        } finally {
          await browser.close();
        }
      }
    }
    result.cases = per.map((c) => ({
      chars: c.chars,
      withTact: medianFigures(c.with),
      withoutTact: medianFigures(c.without),
      runsWith: c.with,
      runsWithout: c.without,
    }));
  } catch (e) {
    result.error = e instanceof Error ? (e.stack ?? e.message) : String(e);
  } finally {
    await server?.close();
    if (extensionDir) rmSync(extensionDir, { recursive: true, force: true });
  }
  return result;
}

/** Raw and gzip -9 size of every built content script. */
export function contentScriptSizes(dir = join(EXTENSION_DIR, 'content-scripts')): ScriptSize[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.(js|css)$/.test(f))
    .sort()
    .map((f) => {
      const data = readFileSync(join(dir, f));
      return { file: `content-scripts/${f}`, raw: data.length, gzip: gzipSync(data, { level: 9 }).length };
    });
}

/** Newest modification time under a path (0 when missing). */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let m = 0;
  for (const name of readdirSync(path)) m = Math.max(m, newest(join(path, name)));
  return m;
}

/**
 * Builds the extension when .output/chrome-mv3 is missing or older than its sources. Returns a note when a
 * build failed and the older build is measured instead.
 */
export function ensureBuilt(log: (line: string) => void): string | null {
  const manifest = join(EXTENSION_DIR, 'manifest.json');
  const built = existsSync(manifest) ? statSync(manifest).mtimeMs : 0;
  const sources = ['entrypoints', 'components', 'lib', 'public', 'wxt.config.ts', 'package.json'].map((p) =>
    newest(join(ROOT, p)),
  );
  if (built && sources.every((t) => t <= built)) return null;
  log(built ? 'the extension is older than its sources: building…' : 'building the extension…');
  const r = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status === 0) return null;
  if (!existsSync(manifest)) throw new Error(`wxt build failed: ${r.stderr.slice(-2000)}`);
  return 'the build failed, so the previous build (older than the sources) was measured';
}

/** Chromium's version string. */
function chromiumVersion(): string {
  try {
    return execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'Chromium (version unknown)';
  }
}

/** Runs the browser figures `runs` times (each in a fresh browser and profile). */
export async function benchBrowser(options: BrowserBenchOptions): Promise<BrowserBench> {
  const log = options.log ?? (() => {});
  const o = {
    runs: options.runs ?? 3,
    keystrokes: options.keystrokes ?? 200,
    coldStarts: options.coldStarts ?? 3,
    longWords: options.longWords ?? 12,
  };
  const editingRuns = options.editingRuns ?? 3;
  const shortDraft = draftOfLength(options.drafts, 600);
  const longDraft = draftOfLength(options.drafts, 20_000);
  const result: BrowserBench = {
    chromium: chromiumVersion(),
    runs: [],
    sizes: [],
    keystrokes: o.keystrokes,
    longDraftChars: longDraft.length,
    baselineHeapMb: Number.NaN,
    load: loadavg()
      .map((x) => x.toFixed(1))
      .join(' / '),
  };
  try {
    result.note = ensureBuilt(log) ?? undefined;
    result.sizes = contentScriptSizes();
    result.baselineHeapMb = await baselineHeapMb(shortDraft);
    for (let r = 0; r < o.runs; r++) {
      log(` browser run ${r + 1} of ${o.runs}`);
      result.runs.push(await oneRun(shortDraft, longDraft, o, log));
    }
  } catch (e) {
    result.error = e instanceof Error ? (e.stack ?? e.message) : String(e);
  }
  if (editingRuns > 0 && existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    log(' long tasks while typing into big boxes, with and without the extension');
    result.editing = await benchEditing({ runs: editingRuns, keystrokes: options.editingKeystrokes, log });
  }
  return result;
}

/** Formats milliseconds for the browser table (whole milliseconds are precise enough here). */
function wholeMs(x: number): string {
  return Number.isFinite(x) ? `${Math.round(x)} ms` : 'no update';
}

/** Milliseconds as whole milliseconds below a second, else seconds with two decimals. */
function msOrS(x: number): string {
  return x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${Math.round(x)} ms`;
}

/** What the editing figures say about the biggest box, in one sentence. */
function editingVerdict(e: EditingBench): string {
  const big = e.cases.reduce((a, b) => (b.chars > a.chars ? b : a));
  const w = big.withTact;
  const wo = big.withoutTact;
  const others = e.cases
    .filter((c) => c !== big)
    .map((c) => {
      const at = `${c.chars.toLocaleString('en')} characters`;
      return c.withTact.count === 0 && c.withoutTact.count === 0
        ? `at ${at} there are none either way`
        : `at ${at} there are ${c.withoutTact.count} without and ${c.withTact.count} with it`;
    });
  const rest = others.length > 0 ? `; ${others.join('; ')}` : '';
  const size = `${big.chars.toLocaleString('en')}-character`;
  if (w.count === 0 && wo.count === 0)
    return `Typing into the ${size} box causes no long task, with or without Tact${rest}.`;
  const added = w.total - wo.total;
  const share = w.total > 0 ? wo.total / w.total : 1;
  const tact =
    added <= 0
      ? 'Tact adds nothing measurable to them'
      : `Tact adds ${msOrS(added)} (${Math.round((added / Math.max(wo.total, 1)) * 100)}%) to their total`;
  const cause =
    share >= 0.8
      ? 'the browser’s own editing of so large a contenteditable causes them'
      : share >= 0.5
        ? 'the browser’s own editing causes most of their time'
        : 'most of their time comes with the extension';
  return (
    `Typing into the ${size} box takes ${wo.count} long tasks (${msOrS(wo.total)} in all) without the extension and ` +
    `${w.count} (${msOrS(w.total)}) with it: ${cause}, and ${tact}${rest}.`
  );
}

/** The markdown lines of the with/without-extension typing figures. */
export function editingSection(e: EditingBench, table: (h: string[], rows: string[][]) => string): string[] {
  const out: string[] = ['### Long tasks while typing into a big contenteditable, with and without Tact', ''];
  out.push(
    `The trust test's page of 50 Gmail-like reply boxes (\`test/fixtures/trust/many.html\`, served on 127.0.0.1, ` +
      'with Tact turned on for the site) in a browser with the extension and in one without it; the last box ' +
      `holds the draft. ${e.keystrokes} keystrokes, ${e.keyDelayMs} ms apart, at the end of the draft; long ` +
      `tasks on the page from the first keystroke to ${EDIT_SETTLE_MS / 1000} s after the last (the window, ` +
      `longer when the page is slow to take the keys). Median of ${e.runs} runs (load average ${e.load} when ` +
      'this part began).',
  );
  out.push('');
  if (e.error) {
    out.push(`These figures could not be taken: \`${e.error.split('\n')[0]}\``, '');
    return out;
  }
  const rows: string[][] = [];
  for (const c of e.cases) {
    for (const [who, f] of [
      ['without', c.withoutTact],
      ['with Tact', c.withTact],
    ] as const) {
      rows.push([
        `${c.chars.toLocaleString('en')} characters`,
        who,
        String(f.count),
        wholeMs(f.longest),
        msOrS(f.total),
        msOrS(f.windowMs),
      ]);
    }
  }
  out.push(table(['draft in the box', 'extension', 'long tasks', 'longest', 'total', 'window'], rows));
  out.push('');
  if (e.cases.length > 0) out.push(editingVerdict(e), '');
  return out;
}

/** The markdown lines of the browser section. */
export function browserSection(b: BrowserBench, table: (h: string[], rows: string[][]) => string): string[] {
  const out: string[] = ['## In Chromium with the built extension', ''];
  const runs = b.runs;
  out.push(
    `${b.chromium}, headless (load average ${b.load} when this part began), on a Gmail-like reply page answered from local files (\`${PAGE_URL}\`). ` +
      `${runs.length} fresh browser launches; each figure is the median over the launches of that launch's ` +
      `value (wall time on the page clock: what the agent waits, including the ${DEBOUNCE_MS} ms typing pause the content ` +
      'script waits before asking for an analysis). "Updated badge" means the DOM of the badge shows the new ' +
      "analysis (its busy state ends with a score): the badge's name changes only when score or count change.",
  );
  out.push('');
  if (b.note) out.push(`Note: ${b.note}.`, '');
  if (b.error) out.push(`The browser figures could not be taken: \`${b.error.split('\n')[0]}\``, '');
  if (runs.length > 0) {
    const med = (f: (r: BrowserRun) => number) => median(runs.map(f));
    const p = (xs: number[], q: number) => quantile(xs, q);
    const allLong = runs.flatMap((r) => r.longTasks);
    const rows: string[][] = [
      ['press in the box → badge on screen (600-character draft)', wholeMs(med((r) => r.focusToBadge)), 'first badge'],
      ['press in the box → first score (first analysis of the browser)', wholeMs(med((r) => r.focusToFirstScore)), ''],
      [
        'service worker stopped → keystroke → updated badge',
        wholeMs(med((r) => r.coldKeyToBadge)),
        'cold start of the worker (packs loaded as the build prepared them, the model file read)',
      ],
      [
        `keystroke → updated badge, p50 (${b.keystrokes} keystrokes per launch, 600 characters)`,
        wholeMs(med((r) => p(r.keyToBadge, 0.5))),
        'goal p95 < 150 ms incl. debounce',
      ],
      ['keystroke → updated badge, p95', wholeMs(med((r) => p(r.keyToBadge, 0.95))), ''],
      [
        'of which after the typing pause, p50 / p95',
        `${wholeMs(med((r) => p(r.keyToBadge, 0.5)) - DEBOUNCE_MS)} / ${wholeMs(med((r) => p(r.keyToBadge, 0.95)) - DEBOUNCE_MS)}`,
        'message to the worker, analysis, answer, render',
      ],
      [
        `keystroke → updated badge, p50 (${b.longDraftChars.toLocaleString('en')} characters)`,
        wholeMs(med((r) => p(r.longKeyToBadge, 0.5))),
        '',
      ],
      ['keystroke → updated badge, p95 (same)', wholeMs(med((r) => p(r.longKeyToBadge, 0.95))), ''],
      [
        'long tasks while typing into the long draft (per launch)',
        String(med((r) => r.longTasks.length)),
        `all launches: ${allLong.length}, over 50 ms: ${allLong.filter((d) => d > 50).length}`,
      ],
      [
        'longest task while typing into the long draft',
        wholeMs(med((r) => Math.max(0, ...r.longTasks))),
        `worst of all launches: ${wholeMs(Math.max(0, ...allLong))}; goal none over 50 ms`,
      ],
      [
        'longest task on that page from its load (first analysis and highlights of the long draft included)',
        wholeMs(med((r) => Math.max(0, ...r.longTasksFromLoad))),
        `over 50 ms, all launches: ${runs.flatMap((r) => r.longTasksFromLoad).filter((d) => d > 50).length}`,
      ],
      [
        'content-script heap (page heap after GC, with − without the extension)',
        `${(med((r) => r.pageHeapMb) - b.baselineHeapMb).toFixed(1)} MB`,
        `page heap ${med((r) => r.pageHeapMb).toFixed(1)} MB with, ${b.baselineHeapMb.toFixed(1)} MB without`,
      ],
    ];
    out.push(table(['what', 'median', 'note'], rows));
    out.push('');
  }
  if (b.editing) out.push(...editingSection(b.editing, table));
  if (b.sizes.length > 0) {
    out.push('Content scripts as built (`.output/chrome-mv3`), gzip at level 9; goal: under 100 KB gzip.');
    out.push('');
    out.push(
      table(
        ['file', 'raw', 'gzip'],
        b.sizes.map((s) => [s.file, `${(s.raw / 1024).toFixed(1)} KB`, `${(s.gzip / 1024).toFixed(1)} KB`]),
      ),
    );
    out.push('');
  }
  return out;
}
