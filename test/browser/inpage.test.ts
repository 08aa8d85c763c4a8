import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { routeFixtures } from '../fixtures/routes';
import {
  EXTENSION_DIR,
  type ExtensionBrowser,
  findTactBadge,
  findTactPanel,
  launchWithExtension,
  openPanel,
  panelButton,
  ROOT,
  tactUi,
  waitForTact,
} from './harness';

/**
 * The whole in-page flow with the built extension: a Gmail-like thread under https://mail.google.com and a
 * Zendesk-like ticket with a real CKEditor 5 under https://demo.zendesk.com (both default hosts, answered
 * from local files), and a plain textarea on a site the agent turned Tact on for.
 */

const SCREENS = join(ROOT, '.output/screens');
/** A site outside the default hosts, standing for one the agent enabled (the permission is granted up front). */
const ENABLED_SITE = 'https://help.example.test';

interface Case {
  name: string;
  url: string;
  /** The reply box. */
  box: string;
  /** Waits until the page's editor is ready for typing. */
  ready?: string;
  /** Text around the draft that every write must leave alone (signature, quoted text). */
  keep?: string[];
}

const CASES: Case[] = [
  {
    name: 'gmail',
    url: 'https://mail.google.com/inpage/gmail.html',
    box: '#box',
    keep: ['Support team, Northwind Goods', 'Emma Clarke wrote:'],
  },
  {
    name: 'zendesk',
    url: 'https://demo.zendesk.com/inpage/zendesk.html',
    box: '.ck-editor__editable',
    ready: '[data-editor-ready]',
  },
  { name: 'textarea', url: `${ENABLED_SITE}/inpage/textarea.html`, box: '#reply' },
];

const DRAFT = 'Calm down, it is not our fault that the courier is late. There is nothing we can do.';
const MORE = ' You should have read the delivery terms.';
/** A badge that reports findings, i.e. an analysis arrived and flagged something. */
const FLAGGED = /^Tact: score (\d+), (\d+) suggestions?$/;

let browser: ExtensionBrowser;
let extensionCopy: string;

/** The built extension with one more site in its content-script matches, as if the agent had enabled it. */
function extensionWithEnabledSite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tact-ext-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const pattern = `${ENABLED_SITE}/*`;
  const content = manifest.content_scripts.find((c: { js: string[] }) => c.js.includes('content-scripts/content.js'));
  content.matches.push(pattern);
  manifest.host_permissions.push(pattern);
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return dir;
}

beforeAll(async () => {
  mkdirSync(SCREENS, { recursive: true });
  extensionCopy = extensionWithEnabledSite();
  browser = await launchWithExtension({ extensionDir: extensionCopy });
  await routeFixtures(browser.context);
});

afterAll(async () => {
  await browser?.close();
  if (extensionCopy) rmSync(extensionCopy, { recursive: true, force: true });
});

/** The box's text as the agent sees it. */
function boxText(page: Page, selector: string): Promise<string> {
  return (
    page
      .locator(selector)
      .first()
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, with line breaks between blocks, is what the agent reads.
      .evaluate((el) => (el instanceof HTMLTextAreaElement ? el.value : (el as HTMLElement).innerText))
  );
}

/** The caret as [start, end] character offsets inside the box, or null when it is elsewhere. */
function caret(page: Page, selector: string): Promise<[number, number] | null> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => {
      if (el instanceof HTMLTextAreaElement) {
        return document.activeElement === el ? [el.selectionStart, el.selectionEnd] : null;
      }
      const sel = document.getSelection();
      if (!sel || sel.rangeCount === 0 || !el.contains(sel.anchorNode)) return null;
      const range = sel.getRangeAt(0);
      const before = document.createRange();
      before.setStart(el, 0);
      before.setEnd(range.startContainer, range.startOffset);
      const start = before.toString().length;
      return [start, start + range.toString().length];
    });
}

/** Whether keyboard focus is in the box. */
function focusInBox(page: Page, selector: string): Promise<boolean> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => el === document.activeElement || el.contains(document.activeElement));
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Opens the page and puts the caret at the start of the (empty) draft. */
async function openDraft(page: Page, c: Case): Promise<void> {
  await page.goto(c.url);
  if (c.ready) await page.locator(c.ready).waitFor({ state: 'attached' });
  // Tact coaches a box once the agent pressed into it (#13): the click must come after Tact started.
  await waitForTact(page);
  const box = page.locator(c.box).first();
  await box.click();
  // Gmail's reply opens with the caret above the signature and the quote.
  await box.evaluate((el) => {
    if (el instanceof HTMLTextAreaElement) return;
    const first = el.firstElementChild ?? el;
    const range = document.createRange();
    range.setStart(first, 0);
    range.collapse(true);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
  });
}

/** Waits for the badge to report findings and returns the score and count it reads. */
async function flaggedBadge(page: Page): Promise<{ name: string; score: number; count: number }> {
  const badge = findTactBadge(page, FLAGGED);
  await badge.waitFor({ timeout: 20_000 });
  const name = (await badge.getAttribute('aria-label')) ?? '';
  const m = FLAGGED.exec(name)!;
  return { name, score: Number(m[1]), count: Number(m[2]) };
}

