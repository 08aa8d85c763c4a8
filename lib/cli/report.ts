/** Human-readable output: the report of one analysis, and the table of a lint run. */
import type { Analysis, Finding } from '../engine/types';
import { DIMENSIONS } from '../engine/types';
import { indexText } from '../packs/text';

/** How to mark flagged text: ANSI underline on a terminal, »…« elsewhere. */
export interface Style {
  ansi: boolean;
}

const ANSI = {
  bold: (s: string) => `\x1b[1m${s}\x1b[22m`,
  dim: (s: string) => `\x1b[2m${s}\x1b[22m`,
  underline: (s: string) => `\x1b[4m${s}\x1b[24m`,
};

const bold = (s: string, st: Style) => (st.ansi ? ANSI.bold(s) : s);
const dim = (s: string, st: Style) => (st.ansi ? ANSI.dim(s) : s);
const mark = (s: string, st: Style) => (st.ansi ? ANSI.underline(s) : `»${s}«`);

/** Collapses whitespace so a sentence prints on one line. */
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The sentence(s) around a finding, with the flagged text marked. */
export function markInSentence(draft: string, f: Pick<Finding, 'start' | 'end'>, st: Style): string {
  const { sentences } = indexText(draft);
  let from = f.start;
  let to = f.end;
  for (const s of sentences) {
    if (s.end > f.start && s.start < f.end) {
      from = Math.min(from, s.start);
      to = Math.max(to, s.end);
    }
  }
  const flat = (x: string) => x.replace(/\s+/g, ' ');
  const before = flat(draft.slice(from, f.start)).trimStart();
  const after = flat(draft.slice(f.end, to)).trimEnd();
  return `${before}${mark(oneLine(draft.slice(f.start, f.end)), st)}${after}`;
}

/** Wraps text to a width, indenting every line. */
export function wrap(text: string, width: number, indent: string): string {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const word of para.split(/ +/)) {
      if (line && line.length + 1 + word.length > width) {
        out.push(indent + line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    out.push(indent + line);
  }
  return out.join('\n');
}

/** The report a person reads for one draft. */
export function formatReport(draft: string, a: Analysis, st: Style, width = 100): string {
  const lines: string[] = [];
  const w = Math.max(40, width - 4);
  lines.push(`${bold('Language', st)}   ${a.language}`);
  lines.push(`${bold('Scenario', st)}   ${a.scenario} (confidence ${Math.round(a.scenarioConfidence * 100)} %)`);
  for (const r of a.scenarioReasons) lines.push(`           ${dim('·', st)} ${r}`);
  lines.push(`${bold('Score', st)}      ${a.score}/100`);
  for (const d of DIMENSIONS) {
    const dim_ = a.dimensions[d];
    if (!dim_) continue;
    const why = dim_.reasons.length ? dim(`  ${cut(oneLine(dim_.reasons.join('; ')), Math.max(20, w - 16))}`, st) : '';
    lines.push(`  ${d.padEnd(11)}${String(dim_.score).padStart(3)}${why}`);
  }
  lines.push('');
  if (a.findings.length === 0) lines.push(bold('No findings.', st));
  else {
    lines.push(bold(`Findings (${a.findings.length})`, st));
    a.findings.forEach((f, i) => {
      lines.push(`${String(i + 1).padStart(3)}. ${markInSentence(draft, f, st)}`);
      lines.push(wrap(`${f.message} ${dim(`[${f.rule}, −${f.weight} ${f.dimension}]`, st)}`, w, '     '));
      if (f.replacement) lines.push(`     → ${f.replacement}`);
    });
  }
  lines.push('');
  lines.push(bold('Rewrite', st));
  lines.push(wrap(a.rewrite, w, '  '));
  return `${lines.join('\n')}\n`;
}

/** One row of a lint run. */
export interface LintRow {
  id: string;
  score: number | null;
  language: string;
  scenario: string;
  findings: number;
  top: string;
  error?: string;
}

/** The findings a person should fix first: the heaviest, then the earliest. */
export function topFinding(findings: readonly Finding[]): Finding | undefined {
  return [...findings].sort((a, b) => b.weight - a.weight || a.start - b.start)[0];
}

const cut = (s: string, n: number) => (s.length <= n ? s : `${s.slice(0, Math.max(0, n - 1))}…`);

/** The lint table: worst score first. */
export function formatLintTable(rows: readonly LintRow[], width: number): string {
  const idW = Math.min(24, Math.max(2, ...rows.map((r) => r.id.length)));
  const scW = Math.max(8, ...rows.map((r) => r.scenario.length));
  const head = `${'id'.padEnd(idW)}  score  lang  ${'scenario'.padEnd(scW)}  found  top finding`;
  const fixed = idW + 2 + 5 + 2 + 4 + 2 + scW + 2 + 5 + 2;
  const topW = Math.max(20, width - fixed);
  const out = [head, '-'.repeat(Math.min(width, fixed + topW))];
  for (const r of rows) {
    const top = r.error ? `error: ${r.error}` : r.top;
    out.push(
      `${cut(r.id, idW).padEnd(idW)}  ${(r.score === null ? '-' : String(r.score)).padStart(5)}  ${r.language.padEnd(4)}  ${r.scenario.padEnd(scW)}  ${String(r.findings).padStart(5)}  ${cut(oneLine(top), topW)}`,
    );
  }
  return `${out.join('\n')}\n`;
}
