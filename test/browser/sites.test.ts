import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { routeFixtures } from '../fixtures/routes';
import {
  type ExtensionBrowser,
  findTactBadge,
  launchWithExtension,
  openPanel,
  replyStateOf,
  waitForTact,
} from './harness';

/**
 * The built extension on pages shaped like each helpdesk's layouts (test/fixtures/sites), served under the
 * apps' real hostnames from local files: the badge appears on the reply box, the suggestion greets this
 * conversation's customer, and the popup's readout names the adapter and the parts it found (#14).
 */

interface Case {
  name: string;
  url: string;
  box: string;
  adapter: string;
  fallback: 'outdated' | 'other-box' | null;
  /** A name the suggested reply must greet, and names it must not (another conversation's customer). */
  greets?: string;
  notGreets?: string[];
  parts: { thread: boolean; customer: boolean; name: boolean };
}

const CASES: Case[] = [
  {
    name: 'Zendesk with two tickets open',
    url: 'https://demo.zendesk.com/sites/zendesk/two-tickets-open-2026-12.html',
    box: '[data-side-conversations-anchor-id="8815"] .ck-editor__editable',
    adapter: 'zendesk',
    fallback: null,
    greets: 'Pierre',
    notGreets: ['Olga'],
    parts: { thread: true, customer: true, name: true },
  },
  {
    name: 'Gmail pop-out reply with an earlier view hidden',
    url: 'https://mail.google.com/sites/gmail/popout-reply-hidden-view-2026-12.html',
    box: '[g_editable="true"]',
    adapter: 'gmail',
    fallback: null,
    greets: 'Emma',
    notGreets: ['Old'],
    parts: { thread: true, customer: true, name: true },
  },
  {
    name: 'Gmail with unknown markup (known host)',
    url: 'https://mail.google.com/sites/gmail/unknown-layout-2026-12.html',
    box: '[g_editable="true"]',
    adapter: 'generic',
    fallback: 'outdated',
    parts: { thread: false, customer: true, name: false },
  },
  {
    name: 'Outlook pop-out compose on outlook.cloud.microsoft',
    url: 'https://outlook.cloud.microsoft/sites/outlook/popout-compose-2026-12.html',
    box: '[aria-multiline="true"]',
    adapter: 'outlook',
    fallback: null,
    greets: 'Emma',
    notGreets: ['Other'],
    parts: { thread: true, customer: true, name: true },
  },
  {
    name: "Outlook thread ending with the agent's own reply",
    url: 'https://outlook.office.com/sites/outlook/reading-pane-own-reply-last-2026-12.html',
    box: '[aria-multiline="true"]',
    adapter: 'outlook',
    fallback: null,
    parts: { thread: true, customer: true, name: true },
  },
  {
    name: "Help Scout's current layout (Slate editable)",
    url: 'https://secure.helpscout.net/sites/helpscout/conversation-2026-12.html',
    box: '[data-slate-editor="true"]',
    adapter: 'helpscout',
    fallback: null,
    parts: { thread: true, customer: true, name: false },
  },
  {
    name: "Help Scout's older layout (reply box unknown)",
    url: 'https://secure.helpscout.net/sites/helpscout/conversation-classic-2026-11.html',
    box: '.redactor-editor',
    adapter: 'generic',
    fallback: 'outdated',
    parts: { thread: true, customer: true, name: false },
  },
  {
    name: "Intercom's current inbox (ProseMirror composer)",
    url: 'https://app.intercom.com/sites/intercom/inbox2-conversation-2026-12.html',
    box: '.ProseMirror',
    adapter: 'intercom',
    fallback: null,
    parts: { thread: true, customer: true, name: false },
  },
];

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
  await routeFixtures(browser.context);
});

afterAll(async () => {
  await browser?.close();
});

/** Clicks into the reply box and waits for the badge to show an analysis. */
async function coach(page: Page, c: Case): Promise<void> {
  await page.goto(c.url);
  // Tact coaches a box once the agent clicked in it after Tact began watching the page (#13).
  await waitForTact(page);
  await page.locator(c.box).first().click();
  await expect
    .poll(() => findTactBadge(page).getAttribute('aria-label'), { timeout: 20_000 })
    .toMatch(/^Tact: score \d+/);
}

describe.each(CASES)('$name', (c) => {
  test('the badge appears on the reply box; the readout names the adapter and the parts found', async () => {
    const page = await browser.context.newPage();
    try {
      await coach(page, c);
      const state = (await replyStateOf(browser, page)) as { health?: Record<string, unknown> } | null;
      expect(state?.health).toMatchObject({ adapter: c.adapter, fallback: c.fallback, ...c.parts });
      if (c.greets) {
        const panel = await openPanel(page);
        const rewrite = (await panel.locator('.tact-rewrite').replyText()) ?? '';
        expect(rewrite).toContain(c.greets);
        for (const other of c.notGreets ?? []) expect(rewrite).not.toContain(other);
      }
    } finally {
      await page.close();
    }
  });
});
