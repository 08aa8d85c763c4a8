/** Figures that need Node: `tact lint` on 10,000 saved replies, and other text tools on the same drafts. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../lib/engine/analyze';
import type { RulePack } from '../lib/packs/types';
import { draftOfLength, savedRepliesCsv } from './corpus';
import { median, quantile, timeRuns, timeRunsAsync, warmFor } from './stats';

/** Throughput of the real `tact lint` command. */
export interface LintBench {
  replies: number;
  fileBytes: number;
  /** Median wall time of the whole command (start-up included). */
  wallMs: number;
  /** Median CPU time of the whole command (start-up included). */
  cpuMs: number;
  /** Replies per CPU second. */
  draftsPerSecond: number;
  peakRssMb: number;
  runs: number;
}

/** Writes `n` generated saved replies to a CSV and runs `tact lint --json` on it `runs` times. */
export function benchLint(drafts: readonly string[], n = 10_000, runs = 3): LintBench {
  const dir = mkdtempSync(join(tmpdir(), 'tact-bench-'));
  try {
    const file = join(dir, 'replies.csv');
    const csv = savedRepliesCsv(drafts, n);
    writeFileSync(file, csv);
    const walls: number[] = [];
    const rss: number[] = [];
    const cpus: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const r = spawnSync(process.execPath, ['--import', 'tsx', 'bench/lint-child.ts', file], {
        encoding: 'utf8',
        maxBuffer: 1 << 26,
      });
      walls.push(performance.now() - t0);
      if (r.status !== 0) throw new Error(`tact lint failed: ${r.stderr.slice(-1000)}`);
      const info = JSON.parse(r.stdout.trim().split('\n').pop()!) as { maxRssKb: number; cpuMs: number };
      rss.push(info.maxRssKb / 1024);
      cpus.push(info.cpuMs);
    }
    const cpu = median(cpus);
    return {
      replies: n,
      fileBytes: Buffer.byteLength(csv),
      wallMs: median(walls),
      cpuMs: cpu,
      draftsPerSecond: (n / cpu) * 1000,
      peakRssMb: Math.max(...rss),
      runs,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One tool's time on one draft size, and how it compares to Tact's analyze(). */
export interface CompareRow {
  tool: string;
  chars: number;
  median: number;
  p95: number;
  /** tool time / Tact time (medians): above 1 means the tool is slower than Tact. */
  ratio: number | null;
  note?: string;
}

/** A text tool to compare with: a name and a function that checks a text (or why it could not load). */
interface Tool {
  name: string;
  run?: (text: string) => unknown;
  runAsync?: (text: string) => Promise<unknown>;
  error?: string;
}

async function loadTools(): Promise<Tool[]> {
  const tools: Tool[] = [];
  try {
    const { LocalLinter } = await import('harper.js');
    const { binary } = await import('harper.js/binary');
    const linter = new LocalLinter({ binary });
    await linter.setup();
    tools.push({ name: 'harper.js (LocalLinter, WebAssembly)', runAsync: (t) => linter.lint(t) });
  } catch (e) {
    tools.push({ name: 'harper.js', error: e instanceof Error ? e.message : String(e) });
  }
  try {
    const alex = await import('alex');
    tools.push({ name: 'alex (text)', run: (t) => alex.text(t) });
  } catch (e) {
    tools.push({ name: 'alex', error: e instanceof Error ? e.message : String(e) });
  }
  try {
    const writeGood = (await import('write-good')).default;
    tools.push({ name: 'write-good', run: (t) => writeGood(t) });
  } catch (e) {
    tools.push({ name: 'write-good', error: e instanceof Error ? e.message : String(e) });
  }
  try {
    const Sentiment = (await import('sentiment')).default;
    const s = new Sentiment();
    tools.push({ name: 'sentiment (AFINN)', run: (t) => s.analyze(t) });
  } catch (e) {
    tools.push({ name: 'sentiment', error: e instanceof Error ? e.message : String(e) });
  }
  return tools;
}

/** Tact's analyze() and the other tools on the same English drafts of each size; median of `runs`. */
export async function benchCompare(
  englishDrafts: readonly string[],
  packs: readonly RulePack[],
  sizes: readonly number[] = [600, 5_000, 20_000],
  runs = 15,
): Promise<CompareRow[]> {
  const tools = await loadTools();
  const rows: CompareRow[] = [];
  for (const n of sizes) {
    const draft = draftOfLength(englishDrafts, n);
    const tactRun = () => analyze({ draft, lang: 'en' }, packs);
    await warmFor(tactRun);
    const tactTimes = timeRuns(tactRun, runs, 0);
    const tact = median(tactTimes);
    rows.push({ tool: 'Tact analyze()', chars: draft.length, median: tact, p95: quantile(tactTimes, 0.95), ratio: 1 });
    for (const tool of tools) {
      if (tool.error) {
        rows.push({
          tool: tool.name,
          chars: draft.length,
          median: Number.NaN,
          p95: Number.NaN,
          ratio: null,
          note: tool.error,
        });
        continue;
      }
      const times = tool.runAsync
        ? await warmFor(() => tool.runAsync!(draft)).then(() => timeRunsAsync(() => tool.runAsync!(draft), runs, 0))
        : await warmFor(() => tool.run!(draft)).then(() => timeRuns(() => tool.run!(draft), runs, 0));
      const m = median(times);
      rows.push({ tool: tool.name, chars: draft.length, median: m, p95: quantile(times, 0.95), ratio: m / tact });
    }
  }
  return rows;
}
