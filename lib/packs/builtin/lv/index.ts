import type { RulePack } from '../../types';

/** Built-in packs for 'lv': the tone pack and one pack per scenario. */
export const packs: RulePack[] = [];
