/**
 * The growth table as a PNG: an SVG chart (log-scale characters against log-scale milliseconds, with a dashed
 * line of slope 1 through the first point, where linear growth would lie) drawn in an HTML string and rendered
 * by headless Chromium. System fonts only; the page loads nothing.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM } from '../test/browser/harness';

/** One point of the chart: a draft length and the median time of analyze() on it. */
export interface GrowthPoint {
  chars: number;
  /** Milliseconds. */
  median: number;
}

const WIDTH = 760;
const HEIGHT = 470;
const PLOT = { left: 84, right: 28, top: 62, bottom: 70 };
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Liberation Sans', sans-serif";
const INK = '#1f2328';
const MUTED = '#59636e';
const GRID = '#e6e8eb';
const LINE = '#0b69c7';
const REFERENCE = '#b4540a';

/** Margin around the data on each log axis, in decades, so no point sits on the frame. */
const PAD = 0.1;

/** Powers of ten whose exponents lie within [lo, hi]. */
function decades(lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let e = Math.ceil(lo); e <= Math.floor(hi); e++) out.push(10 ** e);
  return out;
}

/** Steps 2…9 × 10^e (for the minor grid) whose exponents lie within [lo, hi]. */
function minorSteps(lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let e = Math.floor(lo); e <= Math.ceil(hi); e++) {
    for (let k = 2; k <= 9; k++) {
      const v = Math.log10(k * 10 ** e);
      if (v >= lo && v <= hi) out.push(k * 10 ** e);
    }
  }
  return out;
}

/** Labelled ticks within [lo, hi]: the powers of ten, and 2× and 5× steps too when fewer than two fit. */
function ticks(lo: number, hi: number): number[] {
  const major = decades(lo, hi);
  if (major.length >= 2) return major;
  return minorSteps(lo, hi)
    .filter((v) => [2, 5].includes(Math.round(v / 10 ** Math.floor(Math.log10(v) + 1e-9))))
    .concat(major)
    .sort((a, b) => a - b);
}

/** The log10 range of some positive values with PAD on each side, at least one decade wide. */
function logRange(values: readonly number[]): [number, number] {
  const lo = Math.log10(Math.min(...values)) - PAD;
  const hi = Math.log10(Math.max(...values)) + PAD;
  const mid = (lo + hi) / 2;
  return hi - lo >= 1 ? [lo, hi] : [mid - 0.5, mid + 0.5];
}

/** A character count as a short label: 100, 1k, 10k, 1M. */
function charsLabel(x: number): string {
  if (x >= 1e6) return `${x / 1e6}M`;
  if (x >= 1e3) return `${x / 1e3}k`;
  return String(x);
}

/** A duration in milliseconds as a short label: 10 µs, 0.1 ms, 1 ms, 100 ms, 1 s, 10 s. */
function msLabel(y: number): string {
  if (y < 0.01) return `${Math.round(y * 1000)} µs`;
  if (y >= 1000) return `${y / 1000} s`;
  return `${Number(y.toPrecision(1))} ms`;
}

/** Rounds to two decimals for compact SVG coordinates. */
function r2(x: number): string {
  return (Math.round(x * 100) / 100).toString();
}

