import type { Plugin } from 'vite';
import { LANGUAGES } from '../engine/types';
import { BUILTIN_PACKS } from '../packs/builtin';
import { type PrebuiltPackSet, packSetData } from '../packs/compile';
import type { RulePack } from '../packs/types';
import { defaultSettings } from '../settings/defaults';
import { enabledPacks } from '../settings/packs';

/** The module id under which the service worker imports the built-in packs compiled at build time. */
export const COMPILED_PACKS_ID = 'virtual:tact-compiled-packs';

/** The packs of a language the worker runs with the default settings (every built-in pack is on by default). */
export function defaultPacksOf(language: string, builtin: readonly RulePack[] = BUILTIN_PACKS): RulePack[] {
  return enabledPacks(defaultSettings(), builtin).filter((p) => p.language === language);
}

/** Each language's built-in packs compiled (patterns and the set's plan), as JSON text (see addPrebuiltPackSets). */
export function prebuiltPackSets(builtin: readonly RulePack[] = BUILTIN_PACKS): PrebuiltPackSet[] {
  return LANGUAGES.map((language) => ({
    language,
    json: JSON.stringify(packSetData(defaultPacksOf(language, builtin))),
  }));
}

/**
 * Writes the built-in packs compiled into the build, so the service worker loads them instead of compiling them
 * when it starts (#15). JSON text in a string: the worker parses one language's when it first needs it, which
 * is faster than evaluating the same data as code.
 */
export function compiledPacksPlugin(): Plugin {
  const resolved = `\0${COMPILED_PACKS_ID}`;
  return {
    name: 'tact-compiled-packs',
    resolveId: (id) => (id === COMPILED_PACKS_ID ? resolved : null),
    load: (id) => (id === resolved ? `export const PREBUILT_PACK_SETS = ${JSON.stringify(prebuiltPackSets())};` : null),
  };
}