describe.each(CASES)('Tact in the page: $name', (c) => {
  test('badge, panel, replace and restore, from the mouse and the keyboard', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1200, height: 800 });
    try {
      await openDraft(page, c);
      await page.keyboard.insertText(DRAFT);
      const first = await flaggedBadge(page);
      expect(first.count).toBeGreaterThan(0);
      expect(first.score).toBeLessThan(100);

      // Typing on updates the badge (debounced, analysed in the background).
      await page.keyboard.type(MORE);
      await expect
        .poll(async () => (await findTactBadge(page).getAttribute('aria-label')) ?? '', { timeout: 20_000 })
        .not.toBe(first.name);
      const { count } = await flaggedBadge(page);
      // Findings are highlighted without touching the editor's DOM: the CSS Custom Highlight API on rich
      // editors, an overlay of marks (in Tact's shadow root) on textareas.
      if (c.name === 'textarea') {
        await expect.poll(() => tactUi(page).locator('.tact-mark').count()).toBeGreaterThan(0);
      } else {
        await expect.poll(() => page.evaluate(() => CSS.highlights.has('tact-finding'))).toBe(true);
        expect(await page.locator(`${c.box} mark, ${c.box} [data-tact-ui]`).count()).toBe(0);
      }
      await page.screenshot({ path: join(SCREENS, `${c.name}-badge-light.png`) });

      // Open by click: the panel lists the findings and the rewrite.
      const before = await caret(page, c.box);
      expect(before).not.toBeNull();
      await findTactBadge(page).click();
      const panel = findTactPanel(page);
      await panel.waitFor();
      await expect.poll(() => panel.locator('.tact-finding').count()).toBe(count);
      const rewrite = (await panel.locator('.tact-rewrite').replyText()) ?? '';
      expect(rewrite.trim().length).toBeGreaterThan(20);
      await page.screenshot({ path: join(SCREENS, `${c.name}-panel-light.png`) });

      // Esc closes and the caret is back in the box where it was.
      await page.keyboard.press('Escape');
      await panel.waitFor({ state: 'hidden' });
      expect(await focusInBox(page, c.box)).toBe(true);
      expect(await caret(page, c.box)).toEqual(before);

      // Open from the keyboard: focus moves into the dialog; Esc brings it back.
      await page.keyboard.press('Alt+Shift+T');
      await panel.waitFor();
      expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('tact-assist');
      await page.keyboard.press('Escape');
      await panel.waitFor({ state: 'hidden' });
      expect(await caret(page, c.box)).toEqual(before);

      // Replace draft writes the rewrite into the box, leaving signature and quote alone.
      await page.keyboard.press('Alt+Shift+T');
      await panelButton(panel, 'Replace draft').click();
      await expect.poll(async () => squash(await boxText(page, c.box)), { timeout: 10_000 }).toContain(squash(rewrite));
      const replaced = await boxText(page, c.box);
      expect(replaced).not.toContain('Calm down');
      for (const kept of c.keep ?? []) expect(replaced).toContain(kept);
      expect(await panel.getByRole('status').textContent()).toContain('Draft replaced');

      // Restore original brings the agent's draft back.
      await panelButton(panel, 'Restore original').click();
      await expect
        .poll(async () => squash(await boxText(page, c.box)), { timeout: 10_000 })
        .toContain(squash(DRAFT + MORE));
      const restored = await boxText(page, c.box);
      expect(squash(restored)).not.toContain(squash(rewrite));
      for (const kept of c.keep ?? []) expect(restored).toContain(kept);

      // Apply one finding's replacement in place.
      const apply = panel.getByRole('button', { name: /^Replace “Calm down” with “/ });
      await apply.waitFor({ timeout: 20_000 });
      const replacement = /with “(.*)”$/.exec((await apply.getAttribute('aria-label')) ?? '')![1]!;
      await apply.click();
      await expect.poll(async () => boxText(page, c.box), { timeout: 10_000 }).toContain(replacement);
      expect(await boxText(page, c.box)).not.toContain('Calm down');
    } finally {
      await page.close();
    }
  });
});

