/**
 * The phrase language (see ./PATTERNS.md): a parser from pattern source to an AST, and a compiler from the AST
 * to a small word automaton (no backtracking; gaps are bounded). Every error is a PatternError with the
 * character position in the source.
 */
import { fold, isSpaceAt } from './text';

/** Limits of the phrase language, as PATTERNS.md states them. */
export const PATTERN_LIMITS = {
  /** Word steps on the longest path through a pattern. */
  maxWordSteps: 12,
  /** Alternatives in one group. */
  maxAlternatives: 24,
  /** Sequences a pattern expands to (a group of single words counts once: it is one step). */
  maxSequences: 64,
  /** Characters in one word or stem. */
  maxWordLength: 40,
  /** Characters of a stem before its `*`. */
  minStemLength: 2,
  /** Largest N of `~N` and `<~N>`. */
  maxGap: 6,
  /** Characters in a pattern's source. */
  maxSourceLength: 500,
  /** Nesting depth of groups. */
  maxDepth: 6,
} as const;

/** A syntax or limit error in a pattern, with the 0-based character position it refers to. */
export class PatternError extends Error {
  /** What is wrong, without the position. */
  readonly reason: string;
  /** 0-based UTF-16 offset into the pattern source. */
  readonly pos: number;
  constructor(reason: string, pos: number) {
    super(`${reason} at ${pos}`);
    this.name = 'PatternError';
    this.reason = reason;
    this.pos = pos;
  }
}

/** One element of a pattern sequence. */
export type PatternNode =
  | { type: 'word'; word: string; pos: number }
  | { type: 'stem'; stem: string; pos: number }
  | { type: 'group'; alternatives: PatternNode[][]; pos: number }
  | { type: 'optional'; item: PatternNode; pos: number }
  | { type: 'gap'; max: number; pos: number }
  | { type: 'either'; left: PatternNode[]; right: PatternNode[]; max: number; pos: number }
  | { type: 'bol'; pos: number }
  | { type: 'eol'; pos: number };

/** A parsed pattern. */
export interface PatternAst {
  source: string;
  items: PatternNode[];
}

type Token =
  | { t: '(' | ')' | '|' | '?' | '^' | '$'; pos: number }
  | { t: 'gap'; n: number; pos: number }
  | { t: 'either'; n: number; pos: number }
  | { t: 'word'; word: string; stem: boolean; pos: number };

const SPECIAL = new Set(['(', ')', '|', '?', '^', '$', '~', '<', '>']);
const WORD_SHAPE = /^[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*$/u;

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = src.length;
  const readNumber = (at: number): [number, number] => {
    let j = at;
    while (j < n && src.charCodeAt(j) >= 0x30 && src.charCodeAt(j) <= 0x39) j++;
    if (j === at) throw new PatternError('expected a number after "~"', at);
    const num = Number(src.slice(at, j));
    if (num > PATTERN_LIMITS.maxGap)
      throw new PatternError(`gap ~${num} is larger than ~${PATTERN_LIMITS.maxGap}`, at - 1);
    return [num, j];
  };
  while (i < n) {
    const ch = src[i]!;
    if (isSpaceAt(src, i)) {
      i++;
      continue;
    }
    if (ch === '?' && (i + 1 >= n || isSpaceAt(src, i + 1)))
      throw new PatternError('"?" must be followed by a word or a group', i);
    if (ch === '(' || ch === ')' || ch === '|' || ch === '?' || ch === '^' || ch === '$') {
      tokens.push({ t: ch, pos: i });
      i++;
      continue;
    }
    if (ch === '~') {
      const [num, j] = readNumber(i + 1);
      tokens.push({ t: 'gap', n: num, pos: i });
      i = j;
      continue;
    }
    if (ch === '<') {
      if (src[i + 1] !== '~') throw new PatternError('expected "<~N>"', i);
      const [num, j] = readNumber(i + 2);
      if (src[j] !== '>') throw new PatternError('expected ">" to close "<~N>"', j);
      tokens.push({ t: 'either', n: num, pos: i });
      i = j + 1;
      continue;
    }
    if (ch === '>') throw new PatternError('unexpected ">"', i);
    if (ch === '*') throw new PatternError('"*" must follow a stem', i);
    // A word or a stem.
    let j = i;
    while (j < n && !SPECIAL.has(src[j]!) && !isSpaceAt(src, j) && src[j] !== '*') j++;
    let stem = false;
    const raw = src.slice(i, j);
    if (src[j] === '*') {
      stem = true;
      j++;
      if (j < n && !SPECIAL.has(src[j]!) && !isSpaceAt(src, j))
        throw new PatternError('"*" may only end a stem', j - 1);
    }
    const word = fold(raw);
    if (!WORD_SHAPE.test(word)) throw new PatternError(`"${raw}" is not a single word`, i);
    if (word.length > PATTERN_LIMITS.maxWordLength)
      throw new PatternError(`word "${raw}" is longer than ${PATTERN_LIMITS.maxWordLength} characters`, i);
    if (stem && word.length < PATTERN_LIMITS.minStemLength)
      throw new PatternError(`stem "${raw}*" needs at least ${PATTERN_LIMITS.minStemLength} characters before "*"`, i);
    tokens.push({ t: 'word', word, stem, pos: i });
    i = j;
  }
  return tokens;
}

