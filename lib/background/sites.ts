import { browser } from 'wxt/browser';
import { readSettings, watchSettings } from '../settings/read';

const PREFIX = 'tact-site-';

/**
 * Runs the content script on the sites the agent turned on (beyond the default hosts), as long as the browser
 * granted the optional host permission, and keeps the registration in step with the settings. (The page-world
 * editor bridge is not registered: it is injected on demand, see ./editorBridge.ts; a registration an older
 * version made is removed with the rest of ours.)
 */
export async function syncSiteScripts(contentScriptFile: string): Promise<string[]> {
  const { settings } = await readSettings();
  const granted: string[] = [];
  for (const origin of settings.sites.enabled) {
    if (await browser.permissions.contains({ origins: [`${origin}/*`] })) granted.push(origin);
  }
  const existing = await browser.scripting.getRegisteredContentScripts();
  const ours = existing.filter((s) => s.id.startsWith(PREFIX)).map((s) => s.id);
  if (ours.length > 0) await browser.scripting.unregisterContentScripts({ ids: ours });
  if (granted.length > 0) {
    await browser.scripting.registerContentScripts([
      {
        id: `${PREFIX}enabled`,
        matches: granted.map((o) => `${o}/*`),
        js: [contentScriptFile],
        runAt: 'document_idle',
        allFrames: true,
        persistAcrossSessions: true,
      },
    ]);
  }
  return granted;
}

/** Keeps the site registrations in step with settings and permission changes. */
export function keepSiteScriptsInSync(contentScriptFile: string): void {
  const sync = () => void syncSiteScripts(contentScriptFile).catch(() => {});
  sync();
  watchSettings(sync);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
}
