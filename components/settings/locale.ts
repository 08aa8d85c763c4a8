import { browser } from 'wxt/browser';
import { MESSAGES, UI_LANGUAGES } from '../../lib/i18n/messages';

/**
 * The language the interface's messages are in, for `<html lang>`. Neither `getUILanguage()` nor
 * `@@ui_locale` is reliable for that (on Linux both report the browser's own locale while the messages follow
 * LANGUAGE), so the language is read off a message the browser picked.
 */
export function uiLocale(): string {
  const probe = (browser.i18n.getMessage as (key: string) => string)('sectionPacks');
  return UI_LANGUAGES.find((lang) => MESSAGES[lang].sectionPacks === probe) ?? browser.i18n.getUILanguage();
}

/** The page's language as a two-letter code ('' when the page does not say), e.g. to open its packs first. */
export function documentLanguage(): string {
  return typeof document === 'undefined' ? '' : document.documentElement.lang.slice(0, 2).toLowerCase();
}
