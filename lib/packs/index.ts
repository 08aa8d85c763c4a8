/** The public API of lib/packs: schema types, text model, phrase-language compiler, validation, built-in packs. */
export type * from './api';
export { BUILTIN_PACKS } from './builtin';
export {
  compilePacks,
  compilePatterns,
  matchPatterns,
  type PatternSet,
  ruleFires,
  ruleHits,
  type ScanStats,
} from './compile';
export { compilePattern, PATTERN_LIMITS, PatternError, parsePattern } from './pattern';
export {
  formatPackError,
  PACK_LIMITS,
  type PackSetValidation,
  validatePack,
  validatePackJson,
  validatePackSet,
} from './schema';
export { fold, indexText, isClauseFirst, isClauseLast } from './text';
export type * from './types';
export { PHRASE_KEYS, TEMPLATE_SLOTS } from './types';
