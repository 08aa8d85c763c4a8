import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  caretAtStart,
  FLAGGED,
  launchTrust,
  openWithTact,
  routeTrustPages,
  TRUST_ORIGIN,
  type TrustBrowser,
} from '../fixtures/trust/browser';
import { findTactBadge, findTactPanel, openPanel, tactUi } from './harness';

/**
 * A page Tact runs on by default turns against it (#13): with nothing but its own scripts it focuses and fills
 * the reply box, clicks everything it can reach, presses the shortcut, forges WXT's start announcement and
 * reads every shadow root it finds. It must get nothing: no coaching of text the agent never touched, no panel,
 * no write, no text of Tact's, and Tact still coaching the agent afterwards.
 */

const PROFILE = { name: 'Zephyrine Quill', company: 'Quillworks Ltd', signature: 'Quillworks care desk' };
const PLANTED = 'Calm down, it is not our fault. There is nothing we can do about your refund.';
const AGENT_DRAFT = 'Calm down, it is not our fault that the courier is late.';
const MORE = ' You should have read the terms.';

let browser: TrustBrowser;

beforeAll(async () => {
  browser = await launchTrust();
  await routeTrustPages(browser.context);
  // The agent's profile: the suggested reply carries their name, company and signature.
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.evaluate(
    (profile) =>
      (
        globalThis as unknown as { chrome: { storage: { sync: { set(v: object): Promise<void> } } } }
      ).chrome.storage.sync.set({ profile }),
    PROFILE,
  );
  await options.close();
});

afterAll(async () => {
  await browser?.close();
});

/** Asks the tab's content script for its reply state, as the popup does (null: no box is coached there). */
async function replyStateOf(page: Page): Promise<unknown> {
  const ext = await browser.context.newPage();
  try {
    await ext.goto(`chrome-extension://${browser.extensionId}/options.html`);
    return await ext.evaluate(async (url) => {
      const chrome = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
      const [tab] = await chrome.tabs.query({ url });
      const answer = (await chrome.tabs.sendMessage(tab!.id!, {
        id: 1,
        type: 'getReplyState',
        data: undefined,
        timestamp: Date.now(),
      })) as { res?: unknown };
      return answer?.res ?? null;
    }, page.url());
  } finally {
    await ext.close();
  }
}

/** Page script: everything a hostile page can do to the box and to anything of Tact's it can reach. */
async function attack(page: Page, startedEvent: string) {
  return page.evaluate(
    ({ planted, startedEvent }) => {
      const box = document.getElementById('box')!;
      box.focus();
      const range = document.createRange();
      range.setStart(box.firstElementChild ?? box, 0);
      range.collapse(true);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      // execCommand makes an input event the browser marks trusted: filling the box is not the agent's doing.
      document.execCommand('insertText', false, planted);
      const fire = (target: EventTarget, event: Event) => target.dispatchEvent(event);
      const opts = { bubbles: true, cancelable: true, composed: true };
      const everyElement = (root: Document | ShadowRoot): Element[] => {
        const out: Element[] = [];
        for (const el of Array.from(root.querySelectorAll('*'))) {
          out.push(el);
          if (el.shadowRoot) out.push(...everyElement(el.shadowRoot));
        }
        return out;
      };
      // Presses, clicks and keys on the box and on every element it can find, Tact's host included.
      for (const el of [box, ...everyElement(document)]) {
        const r = el.getBoundingClientRect();
        const at = { ...opts, clientX: r.x + r.width / 2, clientY: r.y + r.height / 2 };
        fire(el, new PointerEvent('pointerdown', at));
        fire(el, new MouseEvent('mousedown', at));
        fire(el, new MouseEvent('mouseup', at));
        fire(el, new MouseEvent('click', at));
        fire(el, new KeyboardEvent('keydown', { ...opts, key: 'a', code: 'KeyA' }));
        fire(el, new KeyboardEvent('keydown', { ...opts, key: 'T', code: 'KeyT', altKey: true, shiftKey: true }));
        fire(el, new KeyboardEvent('keydown', { ...opts, key: 'Enter', code: 'Enter' }));
        fire(el, new Event('change', opts));
        (el as HTMLElement).click?.();
      }
      // What is at the place of every element on screen (the badge included) gets a click too.
      for (const el of everyElement(document)) {
        const r = el.getBoundingClientRect();
        const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
        hit?.dispatchEvent(new MouseEvent('click', opts));
      }
      // WXT's "a newer copy of this script started" announcement, both ways WXT has used.
      const detail = { contentScriptName: 'content', messageId: 'forged-by-the-page' };
      window.postMessage({ type: startedEvent, ...detail }, '*');
      document.dispatchEvent(new CustomEvent(startedEvent, { detail }));
      // Read everything: text, attributes and every shadow root the page can open.
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a page can also read.
      const seen: string[] = [document.documentElement.outerHTML, document.body.innerText];
      for (const el of everyElement(document)) {
        if (el.shadowRoot) seen.push(el.shadowRoot.innerHTML, el.shadowRoot.textContent ?? '');
        for (const a of Array.from(el.attributes)) seen.push(a.value);
      }
      const hosts = Array.from(document.querySelectorAll('tact-assist'));
      return {
        seen: seen.join('\n'),
        hosts: hosts.length,
        openRoots: everyElement(document).filter((el) => el.shadowRoot !== null).length,
        boxText: box.textContent ?? '',
      };
    },
    { planted: PLANTED, startedEvent },
  );
}

