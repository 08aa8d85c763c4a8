import { test } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchTrust, routeTrustPages, TRUST_ORIGIN, openWithTact } from '../fixtures/trust/browser';
import { CHROMIUM, chromiumArgs } from './harness';
async function run(context: BrowserContext, withTact: boolean, big: boolean) {
  const page = withTact ? await openWithTact(context, `${TRUST_ORIGIN}/trust/many.html`) : await context.newPage();
  if (!withTact) await page.goto(`${TRUST_ORIGIN}/trust/many.html`);
  await page.setViewportSize({ width: 1200, height: 800 });
  const n0 = await page.evaluate(() => (window as any).__tact.longTasks.length);
  const t0 = Date.now(); let keys = 0; let i = 0;
  while (Date.now() - t0 < 8000) {
    await page.locator(`#box${big ? 49 : i % 49}`).click();
    await page.keyboard.type('Calm down, we are sorry. '); keys += 25; i++;
  }
  await page.waitForTimeout(800);
  const lt: number[] = (await page.evaluate(() => (window as any).__tact.longTasks)).slice(n0);
  console.log(`tact=${withTact} big=${big} keys=${keys} long=${lt.length} max=${Math.max(0, ...lt)} sum=${lt.reduce((a, b) => a + b, 0)}`);
  await page.close();
}
test('perf probe', async () => {
  const plain = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'pp-')), { executablePath: CHROMIUM, headless: true, args: chromiumArgs() });
  await routeTrustPages(plain);
  await run(plain, false, false); await run(plain, false, true);
  await plain.close();
  const b = await launchTrust(); await routeTrustPages(b.context);
  await run(b.context, true, false); await run(b.context, true, true);
  await b.close();
}, 120000);
