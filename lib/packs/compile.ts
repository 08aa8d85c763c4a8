/**
 * Compiles every pattern of a set of packs into one matcher and runs it over a text in one pass.
 *
 * A first-step table (exact words in a Map, stems looked up by the word's prefixes) says which patterns can
 * begin at a word, and a last-step table which can end in the sentence (between the shortest and the longest
 * reach of a match); only patterns that can do both, and whose second step (when it is a set of words) accepts
 * the next word, start a thread there. A pack set also says which patterns each text needs (the reply's or the
 * customer's) and which only cancel a rule in its sentence: those run in a second pass over the sentences where
 * that rule matched. Each active pattern keeps a bounded set of automaton states
 * (one earliest start per state) that advances once per word; nothing backtracks. Threads die at sentence ends,
 * so the work per word is bounded by the size of the patterns, and the whole scan is linear in the text.
 *
 * Hits per pattern are non-overlapping, leftmost first, longest at a given start. Keeping one start per state is
 * exact for the leftmost-longest hit; after a hit, the pattern re-reads the few words since the hit's end so that
 * a later hit a merged thread hid is still found (bounded by the longest a match can be).
 */
import type { CompiledCue, CompiledPackSet, CompiledRule, CompiledTemplate, Hit, ScannedFor, TextIndex } from './api';
import { type BranchArm, type Closure, type CompiledPattern, closureOf, compilePattern } from './pattern';
import { rememberByString } from './remember';
import { indexText } from './text';
import type { RulePack } from './types';

/** Work done by a scan, for tests that check the matcher stays linear. */
export interface ScanStats {
  /** Thread steps: one per (pattern state, word) evaluated. */
  steps: number;
  /** Pattern activations from the first-step table. */
  starts: number;
}

/**
 * The hits of already scanned sentences, by the sentence's text from its first word to its last: a pattern's
 * hits in a sentence depend on nothing else, so a text that repeats a sentence (a rewrite re-checked after an
 * edit) scans only the sentences that changed. Hits are kept as (pattern id, first word, last word) relative to
 * the sentence. Valid for one pattern set only.
 */
export type SentenceMemo = Map<string, readonly number[]>;

// Sentences a memo keeps before it starts afresh.
const MAX_MEMO_SENTENCES = 4096;

// Per-word facts the threads need, computed once per word (bits of `flags`).
const SAME = 1; // the next word is in the same sentence
const BOL = 2; // …and starts a clause
const EOL = 4; // this word ends a clause
const FIRST = 8; // this word starts a clause

/**
 * Which texts a pattern is looked for in (bits): the reply (the draft and its rewrite) and the customer's message.
 * A scan says which texts it scans for; patterns for no such text are not run (their hits stay empty).
 */
export const FOR_REPLY = 1;
export const FOR_CUSTOMER = 2;
export const FOR_ANY = FOR_REPLY | FOR_CUSTOMER;

/** A set of compiled patterns that scans a text in one pass. */
export interface PatternSet {
  patterns: readonly string[];
  /**
   * result[id] holds the hits of pattern `id`, in text order; with a memo, known sentences are not scanned again.
   * `text`: which patterns run (FOR_REPLY, FOR_CUSTOMER; all by default).
   */
  scan(index: TextIndex, stats?: ScanStats, memo?: SentenceMemo, text?: number): readonly (readonly Hit[])[];
}

// A word class with words and stems interned as small integers (see `Vocabulary`), tested without strings.
interface IdClass {
  any: boolean;
  /** Bit (id & 31) set for each of the class's word ids, and for its stem ids: most words fail on these. */
  idMask: number;
  stemMask: number;
  /** Word ids, when few (tested by a scan); `null` when `idSet` holds them. */
  ids: Int32Array | null;
  idSet: ReadonlySet<number> | null;
  stems: Int32Array;
}

interface PatternRt {
  c: CompiledPattern;
  // Closures by (entry node, bol, eol), filled lazily.
  closures: (Closure | undefined)[];
  // Word nodes as flat arrays (monomorphic access in the hot loop): class and next entry by node id.
  wcls: IdClass[];
  wnext: Int32Array;
  // Branch nodes by node id: the next entries of their arms, by word id and by stem id.
  branch: (Branch | undefined)[];
  // Scratch state for one scan: threads as (word node → earliest start word index), in two swapped buffers.
  cur: Int32Array;
  curN: number;
  next: Int32Array;
  nextN: number;
  curStart: Int32Array;
  nextStart: Int32Array;
  candS: number;
  candE: number;
  lastEnd: number;
  emitted: boolean;
  first: IdClass;
}

const MAX_LOOKUPS = 50_000;

/** What the matcher needs to know of one word of a text. */
interface WordLookup {
  id: number;
  stems: Int32Array;
  stemMask: number;
}

