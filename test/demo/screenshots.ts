/**
 * `npm run screenshots`: the store listing's screenshots, made from the built extension (`npm run build` first;
 * this script builds nothing) on the demo inbox, served from local files under the real hostnames with no
 * network. Writes 1280×800 PNGs to docs/store/: the panel on a demo ticket with the interface in English,
 * Estonian, Latvian and Russian, the toolbar popup over a reply, and the settings page. Prints any text of a
 * non-English panel that is an English interface string, and fails if there is one.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { MESSAGES, type MessageKey, UI_LANGUAGES, type UiLanguage } from '../../lib/i18n/messages';
import {
  EXTENSION_DIR,
  type ExtensionBrowser,
  findTactBadge,
  findTactPanel,
  launchWithExtension,
  openPopupOver,
  ROOT,
  tactUi,
  waitForTact,
} from '../browser/harness';
import { routeFixtures } from '../fixtures/routes';

const OUT = join(ROOT, 'docs/store');
/** The stores' screenshot size (Chrome Web Store: 1280×800 or 640×400). */
const SIZE = { width: 1280, height: 800 };
const TICKET = (lang: UiLanguage) => `https://demo.zendesk.com/demo/zendesk/${lang}.html`;
const REPLY = 'https://mail.google.com/demo/mail/en.html';
const DRAFT_BOX = '[g_editable="true"], .ck-editor__editable';

/** Sets a setting in the extension's storage, as the settings page does. */
async function setSetting(browser: ExtensionBrowser, key: string, value: unknown): Promise<void> {
  await browser.serviceWorker.evaluate(
    ([k, v]) =>
      (
        globalThis as unknown as { chrome: { storage: { sync: { set(items: object): Promise<void> } } } }
      ).chrome.storage.sync.set({ [k as string]: v }),
    [key, value] as const,
  );
}

/** Opens a demo page, clicks into its draft as an agent would and waits until the badge shows the analysis. */
async function coachDemo(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitForTact(page);
  await page.locator(DRAFT_BOX).first().click();
  await findTactBadge(page, /\d/).waitFor({ timeout: 30_000 });
}

/** What the panel says: its text, and the names and hints of its controls. */
async function panelTexts(page: Page): Promise<string[]> {
  const panel = findTactPanel(page);
  const texts = [(await panel.textContent()) ?? ''];
  const labelled = panel.locator('[aria-label], [title], [placeholder]');
  for (let i = 0, n = await labelled.count(); i < n; i++) {
    for (const attr of ['aria-label', 'title', 'placeholder']) {
      const value = await labelled.nth(i).getAttribute(attr);
      if (value) texts.push(value);
    }
  }
  return texts;
}

/** English interface strings (the words a translation replaces) that turn up in a text of another language. */
function englishIn(texts: string[], lang: UiLanguage): string[] {
  const english = new Set<string>();
  for (const [key, value] of Object.entries(MESSAGES.en) as [MessageKey, string][]) {
    // Words that are the same in the language's table (the product's name) are not English left behind.
    if (value === MESSAGES[lang][key] || value.length < 4) continue;
    for (const part of value.split(/\$\d|\{[^}]*\}/)) if (part.trim().length >= 4) english.add(part.trim());
  }
  return [...english].filter((e) => texts.some((t) => t.includes(e)));
}

async function panelShot(browser: ExtensionBrowser, page: Page, lang: UiLanguage): Promise<string[]> {
  await setSetting(browser, 'uiLanguage', lang);
  await coachDemo(page, TICKET(lang));
  await page.keyboard.press('Alt+Shift+T');
  const panel = findTactPanel(page);
  await panel.waitFor();
  // The panel is drawn once the suggested reply is in it.
  await tactUi(page).locator('.tact-rewrite').waitFor();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: join(OUT, `panel-${lang}.png`) });
  return lang === 'en' ? [] : englishIn(await panelTexts(page), lang);
}

/** The popup over the reply it reads, placed where the browser opens it, below the toolbar at the right. */
async function popupShot(browser: ExtensionBrowser, page: Page): Promise<void> {
  await setSetting(browser, 'uiLanguage', 'en');
  await coachDemo(page, REPLY);
  const backdrop = await page.screenshot({ type: 'png' });
  const popup = await openPopupOver(browser, page.url(), { width: 400, height: 640 });
  await popup.getByRole('list', { name: 'Suggestions' }).waitFor({ timeout: 30_000 });
  const height = await popup.evaluate(() => Math.min(document.documentElement.scrollHeight, 760));
  await popup.setViewportSize({ width: 400, height });
  const shot = await popup.screenshot({ type: 'png' });
  await popup.close();
  // Composed in a blank page from the two pictures (data URLs: nothing is fetched).
  const frame = await page.context().newPage();
  await frame.setViewportSize(SIZE);
  await frame.setContent(`<!doctype html><body style="margin:0;width:${SIZE.width}px;height:${SIZE.height}px;overflow:hidden;
    background:url(data:image/png;base64,${backdrop.toString('base64')}) no-repeat">
    <div style="position:absolute;inset:0;background:#0002"></div>
    <img src="data:image/png;base64,${shot.toString('base64')}" style="position:absolute;top:8px;right:16px;
      border-radius:8px;box-shadow:0 6px 24px #0006,0 0 0 1px #0002"></body>`);
  await frame.locator('img').evaluate((img: HTMLImageElement) => img.decode());
  await frame.screenshot({ path: join(OUT, 'popup.png') });
  await frame.close();
}

async function optionsShot(browser: ExtensionBrowser, page: Page): Promise<void> {
  await setSetting(browser, 'uiLanguage', 'en');
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.getByRole('switch').first().waitFor({ timeout: 30_000 });
  await page.screenshot({ path: join(OUT, 'options.png') });
}

async function main(): Promise<void> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    console.error('The extension is not built: run `npm run build` first.');
    process.exit(1);
  }
  mkdirSync(OUT, { recursive: true });
  const browser = await launchWithExtension();
  let ok = true;
  try {
    await routeFixtures(browser.context);
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.setViewportSize(SIZE);
    for (const lang of UI_LANGUAGES) {
      const english = await panelShot(browser, page, lang);
      console.log(`docs/store/panel-${lang}.png`);
      if (english.length > 0) {
        ok = false;
        console.error(`  English in the ${lang} panel: ${english.map((e) => `“${e}”`).join(', ')}`);
      }
    }
    await popupShot(browser, page);
    console.log('docs/store/popup.png');
    await page.setViewportSize(SIZE);
    await optionsShot(browser, page);
    console.log('docs/store/options.png');
  } finally {
    await browser.close();
  }
  process.exit(ok ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