const isStep = (node: PatternNode) =>
  node.type === 'word' || node.type === 'stem' || node.type === 'group' || node.type === 'optional';

/** Parses a pattern into its AST, checking syntax and the limits; throws PatternError. */
export function parsePattern(source: string): PatternAst {
  if (typeof source !== 'string') throw new PatternError('a pattern must be a string', 0);
  if (source.length > PATTERN_LIMITS.maxSourceLength)
    throw new PatternError(`pattern is longer than ${PATTERN_LIMITS.maxSourceLength} characters`, 0);
  const tokens = tokenize(source);
  let k = 0;
  let eitherSeen = false;
  const unexpected = (tok: Token | undefined): never => {
    if (!tok) throw new PatternError('unexpected end of pattern', source.length);
    const shown = tok.t === 'word' ? tok.word : tok.t === 'gap' ? `~${tok.n}` : tok.t === 'either' ? '<~>' : tok.t;
    throw new PatternError(`unexpected "${shown}"`, tok.pos);
  };

  const parseAtom = (depth: number): PatternNode => {
    const tok = tokens[k];
    if (!tok) return unexpected(tok);
    if (tok.t === 'word') {
      k++;
      return tok.stem ? { type: 'stem', stem: tok.word, pos: tok.pos } : { type: 'word', word: tok.word, pos: tok.pos };
    }
    if (tok.t === '(') {
      if (depth >= PATTERN_LIMITS.maxDepth) throw new PatternError('groups are nested too deeply', tok.pos);
      k++;
      const alternatives: PatternNode[][] = [];
      for (;;) {
        const at = tokens[k];
        const alt = parseSeq(depth + 1);
        if (alt.length === 0) throw new PatternError('empty alternative', at ? at.pos : source.length);
        alternatives.push(alt);
        const next = tokens[k];
        if (next?.t === '|') {
          k++;
          continue;
        }
        if (next?.t === ')') {
          k++;
          break;
        }
        if (!next) throw new PatternError('missing ")"', source.length);
        unexpected(next);
      }
      if (alternatives.length > PATTERN_LIMITS.maxAlternatives)
        throw new PatternError(`group has more than ${PATTERN_LIMITS.maxAlternatives} alternatives`, tok.pos);
      return { type: 'group', alternatives, pos: tok.pos };
    }
    return unexpected(tok);
  };

  // A sequence runs until ")" or "|" or the end.
  const parseSeq = (depth: number): PatternNode[] => {
    const items: PatternNode[] = [];
    let either: { n: number; pos: number; at: number } | null = null;
    for (;;) {
      const tok = tokens[k];
      if (!tok || tok.t === ')' || tok.t === '|') break;
      if (tok.t === '^' || tok.t === '$') {
        items.push({ type: tok.t === '^' ? 'bol' : 'eol', pos: tok.pos });
        k++;
      } else if (tok.t === 'gap') {
        items.push({ type: 'gap', max: tok.n, pos: tok.pos });
        k++;
      } else if (tok.t === 'either') {
        if (eitherSeen) throw new PatternError('only one "<~N>" is allowed per pattern', tok.pos);
        eitherSeen = true;
        either = { n: tok.n, pos: tok.pos, at: items.length };
        k++;
      } else if (tok.t === '?') {
        k++;
        const next = tokens[k];
        if (!next || (next.t !== 'word' && next.t !== '('))
          throw new PatternError('"?" must be followed by a word or a group', tok.pos);
        items.push({ type: 'optional', item: parseAtom(depth), pos: tok.pos });
      } else {
        items.push(parseAtom(depth));
      }
    }
    if (either) {
      const left = items.slice(0, either.at);
      const right = items.slice(either.at);
      if (!left.some(isStep) || !right.some(isStep))
        throw new PatternError('"<~N>" needs words on both sides', either.pos);
      checkSeq(left);
      checkSeq(right);
      if (left[left.length - 1]?.type === 'eol' || right[0]?.type === 'bol')
        throw new PatternError('anchors cannot touch "<~N>"', either.pos);
      return [{ type: 'either', left, right, max: either.n, pos: either.pos }];
    }
    checkSeq(items);
    return items;
  };

  const items = parseSeq(0);
  if (k < tokens.length) unexpected(tokens[k]);
  if (items.length === 0) throw new PatternError('empty pattern', 0);
  const ast: PatternAst = { source, items };
  const steps = maxSteps(items);
  if (steps > PATTERN_LIMITS.maxWordSteps)
    throw new PatternError(`pattern has ${steps} word steps; at most ${PATTERN_LIMITS.maxWordSteps} are allowed`, 0);
  const seqs = countSequences(items);
  if (seqs > PATTERN_LIMITS.maxSequences)
    throw new PatternError(
      `pattern expands to ${seqs} sequences; at most ${PATTERN_LIMITS.maxSequences} are allowed (split it into several patterns)`,
      0,
    );
  return ast;
}