/** Interns the exact words and stems of every pattern of a set as integers. */
class Vocabulary {
  readonly words = new Map<string, number>();
  readonly stems = new Map<string, number>();
  word(w: string): number {
    let id = this.words.get(w);
    if (id === undefined) {
      id = this.words.size;
      this.words.set(w, id);
    }
    return id;
  }
  stem(s: string): number {
    let id = this.stems.get(s);
    if (id === undefined) {
      id = this.stems.size;
      this.stems.set(s, id);
    }
    return id;
  }
  /** The ids of words and stems (interned now when new), each once, in first-seen order. */
  ids(words: readonly string[], stems: readonly string[]): IdLists {
    return [unique(words.map((w) => this.word(w))), unique(stems.map((st) => this.stem(st)))];
  }
  cls(words: readonly string[], stems: readonly string[], any: boolean): IdClass {
    const [ids, stemIds] = this.ids(words, stems);
    return idClass(ids, stemIds, any);
  }
  /** A vocabulary with these words and stems, ids in list order (a plan's, see SetPlan). */
  static of(words: readonly string[], stems: readonly string[]): Vocabulary {
    const v = new Vocabulary();
    for (const w of words) v.word(w);
    for (const st of stems) v.stem(st);
    return v;
  }
  /** Stems as a trie over UTF-16 code units: `stemAt[node]` is the stem id ending there (or -1). */
  trie: Map<number, number>[] = [];
  stemAt: number[] = [];
  finish(): void {
    this.trie = [new Map()];
    this.stemAt = [-1];
    for (const [stem, id] of this.stems) {
      let node = 0;
      for (let i = 0; i < stem.length; i++) {
        const c = stem.charCodeAt(i);
        let nxt = this.trie[node]!.get(c);
        if (nxt === undefined) {
          nxt = this.trie.length;
          this.trie.push(new Map());
          this.stemAt.push(-1);
          this.trie[node]!.set(c, nxt);
        }
        node = nxt;
      }
      this.stemAt[node] = id;
    }
  }
  // A word's id and stems by the word: texts repeat their words, so each word is looked up once.
  private lookups = new Map<string, WordLookup>();
  /** The word's id (-1 when no pattern has it) and the ids of the stems it starts with. */
  lookup(norm: string): WordLookup {
    let found = this.lookups.get(norm);
    if (!found) {
      const stems = this.walkStems(norm);
      found = { id: this.words.get(norm) ?? -1, stems, stemMask: maskOf(stems) };
      if (this.lookups.size >= MAX_LOOKUPS) this.lookups.clear();
      this.lookups.set(norm, found);
    }
    return found;
  }
  /** Ids of the stems a word starts with, walking the trie (no substrings made). */
  private walkStems(norm: string): Int32Array {
    let node = 0;
    let found: number[] | null = null;
    for (let i = 0; i < norm.length; i++) {
      const nxt = this.trie[node]!.get(norm.charCodeAt(i));
      if (nxt === undefined) break;
      node = nxt;
      const id = this.stemAt[node]!;
      if (id >= 0) {
        if (found) found.push(id);
        else found = [id];
      }
    }
    return found ? Int32Array.from(found) : NO_STEMS;
  }
}

/** A branch node at run time: where each word (or stem) leads. */
interface Branch {
  byWord: Map<number, number[]>;
  byStem: Map<number, number[]>;
  /** As in IdClass: bits of the word ids and stem ids any arm accepts. */
  idMask: number;
  stemMask: number;
}

function buildBranch(arms: readonly BranchArm[], vocab: Vocabulary): Branch {
  const byWord = new Map<number, number[]>();
  const byStem = new Map<number, number[]>();
  const add = (m: Map<number, number[]>, k: number, next: number) => {
    const list = m.get(k);
    if (!list) m.set(k, [next]);
    else if (!list.includes(next)) list.push(next);
  };
  for (const arm of arms) {
    for (const w of arm.cls.words) add(byWord, vocab.word(w), arm.next);
    for (const st of arm.cls.stems) add(byStem, vocab.stem(st), arm.next);
  }
  return { byWord, byStem, idMask: maskOf(byWord.keys()), stemMask: maskOf(byStem.keys()) };
}

/** Word ids and stem ids of a class, each once. */
type IdLists = readonly [words: readonly number[], stems: readonly number[]];

function unique(ids: readonly number[]): number[] {
  return ids.length < 2 ? [...ids] : [...new Set(ids)];
}

/** A class of word ids and stem ids, ready for `classMatches`. */
function idClass(ids: readonly number[], stemIds: readonly number[], any: boolean): IdClass {
  return {
    any,
    idMask: maskOf(ids),
    stemMask: maskOf(stemIds),
    ids: ids.length <= 8 ? Int32Array.from(ids) : null,
    idSet: ids.length > 8 ? new Set(ids) : null,
    stems: Int32Array.from(stemIds),
  };
}

/** Bit (id & 31) of each id: a quick test that rules out most ids before the list is searched. */
function maskOf(ids: Iterable<number>): number {
  let m = 0;
  for (const id of ids) m |= 1 << (id & 31);
  return m;
}

const NO_STEMS = new Int32Array(0);
const NO_HITS: Hit[] = [];
const NEVER: IdClass = { any: false, idMask: 0, stemMask: 0, ids: new Int32Array(0), idSet: null, stems: NO_STEMS };

function classMatches(cls: IdClass, wid: number, wstems: Int32Array, wsMask: number): boolean {
  if (cls.any) return true;
  if (wid >= 0 && (cls.idMask & (1 << (wid & 31))) !== 0) {
    const ids = cls.ids;
    if (ids !== null) {
      for (let i = 0; i < ids.length; i++) if (ids[i] === wid) return true;
    } else if (cls.idSet!.has(wid)) return true;
  }
  if ((cls.stemMask & wsMask) !== 0) {
    for (let i = 0; i < wstems.length; i++) {
      const sid = wstems[i]!;
      for (let k = 0; k < cls.stems.length; k++) if (cls.stems[k] === sid) return true;
    }
  }
  return false;
}

function closure(p: PatternRt, entry: number, bol: boolean, eol: boolean): Closure {
  const key = entry * 4 + (bol ? 2 : 0) + (eol ? 1 : 0);
  let c = p.closures[key];
  if (!c) {
    c = closureOf(p.c.nodes, entry, bol, eol);
    p.closures[key] = c;
  }
  return c;
}

