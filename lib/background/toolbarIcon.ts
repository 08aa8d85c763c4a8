import { browser } from 'wxt/browser';
import { resolveUiLanguage } from '../i18n/browser';
import { tableTranslator } from '../i18n/messages';
import { readSettings, watchSettings } from '../settings/read';
import type { EffectiveSettings } from '../settings/types';
import { TOOLBAR_ICONS, toolbarState, webOrigin } from './toolbarState';

/**
 * Keeps each tab's toolbar icon (and its tooltip) saying whether Tact is on for that tab's site: set when a tab
 * loads or is activated, and for every tab after a change of settings, policy or permissions (#15). Browsers reset
 * a tab's own icon when it navigates (Firefox says so; Chrome clears it when the new page commits), so a
 * navigation is answered both when it starts and when it completes. Returns a function that stops it.
 */
export function keepToolbarIconInStep(): () => void {
  let settings: Promise<EffectiveSettings> | null = null;
  const current = () => {
    settings ??= readSettings();
    return settings;
  };
  // The latest update of each tab wins, whatever order the reads finish in.
  const latest = new Map<number, number>();
  let run = 0;

  const update = async (tabId: number, url: string | undefined) => {
    const mine = ++run;
    latest.set(tabId, mine);
    const { settings: s } = await current();
    const origin = webOrigin(url);
    const granted =
      origin !== null && s.sites.enabled.includes(origin)
        ? await browser.permissions.contains({ origins: [`${origin}/*`] })
        : false;
    if (latest.get(tabId) !== mine) return;
    const state = toolbarState(url, s.sites, granted);
    const t = tableTranslator(resolveUiLanguage(s.uiLanguage));
    await browser.action.setIcon({ tabId, path: TOOLBAR_ICONS[state] });
    await browser.action.setTitle({ tabId, title: t(state === 'on' ? 'toolbarOn' : 'toolbarOff') });
  };
  // A tab can close between the event and the call: nothing to show then.
  const safely = (tabId: number, url: string | undefined) => void update(tabId, url).catch(() => {});
  const updateAll = async () => {
    for (const tab of await browser.tabs.query({})) if (tab.id !== undefined) safely(tab.id, tab.url);
  };
  const refreshAll = () => {
    settings = null;
    void updateAll().catch(() => {});
  };

  const onUpdated = (tabId: number, change: { status?: string; url?: string }, tab: { url?: string }) => {
    if (change.status !== undefined || change.url !== undefined) safely(tabId, tab.url);
  };
  const onActivated = ({ tabId }: { tabId: number }) =>
    void browser.tabs.get(tabId).then(
      (tab) => safely(tabId, tab.url),
      () => {},
    );
  const onManaged = (_: unknown, area: string) => {
    if (area === 'managed') refreshAll();
  };
  browser.tabs.onUpdated.addListener(onUpdated);
  browser.tabs.onActivated.addListener(onActivated);
  browser.permissions.onAdded.addListener(refreshAll);
  browser.permissions.onRemoved.addListener(refreshAll);
  browser.storage.onChanged.addListener(onManaged);
  const unwatch = watchSettings(refreshAll);
  refreshAll();
  return () => {
    browser.tabs.onUpdated.removeListener(onUpdated);
    browser.tabs.onActivated.removeListener(onActivated);
    browser.permissions.onAdded.removeListener(refreshAll);
    browser.permissions.onRemoved.removeListener(refreshAll);
    browser.storage.onChanged.removeListener(onManaged);
    unwatch();
  };
}
