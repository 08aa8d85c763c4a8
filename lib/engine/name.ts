import { fold } from '../packs/text';

/**
 * The customer's name in the draft. Latvian and Estonian address people in the vocative or other cases
 * ("Jānis" → "Jāni", "Edgars" → "Edgar", "Kārlis" → "Kārli"), so a word counts as the name when it starts
 * with the name's stem: the folded first name without its last two letters (kept whole when short).
 */
export function nameStem(name: string): string {
  const first = fold(name.trim().split(/\s+/)[0] ?? '');
  return first.length > 4 ? first.slice(0, first.length - 2) : first;
}

/** True when `word` is a form of the customer's name. */
export function isNameForm(word: string, name: string | null | undefined): boolean {
  if (!name?.trim()) return false;
  const stem = nameStem(name);
  const w = fold(word);
  return stem.length >= 2 && w.startsWith(stem) && w.length <= stem.length + 4;
}

/** True when the text addresses the customer by name (any form of it). */
export function mentionsName(text: string, name: string | null | undefined): boolean {
  if (!name?.trim()) return false;
  const sample = text.length > 100_000 ? text.slice(0, 100_000) : text;
  for (const m of sample.matchAll(/[\p{L}\p{M}]+/gu)) if (isNameForm(m[0], name)) return true;
  return false;
}
