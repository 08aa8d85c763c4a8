/**
 * The corpus as the trainer reads it (data/corpus/README.md): conversations with every draft sentence's role
 * and tone, grouped in batches that are either "train" or "test". Parsing only; reading files is train.ts's.
 */

/** The service scenarios, in the engine's order (lib/engine/types.ts). */
export const SCENARIO_LABELS = [
  'unknown_answer',
  'out_of_stock',
  'transfer',
  'refusal',
  'complaint',
  'angry_customer',
  'general',
] as const;

/** Tone categories of the corpus, 'fine' first. */
export const TONE_LABELS = [
  'fine',
  'dismissive',
  'blaming',
  'condescending',
  'bare_refusal',
  'bare_unknown',
  'passing_buck',
  'minimising',
  'sarcastic',
  'rude_imperative',
  'policy_hiding',
  'cold_transfer',
  'false_promise',
] as const;

/** Sentence roles of the corpus. */
export const ROLE_LABELS = [
  'greeting',
  'acknowledgement',
  'apology',
  'answer',
  'reason',
  'alternative',
  'next_step',
  'question',
  'closing',
  'signature',
  'other',
] as const;

/** One labelled draft sentence. */
export interface CorpusSentence {
  text: string;
  role: string;
  tone: string;
  span?: string;
}

/** One conversation of the corpus. */
export interface Conversation {
  id: string;
  batch: string;
  lang: string;
  customer: string;
  scenario: string;
  draft: string;
  sentences: CorpusSentence[];
}

/** An entry of <lang>/batches.json. */
export interface BatchInfo {
  batch: string;
  lang: string;
  file: string;
  split: 'train' | 'test' | string;
}

function str(x: unknown, what: string): string {
  if (typeof x !== 'string') throw new Error(`${what} is not a string`);
  return x;
}

/** Parses one JSON line of a batch; throws with the line's id on a malformed conversation. */
export function parseConversation(line: string): Conversation {
  const o = JSON.parse(line) as Record<string, unknown>;
  const id = str(o.id, 'id');
  const sentences = o.sentences;
  if (!Array.isArray(sentences) || sentences.length === 0) throw new Error(`${id}: no sentences`);
  return {
    id,
    batch: str(o.batch, `${id}: batch`),
    lang: str(o.lang, `${id}: lang`),
    customer: typeof o.customer === 'string' ? o.customer : '',
    scenario: str(o.scenario, `${id}: scenario`),
    draft: str(o.draft, `${id}: draft`),
    sentences: sentences.map((s: Record<string, unknown>, i) => ({
      text: str(s.text, `${id}: sentence ${i}`),
      role: str(s.role, `${id}: sentence ${i} role`),
      tone: str(s.tone, `${id}: sentence ${i} tone`),
      ...(typeof s.span === 'string' ? { span: s.span } : {}),
    })),
  };
}

/** Parses a batch file (JSON Lines; blank lines skipped). */
export function parseBatch(text: string): Conversation[] {
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map(parseConversation);
}

/**
 * Where each corpus sentence sits in its draft: the draft is its sentences joined by a space or a line break,
 * so each is found after the previous one. A sentence not found (a malformed line) gets -1.
 */
export function sentenceOffsets(c: Conversation): { start: number; end: number }[] {
  let from = 0;
  return c.sentences.map((s) => {
    const at = c.draft.indexOf(s.text, from);
    if (at < 0) return { start: -1, end: -1 };
    from = at + s.text.length;
    return { start: at, end: from };
  });
}