/**
 * A thread that started at word `s` consumed word `j` and goes on at `entry`: records a match when the pattern can
 * end there, and adds the states it reaches to the next set (keeping the earliest start per state).
 */
function advance(p: PatternRt, entry: number, s: number, j: number, bol: boolean, eol: boolean, same: boolean): void {
  const c = closure(p, entry, bol, eol);
  if (c.accept) {
    if (p.candS < 0 || s < p.candS) {
      p.candS = s;
      p.candE = j;
    } else if (s === p.candS && j > p.candE) p.candE = j;
  }
  if (!same) return;
  const cw = c.words;
  const next = p.next;
  const nextStart = p.nextStart;
  for (let k = 0; k < cw.length; k++) {
    const nid = cw[k]!;
    const prev = nextStart[nid]!;
    if (prev < 0) {
      nextStart[nid] = s;
      next[p.nextN++] = nid;
    } else if (s < prev) nextStart[nid] = s;
  }
}

/**
 * The run-time form of a pattern: its classes and branches over the set's interned words, and its scratch
 * buffers. Built the first time the pattern can start at a word of a scanned text; most patterns of a set
 * never do on a given text, so compiling a set does not pay for them.
 */
function runtimeOf(c: CompiledPattern, vocab: Vocabulary, first: IdClass): PatternRt {
  const n = c.nodes.length;
  return {
    c,
    closures: new Array<Closure | undefined>(n * 4),
    wcls: c.nodes.map((node) => (node.t === 'word' ? vocab.cls(node.cls.words, node.cls.stems, node.cls.any) : NEVER)),
    wnext: Int32Array.from(c.nodes, (node) => (node.t === 'word' ? node.next : -1)),
    branch: c.nodes.map((node) => (node.t === 'branch' ? buildBranch(node.arms, vocab) : undefined)),
    cur: new Int32Array(n),
    curN: 0,
    next: new Int32Array(n),
    nextN: 0,
    curStart: new Int32Array(n).fill(-1),
    nextStart: new Int32Array(n).fill(-1),
    candS: -1,
    candE: -1,
    lastEnd: -1,
    emitted: false,
    first,
  };
}

/**
 * What a pattern set works out from its compiled patterns before it can scan, as plain data: the interned
 * vocabulary, each pattern's first, last and second step as ids, which patterns are lazy and which texts each is
 * for. The build writes it for the built-in packs (`packSetData`), so the service worker does not work it out when
 * it starts (#15); `planSet` and `setFromPlan` together are what compiling does at run time.
 */
export interface SetPlan {
  /** Interned words and stems: a word's id is its index. */
  words: readonly string[];
  stems: readonly string[];
  /** Per pattern: the ids of the words and stems its first step, its last step and its second step can match. */
  first: readonly IdLists[];
  last: readonly IdLists[];
  /** null: the pattern does not say what its second word must be. */
  second: readonly (IdLists | null)[];
  /** Per pattern: the fewest and the most words a match spans. */
  minWords: readonly number[];
  maxWords: readonly number[];
  /** Per pattern: when lazy, the patterns whose hits in a sentence make it run there; null: it runs everywhere. */
  triggers: readonly (readonly number[] | null)[];
  /** Per pattern: the texts it is for (FOR_* bits). */
  texts: readonly number[];
}

/**
 * Works out a set's plan. `triggers[id]`, when given, makes pattern `id` lazy: it is run only over sentences in
 * which one of the patterns it lists has a hit (elsewhere its hits are not looked for). `texts[id]`: the texts
 * pattern `id` is for (FOR_* bits; every text when not given).
 */
function planSet(
  compiled: readonly CompiledPattern[],
  triggers: readonly (readonly number[] | null | undefined)[] = [],
  texts?: ArrayLike<number>,
): SetPlan {
  const vocab = new Vocabulary();
  // Every word and stem is interned (a text's words are looked up once, before any pattern runs); the classes
  // that use them are made when a pattern first runs.
  for (const c of compiled) {
    for (const node of c.nodes) {
      if (node.t === 'word') vocab.ids(node.cls.words, node.cls.stems);
      else if (node.t === 'branch') for (const arm of node.arms) vocab.ids(arm.cls.words, arm.cls.stems);
    }
  }
  return {
    first: compiled.map((c) => vocab.ids(c.firstWords, c.firstStems)),
    last: compiled.map((c) => vocab.ids(c.lastWords, c.lastStems)),
    // What the word after a start must be, for patterns that say (null: anything may follow).
    second: compiled.map((c) => (c.second ? vocab.ids(c.second.words, c.second.stems) : null)),
    minWords: compiled.map((c) => c.minWords),
    maxWords: compiled.map((c) => c.maxWords),
    words: [...vocab.words.keys()],
    stems: [...vocab.stems.keys()],
    triggers: compiled.map((_, id) => triggers[id] ?? null),
    texts: Array.from(compiled, (_, id) => (texts ? texts[id]! : FOR_ANY)),
  };
}

/** Builds a pattern set from already compiled patterns (see planSet for triggers and texts). */
function buildSet(
  compiled: readonly CompiledPattern[],
  triggers: readonly (readonly number[] | null | undefined)[] = [],
  texts?: ArrayLike<number>,
): PatternSet {
  const plan = planSet(compiled, triggers, texts);
  return setFromPlan(
    plan,
    (id) => compiled[id]!,
    compiled.map((c) => c.source),
  );
}

/**
 * The pattern set of a plan. `patternOf(id)` gives pattern `id` compiled; it is asked only when the pattern can
 * first start at a word of a scanned text (most patterns of a set never do on a given text), so a set loaded
 * from a plan compiles its patterns one by one as texts need them.
 */
