import { describe, expect, it } from 'vitest';
import { matchPatterns } from '../../../lib/packs/compile';

/** The matched texts of one pattern on a text. */
const m = (pattern: string, text: string) => matchPatterns([pattern], text)[0]!.map((h) => text.slice(h.start, h.end));

describe('syntax forms', () => {
  it('word: exact word, case- and diacritic-insensitive, never a part of a word', () => {
    expect(m('know', 'I KNOW, I know. Knowledge unknown')).toEqual(['KNOW', 'know']);
    expect(m('zal', 'Žal, žel')).toEqual(['Žal']);
    expect(m("don't", 'I don’t, I DONʼT')).toEqual(['don’t', 'DONʼT']);
  });
  it('stem*: any word starting with the stem', () => {
    expect(m('vaband*', 'Vabandust, vabandame, vabandan, vaba')).toEqual(['Vabandust', 'vabandame', 'vabandan']);
    expect(m('vabandu*', 'Vabandust, vabandame')).toEqual(['Vabandust']);
    expect(m('извин*', 'Извините, извиняюсь')).toEqual(['Извините', 'извиняюсь']);
  });
  it('groups with multi-word alternatives', () => {
    expect(m("i (don't|do not) know", "I do not know. I don't know. I really don't know")).toEqual([
      'I do not know',
      "I don't know",
    ]);
  });
  it('optional words and groups', () => {
    expect(m('(ma|mina) ?(kahjuks) ei tea', 'Ma ei tea. Mina kahjuks ei tea. Ma kahjuks ka ei tea')).toEqual([
      'Ma ei tea',
      'Mina kahjuks ei tea',
    ]);
  });
  it('gaps allow up to N words between, within one sentence', () => {
    expect(m('ei ~2 tea', 'Ei tea. Ei oska üldse öelda tea. Ei oska tea. Ei oska öelda tea.')).toEqual([
      'Ei tea',
      'Ei oska tea',
      'Ei oska öelda tea',
    ]);
    expect(m("(not|isn't) ~2 (my|our) (job|fault)", "That's not really my job and isn't our fault")).toEqual([
      'not really my job',
      "isn't our fault",
    ]);
  });
  it('gaps never cross a sentence end', () => {
    expect(m('not ~3 job', 'Not me. My job')).toEqual([]);
    expect(m('not ~3 job', 'Not me\nmy job')).toEqual([]);
    expect(m('not ~3 job', 'Not me, my job')).toEqual(['Not me, my job']);
  });
  it('either order with <~N>', () => {
    expect(m('не <~2> знаю', 'Не знаю. Знаю, что не. Не очень то знаю. Не очень то и знаю')).toEqual([
      'Не знаю',
      'Знаю, что не',
      'Не очень то знаю',
    ]);
    expect(m('(calm <~1> down)', 'Calm down. Down, calm.')).toEqual(['Calm down', 'Down, calm']);
  });
  it('^ and $ anchor to clause starts and ends', () => {
    expect(m('^ no $', 'No. No, thanks. I said no, ok. Say no more. Well – no!')).toEqual(['No', 'No', 'no']);
    expect(m('^ calm down', 'Calm down! Please calm down')).toEqual(['Calm down']);
    expect(m('calm down $', 'Calm down sir. Please calm down')).toEqual(['calm down']);
  });
});

describe('hits', () => {
  it('are non-overlapping, leftmost first, longest at a start', () => {
    expect(m('a ~6 a', 'a a a a a a a a a a b a a')).toEqual(['a a a a a a a a', 'a a b a a']);
    expect(m('(a|a ~6 b)', 'a a a a a a a a a a b a a')).toEqual(['a', 'a', 'a', 'a a a a a a a b', 'a', 'a']);
    expect(m('a a', 'a a a a a')).toEqual(['a a', 'a a']);
  });
  it('find a later hit after a long earlier one', () => {
    // The thread started at the second "x" merges with the first; the hit after the first must still appear.
    expect(m('x ~3 y', 'x x y q x y')).toEqual(['x x y', 'x y']);
  });
  it('are reported for every pattern of a set in one pass', () => {
    const text = "Hi, I don't know. Calm down, it's not my job.";
    const r = matchPatterns(["i don't know", 'calm down', 'not ~1 job', 'missing'], text);
    expect(r.map((hs) => hs.map((h) => text.slice(h.start, h.end)))).toEqual([
      ["I don't know"],
      ['Calm down'],
      ['not my job'],
      [],
    ]);
    expect(r[1]![0]).toMatchObject({ sentence: 1, clause: 2 });
  });
  it('same pattern twice in a set gives the same hits', () => {
    const r = matchPatterns(['no idea', 'no idea'], 'No idea. No idea.');
    expect(r[0]).toEqual(r[1]);
    expect(r[0]).toHaveLength(2);
  });
});
