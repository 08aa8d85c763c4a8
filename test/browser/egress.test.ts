import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MESSAGES } from '../../lib/i18n/messages';
import { DEFAULT_HOSTS } from '../../lib/settings/hosts';
import {
  caretAtStart,
  FLAGGED,
  launchTrust,
  openWithTact,
  type NetworkLog,
  recordEveryTarget,
  routeTrustPages,
  TRUST_ORIGIN,
  type TrustBrowser,
} from '../fixtures/trust/browser';
import { SAMPLE_PACK } from '../fixtures/trust/packs';
import { findTactBadge, findTactPanel, openPanel, panelButton, waitForTact } from './harness';

/**
 * Zero egress: Tact makes no network request of its own. Every request of every target (the page, its frames,
 * the extension's service worker, the popup and options pages) is recorded through the DevTools protocol while
 * every feature is used, and any request that is not the local test page's own fails the test.
 */

const en = MESSAGES.en;
const DRAFT = 'Calm down, it is not our fault that the courier is late. There is nothing we can do.';

let browser: TrustBrowser;
let log: NetworkLog;
const playwrightSeen: string[] = [];

beforeAll(async () => {
  browser = await launchTrust();
  log = await recordEveryTarget(browser.cdp);
  browser.context.on('request', (r) => playwrightSeen.push(r.url()));
  await routeTrustPages(browser.context);
});

afterAll(async () => {
  log?.stop();
  await browser?.close();
});

/** Whether a request is one the test itself caused or serves: the routed fixture host, local files, the extension. */
function allowed(url: string, extensionId: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  if (url.startsWith(`chrome-extension://${extensionId}/`)) return true;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.hostname === '127.0.0.1') return true;
  // The fixture host the test serves (answered by the test's own route, never the network).
  return u.origin === TRUST_ORIGIN && u.pathname.startsWith('/trust/');
}

/** Runs in an extension page: restarts the extension (as an update does). */
function reloadExtension(): void {
  (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload();
}

/** Opens an extension page as a tab. */
async function openExtensionPage(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
  return page;
}

describe('zero egress', () => {
  test('every feature, on every target, makes only the local page’s own requests', async () => {
    const { context, extensionId } = browser;

    // The reply box on a default host: analysis, badge, panel, replace, restore, apply a finding.
    const page = await context.newPage();
    await page.setViewportSize({ width: 1200, height: 800 });
    await page.goto(`${TRUST_ORIGIN}/trust/thread.html`);
    await waitForTact(page);
    await caretAtStart(page, '#box');
    await page.keyboard.insertText(DRAFT);
    await findTactBadge(page, FLAGGED).waitFor({ timeout: 20_000 });
    await page.keyboard.type(' You should have read the terms.');
    const panel = await openPanel(page);
    const rewrite = (await panel.locator('.tact-rewrite').replyText()) ?? '';
    expect(rewrite.length).toBeGreaterThan(20);
    await panelButton(panel, 'Replace draft').click();
    await expect.poll(() => page.locator('#box').textContent(), { timeout: 10_000 }).not.toContain('Calm down');
    await panelButton(panel, 'Restore original').click();
    await expect.poll(() => page.locator('#box').textContent(), { timeout: 10_000 }).toContain('Calm down');
    const apply = panel.getByRole('button', { name: /^Replace “Calm down” with “/ });
    await apply.click({ timeout: 20_000 });
    await expect.poll(() => page.locator('#box').textContent(), { timeout: 10_000 }).not.toContain('Calm down');
    // Pick a scenario by hand, then back to automatic; copy the rewrite; insert it at the cursor.
    const scenario = panel.getByLabel('Scenario');
    await scenario.selectOption('transfer');
    await expect.poll(() => scenario.inputValue()).toBe('transfer');
    await scenario.selectOption('');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: TRUST_ORIGIN });
    await panelButton(panel, 'Copy').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText()), { timeout: 10_000 }).not.toBe('');
    await panelButton(panel, 'Insert at cursor').click();
    await expect.poll(() => panel.getByRole('status').textContent(), { timeout: 10_000 }).toContain('inserted');
    await page.keyboard.press('Escape');
    await findTactPanel(page).waitFor({ state: 'hidden' });

    // The popup (as a tab it has no reply box, so it offers the paste form): analyse a pasted draft.
    const popup = await openExtensionPage('popup.html');
    await popup.getByLabel(en.popupDraft).fill(DRAFT);
    await popup.getByLabel(en.popupCustomer).fill('Where is my order? This is the third time I write!');
    await popup.getByRole('button', { name: en.popupAnalyze }).click();
    await expect.poll(() => popup.locator('body').textContent(), { timeout: 10_000 }).toContain('Calm down');
    // "Settings" opens the options page in a new tab.
    const [opened] = await Promise.all([
      context.waitForEvent('page'),
      popup.getByRole('button', { name: en.popupOptions }).click(),
    ]);
    await opened.waitForLoadState();
    expect(opened.url()).toBe(`chrome-extension://${extensionId}/options.html`);
    await opened.close();
    // The options page again, in a tab the recorder is attached to from its first request.
    const options = await openExtensionPage('options.html');

    // The options page: switches, language, profile, import and export of packs, templates, reset.
    await options.getByRole('heading', { name: en.optionsTitle }).waitFor();
    const switches = options.getByRole('switch');
    expect(await switches.count()).toBeGreaterThan(0);
    await switches.first().click();
    await switches.first().click();
    // The language radios are controlled by the stored setting: wait for each write to come back.
    // The draft-language radios (the interface-language ones below them stay as they are).
    const draftLanguage = options.locator('[role="radiogroup"][aria-labelledby="lang-h"]').getByRole('radio');
    await draftLanguage.last().click();
    await expect.poll(() => draftLanguage.last().isChecked()).toBe(true);
    await draftLanguage.first().click();
    await expect.poll(() => draftLanguage.first().isChecked()).toBe(true);
    await options.getByLabel(en.profileName).fill('Alex');
    await options.getByRole('button', { name: en.save, exact: true }).first().click();
    const custom = { ...SAMPLE_PACK, id: 'acme.egress', name: 'Acme egress test' };
    await options.locator('input[type=file]').setInputFiles({
      name: 'acme.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(custom)),
    });
    await expect.poll(() => options.locator('body').textContent(), { timeout: 10_000 }).toContain('Acme egress test');
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: en.exportPacks }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('tact-packs.json');
    await options.getByRole('button', { name: en.resetAll }).click();
    await options.getByRole('button', { name: en.confirmReset, exact: true }).click();
    await expect
      .poll(() => options.locator('body').textContent(), { timeout: 10_000 })
      .not.toContain('Acme egress test');

    // A settings change reaches the open page: the box is analysed again with the reset settings.
    await page.bringToFront();
    await page.locator('#box').click();
    await page.keyboard.type(' Calm down.');
    await findTactBadge(page, FLAGGED).waitFor({ timeout: 20_000 });

    // The extension restarts (as after an update): its service worker starts again under the recorder.
    const attachedBefore = log.targets.length;
    await options.evaluate(reloadExtension).catch(() => {}); // the page closes with the old extension
    const fresh = await openWithTact(context, `${TRUST_ORIGIN}/trust/thread.html`);
    await caretAtStart(fresh, '#box');
    await fresh.keyboard.insertText(DRAFT);
    await findTactBadge(fresh, FLAGGED).waitFor({ timeout: 20_000 });
    await findTactBadge(fresh).waitFor();

    // The recorder saw every kind of target and their requests (it is not blind).
    const kinds = new Set(log.targets.map((t) => t.type));
    expect(kinds).toContain('page');
    expect(kinds).toContain('service_worker');
    const urls = log.requests.map((r) => r.url);
    expect(urls).toContain(`${TRUST_ORIGIN}/trust/thread.html`);
    expect(urls.some((u) => u.startsWith(`chrome-extension://${extensionId}/popup.html`))).toBe(true);
    expect(urls).toContain(`chrome-extension://${extensionId}/options.html`);
    // Control: a request the test makes from the service worker is seen there (the worker makes none itself).
    const probe = `chrome-extension://${extensionId}/manifest.json?probe`;
    const worker = log.targets.slice(attachedBefore).find((t) => t.type === 'service_worker');
    expect(worker, 'the restarted service worker is recorded').toBeDefined();
    await browser.cdp.send(
      'Runtime.evaluate',
      { expression: `fetch(${JSON.stringify(probe)}).then((r) => r.status)`, awaitPromise: true },
      worker!.sessionId,
    );
    await expect
      .poll(() => log.requests.filter((r) => r.target === 'service_worker').map((r) => r.url))
      .toContain(probe);

    const foreign = [
      // Chromium's own UI (the omnibox popup's WebUI) is not a page, the extension or anything Tact runs in.
      ...log.requests
        .filter((r) => r.target !== 'browser_ui' && !allowed(r.url, extensionId))
        .map((r) => `${r.target} ${r.targetUrl}: ${r.url}`),
      ...playwrightSeen.filter((u) => !allowed(u, extensionId)).map((u) => `playwright: ${u}`),
    ];
    expect(foreign).toEqual([]);
  });
});

