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

/**
 * True when the text addresses the customer by name: any form of the first name, or of another word of the full
 * name ("Dear Mrs Clarke" addresses Susan Clarke as well as "Hi Susan" does; initials and titles do not count).
 */
export function mentionsName(text: string, name: string | null | undefined): boolean {
  if (!name?.trim()) return false;
  const parts = name
    .trim()
    .split(/\s+/)
    .filter((w, i) => i === 0 || (w.replace(/[.,]/g, '').length >= 2 && !TITLES.has(fold(w.replace(/\.$/, '')))));
  const sample = text.length > 100_000 ? text.slice(0, 100_000) : text;
  for (const m of sample.matchAll(/[\p{L}\p{M}]+/gu)) if (parts.some((p) => isNameForm(m[0], p))) return true;
  return false;
}

// Titles before a surname: "Dr. Smith" is addressed as it is written.
const TITLES = new Set(
  'mr mrs ms miss mx dr prof sir madam dame hr pr pn härra proua preili kungs kundze г-н г-жа господин госпожа'
    .split(' ')
    .map(fold),
);
/** True when a text addresses someone by title and name ("Dear Mr Greaves", "Lugupeetud proua Tamm"). */
export function addressesByTitle(text: string): boolean {
  const words = text.match(/[\p{L}\p{M}'’.-]+/gu) ?? [];
  return words.some((w, i) => TITLES.has(fold(w.replace(/\.$/, ''))) && NAME_WORD.test(words[i + 1] ?? ''));
}

// A word of a person's name: a capital, then letters, marks, apostrophes or hyphens (Mari-Liis, O’Brien).
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’-]*$/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;

/**
 * How the reply addresses the customer, from the name the site shows: the first name of a full name
 * ("Emma Clarke" → "Emma", "Mari-Liis Tamm" → "Mari-Liis"), first name and patronymic of a three-part Russian
 * name ("Иван Петрович Сидоров" → "Иван Петрович"); a single name, a name with a title ("Dr. Smith") or
 * anything that does not look like a person's name is kept as it is.
 */
export function addressName(name: string): string {
  const full = name.trim().replace(/\s+/g, ' ');
  const words = full.split(' ');
  if (words.length < 2 || words.length > 3) return full;
  if (TITLES.has(fold(words[0]!).replace(/\.$/, ''))) return full;
  if (!words.every((w) => NAME_WORD.test(w))) return full;
  if (words.length === 3 && CYRILLIC.test(full)) return `${words[0]} ${words[1]}`;
  return words[0]!;
}
