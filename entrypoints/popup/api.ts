import type { StoreApi } from 'zustand';
import type { PopupApi } from '@/components/popup/PopupPage';
import { sendMessage } from '@/lib/messaging/protocol';
import { isDefaultHost, isSiteEnabled } from '@/lib/settings/hosts';
import type { SettingsStore } from '@/lib/settings/store';

/**
 * Connects the popup to the active tab, the background and the site settings. Returns at once: the popup draws
 * before the browser has told it the tab (#15); what needs the tab waits for it.
 */
export function createPopupApi(store: StoreApi<SettingsStore>): PopupApi {
  const active = browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
    const url = tab?.url ?? '';
    const web = /^https?:/.test(url);
    return { id: tab?.id, url, web, origin: web ? new URL(url).origin : '' };
  });
  return {
    async getReplyState() {
      const tab = await active;
      if (!tab.id || !tab.web) return null;
      try {
        return await sendMessage('getReplyState', undefined, tab.id);
      } catch {
        return null; // no content script on this page (Tact off here, or the page predates the install)
      }
    },
    analyze: (input) => sendMessage('analyze', input),
    async replaceDraft(text) {
      const tab = await active;
      return tab.id
        ? sendMessage('replaceDraft', text, tab.id)
        : { ok: false, method: 'none', error: 'No active tab.' };
    },
    async site() {
      const tab = await active;
      if (!tab.web) return null;
      // Whether Tact runs there is the agent's setting: it waits for the stored settings (not for policy).
      await store.getState().hydrate();
      return {
        origin: tab.origin,
        on: isSiteEnabled(tab.url, store.getState().settings.sites),
        byDefault: isDefaultHost(tab.url),
      };
    },
    async setSiteEnabled(on) {
      const { origin } = await active;
      if (on && !(await browser.permissions.request({ origins: [`${origin}/*`] }))) return false;
      return store.getState().setSite(origin, on);
    },
    openOptions: () => void browser.runtime.openOptionsPage(),
  };
}
