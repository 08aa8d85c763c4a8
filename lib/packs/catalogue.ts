/**
 * Rules as one catalogue across languages (issue #12): a built-in rule's id names its idea, and the same idea
 * carries the same id in every language that has it ("calm-down" in en.angry_customer, et.angry_customer, …).
 * Silencing an idea silences it in every language; a full id silences one pack's rule only.
 */
import { PACK_LANGUAGES, PACK_SCENARIO_IDS } from './types';

const LANGUAGES: ReadonlySet<string> = new Set(PACK_LANGUAGES);
const SCENARIOS: ReadonlySet<string> = new Set(PACK_SCENARIO_IDS);

/**
 * The idea a full rule id stands for: for a built-in pack's rule (`<language>.<scenario>.<rule>`) the rule's
 * own id; for any other rule (an imported pack's, the learned layer's `model.tone.<category>`) the full id.
 */
export function ideaOf(fullId: string): string {
  const [lang, scenario, ...rest] = fullId.split('.');
  if (rest.length === 1 && LANGUAGES.has(lang ?? '') && SCENARIOS.has(scenario ?? '')) return rest[0]!;
  return fullId;
}

/** True when a rule is silenced by its full id or by its idea. */
export function isSilenced(silenced: ReadonlySet<string>, fullId: string): boolean {
  return silenced.has(fullId) || silenced.has(ideaOf(fullId));
}

/**
 * Ideas whose flagged words say what the reply must not say at all — a promise nobody can keep, a guess — with
 * the learned layer's category for the same. A rewrite lets the facts in them go too: "you'll have it by 24
 * December" leaves no "Regarding 24 December" behind.
 */
const UNSAID_IDEAS: ReadonlySet<string> = new Set([
  'false-promise',
  'vague-promise',
  'guessing',
  'model.tone.false_promise',
]);

/** True when a finding of this rule flags words whose facts must not be said again (see UNSAID_IDEAS). */
export function isUnsaid(fullId: string): boolean {
  return UNSAID_IDEAS.has(ideaOf(fullId));
}
