import { analyze } from '../engine/analyze';
import type { Language, Scenario } from '../engine/types';
import { BUILTIN_PACKS } from '../packs/builtin';
import { validateTemplate } from '../packs/schema';
import type { RulePack, Template } from '../packs/types';
import { enabledPacks } from '../settings/packs';
import type { EffectiveSettings } from '../settings/types';
import type { Validated } from '../messaging/validate';
import { SAMPLE_DRAFTS } from './samples';

/** What the settings page asks to preview: a pack's template as saved (null), or as the agent is editing it. */
export interface TemplatePreviewRequest {
  packId: string;
  template: Template | null;
}

const MAX_PACK_ID = 200;

/** Checks a preview request from a page: a pack id, and a template that passes the same check as a saved one. */
export function validatePreviewRequest(x: unknown): Validated<TemplatePreviewRequest> {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return { ok: false, error: 'request must be an object' };
  const o = x as Record<string, unknown>;
  if (typeof o.packId !== 'string' || o.packId.length > MAX_PACK_ID) return { ok: false, error: 'packId' };
  if (o.template === null) return { ok: true, value: { packId: o.packId, template: null } };
  const r = validateTemplate(o.template, `template for "${o.packId}"`);
  if (!r.ok) return { ok: false, error: 'template is not valid' };
  return { ok: true, value: { packId: o.packId, template: o.template as Template } };
}

/**
 * The rewrite of the pack language's sample draft with the pack's template (the edited one, or the saved one
 * with `template: null`), the rules alone reading it as the settings say. The settings page shows it beside the
 * template editor; the background computes it, so the page never loads the engine (#15). `packs`: the enabled
 * packs for these settings, when the caller has them (the saved templates' preview then reuses their compiled set).
 */
export function previewTemplate(
  effective: EffectiveSettings,
  request: TemplatePreviewRequest,
  packs?: readonly RulePack[],
): string | null {
  const { packId, template } = request;
  const settings = template
    ? { ...effective.settings, templates: { ...effective.settings.templates, [packId]: template } }
    : effective.settings;
  const enabled = template || !packs ? enabledPacks(settings, BUILTIN_PACKS) : packs;
  const pack = enabled.find((p) => p.id === packId) ?? settings.customPacks.find((p) => p.id === packId);
  if (!pack || pack.scenario === 'tone') return null;
  const sample = SAMPLE_DRAFTS[pack.language as Language];
  try {
    return analyze({ ...sample, lang: pack.language as Language, scenario: pack.scenario as Scenario }, enabled, {
      agentName: settings.profile.name,
      company: settings.profile.company,
      signature: settings.profile.signature,
    }).rewrite;
  } catch {
    return null;
  }
}