function setFromPlan(
  plan: SetPlan,
  patternOf: (id: number) => CompiledPattern,
  sources: readonly string[],
): PatternSet {
  const n = sources.length;
  const vocab = Vocabulary.of(plan.words, plan.stems);
  const firsts: IdClass[] = plan.first.map(([w, st]) => idClass(w, st, false));
  const lasts: IdClass[] = plan.last.map(([w, st]) => idClass(w, st, false));
  const seconds: (IdClass | null)[] = plan.second.map((l) => (l ? idClass(l[0], l[1], false) : null));
  const maxWords = Int32Array.from(plan.maxWords);
  const minWords = Int32Array.from(plan.minWords);
  // Lazy patterns, and for each pattern the lazy ones its hits wake (in a sentence).
  const lazy = Uint8Array.from(plan.triggers, (t) => (t ? 1 : 0));
  const forText = Uint8Array.from(plan.texts);
  // The texts the current scan is for.
  let wanted = FOR_ANY;
  const wakes: number[][] = [];
  plan.triggers.forEach((list, id) => {
    for (const t of list ?? []) {
      const woke = wakes[t];
      if (woke) woke.push(id);
      else wakes[t] = [id];
    }
  });
  const built: (PatternRt | undefined)[] = new Array(n);
  const rtOf = (pid: number): PatternRt => {
    let p = built[pid];
    if (!p) {
      p = runtimeOf(patternOf(pid), vocab, firsts[pid]!);
      built[pid] = p;
    }
    return p;
  };
  vocab.finish();
  // First-step table, by word id and by stem id.
  const startsByWord: number[][] = [];
  const startsByStem: number[][] = [];
  const push = (table: number[][], k: number, id: number) => {
    const list = table[k];
    if (!list) table[k] = [id];
    else if (list[list.length - 1] !== id) list.push(id);
  };
  // Last-step table: a pattern can only match in a sentence that has a word its last step accepts.
  const endsByWord: number[][] = [];
  const endsByStem: number[][] = [];
  for (let id = 0; id < n; id++) {
    const [fw, fs] = plan.first[id]!;
    const [lw, ls] = plan.last[id]!;
    for (const w of fw) push(startsByWord, w, id);
    for (const st of fs) push(startsByStem, st, id);
    for (const w of lw) push(endsByWord, w, id);
    for (const st of ls) push(endsByStem, st, id);
  }

  // Scratch state of a scan, kept for the next (a scan runs to its end before another starts): per word of the
  // text, its word id, the ids of the stems it starts with and its flags; per pattern, the bookkeeping below.
  let wids = new Int32Array(256);
  let wstems: Int32Array[] = new Array(256);
  let wsMasks = new Int32Array(256);
  let wflags = new Uint8Array(256);
  const stamp = new Int32Array(n);
  // The patterns with threads or a pending hit: active[0..activeN).
  const active = new Int32Array(n);
  const isActive = new Uint8Array(n);
  // ends[pid] === the current sentence's first word when the sentence has a word the pattern's last step
  // accepts; lastEnd[pid] is the last such word. A match starting after it cannot end in this sentence.
  const ends = new Int32Array(n);
  const lastEnd = new Int32Array(n);
  // woken[pid] === the current sentence's first word when a lazy pattern is to run over it.
  const woken = new Int32Array(n);
  // The patterns that may start at the current word: starters[0..startersN).
  const starters = new Int32Array(n);
  let startersN = 0;

  const scan = (index: TextIndex, stats?: ScanStats, memo?: SentenceMemo, text = FOR_ANY): Hit[][] => {
    wanted = text;
    // A memo keeps the hits of one kind of scan: others key their sentences apart.
    const keyPrefix = text === FOR_REPLY ? '' : String.fromCharCode(text);
    const words = index.words;
    const nWords = words.length;
    if (wids.length < nWords) {
      const size = Math.max(nWords, wids.length * 2);
      wids = new Int32Array(size);
      wstems = new Array(size);
      wsMasks = new Int32Array(size);
      wflags = new Uint8Array(size);
    }
    // Most patterns have no hit: they share one empty array until their first hit.
    const results: Hit[][] = new Array<Hit[]>(n).fill(NO_HITS);
    stamp.fill(-1);
    ends.fill(-1);
    woken.fill(-1);
    // The second pass over a sentence, for the lazy patterns its hits woke.
    let lazyPass = false;
    let wokenN = 0;
    let activeN = 0;
    let steps = 0;
    let starts = 0;
    // The current sentence's first word, and its hits as (pattern, first word, last word) relative to it.
    let sentenceFirst = 0;
    let sentenceEnd = 0;
    let local: number[] | null = null;

    const record = (pid: number, a: number, b: number) => {
      const wake = wakes[pid];
      if (wake !== undefined) {
        for (let q = 0; q < wake.length; q++) {
          if (woken[wake[q]!] !== sentenceFirst) {
            woken[wake[q]!] = sentenceFirst;
            wokenN++;
          }
        }
      }
      let out = results[pid]!;
      if (out === NO_HITS) {
        out = [];
        results[pid] = out;
      }
      const wa = words[a]!;
      out.push({ start: wa.start, end: words[b]!.end, sentence: wa.sentence, clause: wa.clause });
    };
    const clear = (p: PatternRt) => {
      for (let i = 0; i < p.curN; i++) p.curStart[p.cur[i]!] = -1;
      p.curN = 0;
    };
    const emit = (p: PatternRt, pid: number) => {
      record(pid, p.candS, p.candE);
      if (local) local.push(pid, p.candS - sentenceFirst, p.candE - sentenceFirst);
      p.lastEnd = p.candE;
      p.candS = -1;
      p.candE = -1;
      p.emitted = true;
      clear(p);
    };
    // Advances pattern p over word j; `start`: a new thread may begin at j.
    const step = (p: PatternRt, pid: number, j: number, start: boolean) => {
      const flags = wflags[j]!;
      let cur = p.cur;
      let curStart = p.curStart;
      if (start && j > p.lastEnd) {
        const cw = closure(p, p.c.start, (flags & FIRST) !== 0, false).words;
        for (let k = 0; k < cw.length; k++) {
          const id = cw[k]!;
          if (curStart[id]! < 0) {
            curStart[id] = j;
            cur[p.curN++] = id;
          }
        }
      }
      const wcls = p.wcls;
      const wnext = p.wnext;
      const branch = p.branch;
      const wid = wids[j]!;
      const ws = wstems[j]!;
      const wsMask = wsMasks[j]!;
      const same = (flags & SAME) !== 0;
      const bol = (flags & BOL) !== 0;
      const eol = (flags & EOL) !== 0;
      p.nextN = 0;
      const curN = p.curN;
      steps += curN;
      for (let i = 0; i < curN; i++) {
        const id = cur[i]!;
        const s = curStart[id]!;
        curStart[id] = -1;
        const br = branch[id];
        if (br === undefined) {
          if (classMatches(wcls[id]!, wid, ws, wsMask)) advance(p, wnext[id]!, s, j, bol, eol, same);
          continue;
        }
        if (wid >= 0 && (br.idMask & (1 << (wid & 31))) !== 0) {
          const list = br.byWord.get(wid);
          if (list) for (let e = 0; e < list.length; e++) advance(p, list[e]!, s, j, bol, eol, same);
        }
        if ((br.stemMask & wsMask) !== 0) {
          for (let k = 0; k < ws.length; k++) {
            const list = br.byStem.get(ws[k]!);
            if (list) for (let e = 0; e < list.length; e++) advance(p, list[e]!, s, j, bol, eol, same);
          }
        }
      }
      const next = p.next;
      const nextStart = p.nextStart;
      const nextN = p.nextN;
      // Swap buffers.
      p.cur = next;
      p.next = cur;
      p.curStart = nextStart;
      p.nextStart = curStart;
      p.curN = nextN;
      cur = next;
      curStart = nextStart;
      if (p.candS >= 0) {
        let min = Number.POSITIVE_INFINITY;
        for (let i = 0; i < nextN; i++) min = Math.min(min, curStart[cur[i]!]!);
        if (min > p.candS) emit(p, pid);
      }
    };
    const canStart = (p: PatternRt, j: number) => classMatches(p.first, wids[j]!, wstems[j]!, wsMasks[j]!);
    // Feeds words from..to to p; after a hit, re-reads from the word after its end.
    // `startAtTo`: whether a thread may begin at `to` when the caller already knows it (null: look it up).
    const run = (p: PatternRt, pid: number, from: number, to: number, startAtTo: boolean | null) => {
      let k = from;
      while (k <= to) {
        const start = k === to && startAtTo !== null ? startAtTo : canStart(p, k);
        p.emitted = false;
        step(p, pid, k, start);
        if (p.emitted) {
          p.emitted = false;
          if (p.lastEnd < k) {
            k = p.lastEnd + 1;
            continue;
          }
        }
        k++;
      }
    };
    // The sentence ended at word `last`: settle every pending hit.
    const flush = (p: PatternRt, pid: number, last: number) => {
      clear(p);
      while (p.candS >= 0) {
        emit(p, pid);
        run(p, pid, p.lastEnd + 1, last, null);
        clear(p);
      }
      p.emitted = false;
    };

    const markEnds = (list: readonly number[] | undefined, first: number, k: number) => {
      if (!list) return;
      for (let q = 0; q < list.length; q++) {
        const pid = list[q]!;
        ends[pid] = first;
        lastEnd[pid] = k;
      }
    };
    const canEnd = (pid: number, j: number): boolean => {
      if (ends[pid] !== sentenceFirst) return false;
      // A match from j ends between its shortest and its longest reach.
      const last = lastEnd[pid]!;
      const near = j + minWords[pid]! - 1;
      if (last < near) return false;
      const reach = j + maxWords[pid]! - 1;
      if (last <= reach) return true;
      // The sentence's last such word is out of reach: one within reach is needed.
      const cls = lasts[pid]!;
      for (let k = near; k <= reach; k++) if (classMatches(cls, wids[k]!, wstems[k]!, wsMasks[k]!)) return true;
      return false;
    };
    // True when the word after j can be the second word of a match of pid that starts at j.
    const canGoOn = (pid: number, j: number): boolean => {
      const cls = seconds[pid];
      if (!cls) return true;
      return j + 1 < sentenceEnd && classMatches(cls, wids[j + 1]!, wstems[j + 1]!, wsMasks[j + 1]!);
    };
    // Collects the patterns of `list` that may start at word j (once each), go on past it and end within reach.
    const mark = (list: readonly number[] | undefined, j: number) => {
      if (!list) return;
      for (let q = 0; q < list.length; q++) {
        const pid = list[q]!;
        if ((forText[pid]! & wanted) === 0) continue;
        if (lazy[pid] === 1 ? !lazyPass || woken[pid] !== sentenceFirst : lazyPass) continue;
        if (stamp[pid] !== j && canEnd(pid, j) && canGoOn(pid, j)) {
          stamp[pid] = j;
          starters[startersN++] = pid;
        }
      }
    };
    // Runs every pattern over the words first..end-1, one sentence (matches never cross a sentence end).
    const scanSentence = (first: number, end: number) => {
      sentenceEnd = end;
      wokenN = 0;
      for (let k = first; k < end; k++) {
        const w = words[k]!;
        const found = vocab.lookup(w.norm);
        const id = found.id;
        const ks = found.stems;
        wids[k] = id;
        wstems[k] = ks;
        wsMasks[k] = found.stemMask;
        const nextFirst = k + 1 < end && words[k + 1]!.clause !== w.clause;
        wflags[k] =
          (k + 1 < end ? SAME : 0) |
          (nextFirst ? BOL : 0) |
          (k + 1 === end || nextFirst ? EOL : 0) |
          (k === first || words[k - 1]!.clause !== w.clause ? FIRST : 0);
        if (id >= 0) markEnds(endsByWord[id], first, k);
        for (let m = 0; m < ks.length; m++) markEnds(endsByStem[ks[m]!], first, k);
      }
      lazyPass = false;
      runSentence(first, end);
      if (wokenN > 0) {
        lazyPass = true;
        runSentence(first, end);
        lazyPass = false;
      }
    };
    // Runs the patterns of this pass (lazy or not) over the words first..end-1, their lookups done.
    const runSentence = (first: number, end: number) => {
      for (let j = first; j < end; j++) {
        // Patterns whose first step can match this word.
        startersN = 0;
        if (wids[j]! >= 0) mark(startsByWord[wids[j]!], j);
        const ws = wstems[j]!;
        for (let k = 0; k < ws.length; k++) mark(startsByStem[ws[k]!], j);
        starts += startersN;
        for (let q = 0; q < startersN; q++) {
          const pid = starters[q]!;
          if (!isActive[pid]) {
            isActive[pid] = 1;
            const p = rtOf(pid);
            p.lastEnd = -1;
            p.candS = -1;
            p.candE = -1;
            active[activeN++] = pid;
          }
        }
        // Patterns still running after this word stay in `active` (compacted in place).
        let kept = 0;
        for (let a = 0; a < activeN; a++) {
          const pid = active[a]!;
          const p = built[pid]!;
          run(p, pid, j, j, stamp[pid] === j);
          if (p.curN > 0 || p.candS >= 0) active[kept++] = pid;
          else isActive[pid] = 0;
        }
        activeN = kept;
      }
      for (let a = 0; a < activeN; a++) {
        const pid = active[a]!;
        flush(built[pid]!, pid, end - 1);
        isActive[pid] = 0;
      }
      activeN = 0;
    };

    let first = 0;
    while (first < nWords) {
      const sentence = words[first]!.sentence;
      let end = first + 1;
      while (end < nWords && words[end]!.sentence === sentence) end++;
      sentenceFirst = first;
      if (memo) {
        const slice = index.text.slice(words[first]!.start, words[end - 1]!.end);
        const key = keyPrefix ? keyPrefix + slice : slice;
        const known = memo.get(key);
        if (known) {
          for (let q = 0; q < known.length; q += 3) record(known[q]!, first + known[q + 1]!, first + known[q + 2]!);
        } else {
          local = [];
          scanSentence(first, end);
          if (memo.size >= MAX_MEMO_SENTENCES) memo.clear();
          memo.set(key, local);
          local = null;
        }
      } else scanSentence(first, end);
      first = end;
    }
    if (stats) {
      stats.steps += steps;
      stats.starts += starts;
    }
    return results;
  };
  return { patterns: sources, scan };
}

