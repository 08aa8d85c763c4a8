import type { Translate } from '../lib/i18n/panelMessages';

/** Score bands: good from 80, fair from 50, else poor (the colours of the badge and ring). */
export type ScoreBand = 'good' | 'fair' | 'poor';

/** The band a score falls in. */
export function scoreBand(score: number): ScoreBand {
  if (score >= 80) return 'good';
  if (score >= 50) return 'fair';
  return 'poor';
}

/** "1 suggestion", "3 suggestions", "no suggestions" in the interface's language. */
export function suggestionCount(t: Translate, n: number): string {
  if (n === 0) return t('noSuggestions');
  return t.count('suggestions', n);
}

/** The keyboard shortcut that opens and closes the panel, as shown to the agent. */
export const SHORTCUT_LABEL = 'Alt+Shift+T';
