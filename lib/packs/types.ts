/**
 * Rule packs are data. A pack is one language × one scenario (or the language's tone pack).
 * Patterns are strings in Tact's phrase language (see ./PATTERNS.md), never regular expressions.
 * Packs are plain JSON-compatible objects: built-in packs and imported packs go through the same
 * schema check (schema.ts) and the same compiler (compile.ts).
 */

/** Languages a pack may be written for. */
export type PackLanguage = 'en' | 'et' | 'lv' | 'ru';
/** Scenario a pack belongs to, or 'tone' for rules that apply in every scenario. */
export type PackScenario =
  | 'unknown_answer'
  | 'out_of_stock'
  | 'transfer'
  | 'refusal'
  | 'complaint'
  | 'angry_customer'
  | 'general'
  | 'tone';
/** The languages and scenarios above, as values (the schema and the catalogue read them). */
export const PACK_LANGUAGES = ['en', 'et', 'lv', 'ru'] as const satisfies readonly PackLanguage[];
/** The service scenarios of the practice (practice.md, "The seven scenarios"); the engine's `SCENARIOS`. */
export const SERVICE_SCENARIOS = [
  'unknown_answer',
  'out_of_stock',
  'transfer',
  'refusal',
  'complaint',
  'angry_customer',
  'general',
] as const satisfies readonly PackScenario[];
export const PACK_SCENARIO_IDS = [...SERVICE_SCENARIOS, 'tone'] as const satisfies readonly PackScenario[];
/** Tone dimension a rule lowers. */
export type PackDimension = 'warmth' | 'ownership' | 'positivity' | 'clarity' | 'closing';

/** A rule: phrases to avoid, why, and what to say instead. */
export interface Rule {
  /** Unique within the pack, kebab-case, e.g. 'bare-dont-know'. The full id is `${pack.id}.${rule.id}`. */
  id: string;
  /**
   * 'phrase' (default): fires on every match of `patterns` in the draft (minus matches cancelled by `unless`).
   * 'missing': fires once when the draft has no match of `patterns` at all and the analysed scenario is in
   * `scenarios` (e.g. no apology to a complaint); its span is the draft's first sentence after the greeting.
   */
  kind?: 'phrase' | 'missing';
  /** Phrase-language patterns. */
  patterns: string[];
  /** A match is cancelled when one of these patterns also matches within `unlessScope` (default 'sentence'). */
  unless?: string[];
  unlessScope?: 'sentence' | 'draft';
  /** The rule only runs when the analysed scenario is one of these (default: always). */
  scenarios?: PackScenario[];
  /** Why this should change, in the pack's language, traceable to the practice. Shown to the agent. */
  message: string;
  /** Where in the practice this comes from, e.g. 'practice §1 (seed 002)'. */
  source: string;
  /** A phrase to put in place of the matched text, in the pack's language. */
  replacement?: string;
  /** How much one finding costs the score, 1–10. */
  weight: number;
  /** Which tone dimension it lowers. */
  dimension: PackDimension;
  /**
   * Sentences on which the rule must fire, with what it flags marked in double brackets ('Please [[calm
   * down]], sir.'), and sentences on which it must stay silent. A rule with a replacement also carries
   * `corrections`: a sentence before and, exactly, after its suggestion is applied (see lib/packs/examples.ts).
   */
  examples: { fires: string[]; silent: string[]; corrections?: Correction[] };
}

/** A before → after example of a rule's replacement, applied in its context sentence. */
export interface Correction {
  before: string;
  after: string;
}

/** A cue for recognising the scenario: a phrase in the customer's message or in the draft. */
export interface Cue {
  /** Phrase-language patterns. */
  patterns: string[];
  /** Where to look. */
  in: 'customer' | 'draft';
  /** Evidence strength, 1–10. */
  weight: number;
  /** Human-readable name of the cue, e.g. 'customer shouts' (shown in scenario reasons). */
  label: string;
}

/** A reply template for one scenario. Slots: see TEMPLATE_SLOTS. */
export interface Template {
  /** e.g. 'default'. */
  id: string;
  /**
   * Parts of the reply in order, each a string with {slots}. Empty parts after filling are dropped.
   * A part given as an object is left out when the draft already matches one of `skipIf` (phrase-language
   * patterns), e.g. no second apology when the agent already apologised.
   * Placeholders the agent must fill are written in square brackets, e.g. '[date]'.
   */
  parts: (string | TemplatePart)[];
}

/** A template part that is skipped when the draft already says it. */
export interface TemplatePart {
  text: string;
  skipIf: string[];
  /**
   * The same sentence without blanks, for a reply that still says something of the agent's own: what it can
   * say without a fact only the agent knows ("I'll find out and get back to you as soon as I can" for "… by
   * [day]"). The rewrite inserts this one there, so what the agent sends has no brackets in it; the blank
   * version stays for a reply with nothing of the draft left, where the agent writes anyway. Must have no
   * `[blank]`.
   */
  plain?: string;
}

/** Slots a template may use. */
export const TEMPLATE_SLOTS = [
  'greeting', // "Hi Laura," built from the greeting pack phrase and the customer's name
  'customerName',
  'agentName',
  'company',
  'product',
  'date',
  'body', // the draft's own sentences that survive, with replacements applied
  'facts', // facts from dropped sentences (order numbers, dates, amounts, names), joined
  'closing',
  'signature',
] as const;

/** A rule pack. */
export interface RulePack {
  /** e.g. 'en.unknown_answer' or 'en.tone'; custom packs use their own prefix, e.g. 'acme.en.refunds'. */
  id: string;
  language: PackLanguage;
  scenario: PackScenario;
  version: number;
  /** Short human name shown in the options page. */
  name: string;
  description?: string;
  rules: Rule[];
  /** Scenario-recognition cues (scenario packs only). */
  cues?: Cue[];
  /** Reply templates (scenario packs only). */
  templates?: Template[];
  /**
   * Language-level phrases for rewrites (tone packs only): greeting with and without a name, the closing
   * offer of further help, etc. Keys are fixed: see PHRASE_KEYS.
   */
  phrases?: Partial<Record<PhraseKey, string>>;
}

/** Phrases a tone pack supplies to the rewrite. */
export const PHRASE_KEYS = [
  'greetingNamed', // "Hi {customerName},"
  'greetingPlain', // "Hello,"
  'closing', // "{customerName}, is there anything else I can do for you? I'm always glad to help."
  'closingPlain', // closing without a name
  'factsIntro', // "Regarding {facts}:"
] as const;
/** A phrase key. */
export type PhraseKey = (typeof PHRASE_KEYS)[number];
