/**
 * Engine figures that need no Node API (so the same functions can run in a browser page later):
 * analyze() on the dev drafts, on long drafts, the growth from 100 characters to 1 MB, and pack compilation.
 */
import { analyze } from '../lib/engine/analyze';
import { compilePacks } from '../lib/packs/compile';
import type { RulePack } from '../lib/packs/types';
import type { BenchCase } from './corpus';
import { draftOfLength } from './drafts';
import { cpuMs, median, quantile, timeRuns, warmForSync } from './stats';

/** Median and 95th percentile of one measured thing. */
export interface Timing {
  label: string;
  median: number;
  p95: number;
  runs: number;
}

/** analyze() per dev-set draft (with the customer's message and name), over several rounds. */
export function benchAnalyzeDev(cases: readonly BenchCase[], packs: readonly RulePack[], rounds = 5): Timing {
  const one = (c: BenchCase) =>
    analyze({ draft: c.draft, customer: c.customer, customerName: c.customerName ?? null }, packs);
  for (const c of cases) one(c); // warm-up: compiles each language's packs once
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const c of cases) {
      const t0 = cpuMs();
      one(c);
      times.push(cpuMs() - t0);
    }
  }
  return {
    label: `dev-set drafts (${cases.length})`,
    median: median(times),
    p95: quantile(times, 0.95),
    runs: times.length,
  };
}

/** analyze() on drafts of given lengths built from the dev drafts of one language. */
export function benchAnalyzeSizes(
  drafts: readonly string[],
  packs: readonly RulePack[],
  sizes: readonly number[] = [600, 20_000],
  runs = 20,
): Timing[] {
  return sizes.map((n) => {
    const draft = draftOfLength(drafts, n);
    const run = () => analyze({ draft }, packs);
    warmForSync(run);
    const times = timeRuns(run, runs, 0);
    return {
      label: `${draft.length.toLocaleString('en')} characters`,
      median: median(times),
      p95: quantile(times, 0.95),
      runs,
    };
  });
}

/** One row of the growth table. */
export interface GrowthRow {
  chars: number;
  median: number;
  /** Microseconds per character: flat when the engine is linear. */
  usPerChar: number;
  findings: number;
}

/** analyze() from 100 characters to 1 MB in half-decade steps (fewer runs for the big ones). */
export function benchGrowth(drafts: readonly string[], packs: readonly RulePack[], maxChars = 1_000_000): GrowthRow[] {
  const sizes: number[] = [];
  for (let e = 2; 10 ** e <= maxChars; e += 0.5) sizes.push(Math.round(10 ** e));
  return sizes.map((n) => {
    const draft = draftOfLength(drafts, n);
    const runs = n >= 300_000 ? 3 : n >= 30_000 ? 5 : 15;
    let findings = 0;
    const times = timeRuns(
      () => {
        findings = analyze({ draft }, packs).findings.length;
      },
      runs,
      1,
    );
    const m = median(times);
    return { chars: draft.length, median: m, usPerChar: (m * 1000) / draft.length, findings };
  });
}

/** Compiling every pattern of the packs into one matcher (a fresh array each run, so nothing is cached). */
export function benchCompile(packs: readonly RulePack[], runs = 10): Timing & { patterns: number; rules: number } {
  let patterns = 0;
  let rules = 0;
  const times = timeRuns(
    () => {
      const set = compilePacks([...packs]);
      patterns = set.patterns.length;
      rules = set.rules.length;
    },
    runs,
    1,
  );
  return { label: `${packs.length} packs`, median: median(times), p95: quantile(times, 0.95), runs, patterns, rules };
}
