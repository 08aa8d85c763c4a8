import { describe, expect, it } from 'vitest';
import { compilePacks, matchPatterns } from '../../../lib/packs/compile';
import { indexText } from '../../../lib/packs/text';
import type { RulePack } from '../../../lib/packs/types';

/** Ordinal dates ("20. juunit", "5. martā") belong to their sentence: a full stop after a number is no end. */

const sentencesOf = (t: string) => indexText(t).sentences.map((s) => t.slice(s.start, s.end));

describe('ordinal dates in the text model', () => {
  it('keeps an Estonian or Latvian date in its sentence', () => {
    expect(sentencesOf('Tehnik tuleb 20. juunil kell 10. Siis räägime.')).toEqual([
      'Tehnik tuleb 20. juunil kell 10.',
      'Siis räägime.',
    ]);
    expect(sentencesOf('Tehniķis ieradīsies 5. martā. Paldies!')).toEqual([
      'Tehniķis ieradīsies 5. martā.',
      'Paldies!',
    ]);
    expect(sentencesOf('Pasūtījums tika nosūtīts 18. līdz 20. septembrim.')).toHaveLength(1);
  });

  it('keeps a capitalised month name after the number too', () => {
    expect(sentencesOf('Pakk jõuab 5. Juunil.')).toHaveLength(1);
    expect(sentencesOf('Ждём 5. Мая.')).toHaveLength(1);
  });

  it('still ends a sentence after a number when a new sentence starts', () => {
    expect(sentencesOf('We have 5. Mark will call you.')).toEqual(['We have 5.', 'Mark will call you.']);
    expect(sentencesOf('Versioon 2024. Uus on parem.')).toEqual(['Versioon 2024.', 'Uus on parem.']);
    expect(sentencesOf('Order 12345. then')).toHaveLength(2);
  });

  it('lets `unless` see the whole sentence around a date', () => {
    const pack: RulePack = {
      id: 'et.test',
      language: 'et',
      scenario: 'out_of_stock',
      version: 1,
      name: 'test',
      rules: [
        {
          id: 'not-in-stock',
          patterns: ['(pole|ei ole) laos'],
          unless: ['(taas|uuesti) saadaval'],
          message: 'test',
          source: 'practice: scenario 2',
          weight: 6,
          dimension: 'positivity',
          examples: { fires: [], silent: [] },
        },
      ],
    };
    const set = compilePacks([pack]);
    const rule = set.rules[0]!;
    const hits = set.scan(indexText('Seda pole laos, see on 20. juunil taas saadaval.'));
    const fired = rule.patterns.some((id) => (hits[id]?.length ?? 0) > 0);
    const cancelled = rule.unless.some((id) => (hits[id]?.length ?? 0) > 0);
    expect(fired).toBe(true);
    // The unless-match lies in the same sentence as the match.
    const hit = rule.patterns.flatMap((id) => hits[id] ?? [])[0]!;
    const un = rule.unless.flatMap((id) => hits[id] ?? [])[0]!;
    expect(cancelled).toBe(true);
    expect(un.sentence).toBe(hit.sentence);
  });
});

describe('compiled sets share patterns', () => {
  it('matches the same in two sets that share a pattern, whichever is built first', () => {
    const a = ['(not|no) ~1 (available|in stock)', 'sold out'];
    const b = ['sold out', 'back in stock'];
    const text = 'Sorry, it is not available. The red one is sold out, but back in stock on Monday.';
    const first = matchPatterns(a, text);
    const second = matchPatterns(b, text);
    expect(second[0]).toEqual(first[1]);
    expect(first[0]).toHaveLength(1);
    expect(second[1]).toHaveLength(1);
    // Scanning again gives the same hits (the run-time state of a pattern is reset between texts).
    expect(matchPatterns(a, text)).toEqual(first);
  });
});
