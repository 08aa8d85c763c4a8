import { BUILTIN_PACKS } from '../../lib/packs/builtin';

/**
 * Every built-in pack in full, for the export: loaded when the agent exports, never to draw the page (#15). The
 * template preview is the background's (lib/background/preview.ts).
 */
export const builtinPacks = () => BUILTIN_PACKS;
