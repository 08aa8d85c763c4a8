import { spawnSync } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { main } from '../../../lib/cli/main';

/** Runs the CLI in-process with string stdin; returns exit code and captured output. */
export async function runCli(argv: string[], stdin = '', opts: { tty?: boolean } = {}) {
  const input = new PassThrough();
  const stdout = Object.assign(new PassThrough(), { isTTY: opts.tty ?? false, columns: 120 });
  const stderr = Object.assign(new PassThrough(), { isTTY: opts.tty ?? false });
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => {
    out += d.toString('utf8');
  });
  stderr.on('data', (d: Buffer) => {
    err += d.toString('utf8');
  });
  input.end(stdin);
  const code = await main(argv, { stdin: input, stdout, stderr, env: {} });
  return { code, out, err };
}

/** Runs the real command (`npx tsx lib/cli/main.ts …`) as a child process. */
export function spawnCli(argv: string[], stdin = '') {
  const r = spawnSync('npx', ['tsx', 'lib/cli/main.ts', ...argv], { input: stdin, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
