import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyze } from '../../../lib/engine/analyze';
import { BUILTIN_PACKS } from '../../../lib/packs/builtin';
import { PACK_LIMITS, validatePack, validateTemplate } from '../../../lib/packs/schema';
import { TEMPLATE_SLOTS, type Template } from '../../../lib/packs/types';
import { fromPolicy } from '../../../lib/settings/managedSchema';
import { enabledPacks, isPackEnabled } from '../../../lib/settings/packs';
import { readCheckedSettings } from '../../../lib/settings/compilable';
import { SAMPLE_PACK } from '../../fixtures/trust/packs';

/**
 * Settings are untrusted input too (#13): an agent's saved templates, a policy's templates and packs, and keys
 * that name Object.prototype's members. Random and adversarial values, stored and pushed by policy, must never
 * make reading the settings or analysing a draft throw, never drop a built-in pack, and never let anything the
 * schema refuses through; what is refused is named in a notice.
 */

const ROUNDS = 150;

/** mulberry32: a seeded generator, so a failure can be replayed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = rng(0x13);
const int = (n: number) => Math.floor(random() * n);
const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
const chance = (p: number) => random() < p;

/** Keys that name members of Object.prototype, and ordinary pack ids. */
const KEYS = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', 'en.refusal', 'en.general', 'x'];
const SLOTS = [...TEMPLATE_SLOTS, 'constructor', 'toString', '__proto__', 'valueOf', 'nope', '', 'agentName}'];
const PATTERNS = ['we', 'sorry', '(a|b', ')', 'no <~99> way', '*', 'x'.repeat(60), 'thank*', '~3 you'];

function partText(): string {
  const bits: string[] = [];
  for (let i = 0; i < 1 + int(4); i++) {
    const r = random();
    if (r < 0.45) bits.push(`{${pick(SLOTS)}}`);
    else if (r < 0.5) bits.push('{'.repeat(1 + int(3)));
    else if (r < 0.53) bits.push('z'.repeat(PACK_LIMITS.maxTextLength + 1));
    else bits.push(pick(['Hello', 'Thank you', 'We are sorry.', '😀', '\u202E', 'Kind regards,']));
  }
  return bits.join(' ');
}

function template(): unknown {
  const r = random();
  if (r < 0.05) return pick([null, 42, 'text', [], true]);
  if (r < 0.1) return { id: 'default', parts: [] };
  if (r < 0.13) return { id: 'default', parts: Array.from({ length: PACK_LIMITS.maxPartsPerTemplate + 1 }, partText) };
  const t: Record<string, unknown> = {
    id: chance(0.9) ? 'default' : pick([5, '', 'x'.repeat(200)]),
    parts: Array.from({ length: 1 + int(6) }, () =>
      chance(0.6)
        ? partText()
        : {
            text: partText(),
            skipIf: Array.from({ length: int(3) }, () => pick(PATTERNS)),
            ...(chance(0.05) ? { extra: true } : {}),
          },
    ),
  };
  if (chance(0.05)) t.more = 'unknown field';
  return t;
}

/** A templates setting as an object built from JSON, so "__proto__" is an own key as it is when read from storage. */
function templates(): unknown {
  const entries = Array.from({ length: 1 + int(4) }, () => [pick(KEYS), template()]);
  return JSON.parse(JSON.stringify(Object.fromEntries(entries)));
}

const DRAFT = 'Calm down, it is not our fault. There is nothing we can do. Thanks, Emma.';
const CUSTOMER = 'Where is my refund? This is the third time I write!';

beforeEach(() => {
  fakeBrowser.reset();
});

/** Reads the settings as the background does and analyses a draft with them; returns what it got. */
async function readAndAnalyze() {
  const effective = await readCheckedSettings();
  const packs = enabledPacks(effective.settings, BUILTIN_PACKS);
  const analysis = analyze({ draft: DRAFT, customer: CUSTOMER }, packs, { agentName: 'Ana' });
  return { effective, packs, analysis };
}

describe('stored and policy templates (fuzz)', () => {
  it('never throw, never drop a built-in pack, keep only templates the schema takes, and say what they refused', async () => {
    let refused = 0;
    for (let i = 0; i < ROUNDS; i++) {
      fakeBrowser.reset();
      const stored = templates();
      const policy = chance(0.5) ? templates() : undefined;
      await fakeBrowser.storage.local.set({ templates: stored });
      if (policy !== undefined) await fakeBrowser.storage.managed.set({ templates: JSON.stringify(policy) });
      const { effective, packs, analysis } = await readAndAnalyze();
      const kept = effective.settings.templates;
      for (const [id, t] of Object.entries(kept)) {
        expect(validateTemplate(t).ok, `${id}: ${JSON.stringify(t)}`).toBe(true);
      }
      const offered = Object.keys((policy ?? stored) as object).length;
      const bad = Object.values((policy ?? stored) as object).filter((t) => !validateTemplate(t).ok).length;
      if (bad > 0) {
        refused++;
        expect(effective.notices.some((n) => /template for ".*" was refused/.test(n))).toBe(true);
      }
      expect(Object.keys(kept).length).toBe(offered - bad);
      // Every built-in pack is still there (a broken template no longer takes its pack down with it).
      for (const b of BUILTIN_PACKS) {
        if (isPackEnabled(effective.settings, b.id)) expect(packs.some((p) => p.id === b.id)).toBe(true);
      }
      // Prototype members never reach the reply.
      expect(analysis.rewrite).not.toMatch(/native code|function |\[object Object\]|undefined/);
    }
    expect(refused).toBeGreaterThan(ROUNDS / 4);
  }, 120_000);
});

