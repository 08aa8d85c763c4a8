/**
 * The learned layer's speed (#12): classifyDraft() (scenario + every sentence's tone and role) on 600-character
 * drafts per language, analyze() alone, and the two together, as CPU time per call (median of several runs).
 * Drafts are built from the corpus's train conversations, with a customer message each.
 *
 *   npx tsx bench/model.ts [--corpus DIR]
 */
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
  console.log('| language | analyze() | learned layer | both | p95 both |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const lang of MODEL_LANGUAGES) {
    const cases = drafts(corpusDir, lang, 600, 20);
    const model = (c: { draft: string; customer: string }) => {
      const sentences = splitSentences(c.draft).map(({ start, end }) => ({ start, end }));
      return classifyDraft(models, lang, { customer: c.customer, draft: c.draft, sentences });
    };
    const rules = (c: { draft: string; customer: string }) =>
      analyze({ draft: c.draft, customer: c.customer, lang }, BUILTIN_PACKS);
    const per = (fn: (c: { draft: string; customer: string }) => unknown) => {
      const times: number[] = [];
      for (const c of cases) {
        warmForSync(() => fn(c), 50);
        times.push(...timeRuns(() => fn(c), 5, 0));
      }
      return times;
    };
    const a = per(rules);
    const m = per(model);
    const both = per((c) => {
      rules(c);
      // The drivers of the scenario too, as a finding would show them.
      return model(c)?.scenario.drivers;
    });
    const f = (x: number) => `${x.toFixed(3)} ms`;
    console.log(`| ${lang} | ${f(median(a))} | ${f(median(m))} | ${f(median(both))} | ${f(quantile(both, 0.95))} |`);
  }
}

main(process.argv.slice(2));
