/**
 * The learned layer's room (DESIGN.md): what the extension loads imports nothing outside lib/model and no
 * Node, DOM or browser API; training and evaluation (Node) are never reached from the runtime.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TONE_LABELS } from '../../../lib/model/corpus';
import { TONE_MESSAGES, toneMessage } from '../../../lib/model/messages';
import { ROOT } from '../../../lib/model/train';

const DIR = join(ROOT, 'lib', 'model');
const NODE_ONLY = new Set(['train.ts', 'evaluate.ts']);

function importsOf(file: string): string[] {
  const src = readFileSync(join(DIR, file), 'utf8');
  return [...src.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
}

/** The files reached from index.ts through relative imports. */
function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (f: string) => {
    if (seen.has(f)) return;
    seen.add(f);
    for (const spec of importsOf(f))
      if (spec.startsWith('./') && !spec.endsWith('.json')) visit(`${spec.slice(2).replace(/\.ts$/, '')}.ts`);
  };
  visit(entry);
  return seen;
}

describe('lib/model', () => {
  it('imports nothing outside itself, and Node only in the training and evaluation scripts', () => {
    for (const f of readdirSync(DIR).filter((x) => x.endsWith('.ts'))) {
      for (const spec of importsOf(f)) {
        if (NODE_ONLY.has(f) && spec.startsWith('node:')) continue;
        expect(spec, `${f} imports ${spec}`).toMatch(/^\.\//);
      }
      const src = readFileSync(join(DIR, f), 'utf8');
      if (!NODE_ONLY.has(f)) expect(src, f).not.toMatch(/\b(document|window|chrome|browser|process|Buffer)\./);
    }
  });

  it('loads no trainer at run time', () => {
    const runtime = reachable('index.ts');
    expect(runtime.has('models.ts')).toBe(true);
    for (const f of ['trainer.ts', 'train.ts', 'evaluate.ts', 'corpus.ts']) expect(runtime.has(f), f).toBe(false);
  });

  it('has a message for every flagged tone category in every language, each one sentence', () => {
    for (const t of TONE_LABELS) {
      if (t === 'fine') continue;
      const m = TONE_MESSAGES[t];
      expect(m, t).toBeDefined();
      expect(m!.practice.length).toBeGreaterThan(10);
      for (const lang of ['en', 'et', 'lv', 'ru'] as const) {
        const text = m![lang];
        expect(text, `${t}/${lang}`).toMatch(/^\P{Ll}.*[.!?]$/u);
        expect(text.match(/[.!?](\s|$)/g)?.length ?? 0, `${t}/${lang}: one sentence`).toBe(1);
        expect(toneMessage(lang, t)).toBe(text);
      }
      // Each language's text is its own, not a copy of the English one.
      expect(new Set([m!.en, m!.et, m!.lv, m!.ru]).size).toBe(4);
    }
    expect(toneMessage('fi', 'blaming')).toBe(TONE_MESSAGES.blaming!.en);
    expect(toneMessage('en', 'fine')).toBeUndefined();
  });
});
