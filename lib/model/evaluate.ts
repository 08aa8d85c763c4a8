/**
 * `npm run model:eval`: the learned layer (#12) measured on the corpus's held-out batches (split "test"), per
 * language: scenario accuracy, sentence-tone accuracy, flagged-sentence recall, clean-sentence specificity,
 * role accuracy. `--cv` instead measures on the train batches, one batch held out at a time (for tuning
 * without looking at the test batches).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Conversation } from './corpus';
import { classifyDraft, loadModels, type Models } from './models';
import { MODEL_LANGUAGES, ROOT, readSplit, WEIGHTS_DIR } from './train';
import { DEFAULT_OPTIONS, type LanguageOptions, trainLanguage } from './trainer';
import { sentenceOffsets } from './corpus';

/** Held-out figures of one language. */
export interface Metrics {
  conversations: number;
  sentences: number;
  scenario: number;
  tone: number;
  flaggedRecall: number;
  cleanSpecificity: number;
  role: number;
  /** Tone accuracy on flagged sentences that were flagged: the category is right. */
  category: number;
}

/** Measures loaded models on labelled conversations (tone labels merged as the model merges them). */
export function measure(models: Models, lang: string, convs: readonly Conversation[]): Metrics {
  let scen = 0;
  let sentences = 0;
  let tone = 0;
  let flagged = 0;
  let caught = 0;
  let clean = 0;
  let kept = 0;
  let role = 0;
  let rightCategory = 0;
  const merged = models.get(lang)?.tone.merged ?? {};
  for (const c of convs) {
    const offsets = sentenceOffsets(c);
    const p = classifyDraft(models, lang, {
      customer: c.customer,
      draft: c.draft,
      sentences: offsets.map((o) => (o.start >= 0 ? o : { start: 0, end: 0 })),
    });
    if (!p) throw new Error(`no model for ${lang}`);
    if (p.scenario.label === c.scenario) scen++;
    c.sentences.forEach((s, i) => {
      const got = p.sentences[i]!;
      const gold = merged[s.tone] ?? s.tone;
      sentences++;
      if (got.tone.label === gold) tone++;
      if (gold === 'fine') {
        clean++;
        if (got.tone.label === 'fine') kept++;
      } else {
        flagged++;
        if (got.tone.label !== 'fine') {
          caught++;
          if (got.tone.label === gold) rightCategory++;
        }
      }
      if (got.role.label === s.role) role++;
    });
  }
  const ratio = (a: number, b: number) => (b === 0 ? Number.NaN : a / b);
  return {
    conversations: convs.length,
    sentences,
    scenario: ratio(scen, convs.length),
    tone: ratio(tone, sentences),
    flaggedRecall: ratio(caught, flagged),
    cleanSpecificity: ratio(kept, clean),
    role: ratio(role, sentences),
    category: ratio(rightCategory, caught),
  };
}

/** Leave-one-batch-out over the train batches: each batch measured by a model trained on the others. */
export function crossValidate(
  corpusDir: string,
  lang: string,
  opts: LanguageOptions = DEFAULT_OPTIONS,
): Metrics | null {
  const { conversations } = readSplit(corpusDir, lang, 'train');
  const batches = [...new Set(conversations.map((c) => c.batch))].sort();
  if (batches.length < 2) return null;
  const sums: Record<string, number> = {};
  const totals = { conversations: 0, sentences: 0 };
  for (const b of batches) {
    const train = conversations.filter((c) => c.batch !== b);
    const test = conversations.filter((c) => c.batch === b);
    const models = loadModels(trainLanguage(lang, train, opts, { corpus: '', batches: [] }));
    const m = measure(models, lang, test);
    for (const [k, v] of Object.entries(m)) {
      if (k === 'conversations' || k === 'sentences' || Number.isNaN(v)) continue;
      // Weighted by what each figure counts over (conversations for scenario, sentences for the rest).
      const w = k === 'scenario' ? m.conversations : m.sentences;
      sums[k] = (sums[k] ?? 0) + v * w;
    }
    totals.conversations += m.conversations;
    totals.sentences += m.sentences;
  }
  const avg = (k: string) => (sums[k] ?? 0) / (k === 'scenario' ? totals.conversations : totals.sentences);
  return {
    ...totals,
    scenario: avg('scenario'),
    tone: avg('tone'),
    flaggedRecall: avg('flaggedRecall'),
    cleanSpecificity: avg('cleanSpecificity'),
    role: avg('role'),
    category: avg('category'),
  };
}

/** One table row. */
export function formatRow(lang: string, m: Metrics): string {
  const f = (x: number) => (Number.isNaN(x) ? '–' : x.toFixed(3));
  return `| ${lang} | ${m.conversations} | ${m.sentences} | ${f(m.scenario)} | ${f(m.tone)} | ${f(m.flaggedRecall)} | ${f(m.cleanSpecificity)} | ${f(m.category)} | ${f(m.role)} |`;
}

/** The table's header. */
export const HEADER = [
  '| lang | conversations | sentences | scenario | tone | flagged recall | clean specificity | category (of caught) | role |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
].join('\n');

function main(argv: string[]): void {
  const i = argv.indexOf('--corpus');
  const corpusDir = resolve(i >= 0 ? argv[i + 1]! : join(ROOT, 'data', 'corpus'));
  const cv = argv.includes('--cv');
  console.log(cv ? 'Leave-one-batch-out over the train batches' : 'Held-out batches (split "test")');
  console.log(HEADER);
  for (const lang of MODEL_LANGUAGES) {
    if (cv) {
      const m = crossValidate(corpusDir, lang);
      if (m) console.log(formatRow(lang, m));
      continue;
    }
    const { conversations } = readSplit(corpusDir, lang, 'test');
    if (conversations.length === 0) continue;
    const models = loadModels(JSON.parse(readFileSync(join(WEIGHTS_DIR, `${lang}.json`), 'utf8')));
    console.log(formatRow(lang, measure(models, lang, conversations)));
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
