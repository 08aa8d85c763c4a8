/**
 * `npm run train`: trains the learned layer (#12) from every "train" batch of data/corpus/<lang>/ and writes
 * lib/model/weights/<lang>.json. Deterministic: the same corpus gives byte-identical files.
 *
 *   npm run train                      train and write every language that has train batches
 *   npm run train -- --check           train in memory, exit 1 if a committed file differs
 *   npm run train -- --corpus DIR      read another corpus folder (same layout)
 *   npm run train -- --lang et         one language only
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BatchInfo, type Conversation, parseBatch } from './corpus';
import { DEFAULT_OPTIONS, fingerprint, serialize, trainLanguage } from './trainer';

/** The project's root (two folders above this file). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Where `npm run train` writes the model files. */
export const WEIGHTS_DIR = join(ROOT, 'lib', 'model', 'weights');
/** The languages the learned layer is trained for. */
export const MODEL_LANGUAGES = ['en', 'et', 'lv', 'ru'] as const;

/** A language's batches of one split, read from <corpus>/<lang>/batches.json (only finished batches are listed). */
export function readSplit(
  corpusDir: string,
  lang: string,
  split: 'train' | 'test',
): { batches: BatchInfo[]; conversations: Conversation[]; raw: string[] } {
  const listFile = join(corpusDir, lang, 'batches.json');
  if (!existsSync(listFile)) return { batches: [], conversations: [], raw: [] };
  const list = JSON.parse(readFileSync(listFile, 'utf8')) as BatchInfo[];
  const batches = list.filter((b) => b.split === split).sort((a, b) => a.batch.localeCompare(b.batch));
  const raw: string[] = [];
  const conversations: Conversation[] = [];
  for (const b of batches) {
    const text = readFileSync(join(corpusDir, lang, b.file), 'utf8');
    raw.push(b.batch, text);
    conversations.push(...parseBatch(text));
  }
  return { batches, conversations, raw };
}

/** The model file text for one language, or null when it has no train batches. */
export function trainFromCorpus(corpusDir: string, lang: string): string | null {
  const { batches, conversations, raw } = readSplit(corpusDir, lang, 'train');
  if (conversations.length === 0) return null;
  const file = trainLanguage(lang, conversations, DEFAULT_OPTIONS, {
    corpus: fingerprint(raw),
    batches: batches.map((b) => b.batch),
  });
  return serialize(file);
}

function main(argv: string[]): number {
  const arg = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const corpusDir = resolve(arg('--corpus') ?? join(ROOT, 'data', 'corpus'));
  const only = arg('--lang');
  const check = argv.includes('--check');
  let stale = 0;
  mkdirSync(WEIGHTS_DIR, { recursive: true });
  for (const lang of MODEL_LANGUAGES) {
    if (only && lang !== only) continue;
    const t0 = performance.now();
    const text = trainFromCorpus(corpusDir, lang);
    const ms = Math.round(performance.now() - t0);
    if (text === null) {
      console.log(`${lang}: no train batches, skipped`);
      continue;
    }
    const out = join(WEIGHTS_DIR, `${lang}.json`);
    const kb = (Buffer.byteLength(text) / 1024).toFixed(0);
    if (check) {
      const same = existsSync(out) && readFileSync(out, 'utf8') === text;
      if (!same) stale++;
      console.log(`${lang}: ${same ? 'committed file is what training gives' : 'DIFFERS from training'} (${ms} ms)`);
    } else {
      writeFileSync(out, text);
      console.log(`${lang}: wrote lib/model/weights/${lang}.json, ${kb} KB (${ms} ms)`);
    }
  }
  return stale > 0 ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
