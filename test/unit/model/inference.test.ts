import { describe, expect, it } from 'vitest';
import { DEFAULT_FEATURES, extractFeatures } from '../../../lib/model/features';
import { combineScenario, modelFindings } from '../../../lib/model/hook';
import { toneMessage } from '../../../lib/model/messages';
import {
  classifyDraft,
  classifyScenario,
  classifySentence,
  lazyModels,
  loadModels,
  sentenceFeatures,
} from '../../../lib/model/models';
import { DEFAULT_OPTIONS, type LanguageOptions, loadForScoring, trainLanguage } from '../../../lib/model/trainer';
import { FIXTURE } from './fixture';

const FAST = { epochs: 30, lr: 0.3, l2: 1e-4, seed: 1, minCount: 1, minQuant: 1, maxFeatures: 100_000 };
const OPTS: LanguageOptions = { ...DEFAULT_OPTIONS, scenario: FAST, sentence: FAST, minToneCount: 3 };
const FILE = trainLanguage('en', FIXTURE, OPTS, { corpus: 'test', batches: ['fx'] });
const MODELS = loadModels(FILE);

function words(text: string, spans: readonly { start: number; end: number }[]): string[] {
  return spans.map((d) => text.slice(d.start, d.end));
}

describe('model inference', () => {
  it('gives scenario probabilities that sum to 1 over the seven scenarios', () => {
    const p = classifyScenario(MODELS, 'en', 'Is the white kettle back in stock?', 'It is sold out until Monday.')!;
    expect(Object.keys(p.probs)).toHaveLength(7);
    const sum = Object.values(p.probs).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(1, 12);
    for (const v of Object.values(p.probs)) expect(v).toBeGreaterThan(0);
    expect(p.label).toBe('out_of_stock');
    expect(p.probs[p.label]).toBe(Math.max(...Object.values(p.probs)));
  });

  it('names the words that drove the scenario, inside the text they come from', () => {
    const customer = 'Hello, is the black kettle back in stock?';
    const draft = 'The black kettle is sold out, new stock comes next week.';
    const p = classifyScenario(MODELS, 'en', customer, draft)!;
    expect(p.drivers.length).toBeGreaterThan(0);
    expect(p.drivers.length).toBeLessThanOrEqual(3);
    for (const d of p.drivers) {
      const text = d.in === 'customer' ? customer : draft;
      expect(d.start).toBeGreaterThanOrEqual(0);
      expect(d.end).toBeLessThanOrEqual(text.length);
      expect(d.start).toBeLessThan(d.end);
    }
    const said = p.drivers.map((d) => (d.in === 'customer' ? customer : draft).slice(d.start, d.end).toLowerCase());
    expect(said.join(' ')).toMatch(/stock|sold|out/);
  });

  it('flags a rude sentence and marks the words that made it rude, not the whole sentence', () => {
    const text = 'Calm down, the new lid is on its way.';
    const p = classifySentence(MODELS, 'en', text)!;
    expect(p.tone.label).toBe('rude_imperative');
    expect(p.tone.pFlag).toBeGreaterThanOrEqual(FILE.tone.threshold);
    const said = words(text, p.tone.drivers);
    expect(said.join(' ')).toMatch(/Calm|down/);
    expect(p.tone.drivers.length).toBeLessThanOrEqual(3);
    const covered = p.tone.drivers.reduce((n, d) => n + d.end - d.start, 0);
    expect(covered).toBeLessThan(text.length / 2);
    // Spans are in order and do not overlap.
    for (let i = 1; i < p.tone.drivers.length; i++)
      expect(p.tone.drivers[i]!.start).toBeGreaterThan(p.tone.drivers[i - 1]!.end);
  });

  it('leaves a polite sentence fine, with no drivers', () => {
    const p = classifySentence(MODELS, 'en', 'The copper kettle is sold out until next month.')!;
    expect(p.tone.label).toBe('fine');
    expect(p.tone.drivers).toEqual([]);
    expect(p.tone.p).toBeCloseTo(1 - p.tone.pFlag, 12);
  });

  it('reads a greeting as a greeting from its words and its place', () => {
    const p = classifySentence(MODELS, 'en', 'Hi Zoe,', { index: 0, count: 3, ownLine: false })!;
    expect(p.role.label).toBe('greeting');
    expect(p.role.p).toBeGreaterThan(0.5);
  });

  it('scores at run time exactly as the trainer sees an example (same features, same values)', () => {
    const text = 'Whatever, the kettle is sold out.';
    const ctx = { index: 1, count: 3, ownLine: false };
    const tf = extractFeatures(text, DEFAULT_FEATURES);
    const probs = loadForScoring(FILE.sentence, 'tone')(sentenceFeatures(tf, 0, tf.count, DEFAULT_FEATURES, ctx));
    expect(probs.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    const p = classifySentence(MODELS, 'en', text, ctx)!;
    const fine = FILE.sentence.heads[0]!.labels.indexOf('fine');
    expect(p.tone.pFlag).toBeCloseTo(1 - probs[fine]!, 12);
  });

  it('classifies a draft once with the same results as sentence by sentence', () => {
    const sentences = ['Hi Ray,', 'Calm down, the mug is on its way.', 'Best regards, Tom'];
    const draft = sentences.join(' ');
    let at = 0;
    const spans = sentences.map((s) => {
      const start = draft.indexOf(s, at);
      at = start + s.length;
      return { start, end: at };
    });
    const all = classifyDraft(MODELS, 'en', { customer: 'My mug is cracked!!', draft, sentences: spans })!;
    expect(all.sentences).toHaveLength(3);
    all.sentences.forEach((got, i) => {
      const alone = classifySentence(MODELS, 'en', sentences[i]!, { index: i, count: 3, ownLine: false })!;
      expect(got.tone.label).toBe(alone.tone.label);
      expect(got.tone.pFlag).toBeCloseTo(alone.tone.pFlag, 12);
      expect(got.role).toEqual(alone.role);
      // Drivers are offsets into the draft: the same words as in the sentence alone.
      expect(words(draft, got.tone.drivers)).toEqual(words(sentences[i]!, alone.tone.drivers));
    });
    expect(all.sentences[1]!.tone.label).not.toBe('fine');
    expect(all.scenario.label).toBe(classifyScenario(MODELS, 'en', 'My mug is cracked!!', draft)!.label);
  });

  it('answers null for a language without a model, and rejects what is not a model file', () => {
    expect(classifySentence(MODELS, 'fi', 'Hei')).toBeNull();
    expect(classifyScenario(MODELS, 'fi', 'a', 'b')).toBeNull();
    expect(classifyDraft(MODELS, 'fi', { draft: 'b', sentences: [] })).toBeNull();
    expect(() => loadModels({ format: 1, lang: 'en' })).toThrow();
    expect(() => lazyModels([{ lang: 'en' }])).toThrow();
    const lazy = lazyModels([FILE]);
    expect(lazy.get('fi')).toBeUndefined();
    expect(lazy.get('en')).toBe(lazy.get('en'));
    expect(classifySentence(lazy, 'en', 'Calm down.')!.tone).toEqual(
      classifySentence(MODELS, 'en', 'Calm down.')!.tone,
    );
    expect(() => loadModels({ ...FILE, sentence: { ...FILE.sentence, count: FILE.sentence.count + 1 } })).toThrow();
  });

  it('copes with empty and punctuation-only input', () => {
    expect(classifySentence(MODELS, 'en', '')!.tone.label).toBe('fine');
    expect(classifySentence(MODELS, 'en', '?!')!.tone.drivers).toEqual([]);
    const p = classifyScenario(MODELS, 'en', '', '')!;
    expect(Object.values(p.probs).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(p.drivers).toEqual([]);
  });
});

describe('the engine hook', () => {
  it('lets the rules tip a close scenario call, not overrule a clear one', () => {
    const probs = { out_of_stock: 0.45, complaint: 0.4, general: 0.15 };
    expect(combineScenario('en', probs, { scenario: 'complaint', confidence: 0.8 }, 0.4).scenario).toBe('complaint');
    expect(combineScenario('en', probs, { scenario: 'general', confidence: 0.1 }, 0.4).scenario).toBe('out_of_stock');
    const clear = { out_of_stock: 0.9, complaint: 0.05, general: 0.05 };
    const c = combineScenario('en', clear, { scenario: 'complaint', confidence: 0.5 }, 0.4);
    expect(c.scenario).toBe('out_of_stock');
    expect(c.confidence).toBeGreaterThan(0.5);
    expect(c.confidence).toBeLessThanOrEqual(1);
  });

  it('makes findings of flagged sentences no rule flagged, spanning their driving words', () => {
    const sentences = ['Hi Ray,', 'Whatever, the mug is on its way.', 'Calm down, it ships today.'];
    const draft = sentences.join(' ');
    let at = 0;
    const spans = sentences.map((s) => {
      const start = draft.indexOf(s, at);
      at = start + s.length;
      return { start, end: at };
    });
    const p = classifyDraft(MODELS, 'en', { customer: 'My mug is cracked!!', draft, sentences: spans })!;
    const all = modelFindings('et', draft, p, () => false, 0);
    expect(all.map((f) => f.category)).toEqual(['rude_imperative', 'rude_imperative']);
    for (const f of all) {
      expect(draft.slice(f.start, f.end)).toBe(f.text);
      expect(f.rule).toBe('model.tone.rude_imperative');
      expect(f.message).toBe(toneMessage('et', 'rude_imperative'));
      expect(f.text.length).toBeLessThan(20);
    }
    // A sentence a rule already flagged gets no second finding.
    const third = spans[2]!;
    const some = modelFindings('en', draft, p, (s, e) => s < third.end && e > third.start, 0);
    // Above every flag probability, nothing is found.
    expect(modelFindings('en', draft, p, () => false, 1.01)).toEqual([]);
    expect(some).toHaveLength(1);
    expect(some[0]!.start).toBeLessThan(spans[1]!.end);
  });
});
