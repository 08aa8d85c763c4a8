import { describe, expect, it } from 'vitest';
import { formatPackError, validatePack, validatePackJson, validatePackSet } from '../../../lib/packs/schema';
import type { RulePack } from '../../../lib/packs/types';

/** A small valid pack; tests break one field at a time. */
function pack(): RulePack {
  return {
    id: 'acme.en',
    language: 'en',
    scenario: 'refusal',
    version: 1,
    name: 'Acme refunds',
    rules: [
      {
        id: 'no-refunds',
        patterns: ["we (do not|don't) (refund|give refunds)", 'no refunds'],
        unless: ['instead'],
        message: 'Say what you can do instead.',
        source: 'practice §4',
        replacement: 'we can offer [alternative]',
        weight: 6,
        dimension: 'positivity',
        examples: { fires: ["We don't refund."], silent: ['We can offer store credit instead.'] },
      },
      {
        id: 'no-apology',
        kind: 'missing',
        scenarios: ['complaint'],
        patterns: ['sorry'],
        message: 'Apologise first.',
        source: 'practice §5',
        weight: 5,
        dimension: 'warmth',
        examples: { fires: ['We will look into it.'], silent: ["I'm sorry about that."] },
      },
    ],
    cues: [{ patterns: ['refund*'], in: 'customer', weight: 3, label: 'customer asks for a refund' }],
    templates: [{ id: 'default', parts: ['{greeting}', { text: "I'm sorry.", skipIf: ['sorry'] }, '{body}'] }],
  };
}

const errors = (x: unknown) => {
  const v = validatePack(x);
  return v.ok ? [] : v.errors.map(formatPackError);
};

describe('validatePack', () => {
  it('accepts a valid pack', () => {
    const v = validatePack(pack());
    expect(v.ok).toBe(true);
  });
  it('names pack › rule › field for a bad pattern, with the position', () => {
    const p = pack();
    p.rules[0]!.patterns.push('no (refunds))');
    expect(errors(p)).toEqual(['pack "acme.en" › rule "no-refunds" › patterns[2]: unexpected ")" at 12']);
  });
  it('checks unless, cues and skipIf patterns too', () => {
    const p = pack();
    p.rules[0]!.unless = ['(a'];
    p.cues![0]!.patterns = ['~2 x'];
    (p.templates![0]!.parts[1] as { skipIf: string[] }).skipIf = ['x*y'];
    expect(errors(p)).toEqual([
      'pack "acme.en" › rule "no-refunds" › unless[0]: missing ")" at 2',
      'pack "acme.en" › cues[0] › patterns[0]: "~N" must stand between two words at 0',
      'pack "acme.en" › template "default" › parts[1] › skipIf[0]: "*" may only end a stem at 1',
    ]);
  });
  it('checks weight, dimension, kind and scenarios', () => {
    const p = pack() as unknown as { rules: Record<string, unknown>[] };
    p.rules[0]!.weight = 11;
    p.rules[0]!.dimension = 'rudeness';
    delete p.rules[1]!.scenarios;
    expect(errors(p)).toEqual([
      'pack "acme.en" › rule "no-refunds" › weight: must be an integer from 1 to 10; got 11',
      'pack "acme.en" › rule "no-refunds" › dimension: must be one of warmth, ownership, positivity, clarity, closing; got "rudeness"',
      'pack "acme.en" › rule "no-apology": a rule of kind "missing" needs "scenarios"',
    ]);
  });
  it("checks a template part's plain sentence: no blank in it", () => {
    const p = pack();
    const part = p.templates![0]!.parts[1] as { text: string; skipIf: string[]; plain?: string };
    part.plain = 'We can offer [alternative].';
    expect(errors(p)).toEqual([
      'pack "acme.en" › template "default" › parts[1] › plain: must have no [blank]: it is the sentence without them',
    ]);
    part.plain = 'We can look for another way.';
    expect(errors(p)).toEqual([]);
  });
  it('checks ids, duplicates, unknown fields and missing fields', () => {
    const p = pack() as unknown as { rules: Record<string, unknown>[]; colour?: string };
    p.rules[1]!.id = 'no-refunds';
    p.colour = 'red';
    delete p.rules[0]!.message;
    p.rules[0]!.Id = 'x';
    const e = errors(p);
    expect(e).toContain('pack "acme.en": unknown field "colour"');
    expect(e).toContain('pack "acme.en" › rule "no-refunds": duplicate rule id "no-refunds"');
    expect(e).toContain('pack "acme.en" › rule "no-refunds": missing "message"');
    expect(e).toContain('pack "acme.en" › rule "no-refunds": unknown field "Id"');
    expect(errors({ ...pack(), id: 'Acme EN' })).toEqual([
      'pack "Acme EN" › id: must be lower-case words joined by ".", "_" or "-", e.g. "acme.en.refunds"',
    ]);
  });
  it('checks limits: rules, patterns per rule, message length', () => {
    const p = pack();
    p.rules[0]!.patterns = Array.from({ length: 21 }, (_, i) => `w${i}`);
    p.rules[0]!.message = 'x'.repeat(501);
    const e = errors(p);
    expect(e).toContain('pack "acme.en" › rule "no-refunds" › patterns: has 21 patterns; at most 20 are allowed');
    expect(e).toContain('pack "acme.en" › rule "no-refunds" › message: is 501 characters; at most 500 are allowed');
    const many = pack();
    many.rules = Array.from({ length: 501 }, (_, i) => ({ ...pack().rules[0]!, id: `r${i}` }));
    expect(errors(many)).toEqual(['pack "acme.en" › rules: has 501 rules; at most 500 are allowed']);
  });
  it('checks template slots, phrases and examples', () => {
    const p = pack();
    p.templates![0]!.parts.push('{greting}');
    p.rules[0]!.examples = { fires: [], silent: ['ok'] };
    const e = errors(p);
    expect(e[0]).toBe('pack "acme.en" › rule "no-refunds" › examples › fires: needs at least one example');
    expect(e[1]).toMatch(/^pack "acme\.en" › template "default" › parts\[3\]: unknown slot "\{greting\}"/);
    expect(errors({ ...pack(), phrases: { hello: 'x' } })).toEqual([
      'pack "acme.en" › phrases: only a tone pack has phrases',
      'pack "acme.en" › phrases: unknown phrase "hello"; phrases are greetingNamed, greetingPlain, closing, closingPlain, factsIntro',
    ]);
  });
  it('refuses what is not a pack', () => {
    expect(errors(null)).toEqual(['pack: must be an object']);
    expect(errors([])).toEqual(['pack: must be an object']);
    expect(errors({}).length).toBeGreaterThan(3);
  });
});

describe('validatePackJson and validatePackSet', () => {
  it('reports invalid JSON and too large JSON', () => {
    expect(validatePackJson('{').ok).toBe(false);
    const big = JSON.stringify({ ...pack(), description: 'x'.repeat(600_000) });
    const v = validatePackJson(big);
    expect(v.ok ? '' : v.errors[0]!.message).toMatch(/at most 524288 are allowed/);
    expect(validatePackJson(JSON.stringify(pack())).ok).toBe(true);
  });
  it('finds duplicate pack ids', () => {
    const v = validatePackSet([pack(), pack()]);
    expect(v.ok).toBe(false);
    expect(v.ok ? [] : v.errors.map(formatPackError)).toEqual(['pack "acme.en": duplicate pack id (packs[1])']);
    expect(validatePackSet([pack(), { ...pack(), id: 'acme.en2' }]).ok).toBe(true);
  });
});
