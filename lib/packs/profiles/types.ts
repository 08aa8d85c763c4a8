import type { PackLanguage } from '../types';

/**
 * What a sentence of a reply does (issue #11): the rewrite keeps what the draft already does and adds only
 * what the scenario needs and the draft lacks, decided by these roles.
 */
export const SENTENCE_ROLES = [
  'greeting',
  'acknowledgement',
  'apology',
  'empathy',
  'answer',
  'reason',
  'alternative',
  'next_step',
  'time',
  'question',
  'closing',
  'signature',
] as const;
/** A sentence role. */
export type SentenceRole = (typeof SENTENCE_ROLES)[number];

/** Kinds of closing line, chosen by the scenario: after a problem, after a promise to come back, or any other. */
export const CLOSING_KINDS = ['problem', 'followUp', 'general'] as const;
/** A kind of closing line. */
export type ClosingKind = (typeof CLOSING_KINDS)[number];

/** One suffix rule of a vocative: a first name ending in `suffix` is addressed with `replace` instead. */
export interface VocativeRule {
  suffix: string;
  replace: string;
}

/**
 * The language knowledge the rewrite needs, as data beside the packs (adding a language is adding data):
 * greetings, closings by kind, how a name is addressed, and phrase-language cues for the roles of sentences.
 */
export interface LanguageProfile {
  language: PackLanguage;
  /** Greeting lines: with the customer's name ({customerName}) and without. */
  greeting: { named: string; plain: string };
  /**
   * Short, sincere closing lines per kind; one is picked per reply (deterministically, so the same draft gets
   * the same reply, and different drafts not always the same line). Each must read as an offer of more help.
   */
  closings: Record<ClosingKind, readonly string[]>;
  /**
   * A lead-in that names facts of the draft whose own sentence had to go ({facts}: "Regarding {facts}"), and
   * the word that joins the last two facts ("and"). Used only when a fact would otherwise be lost.
   */
  factLead: { text: string; and: string };
  /** Reasons the score gives for what the draft lacks, in this language (shown with the dimension). */
  reasons: { nameMissing: string; greetingMissing: string; tooShort: string; closingMissing: string };
  /** Vocative suffix rules, tried in order on the first name (Latvian: Jānis → Jāni, Edgars → Edgar). */
  vocative?: readonly VocativeRule[];
  /** Phrase-language patterns (lib/packs/PATTERNS.md) that show a sentence has a role. */
  roles: Partial<Record<SentenceRole, readonly string[]>>;
}
