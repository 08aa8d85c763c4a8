import type { Dimension, Language, Scenario } from '../lib/engine/types';

/** How each scenario reads in the panel. */
export const SCENARIO_LABELS: Record<Scenario, string> = {
  unknown_answer: "Don't know the answer yet",
  out_of_stock: 'Out of stock',
  transfer: 'Transfer to another team',
  refusal: 'Saying no',
  complaint: 'Complaint',
  angry_customer: 'Angry customer',
  general: 'General reply',
};

/** Language names as the agent reads them (in their own language, as language pickers do). */
export const LANGUAGE_LABELS: Record<Language, string> = {
  en: 'English',
  et: 'Eesti',
  lv: 'Latviešu',
  ru: 'Русский',
};

/** Tone dimensions as the panel names them. */
export const DIMENSION_LABELS: Record<Dimension, string> = {
  warmth: 'Warmth',
  ownership: 'Ownership',
  positivity: 'Positivity',
  clarity: 'Clarity',
  closing: 'Closing',
};

/** Score bands: good from 80, fair from 50, else poor (the colours of the badge and ring). */
export type ScoreBand = 'good' | 'fair' | 'poor';

/** The band a score falls in. */
export function scoreBand(score: number): ScoreBand {
  if (score >= 80) return 'good';
  if (score >= 50) return 'fair';
  return 'poor';
}

/** "1 suggestion", "3 suggestions", "no suggestions". */
export function suggestionCount(n: number): string {
  if (n === 0) return 'no suggestions';
  return `${n} suggestion${n === 1 ? '' : 's'}`;
}

/** The keyboard shortcut that opens and closes the panel, as shown to the agent. */
export const SHORTCUT_LABEL = 'Alt+Shift+T';
