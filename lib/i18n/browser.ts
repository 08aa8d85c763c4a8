import { browser } from 'wxt/browser';
import { isUiLanguage, type UiLanguage } from './panelMessages';

// WXT types getMessage by the files in public/_locales; ours are generated at build time from messages.ts.
const getMessage = browser.i18n.getMessage as (key: string) => string;

/**
 * The interface language the browser picked from `_locales`: the table's own `uiLanguage` message. Neither
 * `getUILanguage()` nor `@@ui_locale` says it reliably (on Linux both report the browser's own locale while the
 * messages follow LANGUAGE). English when the browser speaks none of ours.
 */
export function browserUiLanguage(): UiLanguage {
  try {
    const picked = getMessage('uiLanguage');
    return isUiLanguage(picked) ? picked : 'en';
  } catch {
    return 'en';
  }
}

/** The interface language for the agent's setting: the one chosen in the options, else the browser's. */
export function resolveUiLanguage(setting: 'auto' | UiLanguage | undefined): UiLanguage {
  return setting && setting !== 'auto' ? setting : browserUiLanguage();
}
