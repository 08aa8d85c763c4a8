import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MESSAGES } from '../../lib/i18n/messages';
import { MAX_DRAFT_CHARS } from '../../lib/messaging/validate';
import {
  caretAtStart,
  ENABLED_ORIGIN,
  FLAGGED,
  launchTrust,
  openWithTact,
  type PageProblems,
  routeTrustPages,
  TRUST_ORIGIN,
  type TrustBrowser,
  watchProblems,
  withEnabledSite,
} from '../fixtures/trust/browser';
import { findTactBadge, findTactPanel, openPanel, panelButton, tactUi } from './harness';

/**
 * Hostile pages and input: a page that enforces Trusted Types and a strict CSP (as Gmail does), a thread whose
 * customer message, sender name and draft carry markup and script, and malformed messages to the background.
 */

const en = MESSAGES.en;
/** Gmail-like policy: Trusted Types for every script sink, scripts only from the page itself or with the nonce. */
const STRICT_CSP =
  "require-trusted-types-for 'script'; script-src 'self' 'nonce-tact-test-nonce'; object-src 'none'; base-uri 'none'";
const DRAFT = 'Calm down, it is not our fault that the courier is late. There is nothing we can do.';
/** Markup, script, a javascript: link and lookalike Unicode (Cyrillic letters, a right-to-left override). */
const HOSTILE_SENTENCE =
  'Your parcel <img src=x onerror="window.__pwned=1"> is with the courier <script>window.__pwned=2</script> and the tracking link is javascript:window.__pwned=3 today.';
const LOOKALIKE = 'Раураl Саlm down \u202Egpj.exe\u202C';
const HOSTILE_DRAFT = `Calm down. ${HOSTILE_SENTENCE} ${LOOKALIKE} Let me know.`;

let browser: TrustBrowser;

beforeAll(async () => {
  browser = await launchTrust();
  await routeTrustPages(
    browser.context,
    (path): Record<string, string> => (path === '/trust/strict.html' ? { 'content-security-policy': STRICT_CSP } : {}),
  );
});

afterAll(async () => {
  await browser?.close();
});

/** What the page-world recorder (test/fixtures/trust/recorder.js) saw, minus the page's own Trusted Types control. */
async function recorded(page: Page): Promise<{ violations: string[]; errors: string[] }> {
  const r = await page.evaluate(
    () => (window as unknown as { __tact: { violations: string[]; errors: string[] } }).__tact,
  );
  return { violations: r.violations.filter((v) => !v.includes('tact-control')), errors: r.errors };
}

/** Console messages that tell of a CSP or Trusted Types refusal. */
function policyMessages(problems: PageProblems): string[] {
  return problems.console.filter((m) => /trusted ?type|content security policy|TrustedHTML|TrustedScript/i.test(m));
}

/** Facts about Tact's shadow root (read through the DevTools protocol: page scripts cannot reach it). */
async function shadowFacts(page: Page) {
  const ui = tactUi(page);
  if ((await ui.locator('.tact-root').count()) === 0) return null;
  return {
    images: await ui.locator('img[src="x"], img[onerror]').count(),
    scripts: await ui.locator('script, iframe, object, embed').count(),
    handlers: await ui.locator('[onerror], [onload], [onclick]').count(),
    jsLinks: await ui.locator('a[href^="javascript:" i]').count(),
    text: (await ui.locator('.tact-root').textContent()) ?? '',
  };
}

const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);

