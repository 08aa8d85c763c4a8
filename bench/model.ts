/**
 * The learned layer's speed (#12): classifyDraft() (scenario + every sentence's tone and role) on 600-character
 * drafts per language, analyze() alone, and the two together, as CPU time per call (median of several runs).
 * Drafts are built from the corpus's train conversations, with a customer message each.
 *
 *   npx tsx bench/model.ts [--corpus DIR]
 */
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { analyze } from '../lib/engine/analyze';
import { splitSentences } from '../lib/engine/segment';
import { defaultModels, classifyDraft } from '../lib/model/index';
import { MODEL_LANGUAGES, ROOT, readSplit } from '../lib/model/train';
import { BUILTIN_PACKS } from '../lib/packs';
import { cpuMs, median, quantile, timeRuns, warmForSync } from './stats';

/** Drafts of about `chars` characters (whole corpus drafts joined), each with the first draft's customer. */
function drafts(corpusDir: string, lang: string, chars: number, count: number) {
  const convs = readSplit(corpusDir, lang, 'train').conversations;
  const out: { draft: string; customer: string }[] = [];
  let i = 0;
  while (out.length < count && i < convs.length) {
    const customer = convs[i]!.customer;
    let draft = '';
    while (draft.length < chars && i < convs.length) draft += (draft ? '\n\n' : '') + convs[i++]!.draft;
    out.push({ draft: draft.slice(0, chars), customer });
  }
  return out;
}

function main(argv: string[]): void {
  const i = argv.indexOf('--corpus');
  const corpusDir = resolve(i >= 0 ? argv[i + 1]! : join(ROOT, 'data', 'corpus'));
  const models = defaultModels();
  const decode = MODEL_LANGUAGES.map((lang) => {
    const t0 = cpuMs();
    models.get(lang);
    return `${lang} ${(cpuMs() - t0).toFixed(1)} ms`;
  });
  console.log(`decoding a language's model on first use (CPU): ${decode.join(', ')}`);
  console.log(
    '| language | analyze() | learned layer | both | layer + scenario drivers | both, p95 | analyze(), least disturbed | learned layer, least disturbed | both, least disturbed | layer + drivers, least disturbed |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const lang of MODEL_LANGUAGES) {
    const cases = drafts(corpusDir, lang, 600, 20);
    const model = (c: { draft: string; customer: string }) => {
      const sentences = splitSentences(c.draft).map(({ start, end }) => ({ start, end }));
      return classifyDraft(models, lang, { customer: c.customer, draft: c.draft, sentences });
    };
    const rules = (c: { draft: string; customer: string }) =>
      analyze({ draft: c.draft, customer: c.customer, lang }, BUILTIN_PACKS);
    const both = (c: { draft: string; customer: string }) => [rules(c), model(c)];
    // The scenario's drivers are worked out when first read (for the reasons the panel shows): timed apart.
    const drivers = (c: { draft: string; customer: string }) => model(c)?.scenario.drivers;
    const fns = [rules, model, both, drivers];
    // Per draft, the three are timed in turn (the same conditions for each): the median of its runs, and the
    // least disturbed run (on a shared machine the others' load only ever adds time).
    const med: number[][] = [[], [], [], []];
    const min: number[][] = [[], [], [], []];
    const all: number[] = [];
    for (const c of cases) {
      fns.forEach((fn, k) => {
        warmForSync(() => fn(c), 30);
        const t = timeRuns(() => fn(c), 9, 0);
        med[k]!.push(median(t));
        min[k]!.push(Math.min(...t));
        if (k === 2) all.push(...t);
      });
    }
    const f = (x: number) => `${x.toFixed(3)} ms`;
    console.log(
      `| ${lang} | ${med.map((x) => f(median(x))).join(' | ')} | ${f(quantile(all, 0.95))} | ${min.map((x) => f(median(x))).join(' | ')} |`,
    );
  }
  console.log(
    `load average at the end: ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' / ')} (2 cores)`,
  );
}

main(process.argv.slice(2));