describe('Tact around the box', () => {
  test('finds a reply box inside a same-origin iframe and writes into it', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1200, height: 800 });
    try {
      await page.goto(`${ENABLED_SITE}/inpage/iframe.html`);
      await waitForTact(page);
      const box = page.frameLocator('iframe').locator('#reply');
      await box.click();
      await page.keyboard.insertText(DRAFT);
      await flaggedBadge(page);
      // The badge sits at the iframe's box, in the top frame's coordinates.
      const frame = (await page.locator('iframe').boundingBox())!;
      const badge = (await findTactBadge(page).boundingBox())!;
      expect(badge.x).toBeGreaterThan(frame.x + frame.width / 2);
      expect(badge.x + badge.width).toBeLessThanOrEqual(frame.x + frame.width);
      expect(badge.y).toBeGreaterThan(frame.y + frame.height / 2);
      expect(badge.y + badge.height).toBeLessThanOrEqual(frame.y + frame.height);
      const panel = await openPanel(page);
      const rewrite = (await panel.locator('.tact-rewrite').replyText()) ?? '';
      await panelButton(panel, 'Replace draft').click();
      await expect.poll(() => box.inputValue(), { timeout: 10_000 }).toBe(rewrite);
    } finally {
      await page.close();
    }
  });

  test('the badge follows the box when it is resized and when the page scrolls', async () => {
    const c = CASES.find((x) => x.name === 'textarea')!;
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1200, height: 600 });
    try {
      await openDraft(page, c);
      await page.keyboard.insertText(DRAFT);
      await flaggedBadge(page);
      const badge = findTactBadge(page);
      const y0 = (await badge.boundingBox())!.y;
      await page.locator(c.box).evaluate((el) => {
        (el as HTMLElement).style.height = '300px';
      });
      await expect.poll(async () => (await badge.boundingBox())!.y).toBeGreaterThan(y0 + 100);
      const y1 = (await badge.boundingBox())!.y;
      await page.evaluate(() => {
        document.body.style.paddingBottom = '1000px';
        window.scrollBy(0, 120);
      });
      await expect.poll(async () => (await badge.boundingBox())!.y).toBeLessThan(y1 - 100);
    } finally {
      await page.close();
    }
  });

  test('Insert at cursor puts the rewrite where the caret was before the panel opened', async () => {
    const c = CASES.find((x) => x.name === 'textarea')!;
    const page = await browser.context.newPage();
    try {
      await openDraft(page, c);
      await page.keyboard.insertText(DRAFT);
      await flaggedBadge(page);
      // Caret after "Calm down," (the agent clicked there), then the panel opens from the keyboard.
      const at = DRAFT.indexOf(',') + 1;
      await page.locator(c.box).evaluate((el, pos) => (el as HTMLTextAreaElement).setSelectionRange(pos, pos), at);
      await page.keyboard.press('Alt+Shift+T');
      const panel = findTactPanel(page);
      await panel.waitFor();
      const rewrite = (await panel.locator('.tact-rewrite').replyText()) ?? '';
      await panelButton(panel, 'Insert at cursor').click();
      await expect
        .poll(() => boxText(page, c.box), { timeout: 10_000 })
        .toBe(DRAFT.slice(0, at) + rewrite + DRAFT.slice(at));
    } finally {
      await page.close();
    }
  });

  test('Copy puts the suggested reply on the clipboard', async () => {
    const c = CASES.find((x) => x.name === 'textarea')!;
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ENABLED_SITE });
    const page = await browser.context.newPage();
    try {
      await openDraft(page, c);
      await page.keyboard.insertText(DRAFT);
      await flaggedBadge(page);
      const panel = await openPanel(page);
      const rewrite = (await panel.locator('.tact-rewrite').replyText()) ?? '';
      await panelButton(panel, 'Copy').click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText()), { timeout: 10_000 }).toBe(rewrite);
      expect(await panel.getByRole('status').textContent()).toContain('copied');
    } finally {
      await page.close();
    }
  });
});

describe('Tact on a dark page', () => {
  test.each(CASES.filter((c) => c.name !== 'zendesk'))(
    '$name: badge and panel follow the dark background',
    async (c) => {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 1200, height: 800 });
      await page.emulateMedia({ colorScheme: 'dark' });
      try {
        await openDraft(page, c);
        await page.keyboard.insertText(DRAFT);
        await flaggedBadge(page);
        await page.screenshot({ path: join(SCREENS, `${c.name}-badge-dark.png`) });
        await findTactBadge(page).click();
        const panel = findTactPanel(page);
        await panel.waitFor();
        expect(await tactUi(page).locator('.tact-root').getAttribute('data-theme')).toBe('dark');
        await page.screenshot({ path: join(SCREENS, `${c.name}-panel-dark.png`) });
      } finally {
        await page.close();
      }
    },
  );
});

describe('Tact at 200 % zoom', () => {
  test('the panel fits the viewport and keeps its actions reachable', async () => {
    const c = CASES[0]!;
    const page = await browser.context.newPage();
    // 200 % zoom halves the CSS viewport: a 1200×800 window becomes 600×400 CSS pixels.
    await page.setViewportSize({ width: 600, height: 400 });
    try {
      await openDraft(page, c);
      await page.keyboard.insertText(DRAFT);
      await flaggedBadge(page);
      await findTactBadge(page).click();
      const panel = findTactPanel(page);
      await panel.waitFor();
      const box = (await panel.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(600);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(400);
      expect(await panelButton(panel, 'Replace draft').isVisible()).toBe(true);
      await page.screenshot({ path: join(SCREENS, 'gmail-panel-zoom200.png') });
    } finally {
      await page.close();
    }
  });
});
