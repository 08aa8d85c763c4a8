import type { RulePack } from './types';

/**
 * What the settings page and popup show of a pack: names, scenario, rule ids and messages, templates. The build
 * writes it for the built-in packs (`virtual:tact-pack-index`, lib/build/packIndex.ts), so neither page loads the
 * packs' patterns or the engine to draw itself (#15). A full RulePack is one too.
 */
export interface PackSummary {
  id: string;
  name: string;
  language: RulePack['language'];
  scenario: RulePack['scenario'];
  rules: readonly { id: string; message: string; kind?: 'phrase' | 'missing' }[];
  templates?: RulePack['templates'];
}

/** The summary of each pack, in the same order. */
export function summarizePacks(packs: readonly RulePack[]): PackSummary[] {
  return packs.map((p) => ({
    id: p.id,
    name: p.name,
    language: p.language,
    scenario: p.scenario,
    rules: p.rules.map((r) => ({ id: r.id, message: r.message, ...(r.kind ? { kind: r.kind } : {}) })),
    ...(p.templates ? { templates: p.templates } : {}),
  }));
}
