import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROLE_LABELS, SCENARIO_LABELS, TONE_LABELS } from '../../../lib/model/corpus';
import { BUILTIN_PACKS } from '../../../lib/packs/builtin';
import { exampleText } from '../../../lib/packs/examples';

/** The labelled corpus (data/corpus/README.md): its format, its size and its distance from the evaluation set. */

const ROOT = resolve(import.meta.dirname, '../../..');
const CORPUS = join(ROOT, 'data/corpus');
const DEV = resolve(ROOT, '../shared/eval/dev.jsonl');
const LANGS = ['en', 'et', 'lv', 'ru'] as const;
// The corpus's labels, as the trainer reads them (data/corpus/README.md).
const SCENARIOS: readonly string[] = SCENARIO_LABELS;
const ROLES: ReadonlySet<string> = new Set(ROLE_LABELS);
const TONES: ReadonlySet<string> = new Set(TONE_LABELS);

interface Line {
  id: string;
  batch: string;
  lang: string;
  industry: string;
  customer: string;
  scenario: string;
  negative: boolean;
  draft: string;
  sentences: { text: string; role: string; tone: string; span?: string }[];
  keep: string[];
}
interface Batch {
  batch: string;
  file: string;
  split: 'train' | 'test';
  writer: string;
  date: string;
}

function load(lang: string): { batches: Batch[]; lines: Line[] } {
  const batches = JSON.parse(readFileSync(join(CORPUS, lang, 'batches.json'), 'utf8')) as Batch[];
  const lines = batches.flatMap((b) =>
    readFileSync(join(CORPUS, lang, b.file), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as Line),
  );
  return { batches, lines };
}

/** Lower-case words, one space apart: sentences compared regardless of punctuation and case. */
const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

describe.each(LANGS)('corpus %s', (lang) => {
  const { batches, lines } = load(lang);

  it('lists every batch file with its provenance, and holds whole batches out as the test split', () => {
    const files = readdirSync(join(CORPUS, lang)).filter((f) => f.endsWith('.jsonl'));
    expect(batches.map((b) => b.file).sort()).toEqual(files.sort());
    for (const b of batches) {
      expect(b.writer).toMatch(/hand-written/);
      expect(b.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(batches.some((b) => b.split === 'test')).toBe(true);
    expect(batches.filter((b) => b.split === 'train').length).toBeGreaterThanOrEqual(batches.length - 2);
  });

  it('has at least 400 conversations, 50 per scenario, about half of them good, from ten or more industries', () => {
    expect(lines.length).toBeGreaterThanOrEqual(400);
    for (const sc of SCENARIOS) expect(lines.filter((l) => l.scenario === sc).length, sc).toBeGreaterThanOrEqual(50);
    const good = lines.filter((l) => !l.negative).length / lines.length;
    expect(good).toBeGreaterThan(0.4);
    expect(good).toBeLessThan(0.6);
    expect(new Set(lines.map((l) => l.industry)).size).toBeGreaterThanOrEqual(10);
  });

  it('labels every sentence of every draft with a role and a tone, and marks the words of each flagged one', () => {
    const ids = new Set<string>();
    for (const l of lines) {
      expect(ids.has(l.id), l.id).toBe(false);
      ids.add(l.id);
      expect(l.lang).toBe(lang);
      expect(SCENARIOS).toContain(l.scenario);
      expect(l.customer.trim().length, l.id).toBeGreaterThan(0);
      // The draft is its sentences in order, joined by a space or a line break.
      let rest = l.draft;
      for (const s of l.sentences) {
        expect(ROLES.has(s.role), `${l.id}: role ${s.role}`).toBe(true);
        expect(TONES.has(s.tone), `${l.id}: tone ${s.tone}`).toBe(true);
        expect(rest.startsWith(s.text), `${l.id}: ${s.text}`).toBe(true);
        rest = rest.slice(s.text.length).replace(/^[ \n]+/u, '');
        if (s.tone !== 'fine') expect(s.text.includes(s.span ?? '\u0000'), `${l.id}: span`).toBe(true);
      }
      expect(rest, l.id).toBe('');
      expect(l.negative, l.id).toBe(l.sentences.some((s) => s.tone !== 'fine'));
      for (const k of l.keep) expect(l.draft.includes(k), `${l.id}: keep ${k}`).toBe(true);
    }
  });
});

// Sentences this short ("Labdien!", "Kind regards,") are the language's stock and may occur anywhere.
const MIN_WORDS = 5;

/** Sentences of five words or more of the development set's drafts and customer messages, as compared. */
function devSentencesOf(): Set<string> {
  const dev = readFileSync(DEV, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { draft: string; customer: string });
  return new Set(
    dev
      .flatMap((c) => [c.draft, c.customer])
      .flatMap((t) => t.split(/(?<=[.!?…])\s+|\n+/u))
      .map(norm)
      .filter((s) => s.split(' ').length >= MIN_WORDS),
  );
}

describe.skipIf(!existsSync(DEV))('distance from the evaluation set (skipped when it is absent)', () => {
  it('has no sentence of the development set in the corpus', () => {
    const devSentences = devSentencesOf();
    const found: string[] = [];
    for (const lang of LANGS) {
      for (const l of load(lang).lines) {
        for (const s of [...l.sentences.map((x) => x.text), ...l.customer.split(/(?<=[.!?…])\s+|\n+/u)]) {
          if (devSentences.has(norm(s))) found.push(`${l.id}: ${s}`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('has no sentence of the development set in a rule example', () => {
    const devSentences = devSentencesOf();
    const found: string[] = [];
    for (const pack of BUILTIN_PACKS) {
      for (const rule of pack.rules) {
        for (const ex of [...rule.examples.fires.map(exampleText), ...rule.examples.silent]) {
          if (devSentences.has(norm(ex))) found.push(`${pack.id}.${rule.id}: ${ex}`);
        }
      }
    }
    expect(found).toEqual([]);
  });
});