/** Every file under a folder. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

describe('the built manifest and code', () => {
  // The copy the browser loaded: the output folder may be rebuilt while tests run.
  const manifest = () => JSON.parse(readFileSync(join(browser.extensionDir, 'manifest.json'), 'utf8'));

  test('asks for the least permissions that work', () => {
    const m = manifest();
    // storage: the settings. scripting: runs the content script on sites the agent turns on
    // (lib/background/sites.ts). activeTab: lets the popup read the active tab's address when the agent opens
    // it, to offer "turn Tact on for this site" on a site it has no host access to (entrypoints/popup/api.ts).
    expect([...m.permissions].sort()).toEqual(['activeTab', 'scripting', 'storage']);
    expect([...m.host_permissions].sort()).toEqual([...DEFAULT_HOSTS].sort());
    // Other sites only on the agent's request, one origin at a time (permissions.request in the popup/options).
    expect(m.optional_host_permissions).toEqual(['*://*/*']);
    expect(m.optional_permissions ?? []).toEqual([]);
    for (const script of m.content_scripts) {
      expect([...script.matches].sort()).toEqual([...DEFAULT_HOSTS].sort());
    }
    // No web page or other extension can message the background, and no file is exposed to pages.
    expect(m.externally_connectable).toBeUndefined();
    expect(m.web_accessible_resources ?? []).toEqual([]);
  });

  test('has a strict extension CSP', () => {
    const m = manifest();
    const csp: string = m.content_security_policy.extension_pages;
    const directives = new Map(
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map(([name, ...values]) => [name!, values]),
    );
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(["'self'", "'none'"]).toContain(directives.get('object-src')?.[0]);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:|\*/);
    expect(m.content_security_policy.sandbox).toBeUndefined();
  });

  test('the built code has no eval, no Function constructor and no network API', () => {
    const scripts = filesUnder(browser.extensionDir).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(3);
    for (const file of scripts) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/\beval\s*\(|\bnew\s+Function\s*\(|[^.\w]Function\s*\(\s*["'`]/);
      expect(code, file).not.toMatch(/XMLHttpRequest|new\s+WebSocket|sendBeacon|new\s+EventSource|importScripts/);
    }
  });
});
