/**
 * Where analyze() spends its time: V8's sampling profiler (node:inspector, in this process) over repeated calls
 * on one draft, summed per function. "Self" is time in the function's own code; "total" includes what it calls
 * (each function counted once per sample, so recursion is not double-counted).
 * Run alone: `npx tsx bench/profile.ts` (prints both tables for 600 and 20,000 characters).
 */
import { readFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { relative } from 'node:path';
import { analyze } from '../lib/engine/analyze';
import { compiledFor } from '../lib/engine/compiled';
import type { ScannedFor, TextIndex } from '../lib/packs/api';
import type { RulePack } from '../lib/packs/types';
import type { SentenceMemo } from '../lib/packs/compile';
import { draftOfLength } from './drafts';

/** One function's share of the profiled time. */
export interface Hotspot {
  /** file:function, file relative to the project. */
  where: string;
  /** Share of all samples with this function on top of the stack (0..1). */
  self: number;
  /** Share of all samples with this function anywhere on the stack (0..1). */
  total: number;
}

/** A profile of analyze() on one draft. */
export interface AnalyzeProfile {
  chars: number;
  calls: number;
  samples: number;
  /** Scans of a text by the compiled patterns per analyze() call (the draft, then each rewrite re-check). */
  scansPerCall: number;
  /** Characters scanned per analyze() call, all scans together. */
  scannedCharsPerCall: number;
  /** Sentences of those texts, and how many were matched (the rest the analysis had matched already). */
  sentencesPerCall: number;
  sentencesScannedPerCall: number;
  /** By self time, largest first. */
  bySelf: Hotspot[];
  /** Project functions by total time, largest first (the stages: scan, findings, rewrite…). */
  byTotal: Hotspot[];
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number; scriptId: string };
  children?: number[];
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The original (1-based) line of a generated position, from a source map's `mappings` (base64 VLQ). */
export function originalLine(mappings: string, line: number, column: number): number | null {
  let srcLine = 0;
  let found: number | null = null;
  const lines = mappings.split(';');
  for (let l = 0; l < lines.length && l <= line; l++) {
    let genCol = 0;
    for (const seg of lines[l]!.split(',')) {
      if (!seg) continue;
      const values: number[] = [];
      let value = 0;
      let shift = 0;
      for (const ch of seg) {
        const digit = B64.indexOf(ch);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      genCol += values[0] ?? 0;
      if (values.length >= 4) srcLine += values[2]!;
      if (l === line && genCol <= column && values.length >= 4) found = srcLine + 1;
    }
  }
  return found;
}

const sources = new Map<string, string[]>();

/** `step (line 294)` when the source line binds the function to a name, else `(anonymous, line 294)`. */
function anonymousName(url: string, line: number | null): string {
  if (!line) return '(anonymous)';
  let lines = sources.get(url);
  if (!lines) {
    try {
      lines = readFileSync(new URL(url), 'utf8').split('\n');
    } catch {
      lines = [];
    }
    sources.set(url, lines);
  }
  const bound = /(?:const|let|var)\s+([\w$]+)\s*=|([\w$]+)\s*[:=]\s*(?:async\s*)?\(/.exec(lines[line - 1] ?? '');
  const name = bound?.[1] ?? bound?.[2];
  return name ? `${name} (line ${line})` : `(anonymous, line ${line})`;
}

/** "lib/engine/rewrite.ts:rewriteDraft" for project code, "(dependency) name" or V8's own labels otherwise. */
function labelOf(frame: ProfileNode['callFrame'], maps: Map<string, string | null>): string {
  // Anonymous functions are told apart by their line in the TypeScript source (through the runner's source map).
  const mappings = maps.get(frame.scriptId);
  const line = mappings ? originalLine(mappings, frame.lineNumber, frame.columnNumber) : null;
  const name = frame.functionName
    ? `${frame.functionName}${line ? ` (line ${line})` : ''}`
    : anonymousName(frame.url, line);
  if (!frame.url) return name;
  const path = frame.url.startsWith('file://') ? relative(process.cwd(), new URL(frame.url).pathname) : frame.url;
  if (path.includes('node_modules')) return `(dependency) ${name}`;
  if (path.startsWith('node:')) return `(node) ${name}`;
  return `${path}:${name}`;
}

/** Profiles `calls` calls of analyze() on an English draft of about `chars` characters. */
export async function profileAnalyze(
  drafts: readonly string[],
  packs: readonly RulePack[],
  chars: number,
  calls: number,
): Promise<AnalyzeProfile> {
  const draft = draftOfLength(drafts, chars);
  for (let i = 0; i < 3; i++) analyze({ draft }, packs); // compile packs and warm the JIT outside the profile
  // Count the scans through the cached English matcher (its scan memoises per text index, so each is real work).
  const set = compiledFor(packs, 'en');
  const original = set.scan;
  let scans = 0;
  let scannedChars = 0;
  let sentences = 0;
  let sentencesScanned = 0;
  (set as { scan: typeof original }).scan = (index: TextIndex, memo?: SentenceMemo, text?: ScannedFor) => {
    scans++;
    scannedChars += index.text.length;
    sentences += index.sentences.length;
    const before = memo?.size ?? 0;
    const hits = original.call(set, index, memo, text);
    sentencesScanned += memo ? memo.size - before : index.sentences.length;
    return hits;
  };
  analyze({ draft }, packs);
  (set as { scan: typeof original }).scan = original;
  const session = new Session();
  session.connect();
  try {
    await session.post('Debugger.enable');
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 100 });
    await session.post('Profiler.start');
    for (let i = 0; i < calls; i++) analyze({ draft }, packs);
    const { profile } = (await session.post('Profiler.stop')) as unknown as {
      profile: { nodes: ProfileNode[]; samples: number[] };
    };
    const maps = new Map<string, string | null>();
    for (const n of profile.nodes) {
      const id = n.callFrame.scriptId;
      const url = n.callFrame.url;
      if (maps.has(id) || !url.startsWith('file://') || url.includes('node_modules')) continue;
      const { scriptSource } = (await session.post('Debugger.getScriptSource', { scriptId: id })) as {
        scriptSource: string;
      };
      const m = /sourceMappingURL=data:application\/json;(?:charset=utf-8;)?base64,([A-Za-z0-9+/=]+)/.exec(
        scriptSource,
      );
      maps.set(
        id,
        m ? (JSON.parse(Buffer.from(m[1]!, 'base64').toString('utf8')) as { mappings: string }).mappings : null,
      );
    }
    const label = (frame: ProfileNode['callFrame']) => labelOf(frame, maps);
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const self = new Map<string, number>();
    const total = new Map<string, number>();
    let counted = 0;
    for (const id of profile.samples) {
      const top = byId.get(id);
      if (!top) continue;
      const topLabel = label(top.callFrame);
      if (topLabel === '(idle)' || topLabel === '(program)') continue;
      counted++;
      self.set(topLabel, (self.get(topLabel) ?? 0) + 1);
      const seen = new Set<string>();
      for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
        const l = label(byId.get(cur)!.callFrame);
        if (seen.has(l)) continue;
        seen.add(l);
        total.set(l, (total.get(l) ?? 0) + 1);
      }
    }
    const share = (m: Map<string, number>, where: string) => (m.get(where) ?? 0) / Math.max(1, counted);
    const all = [...total.keys()].map((where) => ({ where, self: share(self, where), total: share(total, where) }));
    return {
      chars: draft.length,
      calls,
      samples: counted,
      scansPerCall: scans,
      scannedCharsPerCall: scannedChars,
      sentencesPerCall: sentences,
      sentencesScannedPerCall: sentencesScanned,
      bySelf: all.filter((h) => h.self > 0).sort((a, b) => b.self - a.self),
      byTotal: all
        .filter((h) => h.where.startsWith('lib/') && !/:analyze( |$)/.test(h.where))
        .sort((a, b) => b.total - a.total),
    };
  } finally {
    await session.post('Profiler.disable');
    await session.post('Debugger.disable');
    session.disconnect();
  }
}