describe('a page that enforces Trusted Types and a strict CSP', () => {
  test('the badge, panel and writes work, and Tact causes no policy violation', async () => {
    const page = await openWithTact(browser.context, `${TRUST_ORIGIN}/trust/strict.html`);
    const problems = watchProblems(page);
    try {
      await page.setViewportSize({ width: 1200, height: 800 });
      // Controls: the policy is really in force on this page.
      const control = await page.evaluate(
        () => (window as unknown as { __tact: { trustedTypesEnforced: boolean; nonceRan?: boolean } }).__tact,
      );
      expect(control.trustedTypesEnforced).toBe(true);
      expect(control.nonceRan).toBe(true);

      await caretAtStart(page, '#box');
      await page.keyboard.insertText(DRAFT);
      await findTactBadge(page, FLAGGED).waitFor({ timeout: 20_000 });
      const panel = await openPanel(page);
      expect(await panel.locator('.tact-finding').count()).toBeGreaterThan(0);
      const rewrite = (await panel.locator('.tact-rewrite').replyText()) ?? '';
      expect(rewrite.length).toBeGreaterThan(20);
      await panelButton(panel, 'Replace draft').click();
      await expect.poll(() => page.locator('#box').textContent(), { timeout: 10_000 }).not.toContain('Calm down');
      await panelButton(panel, 'Restore original').click();
      await expect.poll(() => page.locator('#box').textContent(), { timeout: 10_000 }).toContain('Calm down');
      await page.keyboard.press('Escape');
      await findTactPanel(page).waitFor({ state: 'hidden' });

      const seen = await recorded(page);
      expect(seen.violations).toEqual([]);
      expect(seen.errors).toEqual([]);
      expect(problems.errors).toEqual([]);
      expect(policyMessages(problems)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('a strict page on a site the agent turned on (the generic adapter reads the page)', () => {
  test('reading the page and coaching cause no policy violation', async () => {
    const enabled = await launchTrust(withEnabledSite);
    try {
      await routeTrustPages(
        enabled.context,
        (): Record<string, string> => ({ 'content-security-policy': STRICT_CSP }),
        ENABLED_ORIGIN,
      );
      const page = await openWithTact(enabled.context, `${ENABLED_ORIGIN}/trust/article.html`);
      const problems = watchProblems(page);
      expect(
        await page.evaluate(
          () => (window as unknown as { __tact: { trustedTypesEnforced: boolean } }).__tact.trustedTypesEnforced,
        ),
      ).toBe(true);
      await page.locator('#reply').click();
      await page.keyboard.insertText(DRAFT);
      await findTactBadge(page, FLAGGED).waitFor({ timeout: 20_000 });
      const panel = await openPanel(page);
      expect(await panel.locator('.tact-finding').count()).toBeGreaterThan(0);
      await panelButton(panel, 'Replace draft').click();
      await expect.poll(() => page.locator('#reply').inputValue(), { timeout: 10_000 }).not.toContain('Calm down');
      const seen = await recorded(page);
      expect(seen.violations).toEqual([]);
      expect(seen.errors).toEqual([]);
      expect(problems.errors).toEqual([]);
      expect(policyMessages(problems)).toEqual([]);
    } finally {
      await enabled.close();
    }
  });
});

describe('customer messages and drafts with markup and script', () => {
  test('are analysed and shown as text: nothing runs, nothing is rendered as HTML', async () => {
    const page = await openWithTact(browser.context, `${TRUST_ORIGIN}/trust/xss.html`);
    const problems = watchProblems(page);
    try {
      await page.setViewportSize({ width: 1200, height: 800 });
      await caretAtStart(page, '#box');
      await page.keyboard.insertText(HOSTILE_DRAFT);
      await findTactBadge(page, FLAGGED).waitFor({ timeout: 20_000 });
      const panel = await openPanel(page);
      const rewrite = (await panel.locator('.tact-rewrite').replyText()) ?? '';
      // The markup reaches the panel as literal text.
      expect(rewrite).toContain('<img src=x onerror="window.__pwned=1">');
      expect(rewrite).toContain('<script>window.__pwned=2</script>');
      let facts = await shadowFacts(page);
      expect(facts).not.toBeNull();
      expect(facts!.text).toContain('<img src=x');
      expect({ ...facts!, text: undefined }).toEqual({
        images: 0,
        scripts: 0,
        handlers: 0,
        jsLinks: 0,
        text: undefined,
      });

      // Writing the rewrite into the box inserts text, never markup.
      await panelButton(panel, 'Replace draft').click();
      await expect.poll(() => page.locator('#box').textContent(), { timeout: 10_000 }).not.toContain('Calm down.');
      expect(await page.locator('#box').textContent()).toContain('<img src=x');
      expect(await page.locator('#box img, #box script').count()).toBe(0);
      facts = await shadowFacts(page);
      expect({ ...facts!, text: undefined }).toEqual({
        images: 0,
        scripts: 0,
        handlers: 0,
        jsLinks: 0,
        text: undefined,
      });

      // Give any stray image error handler a chance to run before looking.
      await page.waitForTimeout(500);
      expect(await pwned(page)).toBeUndefined();
      expect((await recorded(page)).errors).toEqual([]);
      expect(problems.errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('the popup shows a pasted hostile draft as text', async () => {
    const popup = await browser.context.newPage();
    try {
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
      await popup.getByLabel(en.popupDraft).fill(HOSTILE_DRAFT);
      await popup.getByLabel(en.popupCustomer).fill('<img src=x onerror="window.__pwned=5"> where is my order?');
      await popup.getByRole('button', { name: en.popupAnalyze }).click();
      await expect.poll(() => popup.locator('body').textContent(), { timeout: 10_000 }).toContain('<img src=x');
      expect(await popup.locator('img[src="x"], [onerror], script:not([src])').count()).toBe(0);
      await popup.waitForTimeout(300);
      expect(await pwned(popup)).toBeUndefined();
    } finally {
      await popup.close();
    }
  });
});

/** What one raw runtime message got back: the answer, or the error the browser reported. */
interface RawAnswer {
  answer: unknown;
  lastError: string | null;
}

describe('the background refuses malformed messages and keeps answering', () => {
  test('non-objects, wrong types and oversized drafts get an error; a valid analyze still works', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
      /** Sends one raw message from this extension page in the protocol's envelope (or malformed). */
      const send = (message: unknown) =>
        page.evaluate(
          (m) =>
            new Promise<RawAnswer>((done) => {
              const runtime = (
                globalThis as unknown as {
                  chrome: {
                    runtime: {
                      sendMessage(m: unknown, cb: (r: unknown) => void): void;
                      lastError?: { message?: string };
                    };
                  };
                }
              ).chrome.runtime;
              runtime.sendMessage(m, (answer) => done({ answer, lastError: runtime.lastError?.message ?? null }));
            }),
          message,
        );
      const envelope = (data: unknown, type = 'analyze') => ({ id: 1, type, data, timestamp: Date.now() });
      const valid = envelope({ draft: DRAFT });

      const before = await send(valid);
      expect((before.answer as { res?: { score?: unknown } }).res?.score).toEqual(expect.any(Number));

      // Not the protocol's shape at all: nothing answers (the browser reports that no one replied).
      for (const junk of [null, 42, 'analyze', [], {}, { type: 'analyze' }, { type: 42, timestamp: 1 }]) {
        const r = await send(junk);
        expect(r.answer, JSON.stringify(junk)).toBeUndefined();
        expect(r.lastError, JSON.stringify(junk)).not.toBeNull();
      }
      // The protocol's shape with a bad payload: an error answer, never an analysis.
      const big = 'a '.repeat(600_000); // 1.2 MB
      const badPayloads: unknown[] = [
        null,
        42,
        'draft',
        [],
        {},
        { draft: 5 },
        { draft: ['x'] },
        { draft: 'x', customer: { text: 'x' } },
        { draft: 'x', customerName: 7 },
        { draft: 'x', lang: 'xx' },
        { draft: 'x', scenario: 'nope' },
        { draft: 'x', site: 'y'.repeat(10_000) },
        { draft: 'x', customer: 'c'.repeat(60_000) },
        { draft: 'x'.repeat(MAX_DRAFT_CHARS + 1) },
        { draft: big },
      ];
      for (const data of badPayloads) {
        const r = await send(envelope(data));
        const label = JSON.stringify(data)?.slice(0, 60);
        expect((r.answer as { err?: unknown })?.err, label).toBeDefined();
        expect((r.answer as { res?: unknown })?.res, label).toBeUndefined();
      }
      // Messages the background has no handler for get no answer.
      const other = await send(envelope(undefined, 'getReplyState'));
      expect(other.answer).toBeUndefined();
      // Type names that are Object.prototype's own keys find no handler: no answer at all.
      for (const type of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']) {
        const r = await send(envelope({ draft: DRAFT }, type));
        expect(r.answer, type).toBeUndefined();
      }

      // The worker keeps answering.
      const after = await send(valid);
      expect((after.answer as { res?: { score?: unknown } }).res?.score).toEqual(expect.any(Number));
      expect((after.answer as { res: unknown }).res).toEqual((before.answer as { res: unknown }).res);
    } finally {
      await page.close();
    }
  });
});
