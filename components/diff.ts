/** One run of a word diff: text kept from the draft, added by the rewrite, or removed from the draft. */
export interface DiffRun {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

// Above this many token pairs the diff is not computed (a table of that size would block the page).
const MAX_CELLS = 4_000_000;

/** Words and the spaces between them, as tokens (a space run belongs to the word before it). */
function tokens(text: string): string[] {
  return text.match(/\S+\s*|\s+/gu) ?? [];
}

/**
 * A word-level diff of the draft and the rewrite (longest common subsequence of words), as runs of kept,
 * added and removed text; null when the texts are too long to compare on the page.
 */
export function diffWords(draft: string, rewrite: string): DiffRun[] | null {
  const a = tokens(draft);
  const b = tokens(rewrite);
  if (a.length * b.length > MAX_CELLS) return null;
  const key = (t: string) => t.trim();
  // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..], in one flat array.
  const w = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * w);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * w + j] =
        key(a[i]!) === key(b[j]!)
          ? lcs[(i + 1) * w + j + 1]! + 1
          : Math.max(lcs[(i + 1) * w + j]!, lcs[i * w + j + 1]!);
    }
  }
  const runs: DiffRun[] = [];
  const push = (kind: DiffRun['kind'], text: string) => {
    const last = runs[runs.length - 1];
    if (last?.kind === kind) last.text += text;
    else runs.push({ kind, text });
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (key(a[i]!) === key(b[j]!)) {
      // The rewrite's spacing is what the agent gets.
      push('same', b[j]!);
      i++;
      j++;
    } else if (lcs[(i + 1) * w + j]! >= lcs[i * w + j + 1]!) push('removed', a[i++]!);
    else push('added', b[j++]!);
  }
  while (i < a.length) push('removed', a[i++]!);
  while (j < b.length) push('added', b[j++]!);
  return runs;
}
