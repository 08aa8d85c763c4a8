import { indexText } from '../packs/text';
import { type ClosingKind, type LanguageProfile, PROFILES, roleCues, type SentenceRole } from '../packs/profiles';
import { addressName } from './name';
import type { Language, Scenario } from './types';

/**
 * The frame of a rewritten reply (issue #11): the greeting with the name in the form the language needs, the
 * roles a text already plays (so the rewrite adds only what is lacking), and a closing that fits the scenario
 * and the draft — all from the language profiles beside the packs.
 */

/** The profile of a language. */
export function profileOf(lang: Language): LanguageProfile {
  return PROFILES[lang];
}

/** The roles a text plays, from the language profile's cues (and a question mark for a question). */
export function rolesIn(text: string, lang: Language): Set<SentenceRole> {
  const out = new Set<SentenceRole>();
  if (!text.trim()) return out;
  const { roles, set, owner } = roleCues(lang);
  const hits = set.scan(indexText(text));
  hits.forEach((h, i) => {
    if (h.length > 0) out.add(roles[owner[i]!]!);
  });
  if (/\?\s*["'”’»)]*\s*$/u.test(text.trim()) || /\?\s/u.test(text)) out.add('question');
  return out;
}

/** A first name in the vocative the language uses to address a man (Latvian: Jānis → Jāni); others as they are. */
export function vocativeOf(firstName: string, lang: Language): string {
  const rules = profileOf(lang).vocative;
  if (!rules || /\s/u.test(firstName.trim())) return firstName;
  for (const r of rules) {
    if (firstName.length > r.suffix.length + 1 && firstName.endsWith(r.suffix))
      return firstName.slice(0, firstName.length - r.suffix.length) + r.replace;
  }
  return firstName;
}

/** How the reply addresses the customer: the first name (or name and patronymic), in the vocative where needed. */
export function calledName(customerName: string | null | undefined, lang: Language): string {
  const name = customerName?.trim() ? addressName(customerName) : '';
  return name ? vocativeOf(name, lang) : '';
}

const LETTER = /[\p{L}\p{M}]/u;

/** Text with every whole-word `from` replaced by `to`. */
function replaceWord(text: string, from: string, to: string): string {
  if (!from || from === to) return text;
  let out = '';
  let at = 0;
  for (let i = text.indexOf(from); i >= 0; i = text.indexOf(from, i + 1)) {
    const before = text[i - 1];
    const after = text[i + from.length];
    if ((before && LETTER.test(before)) || (after && LETTER.test(after))) continue;
    out += text.slice(at, i) + to;
    at = i + from.length;
  }
  return out + text.slice(at);
}

/**
 * The reply's greeting: the draft's own, with the customer's name put in the vocative where the draft used the
 * nominative ("Labdien, Jānis!" → "Labdien, Jāni!"; a form the draft already uses is kept), else the
 * profile's greeting with the name.
 */
export function greetingFor(ownGreeting: string, customerName: string | null | undefined, lang: Language): string {
  const name = customerName?.trim() ? addressName(customerName) : '';
  const called = name ? vocativeOf(name, lang) : '';
  const own = ownGreeting.trim();
  if (own) return called && called !== name ? replaceWord(own, name, called) : own;
  const g = profileOf(lang).greeting;
  return called ? g.named.replace('{customerName}', () => called) : g.plain;
}

/** The kind of closing a scenario takes. */
export function closingKind(scenario: Scenario): ClosingKind {
  if (scenario === 'unknown_answer' || scenario === 'transfer') return 'followUp';
  if (scenario === 'general') return 'general';
  return 'problem';
}

/** A small stable number for a text, so the choice of closing line varies from draft to draft but not run to run. */
function textHash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** A short closing line for the reply, by scenario; `seed` (the draft) picks among the lines of that kind. */
export function closingLine(lang: Language, scenario: Scenario, seed: string, promised = true): string {
  // "In the meantime" needs a time the reply promised something by; without one the plain offer fits.
  const kind = closingKind(scenario);
  const lines = profileOf(lang).closings[kind === 'followUp' && !promised ? 'problem' : kind];
  return lines[textHash(seed) % lines.length] ?? '';
}

/** A lead-in naming facts that would otherwise be lost ("Regarding order 310982 and the MacBook Air M3"). */
export function factLeadFor(facts: readonly string[], lang: Language): string {
  if (facts.length === 0) return '';
  const { text, and } = profileOf(lang).factLead;
  const list = facts.length === 1 ? facts[0]! : `${facts.slice(0, -1).join(', ')} ${and} ${facts[facts.length - 1]}`;
  return text.replace('{facts}', () => list);
}
