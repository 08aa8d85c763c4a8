import { describe, expect, it } from 'vitest';
import { compiledFor } from '../../../lib/engine/compiled';
import { BUILTIN_PACKS } from '../../../lib/packs/builtin';
import { compilePatterns, type SentenceMemo } from '../../../lib/packs/compile';
import { indexText } from '../../../lib/packs/text';

/** Every built-in pattern of a language as one matcher, as the engine scans with it. */
const matcher = (lang: 'en' | 'et') => compilePatterns(compiledFor(BUILTIN_PACKS, lang).patterns);

describe('the sentence memo', () => {
  // The same sentences come back with other capitals, spacing and punctuation around them (their offsets differ),
  // and once with a clause break that changes what `^` and `$` may match. Only a sentence written the same way
  // comes from the memo; the others are scanned and must give the same hits.
  const text = [
    'Please calm down. I don’t know when it arrives, sorry.',
    'PLEASE   calm down!  I don’t know when it arrives,  sorry.',
    'Unfortunately it is out of stock.\nPlease calm down.',
    'No. That is not my job. No, that is not my job.',
    'please calm down',
  ].join(' ');

  it('gives the same hits as a scan without it, for repeated sentences at other offsets', () => {
    const set = matcher('en');
    const index = indexText(text);
    const plain = set.scan(index);
    const memo: SentenceMemo = new Map();
    expect(set.scan(index, undefined, memo)).toEqual(plain);
    // Fewer sentences were scanned than the text has: the repeats came from the memo.
    expect(memo.size).toBeLessThan(index.sentences.length);
    // A second text that shares some sentences, with the memo already filled by the first.
    const other = indexText(`Hello Mari. ${text} Kind regards`);
    expect(set.scan(other, undefined, memo)).toEqual(set.scan(other));
  });

  it('keys sentences by their text as written, so a comma makes another sentence', () => {
    const set = compilePatterns(['^ no $', 'no ~1 idea']);
    const memo: SentenceMemo = new Map();
    const a = indexText('No idea. No, idea.');
    const hits = set.scan(a, undefined, memo);
    expect(hits).toEqual(set.scan(a));
    expect(memo.size).toBe(2);
    // "^ no $" matches only where "No" is a clause of its own.
    expect(hits[0]!.map((h) => a.text.slice(h.start, h.end))).toEqual(['No']);
    expect(hits[0]![0]!.start).toBe(9);
  });

  it('works the same in another language and on Unicode-heavy text', () => {
    const set = matcher('et');
    const t =
      'Kahjuks ma ei tea. KAHJUKS  ma ei tea! Rahunege maha, palun. kahjuks ma ei tea 🙂 Rahunege maha, palun. Kahjuks ma ei tea.';
    const index = indexText(t);
    const memo: SentenceMemo = new Map();
    expect(set.scan(index, undefined, memo)).toEqual(set.scan(index));
    expect(memo.size).toBeLessThan(index.sentences.length);
  });
});
