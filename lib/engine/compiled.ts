import type { CompiledPackSet } from '../packs/api';
import { compilePacks } from '../packs/compile';
import type { RulePack } from '../packs/types';
import type { Language } from './types';

// Callers often build a fresh array of the same packs for every call (the enabled packs from settings), so
// sets are cached by the identity of the pack objects in them, not by the array: each pack object gets a
// number, and a set is found again by its language and the numbers of its packs.
const packNumbers = new WeakMap<RulePack, number>();
let nextNumber = 1;
const sets = new Map<string, CompiledPackSet>();
// Enough for every language of a few pack selections; the oldest is forgotten first.
const MAX_SETS = 16;

function numberOf(pack: RulePack): number {
  let n = packNumbers.get(pack);
  if (n === undefined) {
    n = nextNumber++;
    packNumbers.set(pack, n);
  }
  return n;
}

/** The packs of one language compiled into one matcher, compiled once per selection of pack objects. */
export function compiledFor(packs: readonly RulePack[], lang: Language): CompiledPackSet {
  const mine = packs.filter((p) => p !== null && typeof p === 'object' && p.language === lang);
  const key = `${lang}:${mine.map(numberOf).join(',')}`;
  const hit = sets.get(key);
  if (hit) {
    // Most recently used last.
    sets.delete(key);
    sets.set(key, hit);
    return hit;
  }
  const set = compileSafely(mine);
  sets.set(key, set);
  if (sets.size > MAX_SETS) {
    const oldest = sets.keys().next().value;
    if (oldest !== undefined) sets.delete(oldest);
  }
  return set;
}

/**
 * Compiles the packs of a language now, so that the first analysis in it does not wait for the compiler
 * (a later analysis with the same pack objects finds the set ready).
 */
export function prepareLanguage(packs: readonly RulePack[], lang: Language): void {
  compiledFor(packs, lang);
}

/** Compiles the packs; a pack with a bad pattern (an imported one) is left out instead of failing them all. */
function compileSafely(packs: readonly RulePack[]): CompiledPackSet {
  try {
    return compilePacks(packs);
  } catch {
    const good = packs.filter((p) => {
      try {
        compilePacks([p]);
        return true;
      } catch {
        return false;
      }
    });
    return compilePacks(good);
  }
}
