/**
 * The rewrite test set (data/rewrite, issue #11): conversations written by hand apart from the rules, the corpus
 * and the evaluation set, each saying what a rewrite of its draft must drop, keep verbatim, add and not add.
 * `npm run eval:rewrite` prints how many cases pass each property, per language; the unit test
 * (test/unit/engine/rewriteSet.test.ts) holds the floors.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze } from '../lib/engine/analyze';
import type { Analysis } from '../lib/engine/types';
import { defaultModels } from '../lib/model';
import { BUILTIN_PACKS } from '../lib/packs/builtin';

export const REWRITE_DIR = resolve(import.meta.dirname, '../data/rewrite');
export const REWRITE_LANGS = ['en', 'et', 'lv', 'ru'] as const;

/** One case of the set. */
export interface RewriteCase {
  id: string;
  batch: string;
  lang: (typeof REWRITE_LANGS)[number];
  industry: string;
  scenario: string;
  customerName: string | null;
  customer: string;
  draft: string;
  good: boolean;
  go?: string[];
  stay?: string[];
  add?: string[][];
  notAdd?: string[];
  note?: string;
}

/** The properties a rewrite is checked for. */
export const PROPERTIES = [
  'flagged_gone', // every `go` phrase is gone
  'facts_kept', // every `stay` phrase is there verbatim
  'good_kept', // a good draft: every sentence of it is there
  'added', // every `add` group has one of its stems in the rewrite
  'nothing_extra', // no `notAdd` string the draft did not have; a good draft gains no placeholder
  'no_repeat', // no two sentences of the rewrite say nearly the same words
  'scenario', // the scenario recognised is the case's
] as const;
export type Property = (typeof PROPERTIES)[number];

/** The cases of one language (none when the file is missing). */
export function rewriteCases(lang: string, dir = REWRITE_DIR): RewriteCase[] {
  const file = join(dir, `${lang}.jsonl`);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as RewriteCase);
}

const lower = (s: string) => s.toLocaleLowerCase();
const words = (s: string) => lower(s).match(/[\p{L}\p{N}]+/gu) ?? [];
/** Sentences of a text: split after a stop or at a line break; only those of three words or more count. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/u)
    .map((s) => s.trim())
    .filter((s) => words(s).length >= 3);
}
const comparable = (s: string) => words(s).join(' ');
const PLACEHOLDER = /\[[^\]\n]{1,60}\]/u;

function repeats(text: string): boolean {
  const ss = sentencesOf(text)
    .map((s) => new Set(words(s)))
    .filter((s) => s.size >= 5);
  for (let i = 0; i < ss.length; i++)
    for (let j = i + 1; j < ss.length; j++) {
      let both = 0;
      for (const w of ss[i]!) if (ss[j]!.has(w)) both++;
      if (both / (ss[i]!.size + ss[j]!.size - both) >= 0.6) return true;
    }
  return false;
}

/** The analysis of a case as the extension makes it (rules and the learned layer). */
export function analyzeCase(c: RewriteCase): Analysis {
  return analyze({ draft: c.draft, customer: c.customer, customerName: c.customerName, lang: c.lang }, BUILTIN_PACKS, {
    models: defaultModels(),
  });
}

/** The properties a case's rewrite fails, each with what was wrong (empty: it passes all). */
export function checkRewrite(c: RewriteCase, a: Analysis): Partial<Record<Property, string>> {
  const out: Partial<Record<Property, string>> = {};
  const r = a.rewrite;
  const rl = lower(r);
  const dl = lower(c.draft);
  const gone = (c.go ?? []).filter((g) => rl.includes(lower(g)));
  if (gone.length) out.flagged_gone = `still there: ${gone.join(' | ')}`;
  // A fact keeps its words; only its first letter may change case where it now opens or continues a sentence.
  const lost = (c.stay ?? []).filter(
    (s) =>
      !r.includes(s) && !r.includes(s[0]!.toUpperCase() + s.slice(1)) && !r.includes(s[0]!.toLowerCase() + s.slice(1)),
  );
  if (lost.length) out.facts_kept = `lost: ${lost.join(' | ')}`;
  if (c.good) {
    const have = comparable(r);
    const missing = sentencesOf(c.draft).filter((s) => !have.includes(comparable(s)));
    if (missing.length) out.good_kept = `lost: ${missing.join(' | ')}`;
  }
  const notAdded = (c.add ?? []).filter((group) => !group.some((stem) => rl.includes(lower(stem))));
  if (notAdded.length) out.added = `none of: ${notAdded.map((g) => g.join('/')).join(' ; ')}`;
  const extra = (c.notAdd ?? []).filter((s) => rl.includes(lower(s)) && !dl.includes(lower(s)));
  if (c.good && PLACEHOLDER.test(r) && !PLACEHOLDER.test(c.draft) && !extra.includes('[')) extra.push('[');
  if (extra.length) out.nothing_extra = `added: ${extra.join(' | ')}`;
  if (repeats(r)) out.no_repeat = 'two sentences say nearly the same';
  if (a.scenario !== c.scenario) out.scenario = `${a.scenario}, not ${c.scenario}`;
  return out;
}

/** Share of the cases that pass each property (cases the property does not apply to count as passing). */
export function passRates(results: readonly Partial<Record<Property, string>>[]): Record<Property | 'all', number> {
  const n = results.length || 1;
  const rate = (p: Property) => results.filter((r) => !(p in r)).length / n;
  const out = Object.fromEntries(PROPERTIES.map((p) => [p, rate(p)])) as Record<Property | 'all', number>;
  out.all = results.filter((r) => Object.keys(r).filter((k) => k !== 'scenario').length === 0).length / n;
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const verbose = process.argv.includes('--verbose');
  const rows: string[] = [`| language | cases | ${PROPERTIES.join(' | ')} | all but scenario |`];
  rows.push(`| --- | --- |${PROPERTIES.map(() => ' --- |').join('')} --- |`);
  for (const lang of REWRITE_LANGS) {
    const cases = rewriteCases(lang);
    if (cases.length === 0) continue;
    const results = cases.map((c) => {
      const a = analyzeCase(c);
      const r = checkRewrite(c, a);
      if (verbose && Object.keys(r).length > 0) {
        console.log(`\n## ${c.id} (${c.good ? 'good' : 'bad'}, ${c.scenario})\n${c.draft}\n--- rewrite:\n${a.rewrite}`);
        for (const [k, v] of Object.entries(r)) console.log(`  ✗ ${k}: ${v}`);
      }
      return r;
    });
    const rates = passRates(results);
    rows.push(
      `| ${lang} | ${cases.length} | ${PROPERTIES.map((p) => rates[p].toFixed(2)).join(' | ')} | ${rates.all.toFixed(2)} |`,
    );
  }
  console.log(`\n${rows.join('\n')}`);
}
