import type { Plugin } from 'vite';
import { BUILTIN_PACKS } from '../packs/builtin';
import { type PackSummary, summarizePacks } from '../packs/summary';

/** The module id under which the settings page imports the built-in packs' index. */
export const PACK_INDEX_ID = 'virtual:tact-pack-index';
/** The popup's smaller index: each pack with its 'missing' rules only, the one thing the popup reads of them. */
export const POPUP_PACK_INDEX_ID = 'virtual:tact-pack-index/popup';

/** The popup's index (see POPUP_PACK_INDEX_ID). */
export function popupPackIndex(index: readonly PackSummary[]): PackSummary[] {
  return index.map(({ templates: _, ...p }) => ({ ...p, rules: p.rules.filter((r) => r.kind === 'missing') }));
}

/**
 * Writes the index of the built-in packs (names, scenarios, rule ids and messages, templates) into the build as
 * a small module, so the settings page and popup draw without loading the packs' patterns or the engine (#15).
 * The popup gets its own, smaller one: its first paint waits for every byte of script it loads.
 */
export function packIndexPlugin(): Plugin {
  const ids = new Map([
    [PACK_INDEX_ID, () => summarizePacks(BUILTIN_PACKS)],
    [POPUP_PACK_INDEX_ID, () => popupPackIndex(summarizePacks(BUILTIN_PACKS))],
  ]);
  return {
    name: 'tact-pack-index',
    resolveId: (id) => (ids.has(id) ? `\0${id}` : null),
    load: (id) => {
      const make = id.startsWith('\0') ? ids.get(id.slice(1)) : undefined;
      return make ? `export const PACK_INDEX = ${JSON.stringify(make())};` : null;
    },
  };
}
