/** Timing helpers for the benchmarks: medians and percentiles of repeated runs (never a pass/fail check). */

/** The q-quantile (0..1) of a list of numbers, by nearest rank. */
export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
}

/** The median of a list of numbers. */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/**
 * CPU milliseconds this process spends (user + system). Figures use CPU time, not wall time: on a shared machine
 * wall time mostly measures the wait for a core, while CPU time measures the work.
 */
export function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** How many calls make one sample last about 2 ms, so short calls are measured above the clock's resolution. */
function batchSize(fn: () => unknown): number {
  const t0 = cpuMs();
  fn();
  const one = Math.max(cpuMs() - t0, 0.001);
  return Math.max(1, Math.min(10_000, Math.ceil(2 / one)));
}

/** CPU milliseconds per call of `fn`: `runs` samples after `warmup` untimed calls (short calls are batched). */
export function timeRuns(fn: () => unknown, runs: number, warmup = 1): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const batch = batchSize(fn);
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = cpuMs();
    for (let k = 0; k < batch; k++) fn();
    out.push((cpuMs() - t0) / batch);
  }
  return out;
}

/** Like timeRuns for async functions (the work must run in this process, e.g. WebAssembly on this thread). */
export async function timeRunsAsync(fn: () => Promise<unknown>, runs: number, warmup = 1): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const t = cpuMs();
  await fn();
  const batch = Math.max(1, Math.min(10_000, Math.ceil(2 / Math.max(cpuMs() - t, 0.001))));
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = cpuMs();
    for (let k = 0; k < batch; k++) await fn();
    out.push((cpuMs() - t0) / batch);
  }
  return out;
}

/**
 * Calls `fn` for about `ms` milliseconds (at least twice) before it is timed: the JIT compiles a function only
 * after many calls, and every tool gets the same chance to reach its steady state.
 */
export async function warmFor(fn: () => unknown, ms = 400): Promise<void> {
  const until = performance.now() + ms;
  for (let i = 0; i < 2 || performance.now() < until; i++) await fn();
}

/** warmFor for a synchronous function. */
export function warmForSync(fn: () => unknown, ms = 400): void {
  const until = performance.now() + ms;
  for (let i = 0; i < 2 || performance.now() < until; i++) fn();
}

/** Formats milliseconds with sensible precision. */
export function ms(x: number): string {
  if (!Number.isFinite(x)) return '–';
  if (x < 0.1) return `${(x * 1000).toFixed(1)} µs`;
  if (x < 10) return `${x.toFixed(2)} ms`;
  if (x < 1000) return `${x.toFixed(1)} ms`;
  return `${(x / 1000).toFixed(2)} s`;
}

/** A markdown table. */
export function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}
