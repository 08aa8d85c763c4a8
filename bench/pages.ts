/**
 * The popup and settings page opening, and the service worker's first analysis after it starts, in Chromium
 * with the built extension (#15). "Interactive" is the moment the page's first control is in the DOM and
 * enabled, read on the page's own clock from its navigation start: the settings page's first pack switch, the
 * popup's draft box. Cold: the first opening in a fresh browser (nothing cached, no worker running); warm: a
 * second opening in the same browser.
 */
import { loadavg } from 'node:os';
import type { CDPSession, Page } from 'playwright-core';
import { launchWithExtension } from '../test/browser/harness';
import { median } from './stats';

/** One page's opening times, in ms. */
export interface PageTimes {
  cold: number[];
  warm: number[];
}

/** What the pages section of RESULTS.md shows. */
export interface PagesBench {
  options: PageTimes;
  popup: PageTimes;
  /** Message sent → analysis answered, right after the worker was stopped (it starts for the message). */
  workerCold: number[];
  /** The same with the worker running. */
  workerWarm: number[];
  launches: number;
  /** Load average (1/5/15 min) when the part began. */
  load: string;
}

/** Milliseconds from the page's navigation start until selector is in the DOM and enabled. */
async function interactiveAt(page: Page, url: string, selector: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForSelector(`${selector}:not([disabled])`, { state: 'attached', timeout: 30_000 });
  return page.evaluate(() => performance.now());
}

async function stopWorkers(cdp: CDPSession): Promise<void> {
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  // The worker is stopped when the call returns; give the browser a moment to tear it down.
  await new Promise((r) => setTimeout(r, 300));
}

/** Time for one `analyze` message from an extension page, in ms (the page's clock). */
function timeAnalyze(page: Page, n: number): Promise<number> {
  return page.evaluate(async (i) => {
    const started = performance.now();
    const message = {
      id: 1_000_000 + i,
      type: 'analyze',
      data: { draft: `No, we can't do that. Calm down, it is not our fault. (${i})`, customer: 'Can I get a refund?' },
      timestamp: Date.now(),
    };
    const answer = await (
      globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ res?: unknown }> } } }
    ).chrome.runtime.sendMessage(message);
    if (!answer?.res) throw new Error('no analysis');
    return performance.now() - started;
  }, n);
}

/** Opens the pages and times the worker's cold start in `launches` fresh browsers. */
export async function benchPages(launches = 5, log: (s: string) => void = () => {}): Promise<PagesBench> {
  const result: PagesBench = {
    options: { cold: [], warm: [] },
    popup: { cold: [], warm: [] },
    workerCold: [],
    workerWarm: [],
    launches,
    load: loadavg()
      .map((x) => x.toFixed(1))
      .join(' / '),
  };
  for (let i = 0; i < launches; i++) {
    log(`pages: launch ${i + 1} of ${launches}`);
    for (const which of ['options', 'popup'] as const) {
      const b = await launchWithExtension();
      try {
        const base = `chrome-extension://${b.extensionId}`;
        const selector = which === 'options' ? '[role=switch]' : 'textarea';
        const first = await b.context.newPage();
        result[which].cold.push(await interactiveAt(first, `${base}/${which}.html`, selector));
        const second = await b.context.newPage();
        result[which].warm.push(await interactiveAt(second, `${base}/${which}.html`, selector));
        if (which === 'popup') {
          const cdp = await b.context.newCDPSession(second);
          await timeAnalyze(second, 0);
          for (let k = 1; k <= 3; k++) result.workerWarm.push(await timeAnalyze(second, k));
          for (let k = 0; k < 3; k++) {
            await stopWorkers(cdp);
            result.workerCold.push(await timeAnalyze(second, 10 + k));
          }
        }
      } finally {
        await b.close();
      }
    }
  }
  return result;
}

/** The markdown lines of the pages section. */
export function pagesSection(p: PagesBench, table: (h: string[], rows: string[][]) => string): string[] {
  const ms = (xs: number[]) => `${Math.round(median(xs))} ms`;
  const max = (xs: number[]) => `${Math.round(Math.max(...xs))} ms`;
  return [
    '## Popup, settings page and the worker’s cold start',
    '',
    `Chromium with the built extension, ${p.launches} fresh browsers (#15; load average ${p.load} when this part began). Interactive: the page's first control ` +
      'is in the DOM and enabled, on the page clock from its navigation start (settings: the first pack switch; ' +
      'popup: the draft box). Cold: the first opening in a fresh browser; warm: a second tab of the same page. ' +
      'Worker: an `analyze` message from an extension page until its answer, right after the service worker was ' +
      'stopped (it starts for the message and prepares the packs), and with it running.',
    '',
    table(
      ['what', 'median', 'worst', 'goal'],
      [
        ['settings page interactive, cold', ms(p.options.cold), max(p.options.cold), '≤ 300 ms'],
        ['settings page interactive, warm', ms(p.options.warm), max(p.options.warm), ''],
        ['popup interactive, cold', ms(p.popup.cold), max(p.popup.cold), '≤ 100 ms'],
        ['popup interactive, warm', ms(p.popup.warm), max(p.popup.warm), ''],
        ['worker stopped → first analysis answered', ms(p.workerCold), max(p.workerCold), '≤ 300 ms'],
        ['worker running → analysis answered', ms(p.workerWarm), max(p.workerWarm), ''],
      ],
    ),
    '',
  ];
}