/** Compiles ad-hoc patterns into one set (throws PatternError on a bad pattern). */
export function compilePatterns(patterns: readonly string[]): PatternSet {
  return buildSet(patterns.map((p) => compilePattern(p)));
}

/** Matches ad-hoc patterns (or a compiled set) against a text; result[i] holds the hits of patterns[i]. */
export function matchPatterns(
  patterns: readonly string[] | PatternSet,
  text: string | TextIndex,
  stats?: ScanStats,
): readonly (readonly Hit[])[] {
  const set = 'scan' in patterns ? patterns : compilePatterns(patterns);
  return set.scan(typeof text === 'string' ? indexText(text) : text, stats);
}

const cache = new WeakMap<readonly RulePack[], CompiledPackSet>();

// compilePattern, remembered by source. A compiled pattern is plain data that no set changes, so sets share them:
// the same pattern in several packs, or a set compiled again for another selection of packs, is compiled once
// (errors are not remembered: they throw every time). 20,000 is every built-in pattern several times over.
const compileOnce = rememberByString(compilePattern, 20_000);

/** The version of PackSetData's shape: data written for another is not used. */
export const PACK_SET_FORMAT = 1;

/**
 * A set of packs worked out ahead of time, as JSON: its distinct pattern sources in the order compilePacks
 * numbers them, and the set's plan (SetPlan). `packSetData` makes it; the build writes the built-in packs' sets
 * this way, so the service worker loads them instead of compiling them when it starts (#15). The patterns'
 * automata are not in it: a loaded set compiles a pattern the first time a text needs it.
 */
