import { describe, expect, it } from 'vitest';
import { BUILTIN_PACKS } from '../../../lib/packs/builtin';
import { compilePacks, ruleFires } from '../../../lib/packs/compile';
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

// Each rule's own examples: `fires` sentences are matched by the rule (after `unless`), `silent` ones are not.
// For a 'missing' rule, `fires` are drafts that lack what it asks for, `silent` are drafts that have it.
describe('built-in rules fire on their examples and stay silent on the others', () => {
  const valid = BUILTIN_PACKS.filter((p) => validatePack(p).ok);
  const set = valid.length ? compilePacks(valid) : null;
  for (const rule of set?.rules ?? []) {
    it(rule.id, () => {
      const wrong: string[] = [];
      for (const text of rule.rule.examples.fires)
        if (!ruleFires(rule, set!.scan(indexText(text)))) wrong.push(`should fire: ${text}`);
      for (const text of rule.rule.examples.silent)
        if (ruleFires(rule, set!.scan(indexText(text)))) wrong.push(`should be silent: ${text}`);
      expect(wrong).toEqual([]);
    });
  }
});
