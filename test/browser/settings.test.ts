import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MESSAGES } from '../../lib/i18n/messages';
import { BUILTIN_PACKS } from '../../lib/packs/builtin';
import { routeFixtures } from '../fixtures/routes';
import {
  CHROMIUM,
  chromiumArgs,
  EXTENSION_DIR,
  type ExtensionBrowser,
  findTactBadge,
  launchWithExtension,
  openPopupOver,
  ROOT,
  waitForTact,
} from './harness';

/**
 * The settings pages with the built extension: a pack switched off in the options page changes the analysis
 * in a tab that is already open, and the toolbar popup shows (and replaces) the focused box's draft or checks
 * a pasted one. Screenshots of both pages go to .output/screens for a look.
 */

const SCREENS = join(ROOT, '.output/screens');
const REPLY_URL = 'https://mail.google.com/inpage/gmail.html';
const BOX = '#box';
const DRAFT = "Please calm down, I don't know.";
/** A badge that reports findings, i.e. an analysis arrived and flagged something. */
const FLAGGED = /^Tact: score (\d+), (\d+) suggestions?$/;

/** The English pack whose rules flag "calm down": the one the test switches off. */
const calmPack = BUILTIN_PACKS.find(
  (p) => p.language === 'en' && p.rules.some((r) => r.examples.fires.some((f) => /calm down/i.test(f))),
);

let browser: ExtensionBrowser;
let extensionCopy: string;

beforeAll(async () => {
  mkdirSync(SCREENS, { recursive: true });
  // A copy of the build, so a rebuild while the tests run cannot pull files from under the browser.
  extensionCopy = mkdtempSync(join(tmpdir(), 'tact-ext-'));
  cpSync(EXTENSION_DIR, extensionCopy, { recursive: true });
  if (!existsSync(join(extensionCopy, 'options.html'))) throw new Error('The build has no options page.');
  browser = await launchWithExtension({ extensionDir: extensionCopy });
  await routeFixtures(browser.context);
});

afterAll(async () => {
  await browser?.close();
  if (extensionCopy) rmSync(extensionCopy, { recursive: true, force: true });
});

const extensionUrl = (path: string) => `chrome-extension://${browser.extensionId}/${path}`;

/** The box's text as the agent sees it. */
function boxText(page: Page): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, with line breaks between blocks, is what the agent reads.
  return page.locator(BOX).evaluate((el) => (el as HTMLElement).innerText);
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Opens the Gmail-like reply, types the draft above the signature and waits for a badge with findings. */
async function openReply(context: BrowserContext): Promise<{ page: Page; count: number }> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1200, height: 800 });
  await page.goto(REPLY_URL);
  await waitForTact(page);
  const box = page.locator(BOX);
  await box.click();
  // Gmail's reply opens with the caret above the signature and the quote.
  await box.evaluate((el) => {
    const range = document.createRange();
    range.setStart(el.firstElementChild ?? el, 0);
    range.collapse(true);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
  });
  await page.keyboard.insertText(DRAFT);
  return { page, count: await flaggedCount(page) };
}

/** Waits for the badge to report findings and returns how many. */
async function flaggedCount(page: Page): Promise<number> {
  const badge = findTactBadge(page, FLAGGED);
  await badge.waitFor({ timeout: 20_000 });
  return Number(FLAGGED.exec((await badge.getAttribute('aria-label')) ?? '')?.[2]);
}

/** The number of suggestions the badge reports now (NaN while it is busy or reports none, so no bound holds). */
async function currentCount(page: Page): Promise<number> {
  const name = (await findTactBadge(page).getAttribute('aria-label')) ?? '';
  const m = FLAGGED.exec(name);
  return m ? Number(m[2]) : Number.NaN;
}

describe('options page', () => {
  test('a pack switched off changes the badge of a tab that is already open', async () => {
    expect(calmPack).toBeDefined();
    const { page, count } = await openReply(browser.context);
    expect(count).toBeGreaterThan(0);

    const options = await browser.context.newPage();
    await options.setViewportSize({ width: 1000, height: 900 });
    try {
      await options.goto(extensionUrl('options.html'));
      const sw = options.getByRole('switch', { name: calmPack!.name, exact: true });
      await sw.waitFor();
      expect(await sw.getAttribute('aria-checked')).toBe('true');
      await options.screenshot({ path: join(SCREENS, 'options-light.png'), fullPage: true });
      await options.emulateMedia({ colorScheme: 'dark' });
      await options.screenshot({ path: join(SCREENS, 'options-dark.png'), fullPage: true });
      await options.emulateMedia({ colorScheme: 'light' });

      await sw.click();
      await expect.poll(() => sw.getAttribute('aria-checked')).toBe('false');

      // Back to the reply, without reloading or typing: the open draft is analysed again with the pack off.
      await page.bringToFront();
      await expect.poll(() => currentCount(page), { timeout: 20_000 }).toBeLessThan(count);

      // And on again: the finding comes back.
      await options.bringToFront();
      await sw.click();
      await expect.poll(() => sw.getAttribute('aria-checked')).toBe('true');
      await page.bringToFront();
      await expect.poll(() => currentCount(page), { timeout: 20_000 }).toBe(count);
    } finally {
      await options.close();
      await page.close();
    }
  });
});

