import { compilePatterns, type PatternSet } from '../compile';
import type { PackLanguage } from '../types';
import { en } from './en';
import { et } from './et';
import { lv } from './lv';
import { ru } from './ru';
import { CLOSING_KINDS, type LanguageProfile, SENTENCE_ROLES, type SentenceRole } from './types';

export type { ClosingKind, LanguageProfile, SentenceRole, VocativeRule } from './types';
export { CLOSING_KINDS, SENTENCE_ROLES } from './types';

/** The built-in language profiles, by language. */
export const PROFILES: Readonly<Record<PackLanguage, LanguageProfile>> = { en, et, lv, ru };

// Longest line a profile may hold, and most lines of one kind.
const MAX_LINE = 300;
const MAX_LINES = 12;

/**
 * Checks a language profile as packs are checked: every line present, short and non-empty, the named greeting
 * with its slot, and every role pattern compiling in the phrase language. Returns the problems (none: valid).
 */
export function validateProfile(profile: LanguageProfile): string[] {
  const errors: string[] = [];
  const line = (where: string, s: unknown) => {
    if (typeof s !== 'string' || !s.trim()) errors.push(`${where}: empty`);
    else if (s.length > MAX_LINE) errors.push(`${where}: longer than ${MAX_LINE} characters`);
  };
  line('greeting.named', profile.greeting?.named);
  line('greeting.plain', profile.greeting?.plain);
  if (!profile.greeting?.named?.includes('{customerName}')) errors.push('greeting.named: no {customerName}');
  for (const k of ['nameMissing', 'greetingMissing', 'tooShort', 'closingMissing'] as const)
    line(`reasons.${k}`, profile.reasons?.[k]);
  line('factLead.text', profile.factLead?.text);
  line('factLead.and', profile.factLead?.and);
  if (!profile.factLead?.text?.includes('{facts}')) errors.push('factLead.text: no {facts}');
  for (const kind of CLOSING_KINDS) {
    const lines = profile.closings?.[kind];
    if (!Array.isArray(lines) || lines.length === 0 || lines.length > MAX_LINES)
      errors.push(`closings.${kind}: 1–${MAX_LINES} lines`);
    else for (const [i, l] of lines.entries()) line(`closings.${kind}[${i}]`, l);
  }
  for (const rule of profile.vocative ?? []) {
    if (typeof rule.suffix !== 'string' || !rule.suffix || typeof rule.replace !== 'string')
      errors.push('vocative: a rule needs a suffix and a replacement');
  }
  for (const [role, patterns] of Object.entries(profile.roles ?? {})) {
    if (!(SENTENCE_ROLES as readonly string[]).includes(role)) errors.push(`roles.${role}: unknown role`);
    try {
      compilePatterns(patterns ?? []);
    } catch (e) {
      errors.push(`roles.${role}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return errors;
}

const roleSets = new Map<PackLanguage, { roles: SentenceRole[]; set: PatternSet; owner: number[] }>();

/** The role cues of a language compiled into one pattern set (once), with the role of each pattern. */
export function roleCues(lang: PackLanguage): { roles: SentenceRole[]; set: PatternSet; owner: number[] } {
  let cached = roleSets.get(lang);
  if (!cached) {
    const roles: SentenceRole[] = [];
    const patterns: string[] = [];
    const owner: number[] = [];
    for (const [role, list] of Object.entries(PROFILES[lang].roles) as [SentenceRole, readonly string[]][]) {
      roles.push(role);
      for (const p of list) {
        patterns.push(p);
        owner.push(roles.length - 1);
      }
    }
    cached = { roles, set: compilePatterns(patterns), owner };
    roleSets.set(lang, cached);
  }
  return cached;
}
