import { analyze } from '../../lib/engine/analyze';
import type { Language, Scenario } from '../../lib/engine/types';
import { BUILTIN_PACKS } from '../../lib/packs/builtin';
import type { Template } from '../../lib/packs/types';
import { enabledPacks } from '../../lib/settings/packs';
import type { Settings } from '../../lib/settings/types';
import { SAMPLE_DRAFTS } from './samples';

/**
 * The rewrite of the language's sample draft with an edited template. Loaded on demand by the templates section,
 * after the page is drawn: it is the only part of the settings page that needs the engine and the full packs (#15).
 */
export function previewRewrite(settings: Settings, packId: string, edited: Template): string | null {
  const packs = enabledPacks({ ...settings, templates: { ...settings.templates, [packId]: edited } }, BUILTIN_PACKS);
  const pack = packs.find((p) => p.id === packId) ?? settings.customPacks.find((p) => p.id === packId);
  if (!pack) return null;
  const sample = SAMPLE_DRAFTS[pack.language as Language];
  try {
    return analyze({ ...sample, lang: pack.language as Language, scenario: pack.scenario as Scenario }, packs, {
      agentName: settings.profile.name,
      company: settings.profile.company,
      signature: settings.profile.signature,
    }).rewrite;
  } catch {
    return null;
  }
}

/** Every built-in pack in full, for the export. */
export const builtinPacks = () => BUILTIN_PACKS;
