import type { Plugin } from 'vite';
import { BUILTIN_PACKS } from '../packs/builtin';
import { summarizePacks } from '../packs/summary';

/** The module id under which pages import the built-in packs' index. */
export const PACK_INDEX_ID = 'virtual:tact-pack-index';

/**
 * Writes the index of the built-in packs (names, scenarios, rule ids and messages, templates) into the build as
 * a small module, so the settings page and popup draw without loading the packs' patterns or the engine (#15).
 */
export function packIndexPlugin(): Plugin {
  const resolved = `\0${PACK_INDEX_ID}`;
  return {
    name: 'tact-pack-index',
    resolveId: (id) => (id === PACK_INDEX_ID ? resolved : null),
    load: (id) =>
      id === resolved ? `export const PACK_INDEX = ${JSON.stringify(summarizePacks(BUILTIN_PACKS))};` : null,
  };
}