export interface PackSetData {
  format: typeof PACK_SET_FORMAT;
  sources: readonly string[];
  plan: SetPlan;
}

/** A PackSetData of the packs of one language, as JSON text (parsed when a set of that language is compiled). */
export interface PrebuiltPackSet {
  language: string;
  json: string;
}

const prebuilt: { language: string; json: string; data: PackSetData | null }[] = [];
// Sets that were loaded from prebuilt data rather than compiled (for tests and the benchmark).
const loaded = new WeakSet<CompiledPackSet>();

/**
 * Sets worked out at build time (lib/build/compiledPacks.ts). compilePacks loads one when its packs give exactly
 * its patterns, lazy patterns and texts (the default selection of built-in packs); any other set is compiled as
 * before. Each language's JSON is parsed the first time a set of that language is compiled.
 */
export function addPrebuiltPackSets(sets: readonly PrebuiltPackSet[]): void {
  for (const { language, json } of sets) prebuilt.push({ language, json, data: null });
}

/** Whether a compiled set was loaded from data written at build time (see addPrebuiltPackSets). */
export function isPrebuiltSet(set: CompiledPackSet): boolean {
  return loaded.has(set);
}

/**
 * The data compilePacks works out for these packs, to be written at build time (see addPrebuiltPackSets). Every
 * pattern is compiled on the way, so a bad one throws here, at build time.
 */