describe('keys that name Object.prototype members', () => {
  it('are plain keys as pack toggles, template keys, template slots and pack ids', async () => {
    const own = { id: 'default', parts: ['Hello {constructor} {toString} {__proto__}', '{body}', 'Regards'] };
    await fakeBrowser.storage.sync.set({
      packToggles: JSON.parse('{"constructor": false, "__proto__": false, "toString": true, "en.tone": true}'),
    });
    await fakeBrowser.storage.local.set({
      templates: JSON.parse(`{"constructor": ${JSON.stringify(own)}, "__proto__": ${JSON.stringify(own)}}`),
      customPacks: [{ ...SAMPLE_PACK, id: 'constructor' }],
    });
    const { effective, packs, analysis } = await readAndAnalyze();
    // The unknown slots are refused by the schema: the template is not used, and the agent is told.
    expect(Object.keys(effective.settings.templates)).toEqual([]);
    expect(effective.notices.filter((n) => n.includes('unknown slot'))).toHaveLength(2);
    expect(isPackEnabled(effective.settings, 'constructor')).toBe(false);
    expect(isPackEnabled(effective.settings, '__proto__')).toBe(false);
    expect(isPackEnabled(effective.settings, 'valueOf')).toBe(true);
    expect(isPackEnabled(effective.settings, 'hasOwnProperty')).toBe(true);
    expect(packs.some((p) => p.id === 'constructor')).toBe(false);
    expect(packs.filter((p) => p.id.startsWith('en.')).length).toBe(
      BUILTIN_PACKS.filter((p) => p.id.startsWith('en.')).length,
    );
    expect(analysis.rewrite).not.toMatch(/native code|function /);
  });

  it('a pack named "constructor" with no own template keeps its own (no prototype member is taken for one)', () => {
    const pack = { ...SAMPLE_PACK, id: 'constructor' };
    expect(validatePack(pack).ok).toBe(true);
    const settings = {
      packToggles: {},
      silencedRules: [],
      language: 'auto' as const,
      uiLanguage: 'auto' as const,
      profile: { name: '', company: '', signature: '' },
      templates: {} as Record<string, Template>,
      customPacks: [pack],
      sites: { enabled: [], disabled: [] },
    };
    const packs = enabledPacks(settings, BUILTIN_PACKS);
    const mine = packs.find((p) => p.id === 'constructor')!;
    expect(mine.templates).toEqual(pack.templates);
  });

  it('a slot named like a prototype member in a built-in-shaped template stays text in the reply', () => {
    const pack = BUILTIN_PACKS.find((p) => p.id === 'en.general')!;
    const sneaky = { ...pack, templates: [{ id: 'default', parts: ['Hello {constructor},', '{body}'] }] };
    const packs = BUILTIN_PACKS.map((p) => (p.id === pack.id ? sneaky : p));
    const analysis = analyze({ draft: 'Thanks for writing. Your parcel left today.', lang: 'en' }, packs);
    expect(analysis.rewrite).not.toMatch(/native code|function/);
  });
});

describe('policy custom packs', () => {
  it('get the import limits: too many packs, a pack over the size limit, a duplicate id are refused and named', async () => {
    const many = Array.from({ length: PACK_LIMITS.maxCustomPacks + 1 }, (_, i) =>
      JSON.stringify({ ...SAMPLE_PACK, id: `acme.p${i}` }),
    );
    await fakeBrowser.storage.managed.set({ customPacks: many });
    let r = await readCheckedSettings();
    expect(r.settings.customPacks).toEqual([]);
    expect(r.notices.some((n) => n.includes(`at most ${PACK_LIMITS.maxCustomPacks}`))).toBe(true);

    const huge = JSON.stringify({ ...SAMPLE_PACK, id: 'acme.huge', description: 'x'.repeat(PACK_LIMITS.maxJsonBytes) });
    const ok = JSON.stringify({ ...SAMPLE_PACK, id: 'acme.ok' });
    await fakeBrowser.storage.managed.set({ customPacks: [huge, ok, ok, '{not json'] });
    r = await readCheckedSettings();
    expect(r.settings.customPacks.map((p) => p.id)).toEqual(['acme.ok']);
    expect(r.notices.some((n) => n.includes('"acme.huge"') && n.includes('bytes'))).toBe(true);
    expect(r.notices.some((n) => n.includes('"acme.ok"') && n.includes('same id'))).toBe(true);
    expect(r.notices.some((n) => n.includes('rule pack 4 was refused'))).toBe(true);
    expect(r.locked).toContain('customPacks');
  });

  it('random policy values never make reading the settings throw', async () => {
    const junk = (): unknown =>
      pick([
        null,
        42,
        'x',
        '{',
        [],
        {},
        [null],
        ['{}'],
        [JSON.stringify(SAMPLE_PACK)],
        { a: 1 },
        JSON.parse('{"__proto__": {"polluted": true}}'),
        'x'.repeat(10_000),
      ]);
    for (let i = 0; i < ROUNDS; i++) {
      fakeBrowser.reset();
      const policy: Record<string, unknown> = {};
      for (const key of ['packToggles', 'silencedRules', 'language', 'profile', 'templates', 'customPacks', 'sites']) {
        if (chance(0.5)) policy[key] = junk();
      }
      await fakeBrowser.storage.managed.set(policy);
      const { effective, analysis } = await readAndAnalyze();
      expect(typeof analysis.score).toBe('number');
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      for (const key of Object.keys(policy)) {
        const value = fromPolicy(key, policy[key]);
        if (value === null || value === undefined) continue;
        // A key is either locked with a usable value or ignored with a notice.
        const locked = effective.locked.includes(key as never);
        expect(locked || effective.notices.some((n) => n.includes(`"${key}"`)), key).toBe(true);
      }
    }
  }, 120_000);
});