/** The page's record of what reached it by postMessage. */
const messages = (page: Page) => page.evaluate(() => (window as unknown as { __messages: string[] }).__messages);

describe('a hostile page (#13)', () => {
  test('cannot start, drive, read or stop Tact; the agent is still coached afterwards', async () => {
    await browser.context.addInitScript(() => {
      const w = window as unknown as { __messages: string[] };
      w.__messages = [];
      window.addEventListener('message', (e) => w.__messages.push(JSON.stringify(e.data)));
    });
    const page = await openWithTact(browser.context, `${TRUST_ORIGIN}/trust/thread.html`);
    await page.setViewportSize({ width: 1200, height: 800 });
    const startedEvent = `${browser.extensionId}:content:wxt:content-script-started`;
    try {
      // Tact did not announce itself to the page.
      expect((await messages(page)).filter((m) => m.includes('content-script-started'))).toEqual([]);

      // 1. The page focuses and fills the box and clicks and keys everywhere: Tact coaches nothing.
      const first = await attack(page, startedEvent);
      expect(first.boxText).toContain(PLANTED);
      // Tact handles events as they are dispatched: had any of them started coaching, the box would be active now.
      expect(await replyStateOf(page)).toBeNull();
      expect(first.hosts).toBe(0);

      // 2. The agent clicks into the box and types: Tact coaches them (it is still running after the forgery).
      await page.locator('#box').evaluate((el) => {
        el.textContent = '';
        const line = document.createElement('div');
        line.append(document.createElement('br'));
        el.append(line);
      });
      await caretAtStart(page, '#box');
      await page.keyboard.insertText(AGENT_DRAFT);
      await findTactBadge(page, FLAGGED).waitFor({ timeout: 20_000 });
      const panel = await openPanel(page);
      const rewrite = (await panel.locator('.tact-rewrite').replyText()) ?? '';
      // Control: what the page must not read is really on screen in Tact's panel.
      expect(rewrite).toContain(PROFILE.signature);
      await page.keyboard.press('Escape');
      await findTactPanel(page).waitFor({ state: 'hidden' });
      const typed = await page.locator('#box').textContent();

      // 3. The page attacks again, now that Tact's badge is on screen.
      const second = await attack(page, startedEvent);
      expect(second.hosts).toBe(1);
      expect(second.openRoots).toBe(0);
      for (const secret of [
        PROFILE.name,
        PROFILE.company,
        PROFILE.signature,
        rewrite.slice(0, 40),
        'Suggested reply',
      ]) {
        expect(second.seen).not.toContain(secret);
      }

      // 4. Tact is still coaching: the agent types on and the badge follows; the page's clicks opened nothing
      // and wrote nothing (the box holds the agent's text and what the page itself inserted, not the rewrite).
      const before = await findTactBadge(page).getAttribute('aria-label');
      await page.locator('#box').evaluate((el) => {
        // The agent's caret back after their own text (the page moved it).
        const first = el.firstElementChild ?? el;
        const range = document.createRange();
        range.selectNodeContents(first);
        range.collapse(false);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
      });
      await page.keyboard.type(MORE);
      await expect.poll(() => findTactBadge(page).getAttribute('aria-label'), { timeout: 20_000 }).not.toBe(before);
      expect(await findTactBadge(page, FLAGGED).count()).toBe(1);
      expect(await findTactPanel(page).isVisible()).toBe(false);
      const box = (await page.locator('#box').textContent()) ?? '';
      expect(box).toContain(AGENT_DRAFT);
      expect(box).not.toContain(rewrite.slice(0, 40));
      expect(typed).toContain(AGENT_DRAFT);
      expect(await tactUi(page).locator('.tact-notice').count()).toBe(0);
    } finally {
      await page.close();
    }
  });
});