export function packSetData(packs: readonly RulePack[]): PackSetData {
  const shape = shapeOf(packs);
  const compiled = compileAll(packs, shape.sources);
  return { format: PACK_SET_FORMAT, sources: shape.sources, plan: planSet(compiled, shape.triggers, shape.texts) };
}

/** A set of packs before its patterns are compiled: pattern ids, rules, cues and templates pointing at them. */
interface PackSetShape {
  /** Distinct pattern sources, numbered in the order they first occur. */
  sources: string[];
  rules: CompiledRule[];
  cues: CompiledCue[];
  templates: CompiledTemplate[];
  triggers: (number[] | null)[];
  texts: Uint8Array;
}

/** Walks the packs' rules, cues and templates in order and numbers their patterns (nothing is compiled). */
function shapeOf(packs: readonly RulePack[]): PackSetShape {
  const sources: string[] = [];
  const ids = new Map<string, number>();
  const idOf = (src: string): number => {
    let id = ids.get(src);
    if (id === undefined) {
      id = sources.push(src) - 1;
      ids.set(src, id);
    }
    return id;
  };
  const rules: CompiledRule[] = [];
  const cues: CompiledCue[] = [];
  const templates: CompiledTemplate[] = [];
  for (const pack of packs) {
    for (const rule of pack.rules) {
      rules.push({
        id: `${pack.id}.${rule.id}`,
        rule,
        pack,
        patterns: rule.patterns.map(idOf),
        unless: (rule.unless ?? []).map(idOf),
      });
    }
    for (const cue of pack.cues ?? []) {
      cues.push({ cue, pack, scenario: pack.scenario, patterns: cue.patterns.map(idOf) });
    }
    for (const template of pack.templates ?? []) {
      templates.push({
        template,
        pack,
        language: pack.language,
        scenario: pack.scenario,
        skipIf: template.parts.map((part) => (typeof part === 'string' ? [] : part.skipIf.map(idOf))),
      });
    }
  }
  const n = sources.length;
  return {
    sources,
    rules,
    cues,
    templates,
    // Array.from, not map: the list has holes where no pattern is lazy.
    triggers: Array.from(unlessTriggers(n, rules, cues, templates), (t) => t ?? null),
    texts: textsOf(n, rules, cues, templates),
  };
}

/** Where a pattern first occurs in the packs, e.g. 'pack "en.tone" › rule "calm" › patterns[1]' (for errors). */
function whereOf(packs: readonly RulePack[], src: string): string {
  for (const pack of packs) {
    const pp = `pack "${pack.id}"`;
    for (const rule of pack.rules) {
      const rp = `${pp} › rule "${rule.id}"`;
      const i = rule.patterns.indexOf(src);
      if (i >= 0) return `${rp} › patterns[${i}]`;
      const u = (rule.unless ?? []).indexOf(src);
      if (u >= 0) return `${rp} › unless[${u}]`;
    }
    for (const [ci, cue] of (pack.cues ?? []).entries()) {
      const i = cue.patterns.indexOf(src);
      if (i >= 0) return `${pp} › cues[${ci}] › patterns[${i}]`;
    }
    for (const template of pack.templates ?? []) {
      for (const [pi, part] of template.parts.entries()) {
        const i = typeof part === 'string' ? -1 : part.skipIf.indexOf(src);
        if (i >= 0) return `${pp} › template "${template.id}" › parts[${pi}] › skipIf[${i}]`;
      }
    }
  }
  return 'pattern';
}

/** Compiles the sources in order; the first bad one throws, named by where it is. */
function compileAll(packs: readonly RulePack[], sources: readonly string[]): CompiledPattern[] {
  return sources.map((src) => {
    try {
      return compileOnce(src);
    } catch (e) {
      throw new Error(`${whereOf(packs, src)}: ${e instanceof Error ? e.message : String(e)}`);
    }
  });
}

function sameList<T>(a: readonly T[], b: ArrayLike<T>, same: (x: T, y: T) => boolean = (x, y) => x === y): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!same(a[i]!, b[i]!)) return false;
  return true;
}

/** The prebuilt data of exactly this set, if any; parses the data of the packs' languages on first use. */
function prebuiltFor(packs: readonly RulePack[], shape: PackSetShape): PackSetData | null {
  if (prebuilt.length === 0) return null;
  const languages = new Set<string>(packs.map((p) => p.language));
  for (const entry of prebuilt) {
    if (!languages.has(entry.language)) continue;
    if (!entry.data && entry.json) {
      try {
        const data = JSON.parse(entry.json) as PackSetData;
        if (data.format === PACK_SET_FORMAT) entry.data = data;
      } catch {
        // Unreadable data: the set is compiled as before.
      }
      entry.json = '';
    }
    const data = entry.data;
    if (
      data &&
      sameList(data.sources, shape.sources) &&
      sameList(data.plan.texts, shape.texts) &&
      sameList(data.plan.triggers, shape.triggers, (x, y) => (x === null ? y === null : y !== null && sameList(x, y)))
    )
      return data;
  }
  return null;
}

