/** Figures that need Node: `tact lint` on 10,000 saved replies, and other text tools on the same drafts. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../lib/engine/analyze';
import type { RulePack } from '../lib/packs/types';
import { draftOfLength, savedRepliesCsv } from './corpus';
import { median, quantile, timeRunsAsync, warmFor } from './stats';

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
export interface Tool {
  name: string;
  run?: (text: string) => unknown;
  runAsync?: (text: string) => Promise<unknown>;
  error?: string;
}

/** The tools of the comparison, Tact first, by the id a child process is given. */
export const TOOL_IDS = ['tact', 'harper', 'alex', 'write-good', 'sentiment'] as const;
export type ToolId = (typeof TOOL_IDS)[number];

/** Loads one tool (in the process that will time it). */
export async function loadTool(id: ToolId, packs: readonly RulePack[]): Promise<Tool> {
  try {
    switch (id) {
      case 'tact':
        return { name: 'Tact analyze()', run: (t) => analyze({ draft: t, lang: 'en' }, packs) };
      case 'harper': {
        const { LocalLinter } = await import('harper.js');
        const { binary } = await import('harper.js/binary');
        const linter = new LocalLinter({ binary });
        await linter.setup();
        return { name: 'harper.js (LocalLinter, WebAssembly)', runAsync: (t) => linter.lint(t) };
      }
      case 'alex': {
        const alex = await import('alex');
        return { name: 'alex (text)', run: (t) => alex.text(t) };
      }
      case 'write-good': {
        const writeGood = (await import('write-good')).default;
        return { name: 'write-good', run: (t) => writeGood(t) };
      }
      case 'sentiment': {
        const Sentiment = (await import('sentiment')).default;
        const s = new Sentiment();
        return { name: 'sentiment (AFINN)', run: (t) => s.analyze(t) };
      }
    }
  } catch (e) {
    return { name: id, error: e instanceof Error ? e.message : String(e) };
  }
}

/** What a child process reports: the tool's name, and its CPU milliseconds per call on each draft. */
export interface ChildReport {
  name: string;
  error?: string;
  sizes: { chars: number; samples: number[] }[];
}

/** Times one tool on drafts of the given sizes, in this process: warm-up, then `runs` samples per size. */
export async function timeTool(tool: Tool, drafts: readonly string[], runs: number): Promise<ChildReport> {
  if (tool.error) return { name: tool.name, error: tool.error, sizes: [] };
  const sizes: ChildReport['sizes'] = [];
  for (const draft of drafts) {
    // Each call is awaited (WebAssembly tools return a promise; for the others the await costs a microtask).
    const once = async () => {
      await (tool.runAsync ? tool.runAsync(draft) : tool.run!(draft));
    };
    await warmFor(once, 1_500);
    sizes.push({ chars: draft.length, samples: await timeRunsAsync(once, runs, 0) });
  }
  return { name: tool.name, sizes };
}

/**
 * Tact's analyze() and the other tools on the same English drafts of each size. Each tool is timed in a process
 * of its own (no tool's heap, garbage or caches weigh on another's figures), in `rounds` rounds with the order
 * reversed every other round, so a change in the machine's load reaches all tools alike; per tool and size the
 * median and p95 of all its samples.
 */
export function benchCompare(
  englishDrafts: readonly string[],
  sizes: readonly number[] = [600, 5_000, 20_000],
  runs = 15,
  rounds = 3,
): CompareRow[] {
  const drafts = sizes.map((n) => draftOfLength(englishDrafts, n));
  const dir = mkdtempSync(join(tmpdir(), 'tact-compare-'));
  const reports = new Map<ToolId, ChildReport[]>();
  try {
    const file = join(dir, 'drafts.json');
    writeFileSync(file, JSON.stringify(drafts));
    const perRound = Math.ceil(runs / rounds);
    for (let r = 0; r < rounds; r++) {
      const order = r % 2 === 0 ? [...TOOL_IDS] : [...TOOL_IDS].reverse();
      for (const id of order) {
        const child = spawnSync(
          process.execPath,
          ['--import', 'tsx', 'bench/compare-child.ts', id, file, String(perRound)],
          { encoding: 'utf8', maxBuffer: 1 << 24 },
        );
        const report: ChildReport =
          child.status === 0
            ? (JSON.parse(child.stdout.trim().split('\n').pop()!) as ChildReport)
            : { name: id, error: `exited with ${child.status}: ${child.stderr.slice(-300)}`, sizes: [] };
        reports.set(id, [...(reports.get(id) ?? []), report]);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const rows: CompareRow[] = [];
  drafts.forEach((draft, k) => {
    const samplesOf = (id: ToolId) => (reports.get(id) ?? []).flatMap((rep) => rep.sizes[k]?.samples ?? []);
    const tact = median(samplesOf('tact'));
    for (const id of TOOL_IDS) {
      const reps = reports.get(id) ?? [];
      const failed = reps.find((rep) => rep.error);
      const name = reps.find((rep) => !rep.error)?.name ?? failed?.name ?? id;
      const samples = samplesOf(id);
      if (samples.length === 0) {
        rows.push({
          tool: name,
          chars: draft.length,
          median: Number.NaN,
          p95: Number.NaN,
          ratio: null,
          note: failed?.error ?? 'no samples',
        });
        continue;
      }
      const m = median(samples);
      rows.push({ tool: name, chars: draft.length, median: m, p95: quantile(samples, 0.95), ratio: m / tact });
    }
  });
  return rows;
}
