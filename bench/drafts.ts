/** Building drafts of a given length (no Node API, so browser benchmarks can use it too). */

/** A draft of about `chars` characters made by joining the given drafts in turn, cut at a word boundary. */
export function draftOfLength(drafts: readonly string[], chars: number): string {
  if (drafts.length === 0) return 'x'.repeat(chars);
  const parts: string[] = [];
  let len = 0;
  for (let i = 0; len < chars; i++) {
    const d = drafts[i % drafts.length]!;
    parts.push(d);
    len += d.length + 1;
  }
  const text = parts.join(' ');
  if (text.length <= chars) return text;
  const cut = text.lastIndexOf(' ', chars);
  return text.slice(0, cut > chars * 0.8 ? cut : chars);
}
