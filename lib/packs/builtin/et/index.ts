import type { RulePack } from '../../types';

/** Built-in packs for 'et': the tone pack and one pack per scenario. */
export const packs: RulePack[] = [];