// Gaps stand between two words; anchors stand at a word.
function checkSeq(items: PatternNode[]): void {
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.type === 'gap') {
      const before = items[i - 1];
      const after = items[i + 1];
      if (!before || !after || !isStep(before) || !isStep(after))
        throw new PatternError('"~N" must stand between two words', it.pos);
    } else if (it.type === 'bol') {
      const after = items[i + 1];
      if (!after || !isStep(after)) throw new PatternError('"^" must be followed by a word', it.pos);
    } else if (it.type === 'eol') {
      const before = items[i - 1];
      if (!before || !isStep(before)) throw new PatternError('"$" must follow a word', it.pos);
    }
  }
}

const isSimple = (alt: PatternNode[]) => alt.length === 1 && (alt[0]!.type === 'word' || alt[0]!.type === 'stem');

function maxSteps(items: PatternNode[]): number {
  let sum = 0;
  for (const it of items) {
    if (it.type === 'word' || it.type === 'stem') sum += 1;
    else if (it.type === 'group') sum += Math.max(...it.alternatives.map(maxSteps));
    else if (it.type === 'optional') sum += maxSteps([it.item]);
    else if (it.type === 'either') sum += maxSteps(it.left) + maxSteps(it.right);
  }
  return sum;
}

function countSequences(items: PatternNode[]): number {
  let product = 1;
  for (const it of items) {
    let c = 1;
    if (it.type === 'group') c = it.alternatives.every(isSimple) ? 1 : sum(it.alternatives.map(countSequences));
    else if (it.type === 'optional') c = countSequences([it.item]) + 1;
    else if (it.type === 'either') c = 2 * countSequences(it.left) * countSequences(it.right);
    product = Math.min(product * c, 1e6);
  }
  return product;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

// ---------------------------------------------------------------------------------------------------------------
// Automaton

/**
 * The words one step of a pattern accepts: exact folded words (each once), stems (prefixes), or any word (gaps).
 * Plain data, like the whole compiled pattern: the build writes the built-in packs' patterns as JSON (#15).
 */
export interface WordClass {
  words: readonly string[];
  stems: readonly string[];
  any: boolean;
}

/** One way through a 'branch' node: the words it accepts and where it goes after. */
export interface BranchArm {
  cls: WordClass;
  next: number;
}

/**
 * A node of a pattern's automaton. 'word' and 'branch' nodes consume a word of the text; a 'branch' is a group of
 * alternatives that each begin with a word, so one node stands for all of them (looked up by word, not tried in turn).
 */
export type AutomatonNode =
  | { t: 'word'; cls: WordClass; next: number }
  | { t: 'branch'; arms: readonly BranchArm[] }
  | { t: 'split'; outs: readonly number[] }
  | { t: 'bol'; next: number }
  | { t: 'eol'; next: number }
  | { t: 'accept' };

/** A compiled pattern: an automaton over words, and the words/stems its first step can match. Plain JSON data. */
export interface CompiledPattern {
  source: string;
  nodes: readonly AutomatonNode[];
  start: number;
  /** Exact words the first step can match. */
  firstWords: readonly string[];
  /** Stems the first step can match. */
  firstStems: readonly string[];
  /**
   * Exact words and stems the last step can match: every match contains one of them, so a sentence without
   * any of them cannot hold a match (the matcher skips the pattern there).
   */
  lastWords: readonly string[];
  lastStems: readonly string[];
  /**
   * Exact words and stems the second step can match, when every match has a second word and it is never just any
   * word (null otherwise): a start whose next word is none of them goes nowhere (the matcher does not start there).
   */
  second: { words: readonly string[]; stems: readonly string[] } | null;
  /** The most words a match can span, gaps included: a match that starts at word j ends by word j + maxWords - 1. */
  maxWords: number;
  /** The fewest words a match can span: a match that starts at word j ends at word j + minWords - 1 or later. */
  minWords: number;
}

/** The epsilon-closure of an entry: the word nodes reachable, and whether the pattern can end there. */
export interface Closure {
  words: readonly number[];
  accept: boolean;
}

/**
 * Computes the nodes reachable from `entry` without consuming a word. `bolOk`: the next word starts a
 * clause; `eolOk`: the word just consumed ends a clause.
 */
export function closureOf(nodes: readonly AutomatonNode[], entry: number, bolOk: boolean, eolOk: boolean): Closure {
  const words: number[] = [];
  let accept = false;
  const seen = new Set<number>();
  const stack = [entry];
  while (stack.length) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const node = nodes[id]!;
    switch (node.t) {
      case 'word':
      case 'branch':
        words.push(id);
        break;
      case 'accept':
        accept = true;
        break;
      case 'split':
        for (let i = node.outs.length - 1; i >= 0; i--) stack.push(node.outs[i]!);
        break;
      case 'bol':
        if (bolOk) stack.push(node.next);
        break;
      case 'eol':
        if (eolOk) stack.push(node.next);
        break;
    }
  }
  words.sort((a, b) => a - b);
  return { words, accept };
}

