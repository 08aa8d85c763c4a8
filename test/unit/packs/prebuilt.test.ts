import { describe, expect, it } from 'vitest';
import {
  COMPILED_PACKS_ID,
  compiledPacksPlugin,
  defaultPacksOf,
  prebuiltPackSets,
} from '../../../lib/build/compiledPacks';
import { LANGUAGES } from '../../../lib/engine/types';
import { BUILTIN_PACKS } from '../../../lib/packs/builtin';
import type { CompiledPackSet } from '../../../lib/packs/api';
import { compilePacks, isPrebuiltSet, type PackSetData, addPrebuiltPackSets } from '../../../lib/packs/compile';
import { indexText } from '../../../lib/packs/text';
import type { RulePack } from '../../../lib/packs/types';

/**
 * The service worker loads the built-in packs as the build worked them out (lib/build/compiledPacks.ts) instead of
 * compiling them when it starts (#15). These tests hold that what it loads is what compilePacks makes at run
 * time: the same patterns, rules, cues and templates, and the same hits on every example of every pack.
 */

/** Every example of the packs, and all of them as one text (sentences of several rules side by side). */
function textsOf(packs: readonly RulePack[]): string[] {
  const examples = packs.flatMap((p) => p.rules.flatMap((r) => [...r.examples.fires, ...r.examples.silent]));
  return [...examples, examples.join(' ')];
}

function shapeOf(set: CompiledPackSet) {
  return {
    patterns: set.patterns,
    rules: set.rules.map((r) => [r.id, r.patterns, r.unless]),
    cues: set.cues.map((c) => [c.pack.id, c.scenario, c.patterns]),
    templates: set.templates.map((t) => [t.pack.id, t.template.id, t.skipIf]),
  };
}

// Compiled at run time before any prebuilt data is known to compilePacks (the registry is this file's own).
const runtime = new Map(LANGUAGES.map((lang) => [lang, compilePacks(defaultPacksOf(lang))]));
const sets = prebuiltPackSets();
addPrebuiltPackSets(sets);

describe('built-in packs worked out at build time (#15)', () => {
  it('are written for every language, as JSON that reads back the same', () => {
    expect(sets.map((s) => s.language)).toEqual([...LANGUAGES]);
    for (const s of sets) {
      const data = JSON.parse(s.json) as PackSetData;
      expect(JSON.parse(JSON.stringify(data))).toEqual(data);
      expect(data.sources).toEqual(runtime.get(s.language as (typeof LANGUAGES)[number])!.patterns);
    }
  });

  it('are the default selection of the built-in packs, every language', () => {
    for (const lang of LANGUAGES) {
      const packs = defaultPacksOf(lang);
      expect(packs.length).toBeGreaterThan(0);
      expect(packs).toEqual(BUILTIN_PACKS.filter((p) => p.language === lang));
    }
  });

  it.each([...LANGUAGES])('%s: the loaded set has the run-time set’s rules and finds the same hits', (lang) => {
    const compiled = runtime.get(lang)!;
    expect(isPrebuiltSet(compiled)).toBe(false);
    // A new array of the same packs (the worker builds one from the settings): loaded, not compiled.
    const packs = [...defaultPacksOf(lang)];
    const loaded = compilePacks(packs);
    expect(isPrebuiltSet(loaded)).toBe(true);
    expect(shapeOf(loaded)).toEqual(shapeOf(compiled));
    for (const text of textsOf(packs)) {
      const index = indexText(text);
      for (const kind of ['reply', 'customer', undefined] as const)
        expect(loaded.scan(index, undefined, kind), text).toEqual(compiled.scan(index, undefined, kind));
    }
  });

  it('are not used for another selection: a pack switched off, or an own template', () => {
    const en = defaultPacksOf('en');
    const without = en.slice(1);
    expect(isPrebuiltSet(compilePacks(without))).toBe(false);
    const own = en.map((p, i) =>
      i === 0 ? { ...p, templates: [{ id: 'default', parts: [{ text: 'Sorry.', skipIf: ['so sorry'] }] }] } : p,
    );
    const set = compilePacks(own);
    expect(isPrebuiltSet(set)).toBe(false);
    expect(set.patterns).toContain('so sorry');
  });

  it('are what the build writes into the worker (the virtual module)', () => {
    const plugin = compiledPacksPlugin();
    const resolveId = plugin.resolveId as (id: string) => string | null;
    const load = plugin.load as (id: string) => string | null;
    const id = resolveId(COMPILED_PACKS_ID);
    expect(id).toBeTruthy();
    const code = load(id!)!;
    const prefix = 'export const PREBUILT_PACK_SETS = ';
    expect(code.startsWith(prefix) && code.endsWith(';')).toBe(true);
    expect(JSON.parse(code.slice(prefix.length, -1))).toEqual(sets);
  });
});
