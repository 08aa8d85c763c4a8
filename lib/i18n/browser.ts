import { browser } from 'wxt/browser';
import { type MessageKey, type Translate, tableTranslator } from './messages';

// WXT types getMessage by the files in public/_locales; ours are generated at build time from messages.ts.
const getMessage = browser.i18n.getMessage as (key: string, substitutions?: string[]) => string;

/** A translator through `browser.i18n` (the browser's language), falling back to English. */
export function browserTranslator(): Translate {
  const fallback = tableTranslator('en');
  return (key: MessageKey, ...subs) => getMessage(key, subs.map(String)) || fallback(key, ...subs);
}
