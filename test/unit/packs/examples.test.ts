import { describe, expect, it } from 'vitest';
import { fitReplacement } from '../../../lib/engine/fit';
import type { Hit } from '../../../lib/packs/api';
import { BUILTIN_PACKS } from '../../../lib/packs/builtin';
import { compilePacks, matchPatterns, ruleFires, ruleHits } from '../../../lib/packs/compile';
import { exampleText, readExample } from '../../../lib/packs/examples';
import { formatPackError, validatePack, validatePackSet } from '../../../lib/packs/schema';
import { indexText } from '../../../lib/packs/text';

// Every built-in pack is checked by the same schema as an imported one.
describe('built-in packs pass the schema', () => {
  it('every pack is valid and pack ids are unique', () => {
    const errors = BUILTIN_PACKS.flatMap((p) => {
      const v = validatePack(p);
      return v.ok ? [] : v.errors.map(formatPackError);
    });
    expect(errors).toEqual([]);
    const set = validatePackSet(BUILTIN_PACKS);
    expect(set.ok ? [] : set.errors.map(formatPackError)).toEqual([]);
  });
});

const valid = BUILTIN_PACKS.filter((p) => validatePack(p).ok);
const set = valid.length ? compilePacks(valid) : null;

/** A rule's hits on a text, overlapping hits joined: what the agent sees flagged. */
function flagged(rule: NonNullable<typeof set>['rules'][number], text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const h of ruleHits(rule, set!.scan(indexText(text))) as Hit[]) {
    const last = out[out.length - 1];
    if (last && h.start < last.end) last.end = Math.max(last.end, h.end);
    else out.push({ start: h.start, end: h.end });
  }
  return out;
}

// Each rule's own examples: `fires` sentences are matched by the rule (after `unless`) on exactly the words
// they mark, `silent` ones are not. For a 'missing' rule, `fires` are drafts that lack what it asks for,
// `silent` are drafts that have it.
describe('built-in rules flag exactly what their examples mark and stay silent on the others', () => {
  for (const rule of set?.rules ?? []) {
    it(rule.id, () => {
      const wrong: string[] = [];
      for (const marked of rule.rule.examples.fires) {
        const { text, spans } = readExample(marked);
        if (!ruleFires(rule, set!.scan(indexText(text)))) wrong.push(`should fire: ${text}`);
        else if (rule.rule.kind !== 'missing') {
          if (spans.length === 0) wrong.push(`marks no span: ${text}`);
          const got = flagged(rule, text)
            .map((s) => `[${text.slice(s.start, s.end)}]`)
            .join(' ');
          const want = spans.map((s) => `[${text.slice(s.start, s.end)}]`).join(' ');
          if (got !== want) wrong.push(`flags ${got}, the example marks ${want}: ${text}`);
        }
      }
      for (const text of rule.rule.examples.silent)
        if (ruleFires(rule, set!.scan(indexText(text)))) wrong.push(`should be silent: ${text}`);
      expect(wrong).toEqual([]);
    });
  }
});

// A rule with a replacement shows what its suggestion does to a sentence, exactly as "apply" in the panel
// does it (every hit replaced, fitted to its place): the way Harper's rules carry `test "before" "after"`.
describe('built-in replacements read as their before → after examples say', () => {
  for (const rule of (set?.rules ?? []).filter((r) => r.rule.replacement !== undefined)) {
    it(rule.id, () => {
      const corrections = rule.rule.examples.corrections ?? [];
      expect(corrections.length, 'a rule with a replacement carries before → after examples').toBeGreaterThan(0);
      const got = corrections.map(({ before }) => {
        let text = before;
        for (const s of flagged(rule, before).reverse())
          text =
            text.slice(0, s.start) + fitReplacement(text, s.start, s.end, rule.rule.replacement!) + text.slice(s.end);
        return text;
      });
      expect(got).toEqual(corrections.map((c) => c.after));
    });
  }
});

// Every pattern and every `unless` of a rule is shown at work by one of its examples: a pattern no example hits
// is either dead or untested. Phrase rules' patterns are hit by a `fires` example, a missing rule's by a
// `silent` one (what the draft has); an `unless` by any example.
describe('every pattern and unless is hit by one of its rule’s examples', () => {
  for (const p of BUILTIN_PACKS) {
    it(p.id, () => {
      const unhit: string[] = [];
      for (const r of p.rules) {
        const fires = r.examples.fires.map(exampleText);
        const shown = r.kind === 'missing' ? r.examples.silent : fires;
        for (const pat of r.patterns)
          if (!shown.some((t) => matchPatterns([pat], t)[0]!.length > 0)) unhit.push(`${r.id} pattern: ${pat}`);
        for (const pat of r.unless ?? [])
          if (![...fires, ...r.examples.silent].some((t) => matchPatterns([pat], t)[0]!.length > 0))
            unhit.push(`${r.id} unless: ${pat}`);
      }
      expect(unhit).toEqual([]);
    });
  }
});
