import { defaultModels } from '../../model';
/** `tact lint FILE`: audits a team's saved replies (CSV with a `text` column, or JSON Lines) worst first. */
import { readFile } from 'node:fs/promises';
import { analyze } from '../../engine/analyze';
import type { Analysis, Language } from '../../engine/types';
import { LANGUAGES } from '../../engine/types';
import { BUILTIN_PACKS } from '../../packs/builtin';
import { flag, parseArgs, str, UsageError } from '../args';
import { CsvError, parseCsvRecords } from '../csv';
import { type Io, write } from '../io';
import { formatLintTable, type LintRow, topFinding } from '../report';

/** Options `tact lint` accepts. */
export const LINT_OPTIONS = {
  json: { type: 'boolean' },
  progress: { type: 'boolean' },
  lang: { type: 'string' },
} as const;

/** One saved reply to audit. */
export interface SavedReply {
  id: string;
  name?: string;
  text: string;
}

/** A file that cannot be linted, with a message for a person. */
export class LintInputError extends Error {}

const TEXT_COLUMNS = ['text', 'draft', 'body', 'reply'];

/** Reads saved replies from CSV (a `text` column; `id`, `name` optional) or JSON Lines (`text`/`draft`). */
export function parseSavedReplies(content: string, fileName: string): { replies: SavedReply[]; errors: string[] } {
  const body = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  const looksJson =
    /\.(jsonl|ndjson|json)$/i.test(fileName) || (!/\.csv$/i.test(fileName) && body.trimStart().startsWith('{'));
  const replies: SavedReply[] = [];
  const errors: string[] = [];
  if (looksJson) {
    body.split(/\r?\n/).forEach((line, i) => {
      if (!line.trim()) return;
      try {
        const o = JSON.parse(line) as Record<string, unknown>;
        const text = typeof o.text === 'string' ? o.text : typeof o.draft === 'string' ? o.draft : null;
        if (text === null) throw new Error('no "text" or "draft" string');
        const name = typeof o.name === 'string' ? o.name : undefined;
        const id = o.id !== undefined && o.id !== null ? String(o.id) : (name ?? `line ${i + 1}`);
        replies.push(name !== undefined ? { id, name, text } : { id, text });
      } catch (e) {
        errors.push(`line ${i + 1}: ${e instanceof Error ? e.message : String(e)}`);
      }
    });
    return { replies, errors };
  }
  let parsed: ReturnType<typeof parseCsvRecords>;
  try {
    parsed = parseCsvRecords(body);
  } catch (e) {
    throw new LintInputError(e instanceof CsvError ? `${fileName}: ${e.message}` : String(e));
  }
  const col = TEXT_COLUMNS.find((c) => parsed.header.includes(c));
  if (!col)
    throw new LintInputError(
      `${fileName}: the CSV has no "text" column (columns: ${parsed.header.map((h) => JSON.stringify(h)).join(', ') || 'none'})`,
    );
  parsed.records.forEach((r, i) => {
    const text = r[col] ?? '';
    const name = r.name || r.title || undefined;
    const id = r.id || name || `row ${i + 2}`;
    if (!text.trim()) return;
    replies.push(name ? { id, name, text } : { id, text });
  });
  return { replies, errors };
}

/** Analyses every reply; `onProgress` is called now and then with the count done. */
export function lintReplies(
  replies: readonly SavedReply[],
  lang: Language | undefined,
  onProgress?: (done: number) => void,
): { reply: SavedReply; analysis: Analysis }[] {
  const out: { reply: SavedReply; analysis: Analysis }[] = [];
  replies.forEach((reply, i) => {
    out.push({
      reply,
      analysis: analyze(lang ? { draft: reply.text, lang } : { draft: reply.text }, BUILTIN_PACKS, {
        models: defaultModels(),
      }),
    });
    if (onProgress && (i + 1) % 100 === 0) onProgress(i + 1);
  });
  return out.sort((a, b) => a.analysis.score - b.analysis.score);
}

/** Runs `tact lint FILE`; returns the exit code. */
export async function runLint(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, LINT_OPTIONS);
  if (args.positionals.length !== 1) throw new UsageError('lint needs exactly one FILE');
  const file = args.positionals[0]!;
  const lang = str(args, 'lang');
  if (lang !== undefined && !(LANGUAGES as readonly string[]).includes(lang))
    throw new UsageError(`--lang must be one of ${LANGUAGES.join(', ')}`);
  let content: string;
  try {
    content = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : String(e);
    await write(io.stderr, `tact lint: cannot read ${file}: ${why}\n`);
    return 1;
  }
  let parsed: { replies: SavedReply[]; errors: string[] };
  try {
    parsed = parseSavedReplies(content, file);
  } catch (e) {
    if (!(e instanceof LintInputError)) throw e;
    await write(io.stderr, `tact lint: ${e.message}\n`);
    return 1;
  }
  for (const err of parsed.errors) await write(io.stderr, `tact lint: ${file}: ${err}\n`);
  const total = parsed.replies.length;
  const showProgress = flag(args, 'progress') || Boolean(io.stderr.isTTY);
  const tty = Boolean(io.stderr.isTTY);
  let last = 0;
  const progress = showProgress
    ? (done: number) => {
        const now = Date.now();
        if (now - last < 200 && done < total) return;
        last = now;
        io.stderr.write(`${tty ? '\r' : ''}linting ${done}/${total}${tty ? '' : '\n'}`);
      }
    : undefined;
  const results = lintReplies(parsed.replies, lang as Language | undefined, progress);
  if (showProgress) io.stderr.write(`${tty ? '\r' : ''}linted ${total}/${total}\n`);
  if (flag(args, 'json')) {
    const avg = total ? results.reduce((s, r) => s + r.analysis.score, 0) / total : null;
    const doc = {
      file,
      count: total,
      averageScore: avg === null ? null : Math.round(avg * 10) / 10,
      replies: results.map(({ reply, analysis }) => ({
        id: reply.id,
        ...(reply.name ? { name: reply.name } : {}),
        score: analysis.score,
        language: analysis.language,
        scenario: analysis.scenario,
        findings: analysis.findings,
      })),
    };
    await write(io.stdout, `${JSON.stringify(doc, null, 2)}\n`);
    return 0;
  }
  const rows: LintRow[] = results.map(({ reply, analysis }) => {
    const top = topFinding(analysis.findings);
    return {
      id: reply.id,
      score: analysis.score,
      language: analysis.language,
      scenario: analysis.scenario,
      findings: analysis.findings.length,
      top: top ? `"${top.text}" – ${top.message}` : '',
    };
  });
  await write(io.stdout, formatLintTable(rows, io.stdout.columns ?? 120));
  if (total === 0) await write(io.stderr, `tact lint: ${file}: no replies found\n`);
  return 0;
}
