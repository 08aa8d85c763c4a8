import type { Cue, PackLanguage, PackScenario, Rule, RulePack, Template } from './types';

/** A half-open span of UTF-16 offsets into a text. */
export interface Span {
  start: number;
  end: number;
}

/** One word of a text, with its folded form (lower case, no diacritics) used for matching. */
export interface Word extends Span {
  norm: string;
  /** Index of the sentence and of the clause the word is in. */
  sentence: number;
  clause: number;
}

/** A text split into words, clauses and sentences, once, for every pattern to match against. */
export interface TextIndex {
  text: string;
  words: readonly Word[];
  sentences: readonly Span[];
  clauses: readonly Span[];
}

/** One match of a pattern: UTF-16 offsets of its first word's start and last word's end. */
export interface Hit extends Span {
  sentence: number;
  clause: number;
}

/** A rule ready to run: its patterns and unless-patterns are ids into the set's scan result. */
export interface CompiledRule {
  /** `${pack.id}.${rule.id}` */
  id: string;
  rule: Rule;
  pack: RulePack;
  patterns: readonly number[];
  unless: readonly number[];
}

/** A scenario cue ready to run. */
export interface CompiledCue {
  cue: Cue;
  pack: RulePack;
  scenario: PackScenario;
  patterns: readonly number[];
}

/** A template whose `skipIf` patterns are ids into the set's scan result (one entry per part, [] = never skip). */
export interface CompiledTemplate {
  template: Template;
  pack: RulePack;
  language: PackLanguage;
  scenario: PackScenario;
  skipIf: readonly (readonly number[])[];
}

/** What a scan looks for: the patterns for the reply (rules, unless, skipIf, the draft's cues) or the customer's cues. */
export type ScannedFor = 'reply' | 'customer';

/** Every pattern of a set of packs compiled into one matcher, with the rules, cues and templates pointing into it. */
export interface CompiledPackSet {
  packs: readonly RulePack[];
  rules: readonly CompiledRule[];
  cues: readonly CompiledCue[];
  templates: readonly CompiledTemplate[];
  /** The pattern sources, by id. */
  patterns: readonly string[];
  /**
   * Runs every pattern once over the text; result[id] holds the hits of pattern `id`, in text order. A pattern
   * used only as a sentence-scoped `unless` of phrase rules is looked for only in sentences where one of those
   * rules matched (its hits elsewhere cancel nothing). With a memo (one per set; see SentenceMemo in
   * compile.ts), sentences already scanned are not scanned again. `text`: only the patterns for the reply or
   * for the customer's message run (the others' hits stay empty); every pattern when not given.
   */
  scan(index: TextIndex, memo?: Map<string, readonly number[]>, text?: ScannedFor): readonly (readonly Hit[])[];
}

/** Where in a pack a schema error is, and what is wrong. */
export interface PackError {
  /** e.g. 'pack "en.tone" › rule "bare-no" › patterns[2]' */
  path: string;
  message: string;
}

/** Result of checking an unknown value against the pack schema. */
export type PackValidation = { ok: true; pack: RulePack } | { ok: false; errors: PackError[] };
