/**
 * The learned layer (#12) as the engine uses it: the bundled models of every language, the classifiers, and
 * the messages of model tone findings. Imports nothing outside lib/model; never trains (see ./train.ts).
 * How analyze() combines it with the rules: docs/model.md, "Wiring it into analyze()".
 */
import { lazyModels, type Models } from './models';
import en from './weights/en.json';
import et from './weights/et.json';
import lv from './weights/lv.json';
import ru from './weights/ru.json';

/** The classifiers and their result types. */
export {
  classifyDraft,
  classifyScenario,
  classifySentence,
  type DraftPrediction,
  type Driver,
  type LanguageModels,
  lazyModels,
  loadModels,
  type ModelFile,
  type Models,
  type ScenarioPrediction,
  type SentencePrediction,
  type SentenceSpan,
} from './models';
/** The hook analyze() calls: scenario combined with the rules, model tone findings. */
export { combineScenario, FLAG_THRESHOLD, type ModelFinding, modelFindings, RULES_WEIGHT } from './hook';
/** Messages of model tone findings, per category and language. */
export { TONE_MESSAGES, toneMessage } from './messages';

/** The model files bundled with the extension (committed, written by `npm run train`). */
export const BUNDLED_MODEL_FILES: readonly unknown[] = [en, et, lv, ru];

let bundled: Models | undefined;

/** The bundled models; each language is decoded on its first use (a few milliseconds) and kept. */
export function defaultModels(): Models {
  bundled ??= lazyModels(BUNDLED_MODEL_FILES);
  return bundled;
}
