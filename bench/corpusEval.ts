/**
 * Scores the engine on the corpus's held-out batches (data/corpus, split "test") with the evaluation scorer,
 * as the evaluation set would be scored: `npm run eval:corpus` (or `-- --split train`).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const split = process.argv.includes('--split') ? process.argv[process.argv.indexOf('--split') + 1] : 'test';
const cases: string[] = [];
for (const lang of ['en', 'et', 'lv', 'ru']) {
  const batches = JSON.parse(readFileSync(join(ROOT, 'data/corpus', lang, 'batches.json'), 'utf8')) as {
    file: string;
    split: string;
  }[];
  for (const b of batches.filter((x) => x.split === split)) {
    for (const line of readFileSync(join(ROOT, 'data/corpus', lang, b.file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const c = JSON.parse(line);
      cases.push(
        JSON.stringify({
          id: c.id,
          lang,
          industry: c.industry,
          customerName: c.customerName ?? null,
          customer: c.customer,
          draft: c.draft,
          scenario: c.scenario,
          also: [],
          negative: c.negative,
          spans: c.sentences.filter((s: { tone: string }) => s.tone !== 'fine').map((s: { span: string }) => s.span),
          keep: c.keep,
        }),
      );
    }
  }
}
const file = join(mkdtempSync(join(tmpdir(), 'tact-corpus-')), `${split}.jsonl`);
writeFileSync(file, `${cases.join('\n')}\n`);
const scorer = resolve(ROOT, '../shared/eval/score.mjs');
process.stdout.write(
  execFileSync('node', [scorer, file, ...process.argv.slice(2).filter((a) => a === '--json')], { cwd: ROOT }),
);
