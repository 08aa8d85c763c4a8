/**
 * Where the rules miss or misfire on the corpus's training batches (data/corpus, split "train"): sentences
 * labelled with a tone category that no rule flags, and fine sentences of good drafts that a rule flags. A
 * worklist for writing rules that generalise; the held-out batches are never listed (they measure).
 * `npm run rules:gaps -- --lang et [--tone condescending] [--alarms]`
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze } from '../lib/engine/analyze';
import type { Language } from '../lib/engine/types';
import { type BatchInfo, parseBatch, sentenceOffsets } from '../lib/model/corpus';
import { BUILTIN_PACKS } from '../lib/packs/builtin';

const CORPUS = resolve(import.meta.dirname, '../data/corpus');
const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const lang = (arg('lang') ?? 'en') as Language;
const tone = arg('tone');
const alarmsOnly = process.argv.includes('--alarms');

const batches = JSON.parse(readFileSync(join(CORPUS, lang, 'batches.json'), 'utf8')) as BatchInfo[];
const conversations = batches
  .filter((b) => b.split === 'train')
  .flatMap((b) => parseBatch(readFileSync(join(CORPUS, lang, b.file), 'utf8')));

const missed = new Map<string, string[]>();
const alarms: string[] = [];
let flaggedSentences = 0;
let caught = 0;
for (const c of conversations) {
  const a = analyze({ draft: c.draft, customer: c.customer, lang }, BUILTIN_PACKS);
  const offsets = sentenceOffsets(c);
  const good = c.sentences.every((s) => s.tone === 'fine');
  c.sentences.forEach((s, i) => {
    const { start, end } = offsets[i]!;
    if (start < 0) return;
    const hits = a.findings.filter((f) => f.start < end && f.end > start && !f.rule.startsWith('model.'));
    // Missing-rule findings mark a sentence for what the draft lacks, not for what it says.
    const phrase = hits.filter((f) => f.text.length < end - start + 1 || f.start > start);
    if (s.tone !== 'fine') {
      flaggedSentences++;
      if (phrase.length > 0) caught++;
      else if (!tone || s.tone === tone) missed.set(s.tone, [...(missed.get(s.tone) ?? []), `${c.id}: ${s.text}`]);
    } else if (good && phrase.length > 0)
      alarms.push(`${c.id}: ${s.text}  ←  ${phrase.map((f) => `${f.rule} [${f.text}]`).join('; ')}`);
  });
}
console.log(
  `${lang}: ${conversations.length} training conversations, ${caught}/${flaggedSentences} flagged sentences caught by a rule, ${alarms.length} false alarms on good drafts`,
);
if (!alarmsOnly)
  for (const [t, list] of [...missed].sort((x, y) => y[1].length - x[1].length)) {
    console.log(`\n## missed ${t} (${list.length})`);
    for (const l of list) console.log(`  ${l}`);
  }
console.log(`\n## false alarms (${alarms.length})`);
for (const l of alarms) console.log(`  ${l}`);
