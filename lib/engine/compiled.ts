import { compilePacks } from '../packs/compile';
import type { CompiledPackSet } from '../packs/api';
import type { RulePack } from '../packs/types';
import type { Language } from './types';

// Compiled sets per pack array and language. Pack arrays are long-lived (built-ins, or the settings' enabled
// list until it changes), so a WeakMap keyed by the array compiles each set once and forgets it with the array.
const cache = new WeakMap<readonly RulePack[], Map<Language, CompiledPackSet>>();

/** The packs of one language compiled into one matcher, compiled once per pack array. */
export function compiledFor(packs: readonly RulePack[], lang: Language): CompiledPackSet {
  let byLang = cache.get(packs);
  if (!byLang) {
    byLang = new Map();
    cache.set(packs, byLang);
  }
  let set = byLang.get(lang);
  if (!set) {
    set = compileSafely(packs.filter((p) => p.language === lang));
    byLang.set(lang, set);
  }
  return set;
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