/** The chart as an SVG element (log–log, decade ticks, a slope-1 reference line through the first point). */
export function growthChartSvg(points: readonly GrowthPoint[], title = 'analyze() time by draft length'): string {
  const data = points.filter((p) => p.chars > 0 && p.median > 0 && Number.isFinite(p.median));
  if (data.length === 0) throw new Error('no growth rows with a positive time to draw');
  const xs = data.map((p) => p.chars);
  const ys = data.map((p) => p.median);
  const [xLo, xHi] = logRange(xs);
  const [yLo, yHi] = logRange(ys);
  const plotW = WIDTH - PLOT.left - PLOT.right;
  const plotH = HEIGHT - PLOT.top - PLOT.bottom;
  const px = (x: number) => PLOT.left + ((Math.log10(x) - xLo) / (xHi - xLo)) * plotW;
  const py = (y: number) => PLOT.top + plotH - ((Math.log10(y) - yLo) / (yHi - yLo)) * plotH;
  const bottom = PLOT.top + plotH;
  const right = PLOT.left + plotW;

  const parts: string[] = [];
  // Minor grid at 2…9 × each decade, then decade grid lines with their tick labels.
  for (const v of minorSteps(xLo, xHi)) {
    const x = r2(px(v));
    parts.push(`<line x1="${x}" y1="${PLOT.top}" x2="${x}" y2="${bottom}" stroke="${GRID}" stroke-width="0.6"/>`);
  }
  for (const v of minorSteps(yLo, yHi)) {
    const y = r2(py(v));
    parts.push(`<line x1="${PLOT.left}" y1="${y}" x2="${right}" y2="${y}" stroke="${GRID}" stroke-width="0.6"/>`);
  }
  for (const d of ticks(xLo, xHi)) {
    const x = r2(px(d));
    parts.push(`<line x1="${x}" y1="${PLOT.top}" x2="${x}" y2="${bottom}" stroke="#d0d7de" stroke-width="1"/>`);
    parts.push(`<line x1="${x}" y1="${bottom}" x2="${x}" y2="${bottom + 5}" stroke="${MUTED}" stroke-width="1"/>`);
    parts.push(
      `<text x="${x}" y="${bottom + 20}" text-anchor="middle" font-size="12.5" fill="${MUTED}">${charsLabel(d)}</text>`,
    );
  }
  for (const d of ticks(yLo, yHi)) {
    const y = r2(py(d));
    parts.push(`<line x1="${PLOT.left}" y1="${y}" x2="${right}" y2="${y}" stroke="#d0d7de" stroke-width="1"/>`);
    parts.push(
      `<line x1="${PLOT.left - 5}" y1="${y}" x2="${PLOT.left}" y2="${y}" stroke="${MUTED}" stroke-width="1"/>`,
    );
    parts.push(
      `<text x="${PLOT.left - 9}" y="${y}" text-anchor="end" dominant-baseline="middle" font-size="12.5" fill="${MUTED}">${msLabel(d)}</text>`,
    );
  }
  parts.push(
    `<rect x="${PLOT.left}" y="${PLOT.top}" width="${plotW}" height="${plotH}" fill="none" stroke="#8c959f" stroke-width="1"/>`,
  );

  // Slope 1 through the first point: time proportional to length, clipped to the plot.
  const first = data[0]!;
  const xEnd = 10 ** xHi; // the right edge of the plot
  parts.push(
    `<line x1="${r2(px(first.chars))}" y1="${r2(py(first.median))}" x2="${r2(px(xEnd))}" ` +
      `y2="${r2(py((first.median * xEnd) / first.chars))}" stroke="${REFERENCE}" stroke-width="1.6" ` +
      `stroke-dasharray="6 5" clip-path="url(#plot)"/>`,
  );
  const path = data.map((p) => `${r2(px(p.chars))},${r2(py(p.median))}`).join(' ');
  parts.push(
    `<polyline points="${path}" fill="none" stroke="${LINE}" stroke-width="2.2" stroke-linejoin="round" clip-path="url(#plot)"/>`,
  );
  for (const p of data) {
    parts.push(
      `<circle cx="${r2(px(p.chars))}" cy="${r2(py(p.median))}" r="3.6" fill="#ffffff" stroke="${LINE}" stroke-width="2"/>`,
    );
  }

  // Legend in the lower right corner of the plot, where rising data leave room.
  const lx = right - 272;
  const ly = bottom - 44;
  parts.push(
    `<rect x="${lx - 8}" y="${ly - 12}" width="272" height="46" rx="4" fill="#ffffff" fill-opacity="0.92" stroke="#d0d7de"/>`,
    `<line x1="${lx}" y1="${ly}" x2="${lx + 26}" y2="${ly}" stroke="${LINE}" stroke-width="2.2"/>`,
    `<circle cx="${lx + 13}" cy="${ly}" r="3.6" fill="#ffffff" stroke="${LINE}" stroke-width="2"/>`,
    `<text x="${lx + 34}" y="${ly}" dominant-baseline="middle" font-size="12.5" fill="${INK}">median time of analyze()</text>`,
    `<line x1="${lx}" y1="${ly + 21}" x2="${lx + 26}" y2="${ly + 21}" stroke="${REFERENCE}" stroke-width="1.6" stroke-dasharray="6 5"/>`,
    `<text x="${lx + 34}" y="${ly + 21}" dominant-baseline="middle" font-size="12.5" fill="${INK}">linear growth from the first point</text>`,
  );

  // Title and axis labels.
  parts.push(
    `<text x="${PLOT.left}" y="30" font-size="17" font-weight="600" fill="${INK}">${title}</text>`,
    `<text x="${PLOT.left}" y="49" font-size="12.5" fill="${MUTED}">both axes logarithmic; a curve parallel to the dashed line grows linearly</text>`,
    `<text x="${r2(PLOT.left + plotW / 2)}" y="${HEIGHT - 18}" text-anchor="middle" font-size="13.5" fill="${INK}">characters in the draft</text>`,
    `<text transform="translate(20 ${r2(PLOT.top + plotH / 2)}) rotate(-90)" text-anchor="middle" font-size="13.5" fill="${INK}">median time per call</text>`,
  );

  return (
    `<svg id="chart" xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" ` +
    `viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="${FONT}" role="img" aria-label="${title}">` +
    `<defs><clipPath id="plot"><rect x="${PLOT.left}" y="${PLOT.top}" width="${plotW}" height="${plotH}"/></clipPath></defs>` +
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>${parts.join('')}</svg>`
  );
}

/** A self-contained page holding only the chart (no script, nothing to fetch). */
export function growthChartHtml(points: readonly GrowthPoint[]): string {
  return (
    '<!doctype html><html><head><meta charset="utf-8"><title>Growth</title>' +
    '<style>html,body{margin:0;padding:0;background:#fff}svg{display:block}</style></head>' +
    `<body>${growthChartSvg(points)}</body></html>`
  );
}

/**
 * Renders the growth chart to a PNG at `pngPath` (at twice the CSS pixel size, for sharp text) in headless
 * Chromium and returns the path. Throws when Chromium cannot be started.
 */
export async function writeGrowthChart(points: readonly GrowthPoint[], pngPath: string): Promise<string> {
  const html = growthChartHtml(points);
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is not installed (looked for ${CHROMIUM})`);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage({ viewport: { width: WIDTH, height: HEIGHT }, deviceScaleFactor: 2 });
    // Nothing on the page needs the network: refuse any request rather than let one out.
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html);
    mkdirSync(dirname(pngPath), { recursive: true });
    await page.locator('#chart').screenshot({ path: pngPath, animations: 'disabled' });
    return pngPath;
  } finally {
    await browser.close();
  }
}
