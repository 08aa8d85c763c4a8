import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  ENABLED_ORIGIN,
  FLAGGED,
  launchTrust,
  openWithTact,
  routeTrustPages,
  type TrustBrowser,
} from '../fixtures/trust/browser';
import { findTactBadge } from './harness';

/**
 * The draft is never lost or doubled (#13), in Chromium with the built extension: the popup's "Replace draft"
 * reaches only the frame whose box has focus, and an analysis whose service worker stops half-way is asked
 * again instead of leaving the badge in its error state until the next keystroke.
 */

/** A second site the agent turned on, served in a frame of the first (another origin: its own content script). */
const FRAME_ORIGIN = 'https://frame.example.test';
const DRAFT = 'Calm down, it is not our fault that the courier is late. There is nothing we can do.';

let browser: TrustBrowser;

beforeAll(async () => {
  browser = await launchTrust((manifest) => {
    const patterns = [`${ENABLED_ORIGIN}/*`, `${FRAME_ORIGIN}/*`];
    for (const script of manifest.content_scripts as { matches: string[] }[]) script.matches.push(...patterns);
    (manifest.host_permissions as string[]).push(...patterns);
  });
  await routeTrustPages(browser.context, undefined, ENABLED_ORIGIN);
  await routeTrustPages(browser.context, undefined, FRAME_ORIGIN);
});

afterAll(async () => {
  await browser?.close();
});

/** Sends one protocol message to every frame of the page's tab from an extension page, as the popup does. */
async function toTab(page: Page, type: string, data: unknown): Promise<unknown> {
  const ext = await browser.context.newPage();
  try {
    await ext.goto(`chrome-extension://${browser.extensionId}/options.html`);
    return await ext.evaluate(
      async ({ url, type, data }) => {
        const chrome = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
        const [tab] = await chrome.tabs.query({ url });
        const answer = (await chrome.tabs.sendMessage(tab!.id!, { id: 1, type, data, timestamp: Date.now() })) as {
          res?: unknown;
        };
        return answer?.res ?? null;
      },
      { url: page.url(), type, data },
    );
  } finally {
    await ext.close();
  }
}

describe("the popup's Replace draft in a tab with boxes in two frames", () => {
  test('writes only into the box that has focus; the other frame keeps its draft', async () => {
    const page = await openWithTact(browser.context, `${ENABLED_ORIGIN}/trust/frames.html`);
    try {
      await page.setViewportSize({ width: 1200, height: 800 });
      const frame = page.frameLocator('#frame');
      await frame.locator('html[data-tact-claim]').waitFor({ state: 'attached' });
      // The agent writes in the page's box (coached there), then in the framed one (coached by the frame's script).
      await page.locator('#top').click();
      await page.keyboard.insertText(DRAFT);
      await findTactBadge(page, FLAGGED).waitFor({ timeout: 20_000 });
      await frame.locator('#inner').click();
      await page.keyboard.insertText('We cannot help.');
      await expect
        .poll(async () => ((await toTab(page, 'getReplyState', undefined)) as { draft?: string } | null)?.draft)
        .toBe('We cannot help.');

      const result = (await toTab(page, 'replaceDraft', 'Thank you for your patience.')) as { ok: boolean };
      expect(result.ok).toBe(true);
      await expect.poll(() => frame.locator('#inner').inputValue()).toBe('Thank you for your patience.');
      // Both frames coach a box; only the focused one wrote. The page's own box answers nothing once the frame
      // has written (a second write would have landed by the time the first answer came back).
      expect(await page.locator('#top').inputValue()).toBe(DRAFT);
    } finally {
      await page.close();
    }
  });
});

describe('a service worker that stops during an analysis', () => {
  test('the analysis is asked once more and the badge shows its answer, with no keystroke after', async () => {
    const { cdp } = browser;
    const { targetInfos } = await cdp.send<{ targetInfos: { targetId: string; type: string; url: string }[] }>(
      'Target.getTargets',
    );
    const worker = targetInfos.find(
      (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${browser.extensionId}/`),
    );
    expect(worker).toBeDefined();
    const { sessionId } = await cdp.send<{ sessionId: string }>('Target.attachToTarget', {
      targetId: worker!.targetId,
      flatten: true,
    });
    // The worker pauses (a debugger statement) in the middle of the next analyze message, so the test can stop
    // it exactly while an analysis is in flight.
    const paused = new Promise<void>((done) => {
      const off = cdp.on((event) => {
        if (event.sessionId === sessionId && event.method === 'Debugger.paused') {
          off();
          done();
        }
      });
    });
    await cdp.send('Debugger.enable', {}, sessionId);
    await cdp.send(
      'Runtime.evaluate',
      {
        expression: `chrome.runtime.onMessage.addListener((m) => {
          if (m && m.type === 'analyze' && !globalThis.__held) { globalThis.__held = true; debugger; }
        });`,
      },
      sessionId,
    );
    const page = await openWithTact(browser.context, `${ENABLED_ORIGIN}/trust/article.html`);
    try {
      await page.locator('#reply').click();
      await page.keyboard.insertText(DRAFT);
      await paused;
      const pageCdp = await browser.context.newCDPSession(page);
      await pageCdp.send('ServiceWorker.enable');
      await pageCdp.send('ServiceWorker.stopAllWorkers');
      // No more typing: the badge reaches the analysis through the second try (a fresh worker answers it).
      await findTactBadge(page, FLAGGED).waitFor({ timeout: 30_000 });
      await pageCdp.detach();
    } finally {
      await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => {});
      await page.close();
    }
  });
});
