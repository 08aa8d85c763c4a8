import type { StoreApi } from 'zustand';
import type { PopupApi } from '@/components/popup/PopupPage';
import { sendMessage } from '@/lib/messaging/protocol';
import { isDefaultHost, isSiteEnabled } from '@/lib/settings/hosts';
import type { SettingsStore } from '@/lib/settings/store';

/** Connects the popup to the active tab, the background and the site settings. */
export async function createPopupApi(store: StoreApi<SettingsStore>): Promise<PopupApi> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const url = tab?.url ?? '';
  const web = /^https?:/.test(url);
  const origin = web ? new URL(url).origin : '';
  await store.getState().hydrate();
  return {
    async getReplyState() {
      if (!tab?.id || !web) return null;
      try {
        return await sendMessage('getReplyState', undefined, tab.id);
      } catch {
        return null; // no content script on this page (Tact off here, or the page predates the install)
      }
    },
    analyze: (input) => sendMessage('analyze', input),
    replaceDraft: (text) =>
      tab?.id
        ? sendMessage('replaceDraft', text, tab.id)
        : Promise.resolve({ ok: false, method: 'none', error: 'No active tab.' } as const),
    site: web
      ? { origin, on: isSiteEnabled(url, store.getState().settings.sites), byDefault: isDefaultHost(url) }
      : null,
    async setSiteEnabled(on) {
      if (on && !(await browser.permissions.request({ origins: [`${origin}/*`] }))) return false;
      return store.getState().setSite(origin, on);
    },
    openOptions: () => void browser.runtime.openOptionsPage(),
  };
}
