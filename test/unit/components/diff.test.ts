import { describe, expect, it } from 'vitest';
import { diffWords } from '../../../components/diff';

describe('diffWords', () => {
  it('marks what the rewrite adds and takes away, word by word, and keeps the rest', () => {
    const runs = diffWords(
      'Hi Tom, calm down. The parcel left on Monday.',
      'Hi Tom, I am sorry. The parcel left on Monday.',
    )!;
    expect(runs.filter((r) => r.kind === 'removed').map((r) => r.text.trim())).toEqual(['calm down.']);
    expect(runs.filter((r) => r.kind === 'added').map((r) => r.text.trim())).toEqual(['I am sorry.']);
    // Kept and added runs read as the rewrite; kept and removed runs as the draft.
    expect(
      runs
        .filter((r) => r.kind !== 'removed')
        .map((r) => r.text)
        .join(''),
    ).toBe('Hi Tom, I am sorry. The parcel left on Monday.');
    expect(
      runs
        .filter((r) => r.kind !== 'added')
        .map((r) => r.text.trim())
        .join(' '),
    ).toBe('Hi Tom, calm down. The parcel left on Monday.');
  });

  it('gives one kept run for an unchanged draft, and nothing for texts too long to compare on the page', () => {
    expect(diffWords('Same text here.', 'Same text here.')).toEqual([{ kind: 'same', text: 'Same text here.' }]);
    const long = 'word '.repeat(3000);
    expect(diffWords(long, `${long} more`)).toBeNull();
  });
});
