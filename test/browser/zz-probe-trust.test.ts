import { test } from 'vitest';
import { launchTrust, routeTrustPages, TRUST_ORIGIN, caretAtStart, openWithTact } from '../fixtures/trust/browser';
test('probe', async () => {
  const b = await launchTrust();
  await routeTrustPages(b.context);
  const mode = process.env.MODE ?? 'a';
  const page = await openWithTact(b.context, `${TRUST_ORIGIN}/trust/thread.html`);
  if (mode !== 'c') {
  await caretAtStart(page, '#box');
  await page.keyboard.insertText('Calm down, it is your fault.');
  await page.getByRole('button', { name: /^Tact: score/ }).waitFor();
  }
  if (mode === 'b') await page.close();
  const opt = await b.context.newPage();
  await opt.goto(`chrome-extension://${b.extensionId}/options.html`);
  await opt.evaluate(() => (globalThis as any).chrome.runtime.reload()).catch(() => {});
  const t0 = Date.now();
  await openWithTact(b.context, `${TRUST_ORIGIN}/trust/thread.html`).then(() => console.log('OK after', Date.now() - t0), (e) => console.log('FAILED', String(e).slice(0, 80)));
  await b.close();
}, 90000);
