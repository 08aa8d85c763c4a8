/**
 * `npm start`: builds Tact, opens Chromium with it on a bundled demo inbox (Gmail-like threads and Zendesk-like
 * tickets in English, Estonian, Latvian and Russian), served from local files under the real hostnames so the
 * default host matching applies, with no network. Without a display it runs headless: it focuses each demo
 * draft, prints what Tact found and suggested, saves screenshots to .output/demo-screens/ and exits.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { healthLine } from '../../lib/sites/coach';
import type { SiteHealth } from '../../lib/sites/types';
import {
  type ExtensionBrowser,
  findTactBadge,
  findTactPanel,
  launchWithExtension,
  ROOT,
  replyStateOf,
} from '../browser/harness';
import { routeFixtures } from '../fixtures/routes';

const SCREENS = join(ROOT, '.output/demo-screens');
const LANGS = ['en', 'et', 'lv', 'ru'] as const;
/** The demo drafts' editable boxes. */
const DRAFT_BOX = '[g_editable="true"], .ck-editor__editable';
/** Pages shaped like each helpdesk's current and older layouts (test/fixtures/sites), with their reply box. */
const LAYOUTS = [
  [
    'Zendesk, two tickets open',
    'https://demo.zendesk.com/sites/zendesk/two-tickets-open-2026-12.html',
    '[data-side-conversations-anchor-id="8815"] .ck-editor__editable',
  ],
  [
    'Gmail, pop-out reply',
    'https://mail.google.com/sites/gmail/popout-reply-hidden-view-2026-12.html',
    '[g_editable="true"]',
  ],
  ['Gmail, unknown markup', 'https://mail.google.com/sites/gmail/unknown-layout-2026-12.html', '[g_editable="true"]'],
  [
    'Outlook, own reply last',
    'https://outlook.office.com/sites/outlook/reading-pane-own-reply-last-2026-12.html',
    '[aria-multiline="true"]',
  ],
  [
    'Outlook, pop-out compose',
    'https://outlook.cloud.microsoft/sites/outlook/popout-compose-2026-12.html',
    '[aria-multiline="true"]',
  ],
  [
    'Help Scout, current',
    'https://secure.helpscout.net/sites/helpscout/conversation-2026-12.html',
    '[data-slate-editor="true"]',
  ],
  [
    'Help Scout, older',
    'https://secure.helpscout.net/sites/helpscout/conversation-classic-2026-11.html',
    '.redactor-editor',
  ],
  [
    'Intercom, current inbox',
    'https://app.intercom.com/sites/intercom/inbox2-conversation-2026-12.html',
    '.ProseMirror',
  ],
  ['Intercom, older inbox', 'https://app.intercom.com/sites/intercom/inbox-conversation-2026-11.html', '.ProseMirror'],
  [
    'Freshdesk (thread unverified)',
    'https://acme.freshdesk.com/sites/freshdesk/ticket-details-2026-11.html',
    '.fr-element',
  ],
  ['Front (unverified)', 'https://app.frontapp.com/sites/front/conversation-2026-11.html', '.ProseMirror'],
] as const;
const DEMO_PAGES = [
  ...LANGS.map((lang) => ({
    site: 'gmail',
    lang,
    url: `https://mail.google.com/demo/mail/${lang}.html`,
    box: DRAFT_BOX,
  })),
  ...LANGS.map((lang) => ({
    site: 'zendesk',
    lang,
    url: `https://demo.zendesk.com/demo/zendesk/${lang}.html`,
    box: DRAFT_BOX,
  })),
  ...LAYOUTS.map(([site, url, box]) => ({ site, lang: 'layout', url, box })),
];
const INDEX = 'https://mail.google.com/demo/index.html';

function build(): void {
  const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('Build failed.');
    process.exit(result.status ?? 1);
  }
}

/** Puts the caret at the end of the draft's first line, as an agent clicking into it would. */
async function focusDraft(page: Page, selector: string): Promise<void> {
  const box = page.locator(selector).first();
  await box.waitFor();
  await box.click();
}

/** Reads what the panel shows (in its closed shadow root, through the harness). */
async function readPanel(page: Page) {
  const panel = findTactPanel(page);
  const sub = (await panel.locator('.tact-panel__sub').textContent()) ?? '';
  const items = panel.locator('.tact-finding');
  const findings: { text: string; why: string; fix: string | null }[] = [];
  for (let i = 0; i < (await items.count()); i++) {
    const item = items.nth(i);
    const fix = (await item.locator('.tact-finding__apply').count()) > 0;
    findings.push({
      text: (await item.locator('.tact-finding__text').textContent()) ?? '',
      why: (await item.locator('.tact-finding__why').textContent()) ?? '',
      fix: fix ? ((await item.locator('.tact-finding__apply').textContent()) ?? '').replace(/^→\s*/, '') : null,
    });
  }
  const rewrite = (await panel.locator('.tact-rewrite').replyText()) ?? '';
  return { sub, findings, rewrite };
}

async function tour(browser: ExtensionBrowser, page: Page): Promise<boolean> {
  mkdirSync(SCREENS, { recursive: true });
  let ok = true;
  for (const demo of DEMO_PAGES) {
    const name = `${demo.site}-${demo.lang}`.replace(/[^\w-]+/g, '-').toLowerCase();
    try {
      await page.goto(demo.url);
      await focusDraft(page, demo.box);
      const badge = findTactBadge(page, /^Tact: score /);
      await badge.waitFor({ timeout: 20_000 });
      const badgeName = await badge.getAttribute('aria-label');
      // The popup's selector-health readout: which adapter coaches this box and what it found (#14).
      const state = (await replyStateOf(browser, page)) as { health?: SiteHealth } | null;
      await page.screenshot({ path: join(SCREENS, `${name}-badge.png`) });
      await page.keyboard.press('Alt+Shift+T');
      await findTactPanel(page).waitFor();
      const { sub, findings, rewrite } = await readPanel(page);
      await page.screenshot({ path: join(SCREENS, `${name}-panel.png`) });
      console.log(`\n━━ ${demo.site} (${demo.lang}) ${demo.url}`);
      console.log(`   ${badgeName}`);
      if (state?.health) console.log(`   Reading: ${healthLine(state.health)}`);
      console.log(`   ${sub}`);
      for (const f of findings) {
        console.log(`   • “${f.text}”: ${f.why}${f.fix ? `\n     → ${f.fix}` : ''}`);
      }
      console.log('   Suggested reply:');
      for (const line of rewrite.split('\n')) console.log(`     ${line}`);
      await page.keyboard.press('Escape');
    } catch (error) {
      ok = false;
      console.error(`\n✗ ${name}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      await page.screenshot({ path: join(SCREENS, `${name}-failed.png`) }).catch(() => {});
    }
  }
  console.log(`\nScreenshots: ${SCREENS}`);
  return ok;
}

async function main(): Promise<void> {
  build();
  const headed = Boolean(process.env.DISPLAY);
  const browser = await launchWithExtension({ headless: !headed });
  await routeFixtures(browser.context);
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.setViewportSize({ width: 1280, height: 860 }).catch(() => {});
  if (headed) {
    await page.goto(INDEX);
    console.log('Tact is loaded on the demo inbox. Close the browser window to stop.');
    await new Promise<void>((done) => browser.context.on('close', () => done()));
    return;
  }
  const ok = await tour(browser, page);
  await browser.close();
  process.exit(ok ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
