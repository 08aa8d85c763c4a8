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
