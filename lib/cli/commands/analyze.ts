import { defaultModels } from '../../model';
/** `tact analyze`: JSON Lines in, JSON Lines out (the evaluation contract), or a readable report with --text. */
import { createInterface } from 'node:readline';
import { analyze } from '../../engine/analyze';
import type { AnalyzeInput, AnalyzeOptions, Analysis, Language, Scenario } from '../../engine/types';
import { LANGUAGES, SCENARIOS } from '../../engine/types';
import { BUILTIN_PACKS } from '../../packs/builtin';
import { flag, type ParsedArgs, parseArgs, str, UsageError } from '../args';
import { type Io, ansiFor, write } from '../io';
import { formatReport } from '../report';

/** Options `tact analyze` accepts. */
export const ANALYZE_OPTIONS = {
  text: { type: 'string' },
  customer: { type: 'string' },
  name: { type: 'string' },
  lang: { type: 'string' },
  scenario: { type: 'string' },
  agent: { type: 'string' },
  company: { type: 'string' },
  json: { type: 'boolean' },
} as const;

const isLanguage = (x: unknown): x is Language => typeof x === 'string' && (LANGUAGES as readonly string[]).includes(x);
const isScenario = (x: unknown): x is Scenario => typeof x === 'string' && (SCENARIOS as readonly string[]).includes(x);

/** The JSON line for one analysis, as the evaluation contract (eval/README.md) defines it. */
export function analysisToJson(id: unknown, a: Analysis): Record<string, unknown> {
  return {
    id: id ?? null,
    language: a.language,
    scenario: a.scenario,
    scenarioConfidence: a.scenarioConfidence,
    scenarioReasons: a.scenarioReasons,
    score: a.score,
    dimensions: a.dimensions,
    findings: a.findings.map((f) => ({
      rule: f.rule,
      start: f.start,
      end: f.end,
      text: f.text,
      message: f.message,
      ...(f.replacement !== undefined ? { replacement: f.replacement } : {}),
      dimension: f.dimension,
      weight: f.weight,
    })),
    rewrite: a.rewrite,
  };
}

/** Turns one parsed JSON line into an engine input, or says what is wrong with it. */
export function inputFromJson(x: unknown, defaults: { lang?: Language }): AnalyzeInput | string {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return 'a line must be a JSON object';
  const o = x as Record<string, unknown>;
  if (!('draft' in o)) return 'missing "draft"';
  if (typeof o.draft !== 'string') return '"draft" must be a string';
  if (o.customer !== undefined && o.customer !== null && typeof o.customer !== 'string')
    return '"customer" must be a string';
  if (o.customerName !== undefined && o.customerName !== null && typeof o.customerName !== 'string')
    return '"customerName" must be a string or null';
  if (o.lang !== undefined && o.lang !== null && !isLanguage(o.lang))
    return `"lang" must be one of ${LANGUAGES.join(', ')}`;
  if (o.scenario !== undefined && o.scenario !== null && !isScenario(o.scenario))
    return `"scenario" must be one of ${SCENARIOS.join(', ')}`;
  const input: AnalyzeInput = { draft: o.draft };
  if (typeof o.customer === 'string') input.customer = o.customer;
  if (typeof o.customerName === 'string') input.customerName = o.customerName;
  const lang = isLanguage(o.lang) ? o.lang : defaults.lang;
  if (lang) input.lang = lang;
  if (isScenario(o.scenario)) input.scenario = o.scenario;
  return input;
}

/** Analyses JSON Lines from `io.stdin` to `io.stdout`, one output line per input line, in order. */
export async function analyzeJsonLines(io: Io, defaults: { lang?: Language }, options: AnalyzeOptions): Promise<void> {
  const rl = createInterface({ input: io.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const raw of rl) {
    const line = raw.trim();
    if (line === '') continue;
    let out: Record<string, unknown>;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (e) {
      out = { id: null, error: `invalid JSON: ${e instanceof Error ? e.message : String(e)}` };
      await write(io.stdout, `${JSON.stringify(out)}\n`);
      continue;
    }
    const id =
      typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
        ? ((parsed as Record<string, unknown>).id ?? null)
        : null;
    const input = inputFromJson(parsed, defaults);
    if (typeof input === 'string') out = { id, error: input };
    else {
      try {
        out = analysisToJson(id, analyze(input, BUILTIN_PACKS, { ...options, models: defaultModels() }));
      } catch (e) {
        out = { id, error: `analysis failed: ${e instanceof Error ? e.message : String(e)}` };
      }
    }
    await write(io.stdout, `${JSON.stringify(out)}\n`);
  }
}

/** Runs `tact analyze [options]`; returns the exit code. */
export async function runAnalyze(argv: readonly string[], io: Io): Promise<number> {
  const args: ParsedArgs = parseArgs(argv, ANALYZE_OPTIONS);
  if (args.positionals.length > 0) throw new UsageError(`unexpected argument "${args.positionals[0]}"`);
  const lang = str(args, 'lang');
  if (lang !== undefined && !isLanguage(lang)) throw new UsageError(`--lang must be one of ${LANGUAGES.join(', ')}`);
  const scenario = str(args, 'scenario');
  if (scenario !== undefined && !isScenario(scenario))
    throw new UsageError(`--scenario must be one of ${SCENARIOS.join(', ')}`);
  const options: AnalyzeOptions = {};
  const agent = str(args, 'agent');
  const company = str(args, 'company');
  if (agent) options.agentName = agent;
  if (company) options.company = company;
  const text = str(args, 'text');
  if (text === undefined) {
    for (const only of ['customer', 'name', 'scenario'])
      if (args.options[only] !== undefined) throw new UsageError(`--${only} goes with --text`);
    if ((io.stdin as { isTTY?: boolean }).isTTY)
      io.stderr.write('tact analyze: reading JSON Lines from stdin (Ctrl-D to end; --text "…" for one draft)\n');
    await analyzeJsonLines(io, isLanguage(lang) ? { lang } : {}, options);
    return 0;
  }
  const input: AnalyzeInput = { draft: text };
  const customer = str(args, 'customer');
  const name = str(args, 'name');
  if (customer !== undefined) input.customer = customer;
  if (name !== undefined) input.customerName = name;
  if (isLanguage(lang)) input.lang = lang;
  if (isScenario(scenario)) input.scenario = scenario;
  const a = analyze(input, BUILTIN_PACKS, { ...options, models: defaultModels() });
  if (flag(args, 'json')) await write(io.stdout, `${JSON.stringify(analysisToJson(null, a), null, 2)}\n`);
  else await write(io.stdout, formatReport(text, a, { ansi: ansiFor(io.stdout, io.env) }, io.stdout.columns ?? 100));
  return 0;
}
