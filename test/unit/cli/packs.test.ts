import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_PACKS } from '../../../lib/packs/builtin';
import { runCli } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'tact-packs-'));
const pack = {
  id: 'acme.en',
  language: 'en',
  scenario: 'refusal',
  version: 1,
  name: 'Acme',
  rules: [
    {
      id: 'no-refunds',
      patterns: ['no refunds'],
      message: 'Say what you can do.',
      source: 'practice',
      weight: 5,
      dimension: 'positivity',
      examples: { fires: ['No refunds.'], silent: ['We can refund.'] },
    },
  ],
};

describe('tact packs', () => {
  it('validates a good pack', async () => {
    const p = join(dir, 'ok.json');
    writeFileSync(p, JSON.stringify(pack));
    const r = await runCli(['packs', 'validate', p]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('ok: pack "acme.en"');
  });
  it('reports errors with their path and exits 1', async () => {
    const p = join(dir, 'bad.json');
    writeFileSync(p, JSON.stringify({ ...pack, rules: [{ ...pack.rules[0], patterns: ['no (refunds'] }] }));
    const r = await runCli(['packs', 'validate', p]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('pack "acme.en" › rule "no-refunds" › patterns[0]: missing ")" at 11');
  });
  it('exports the built-in packs, filtered by language', async () => {
    const all = await runCli(['packs', 'export']);
    expect(JSON.parse(all.out)).toHaveLength(BUILTIN_PACKS.length);
    const ru = await runCli(['packs', 'export', '--lang', 'ru']);
    const packs = JSON.parse(ru.out) as { language: string }[];
    expect(packs.every((p) => p.language === 'ru')).toBe(true);
    expect((await runCli(['packs', 'export', '--lang', 'xx'])).code).toBe(2);
    expect((await runCli(['packs'])).code).toBe(2);
  });
});