describe('toolbar popup', () => {
  test("shows the focused box's analysis and replaces the draft with the rewrite", async () => {
    const { page } = await openReply(browser.context);
    const popup = await openPopupOver(browser, REPLY_URL);
    try {
      const findings = popup.getByRole('list', { name: 'Suggestions' });
      await findings.waitFor({ timeout: 20_000 });
      expect(await findings.getByRole('listitem').count()).toBeGreaterThan(0);
      expect(await findings.textContent()).toMatch(/calm down/i);
      const rewrite = (await popup.getByTestId('rewrite').textContent()) ?? '';
      expect(rewrite.trim().length).toBeGreaterThan(20);
      expect(rewrite).not.toMatch(/calm down/i);
      await popup.screenshot({ path: join(SCREENS, 'popup-box-light.png'), fullPage: true });
      await popup.emulateMedia({ colorScheme: 'dark' });
      await popup.screenshot({ path: join(SCREENS, 'popup-box-dark.png'), fullPage: true });

      await popup.getByRole('button', { name: 'Replace draft', exact: true }).click();
      await expect.poll(async () => squash(await boxText(page)), { timeout: 10_000 }).toContain(squash(rewrite));
      const replaced = await boxText(page);
      expect(replaced).not.toMatch(/calm down/i);
      // The signature and the quoted message stay where they were.
      expect(replaced).toContain('Support team, Northwind Goods');
      expect(replaced).toContain('Emma Clarke wrote:');
    } finally {
      await popup.close();
      await page.close();
    }
  });

  test('checks a pasted draft when the tab has no reply box', async () => {
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 400, height: 640 });
    try {
      // Opened as its own tab, the popup's active tab is itself: no page with a reply box.
      await popup.goto(extensionUrl('popup.html'));
      const draft = popup.getByRole('textbox', { name: 'Draft', exact: true });
      await draft.fill(DRAFT);
      await popup.screenshot({ path: join(SCREENS, 'popup-paste-light.png'), fullPage: true });
      await popup.getByRole('button', { name: 'Check draft' }).click();
      const findings = popup.getByRole('list', { name: 'Suggestions' });
      await findings.waitFor({ timeout: 20_000 });
      expect(await findings.getByRole('listitem').count()).toBeGreaterThan(0);
      expect(await findings.textContent()).toMatch(/calm down/i);
      expect((await popup.getByTestId('rewrite').textContent())?.trim()).toBeTruthy();
      // With no box to write into, the rewrite can be copied but not put anywhere.
      expect(await popup.getByRole('button', { name: 'Replace draft' }).count()).toBe(0);
      await popup.screenshot({ path: join(SCREENS, 'popup-paste-result-light.png'), fullPage: true });
    } finally {
      await popup.close();
    }
  });
});

describe('the interface in Estonian', () => {
  test('the options page and popup follow the browser language', async () => {
    const userDataDir = mkdtempSync(join(tmpdir(), 'tact-chromium-'));
    // Chromium on Linux takes its UI language from LANGUAGE; --lang covers the other platforms.
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: process.env.TACT_HEADED !== '1',
      args: [...chromiumArgs(extensionCopy), '--lang=et'],
      env: { ...process.env, LANGUAGE: 'et' },
    });
    try {
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      const id = new URL(worker.url()).host;
      const page = await context.newPage();
      await page.setViewportSize({ width: 1000, height: 900 });
      await page.goto(`chrome-extension://${id}/options.html`);
      await page.getByRole('heading', { level: 1, name: MESSAGES.et.optionsTitle }).waitFor();
      expect(await page.title()).toBe(MESSAGES.et.optionsTitle);
      // The packs of the interface's language are the group that starts open.
      const etPack = BUILTIN_PACKS.find((p) => p.language === 'et')!;
      const enPack = BUILTIN_PACKS.find((p) => p.language === 'en')!;
      expect(await page.getByRole('switch', { name: etPack.name, exact: true }).isVisible()).toBe(true);
      expect(await page.getByRole('switch', { name: enPack.name, exact: true }).isVisible()).toBe(false);
      await page.screenshot({ path: join(SCREENS, 'options-et.png'), fullPage: true });
      await page.setViewportSize({ width: 400, height: 640 });
      await page.goto(`chrome-extension://${id}/popup.html`);
      await page.getByRole('textbox', { name: MESSAGES.et.popupDraft, exact: true }).fill('Palun rahunege, ma ei tea.');
      await page.getByRole('button', { name: MESSAGES.et.popupAnalyze }).click();
      await page.getByRole('list', { name: MESSAGES.et.findings }).waitFor({ timeout: 20_000 });
      await page.screenshot({ path: join(SCREENS, 'popup-et.png'), fullPage: true });
    } finally {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    }
  });
});
