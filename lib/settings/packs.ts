import type { RulePack } from '../packs/types';
import type { Settings } from './types';

/** Whether a pack is switched on (packs are on unless switched off). */
export function isPackEnabled(settings: Settings, packId: string): boolean {
  // Own properties only: a pack id like "constructor" must not find Object.prototype's members (#13).
  return !Object.hasOwn(settings.packToggles, packId) || settings.packToggles[packId] !== false;
}

/**
 * The packs the engine should run: built-in and custom packs that are switched on, each with the agent's own
 * template in place of its 'default' one.
 */
export function enabledPacks(settings: Settings, builtin: readonly RulePack[]): RulePack[] {
  const custom = settings.customPacks.filter((p) => !builtin.some((b) => b.id === p.id));
  return [...builtin, ...custom]
    .filter((p) => isPackEnabled(settings, p.id))
    .map((p) => {
      const own = Object.hasOwn(settings.templates, p.id) ? settings.templates[p.id] : undefined;
      if (!own) return p;
      const rest = (p.templates ?? []).filter((t) => t.id !== own.id);
      return { ...p, templates: [own, ...rest] };
    });
}
