import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSavedReplies } from '../../../lib/cli/commands/lint';
import { runCli } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'tact-lint-'));
const file = (name: string, content: string) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

const CSV = [
  'id,name,text',
  'good,Friendly,"Hi, thanks for writing! I have checked your order and it ships tomorrow. Is there anything else I can help with?"',
  'bad,Rude,"Calm down. It\'s not my job to fix this, I don\'t know."',
  'mid,Meh,"I don\'t know, sorry."',
].join('\n');

describe('tact lint', () => {
  it('prints a table sorted by score, worst first', async () => {
    const { code, out } = await runCli(['lint', file('replies.csv', CSV)]);
    expect(code).toBe(0);
    const rows = out.trim().split('\n').slice(2);
    expect(rows).toHaveLength(3);
    const scores = rows.map((r) => Number(r.split(/\s+/)[1]));
    expect([...scores].sort((a, b) => a - b)).toEqual(scores);
    expect(rows[0]!.startsWith('bad')).toBe(true);
    expect(out.split('\n')[0]).toMatch(/^id +score +lang +scenario +found +top finding/);
  });
  it('gives JSON with --json, in the same order', async () => {
    const { code, out } = await runCli(['lint', file('replies2.csv', CSV), '--json']);
    expect(code).toBe(0);
    const doc = JSON.parse(out) as { count: number; replies: { id: string; score: number; findings: unknown[] }[] };
    expect(doc.count).toBe(3);
    expect(doc.replies[0]!.id).toBe('bad');
    expect(doc.replies[0]!.findings.length).toBeGreaterThan(0);
    for (let i = 1; i < doc.replies.length; i++)
      expect(doc.replies[i]!.score).toBeGreaterThanOrEqual(doc.replies[i - 1]!.score);
  });
  it('reads JSON Lines with text or draft, and reports bad lines on stderr', async () => {
    const p = file('r.jsonl', '{"id":"a","text":"I don\'t know."}\n{"name":"b","draft":"Hello!"}\nnope\n');
    const { code, out, err } = await runCli(['lint', p, '--json']);
    expect(code).toBe(0);
    expect((JSON.parse(out) as { count: number }).count).toBe(2);
    expect(err).toContain('line 3');
  });
  it('shows progress on stderr only when asked (or on a terminal)', async () => {
    const p = file('p.csv', CSV);
    expect((await runCli(['lint', p])).err).toBe('');
    expect((await runCli(['lint', p, '--progress'])).err).toMatch(/linted 3\/3/);
  });
  it('says clearly when the file is missing or the CSV has no text column', async () => {
    const missing = await runCli(['lint', join(dir, 'nope.csv')]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('no such file');
    const noText = await runCli(['lint', file('bad.csv', 'id,body2\n1,hello')]);
    expect(noText.code).toBe(1);
    expect(noText.err).toContain('has no "text" column');
    expect((await runCli(['lint'])).code).toBe(2);
  });
  it('parses saved replies from CSV with quoted line breaks and a BOM', () => {
    const { replies } = parseSavedReplies('\ufeffText,ID\n"Line one.\nLine two.",x\n,empty\n', 'a.csv');
    expect(replies).toEqual([{ id: 'x', text: 'Line one.\nLine two.' }]);
  });
});
