/**
 * Drafts to measure on: the dev set's drafts when the evaluation set sits next to the project
 * (../shared/eval/dev.jsonl), otherwise the built-in rules' own example sentences.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Language } from '../lib/engine/types';
import { BUILTIN_PACKS } from '../lib/packs/builtin';
import { exampleText } from '../lib/packs/examples';

export { draftOfLength } from './drafts';

/** One draft with what the engine may be told about it. */
export interface BenchCase {
  id: string;
  lang: Language;
  draft: string;
  customer?: string;
  customerName?: string | null;
}

const DEV = '../shared/eval/dev.jsonl';

/** The cases to measure on and where they came from. */
export function loadCases(): { source: string; cases: BenchCase[] } {
  if (existsSync(DEV)) {
    const cases = readFileSync(DEV, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as BenchCase);
    return { source: `dev set (${cases.length} cases)`, cases };
  }
  const cases: BenchCase[] = [];
  for (const p of BUILTIN_PACKS)
    for (const r of p.rules)
      r.examples.fires.forEach((marked, i) => {
        cases.push({ id: `${p.id}.${r.id}.${i}`, lang: p.language, draft: exampleText(marked) });
      });
  return { source: `built-in rule examples (${cases.length} sentences; dev set not found)`, cases };
}

/** `n` saved replies, varied by combining dev drafts, as a CSV with id,name,text. */
export function savedRepliesCsv(drafts: readonly string[], n: number): string {
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const rows = ['id,name,text'];
  for (let i = 0; i < n; i++) {
    const a = drafts[i % drafts.length]!;
    const b = drafts[(i * 7 + 3) % drafts.length]!;
    const text = i % 3 === 0 ? `${a}\n${b}` : a;
    rows.push(`${i + 1},${q(`Reply ${i + 1}`)},${q(text)}`);
  }
  return `${rows.join('\n')}\n`;
}

/**
 * English text for the long drafts: the English cases' drafts, then the English rule examples (sentences
 * that fire a rule or stay silent). Enough distinct sentences for a 20,000-character draft that repeats none,
 * so no tool is measured on text it has already seen within the same draft; longer drafts (the growth table)
 * go round again.
 */
export function englishPool(cases: readonly BenchCase[]): string[] {
  return languagePool(cases, 'en');
}

/** The same for any language: its cases' drafts, then its rule examples. */
export function languagePool(cases: readonly BenchCase[], lang: Language): string[] {
  const drafts = cases.filter((c) => c.lang === lang).map((c) => c.draft);
  const examples = BUILTIN_PACKS.filter((p) => p.language === lang).flatMap((p) =>
    p.rules.flatMap((r) => [...r.examples.fires.map(exampleText), ...r.examples.silent]),
  );
  return [...new Set([...drafts, ...examples])];
}

/** Language names for tables. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  et: 'Estonian',
  lv: 'Latvian',
  ru: 'Russian',
};