/** Parses and compiles a pattern; throws PatternError on syntax, limit or structure errors. */
export function compilePattern(source: string): CompiledPattern {
  const ast = parsePattern(source);
  const nodes: AutomatonNode[] = [{ t: 'accept' }];
  const add = (node: AutomatonNode) => nodes.push(node) - 1;
  const ANY: WordClass = { words: [], stems: [], any: true };
  const wordNode = (cls: WordClass, next: number) => add({ t: 'word', cls, next });

  const compileSeq = (items: readonly PatternNode[], next: number): number => {
    let entry = next;
    for (let i = items.length - 1; i >= 0; i--) entry = compileItem(items[i]!, entry);
    return entry;
  };
  const gapInto = (max: number, next: number): number => {
    let g = next;
    for (let i = 0; i < max; i++) g = add({ t: 'split', outs: [next, wordNode(ANY, g)] });
    return g;
  };
  const compileItem = (item: PatternNode, next: number): number => {
    switch (item.type) {
      case 'word':
        return wordNode({ words: [item.word], stems: [], any: false }, next);
      case 'stem':
        return wordNode({ words: [], stems: [item.stem], any: false }, next);
      case 'group': {
        if (item.alternatives.every(isSimple)) {
          // One step: a class of words and stems.
          const words = new Set<string>();
          const stems: string[] = [];
          for (const alt of item.alternatives) {
            const a = alt[0]!;
            if (a.type === 'word') words.add(a.word);
            else if (a.type === 'stem') stems.push(a.stem);
          }
          return wordNode({ words: [...words], stems, any: false }, next);
        }
        // Alternatives that begin with a word become the arms of one branch node; the rest are tried in turn.
        const arms: BranchArm[] = [];
        const others: number[] = [];
        for (const alt of item.alternatives) {
          const a = alt[0]!;
          if (a.type === 'word' || a.type === 'stem') {
            const cls: WordClass =
              a.type === 'word'
                ? { words: [a.word], stems: [], any: false }
                : { words: [], stems: [a.stem], any: false };
            arms.push({ cls, next: compileSeq(alt.slice(1), next) });
          } else others.push(compileSeq(alt, next));
        }
        if (arms.length === 1) others.unshift(wordNode(arms[0]!.cls, arms[0]!.next));
        else if (arms.length > 1) others.unshift(add({ t: 'branch', arms }));
        return others.length === 1 ? others[0]! : add({ t: 'split', outs: others });
      }
      case 'optional':
        return add({ t: 'split', outs: [compileItem(item.item, next), next] });
      case 'gap':
        return gapInto(item.max, next);
      case 'either': {
        const ab = compileSeq(item.left, gapInto(item.max, compileSeq(item.right, next)));
        const ba = compileSeq(item.right, gapInto(item.max, compileSeq(item.left, next)));
        return add({ t: 'split', outs: [ab, ba] });
      }
      case 'bol':
        return add({ t: 'bol', next });
      case 'eol':
        return add({ t: 'eol', next });
    }
  };
  const start = compileSeq(ast.items, 0);

  // Structure checks: a pattern must consume at least one word, and never start or end with a bare gap
  // (an optional word next to a gap at the edge would leave the gap there).
  const firstWords = new Set<string>();
  const firstStems = new Set<string>();
  for (const [b, e] of [
    [true, true],
    [true, false],
    [false, true],
    [false, false],
  ] as const) {
    const c = closureOf(nodes, start, b, e);
    if (c.accept) throw new PatternError('pattern can match without any word (everything is optional)', 0);
    for (const id of c.words) {
      const node = nodes[id] as Extract<AutomatonNode, { t: 'word' | 'branch' }>;
      for (const cls of node.t === 'word' ? [node.cls] : node.arms.map((a) => a.cls)) {
        if (cls.any) throw new PatternError('pattern cannot begin with a gap', 0);
        for (const w of cls.words) firstWords.add(w);
        for (const s of cls.stems) firstStems.add(s);
      }
    }
  }
  const lastWords = new Set<string>();
  const lastStems = new Set<string>();
  const last = (cls: WordClass) => {
    for (const w of cls.words) lastWords.add(w);
    for (const s of cls.stems) lastStems.add(s);
  };
  for (const node of nodes) {
    if (node.t === 'word' && closureOf(nodes, node.next, true, true).accept) {
      if (node.cls.any) throw new PatternError('pattern cannot end with a gap', source.length);
      last(node.cls);
    } else if (node.t === 'branch') {
      for (const arm of node.arms) if (closureOf(nodes, arm.next, true, true).accept) last(arm.cls);
    }
  }
  // The second step: the word nodes reachable after any first step, anchors taken as passable.
  const secondWords = new Set<string>();
  const secondStems = new Set<string>();
  let gated = true;
  const afterFirst = (next: number) => {
    const c = closureOf(nodes, next, true, true);
    if (c.accept) gated = false;
    for (const id of c.words) {
      const node = nodes[id] as Extract<AutomatonNode, { t: 'word' | 'branch' }>;
      for (const cls of node.t === 'word' ? [node.cls] : node.arms.map((a) => a.cls)) {
        if (cls.any) gated = false;
        for (const w of cls.words) secondWords.add(w);
        for (const st of cls.stems) secondStems.add(st);
      }
    }
  };
  for (const id of closureOf(nodes, start, true, true).words) {
    const node = nodes[id] as Extract<AutomatonNode, { t: 'word' | 'branch' }>;
    if (node.t === 'word') afterFirst(node.next);
    else for (const arm of node.arms) afterFirst(arm.next);
  }
  // The longest and the shortest path in words from the start (no cycles: a gap is a chain of bounded length;
  // anchors are taken as passable).
  const pathWords = (pick: (lengths: number[]) => number): number => {
    const memo = new Map<number, number>();
    const from = (id: number): number => {
      const known = memo.get(id);
      if (known !== undefined) return known;
      const node = nodes[id]!;
      let n = 0;
      if (node.t === 'word') n = 1 + from(node.next);
      else if (node.t === 'branch') n = pick(node.arms.map((arm) => 1 + from(arm.next)));
      else if (node.t === 'split') n = pick(node.outs.map(from));
      else if (node.t === 'bol' || node.t === 'eol') n = from(node.next);
      memo.set(id, n);
      return n;
    };
    return from(start);
  };
  return {
    source,
    nodes,
    start,
    maxWords: pathWords((lengths) => Math.max(...lengths)),
    minWords: pathWords((lengths) => Math.min(...lengths)),
    firstWords: [...firstWords],
    firstStems: [...firstStems],
    lastWords: [...lastWords],
    lastStems: [...lastStems],
    second: gated ? { words: [...secondWords], stems: [...secondStems] } : null,
  };
}
