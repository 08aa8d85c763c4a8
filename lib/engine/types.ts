import type { Models } from '../model/models';
import { SERVICE_SCENARIOS } from '../packs/types';

/** Languages Tact speaks. */
export const LANGUAGES = ['en', 'et', 'lv', 'ru'] as const;
/** One of the languages Tact speaks. */
export type Language = (typeof LANGUAGES)[number];

/** The service scenarios of the practice (practice.md, "The seven scenarios"), one list with the packs'. */
export const SCENARIOS = SERVICE_SCENARIOS;
/** A service scenario. */
export type Scenario = (typeof SCENARIOS)[number];

/** Named tone dimensions the score is made of. */
export const DIMENSIONS = ['warmth', 'ownership', 'positivity', 'clarity', 'closing'] as const;
/** A tone dimension. */
export type Dimension = (typeof DIMENSIONS)[number];

/** What the engine is asked to look at. */
export interface AnalyzeInput {
  /** The agent's draft reply. */
  draft: string;
  /** The customer's last message, when known. */
  customer?: string;
  /** The customer's name, when known. */
  customerName?: string | null;
  /** Force a language instead of detecting it. */
  lang?: Language;
  /** Force a scenario instead of recognising it (the agent changed it in the panel). */
  scenario?: Scenario;
  /** The site the draft is written on, e.g. 'gmail' (informational). */
  site?: string;
}

/** Options that shape the rewrite and which rules run. */
export interface AnalyzeOptions {
  /** The agent's profile, used by template slots. */
  agentName?: string;
  company?: string;
  signature?: string;
  /** Rule ids the agent silenced ("never flag this"). */
  silencedRules?: readonly string[];
  /**
   * The learned layer's models to read the draft with beside the rules (lib/model: `defaultModels()` in the
   * background and the CLI); without them, the rules alone. Passed in, so what only needs the rules (the
   * settings page's template preview) does not carry the weights.
   */
  models?: Models;
}

/** One thing in the draft that should change, and why. */
export interface Finding {
  /** Rule id, e.g. 'en.unknown_answer.bare-dont-know'. */
  rule: string;
  /** UTF-16 offsets into the draft: draft.slice(start, end) === text. */
  start: number;
  end: number;
  text: string;
  /** Why it should change, traceable to the practice. */
  message: string;
  /** A better phrase to put in its place, when there is one. */
  replacement?: string;
  /** The tone dimension this finding lowers. */
  dimension: Dimension;
  /** How much it costs the score (1–10). */
  weight: number;
}

/** One dimension of the score with the reasons that moved it. */
export interface DimensionScore {
  score: number;
  reasons: string[];
}

/** Everything the engine says about a draft. */
export interface Analysis {
  language: Language;
  scenario: Scenario;
  scenarioConfidence: number;
  /** The cues that decided the scenario, e.g. 'customer: "NOBODY has called me back"'. */
  scenarioReasons: string[];
  score: number;
  dimensions: Record<Dimension, DimensionScore>;
  findings: Finding[];
  rewrite: string;
}
