/** The public API of lib/engine: analyze() and the types it speaks. */
export { analyze } from './analyze';
export { detectLanguage } from './language';
export type * from './types';
export { DIMENSIONS, LANGUAGES, SCENARIOS } from './types';
