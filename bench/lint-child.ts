/** Runs `tact lint FILE --json` in this process (output discarded) and prints its peak memory and CPU time as JSON. */
import { PassThrough, Writable } from 'node:stream';
import { main } from '../lib/cli/main';

const file = process.argv[2];
if (!file) throw new Error('usage: lint-child.ts FILE');
const sink = new Writable({
  write(_chunk, _enc, cb) {
    cb();
  },
});
const stdin = new PassThrough();
stdin.end();
const code = await main(['lint', file, '--json'], { stdin, stdout: sink, stderr: sink, env: {} });
const cpu = process.cpuUsage();
process.stdout.write(
  `${JSON.stringify({ code, maxRssKb: process.resourceUsage().maxRSS, cpuMs: (cpu.user + cpu.system) / 1000 })}\n`,
);
