import { describe, expect, it } from 'vitest';
import { runCli, spawnCli } from './helpers';

const lines = (s: string) =>
  s
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('tact analyze (JSON Lines)', () => {
  it('answers every line in order, with the contract fields', async () => {
    const input = [
      { id: 'a', draft: "Hi Laura, I don't know. Calm down.", customerName: 'Laura' },
      { id: 'b', draft: 'Tere! Kahjuks ma ei tea.', lang: 'et' },
      { draft: 'Thanks, I will check and write back by Friday.' },
    ]
      .map((x) => JSON.stringify(x))
      .join('\n');
    const { code, out } = await runCli(['analyze'], `${input}\n`);
    expect(code).toBe(0);
    const res = lines(out);
    expect(res.map((r) => r.id)).toEqual(['a', 'b', null]);
    for (const r of res) {
      for (const k of ['language', 'scenario', 'scenarioConfidence', 'score', 'dimensions', 'findings', 'rewrite'])
        expect(r).toHaveProperty(k);
      expect(typeof r.score).toBe('number');
    }
    expect(res[1]!.language).toBe('et');
    const draft = "Hi Laura, I don't know. Calm down.";
    const findings = res[0]!.findings as { start: number; end: number; text: string; rule: string; message: string }[];
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(draft.slice(f.start, f.end)).toBe(f.text);
      expect(typeof f.rule).toBe('string');
      expect(typeof f.message).toBe('string');
    }
  });
  it('answers a bad line with an error and goes on', async () => {
    const input = [
      '{"id":1,"draft":"Hello."}',
      'not json',
      '{"id":3}',
      '{"id":4,"draft":5}',
      '[1]',
      '{"id":6,"draft":"Hi.","lang":"xx"}',
      '',
      '{"id":7,"draft":"Bye."}',
    ].join('\n');
    const { code, out } = await runCli(['analyze'], input);
    expect(code).toBe(0);
    const res = lines(out);
    expect(res.map((r) => r.id)).toEqual([1, null, 3, 4, null, 6, 7]);
    expect(res[0]).not.toHaveProperty('error');
    expect(res[1]!.error).toMatch(/^invalid JSON/);
    expect(res[2]!.error).toBe('missing "draft"');
    expect(res[3]!.error).toBe('"draft" must be a string');
    expect(res[4]!.error).toBe('a line must be a JSON object');
    expect(res[5]!.error).toMatch(/"lang" must be one of/);
    expect(res[6]).toHaveProperty('score');
  });
  it('gives a readable report with --text, the flagged text marked', async () => {
    const { code, out } = await runCli(['analyze', '--text', "Hi Laura, I don't know.", '--name', 'Laura']);
    expect(code).toBe(0);
    expect(out).toMatch(/^Language +en/m);
    expect(out).toMatch(/^Scenario +\w+ \(confidence \d+ %\)/m);
    expect(out).toMatch(/^Score +\d+\/100/m);
    expect(out).toContain("»I don't know«");
    expect(out).toMatch(/^Rewrite$/m);
  });
  it('underlines with ANSI on a terminal', async () => {
    const { out } = await runCli(['analyze', '--text', "I don't know."], '', { tty: true });
    expect(out).toContain("\x1b[4mI don't know\x1b[24m");
  });
  it('exits 2 with usage on a usage error', async () => {
    for (const argv of [
      ['analyze', '--lang', 'xx'],
      ['analyze', 'extra'],
      ['analyze', '--bogus'],
      ['nope'],
      [],
      ['analyze', '--customer', 'x'],
    ]) {
      const { code, err } = await runCli(argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(err).toContain('usage:');
    }
  });
});

describe('the real command', () => {
  it('streams JSON Lines through stdin and stdout, and exits 2 on a usage error', () => {
    const ok = spawnCli(['analyze'], '{"id":"x","draft":"Hello, I don\'t know."}\n{"id":"y"}\n');
    expect(ok.code).toBe(0);
    const res = lines(ok.out);
    expect(res).toHaveLength(2);
    expect(res[0]!.id).toBe('x');
    expect(res[1]!.error).toBe('missing "draft"');
    const bad = spawnCli(['frobnicate']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('usage:');
  }, 60_000);
});
