/** The public API of lib/engine: analyze() and the types it speaks. */
export { analyze } from './analyze';
/** Compiling a language's packs ahead of its first analysis. */
export { prepareLanguage } from './compiled';
/** Language detection on its own, for callers that only need the language. */
export { detectLanguage } from './language';
/** The engine's types: input, options, findings, analysis. */
export type * from './types';
/** The languages, scenarios and score dimensions the engine knows. */
export { DIMENSIONS, LANGUAGES, SCENARIOS } from './types';