/** The markdown lines of the profile section. */
export function profileSection(
  profiles: readonly AnalyzeProfile[],
  table: (h: string[], rows: string[][]) => string,
  top = 12,
): string[] {
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  const out = ['## Where analyze() spends its time', ''];
  out.push(
    'V8 sampling profiler (100 µs) over repeated calls on an English draft, packs already compiled. Self: the ' +
      "function's own code; total: with what it calls. Functions of the project by total time show the stages; " +
      'by self time, the hot loops. Lines are those of the TypeScript source. V8 inlines small functions into ' +
      'their callers, so an inner loop (e.g. `step` inside `run` in lib/packs/compile.ts) may be counted under ' +
      'its caller in one profile and under its own name in another.',
  );
  out.push('');
  for (const p of profiles) {
    out.push(`### ${p.chars.toLocaleString('en')} characters (${p.calls} calls, ${p.samples} samples)`);
    out.push('');
    out.push(
      `One analyze() call scans ${p.scansPerCall} texts with the compiled patterns, ` +
        `${p.scannedCharsPerCall.toLocaleString('en')} characters in all ` +
        `(${(p.scannedCharsPerCall / p.chars).toFixed(1)}× the draft): the draft, then the rewrite's re-checks. ` +
        `Of their ${p.sentencesPerCall.toLocaleString('en')} sentences the patterns ran on ` +
        `${p.sentencesScannedPerCall.toLocaleString('en')}; the others the same analysis had already matched.`,
    );
    out.push('');
    out.push(
      table(
        ['by total time', 'total', 'self'],
        p.byTotal.slice(0, top).map((h) => [`\`${h.where}\``, pct(h.total), pct(h.self)]),
      ),
    );
    out.push('');
    out.push(
      table(
        ['by self time', 'self', 'total'],
        p.bySelf.slice(0, top).map((h) => [`\`${h.where}\``, pct(h.self), pct(h.total)]),
      ),
    );
    out.push('');
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { englishPool, loadCases } = await import('./corpus');
  const { BUILTIN_PACKS } = await import('../lib/packs/builtin');
  const { table } = await import('./stats');
  const english = englishPool(loadCases().cases);
  const profiles = [
    await profileAnalyze(english, BUILTIN_PACKS, 600, Number(process.env.N600 ?? 1500)),
    await profileAnalyze(english, BUILTIN_PACKS, 20_000, Number(process.env.N20K ?? 60)),
  ];
  process.stdout.write(`${profileSection(profiles, table, 20).join('\n')}\n`);
}