/**
 * Compiles the rules' patterns and unless-patterns, the cues and the templates' skipIf of every pack into one
 * matcher (cached per packs array), or loads it from data written at build time when that is of exactly these
 * packs' patterns (see addPrebuiltPackSets). Throws an Error naming pack › rule › field on a bad pattern.
 */
export function compilePacks(packs: readonly RulePack[]): CompiledPackSet {
  const hit = cache.get(packs);
  if (hit) return hit;
  const shape = shapeOf(packs);
  const { sources, rules, cues, templates } = shape;
  const ready = prebuiltFor(packs, shape);
  // A loaded set's patterns compile when a text first needs them: they compiled at build time, so none throws.
  const set = ready
    ? setFromPlan(ready.plan, (id) => compileOnce(sources[id]!), sources)
    : buildSet(compileAll(packs, sources), shape.triggers, shape.texts);
  // Scans already made, by index, for each kind of scan (FOR_REPLY, FOR_CUSTOMER, FOR_ANY).
  const made = [FOR_REPLY, FOR_CUSTOMER, FOR_ANY].map(() => new WeakMap<TextIndex, readonly (readonly Hit[])[]>());
  const result: CompiledPackSet = {
    packs,
    rules,
    cues,
    templates,
    patterns: sources,
    scan(index: TextIndex, sentences?: SentenceMemo, text?: ScannedFor) {
      const kind = text === 'reply' ? FOR_REPLY : text === 'customer' ? FOR_CUSTOMER : FOR_ANY;
      const memo = made[kind - 1]!;
      let r = memo.get(index);
      if (!r) {
        r = set.scan(index, undefined, sentences, kind);
        memo.set(index, r);
      }
      return r;
    },
  };
  if (ready) loaded.add(result);
  cache.set(packs, result);
  return result;
}

/**
 * The texts each pattern is for: a cue's in the text it names (the customer's message or the draft), every
 * other pattern (rules, unless, skipIf) in the reply.
 */
function textsOf(
  n: number,
  rules: readonly CompiledRule[],
  cues: readonly CompiledCue[],
  templates: readonly CompiledTemplate[],
): Uint8Array {
  const texts = new Uint8Array(n);
  for (const r of rules) for (const id of [...r.patterns, ...r.unless]) texts[id]! |= FOR_REPLY;
  for (const t of templates) for (const ids of t.skipIf) for (const id of ids) texts[id]! |= FOR_REPLY;
  for (const c of cues) for (const id of c.patterns) texts[id]! |= c.cue.in === 'customer' ? FOR_CUSTOMER : FOR_REPLY;
  return texts;
}

/**
 * Patterns used only to cancel phrase rules' matches in their sentence (`unless` with the sentence scope) matter
 * only in sentences where one of those rules matches: for each such pattern, the patterns of its rules (the
 * matcher looks for it only where one of them has a hit). A pattern with any other use is looked for everywhere.
 */
function unlessTriggers(
  n: number,
  rules: readonly CompiledRule[],
  cues: readonly CompiledCue[],
  templates: readonly CompiledTemplate[],
): (number[] | undefined)[] {
  const everywhere = new Uint8Array(n);
  const triggers: (number[] | undefined)[] = new Array(n);
  for (const r of rules) for (const id of r.patterns) everywhere[id] = 1;
  for (const c of cues) for (const id of c.patterns) everywhere[id] = 1;
  for (const t of templates) for (const ids of t.skipIf) for (const id of ids) everywhere[id] = 1;
  for (const r of rules) {
    // A missing rule looks at unless hits anywhere in the text, as does the draft scope.
    const sentenceOnly = r.rule.kind !== 'missing' && r.rule.unlessScope !== 'draft';
    for (const id of r.unless) {
      if (!sentenceOnly) everywhere[id] = 1;
      else {
        const list = triggers[id] ?? [];
        triggers[id] = list;
        for (const t of r.patterns) if (!list.includes(t)) list.push(t);
      }
    }
  }
  return triggers.map((list, id) => (everywhere[id] ? undefined : list));
}

/**
 * The hits of a compiled rule on a scanned text, after `unless`: a hit is cancelled when an unless-pattern
 * matches in the same sentence (or anywhere, with unlessScope 'draft'). In text order, without duplicates.
 */
export function ruleHits(rule: CompiledRule, scan: readonly (readonly Hit[])[]): Hit[] {
  const unlessHits = rule.unless.flatMap((id) => scan[id] ?? []);
  const draftScope = rule.rule.unlessScope === 'draft';
  if (draftScope && unlessHits.length > 0) return [];
  const blocked = new Set(unlessHits.map((h) => h.sentence));
  const seen = new Set<string>();
  const out: Hit[] = [];
  for (const id of rule.patterns) {
    for (const h of scan[id] ?? []) {
      if (blocked.has(h.sentence)) continue;
      const key = `${h.start}:${h.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(h);
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Whether a rule fires on a text: a 'phrase' rule when it has a hit after `unless`, a 'missing' rule when it
 * has none (the scenario condition is the engine's to check).
 */
export function ruleFires(rule: CompiledRule, scan: readonly (readonly Hit[])[]): boolean {
  const hits = ruleHits(rule, scan);
  return rule.rule.kind === 'missing' ? hits.length === 0 : hits.length > 0;
}
