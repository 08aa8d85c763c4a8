import { compilePacks } from '../packs/compile';
import type { RulePack } from '../packs/types';
import { readSettings } from './read';
import type { EffectiveSettings } from './types';

/**
 * The custom packs the compiler takes. The schema parses every pattern, but the compiler alone knows a whole
 * pack's limits; a pack it refuses would otherwise be left out of the analysis without a word (#13).
 */
export function compilableOnly(packs: readonly RulePack[], notices: string[]): RulePack[] {
  return packs.filter((pack) => {
    try {
      compilePacks([pack]);
      return true;
    } catch (e) {
      notices.push(
        `The rule pack "${pack.id}" could not be compiled and is not used: ${e instanceof Error ? e.message : String(e)}.`,
      );
      return false;
    }
  });
}

/**
 * The settings with the custom packs the compiler refuses left out and named in the notices (what the background
 * runs and the pages show; the content script reads only its site switch and needs no compiler).
 */
export async function readCheckedSettings(options: { managed?: boolean } = {}): Promise<EffectiveSettings> {
  return checkedPacks(await readSettings(options));
}

/** The same check on settings already read. */
export function checkedPacks(effective: EffectiveSettings): EffectiveSettings {
  if (effective.settings.customPacks.length === 0) return effective;
  const notices = [...effective.notices];
  const customPacks = compilableOnly(effective.settings.customPacks, notices);
  return { ...effective, settings: { ...effective.settings, customPacks }, notices };
}
