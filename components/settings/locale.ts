import { browser } from 'wxt/browser';

/**
 * The locale the interface's messages come from, as a BCP 47 tag for `<html lang>`. `getUILanguage()` can
 * differ from it (on Linux it ignores the language the messages were picked by).
 */
export function uiLocale(): string {
  const locale = (browser.i18n.getMessage as (key: string) => string)('@@ui_locale');
  return locale ? locale.replace('_', '-') : browser.i18n.getUILanguage();
}
