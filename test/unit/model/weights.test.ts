/**
 * The committed model files (lib/model/weights/*.json): they load, have the expected shapes and labels, fit
 * the size budget, were trained from the committed corpus's train batches (checked by fingerprint when the
 * corpus is present; `npm run train -- --check` retrains and compares the bytes), and read a few sentences of
 * our own sensibly in every language.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROLE_LABELS, SCENARIO_LABELS, TONE_LABELS } from '../../../lib/model/corpus';
import { BUNDLED_MODEL_FILES, classifyScenario, classifySentence, defaultModels } from '../../../lib/model/index';
import type { ModelFile } from '../../../lib/model/models';
import { MODEL_LANGUAGES, ROOT, readSplit, WEIGHTS_DIR } from '../../../lib/model/train';
import { fingerprint } from '../../../lib/model/trainer';

const CORPUS = join(ROOT, 'data', 'corpus');
const files = BUNDLED_MODEL_FILES as ModelFile[];

describe('committed model files', () => {
  it('exist for every language, load, and carry the corpus labels', () => {
    expect(files.map((f) => f.lang)).toEqual([...MODEL_LANGUAGES]);
    const models = defaultModels();
    for (const lang of MODEL_LANGUAGES) {
      const m = models.get(lang)!;
      expect(m.scenarioHead.labels).toEqual([...SCENARIO_LABELS]);
      expect(m.roleHead.labels).toEqual([...ROLE_LABELS]);
      expect(m.toneHead.labels[0]).toBe('fine');
      for (const t of m.toneHead.labels) expect(TONE_LABELS).toContain(t);
      // Every corpus category is either learned or merged into one that is.
      for (const t of TONE_LABELS)
        expect(m.toneHead.labels.includes(t) || m.toneHead.labels.includes(m.tone.merged[t] ?? '')).toBe(true);
      expect(m.tone.threshold).toBeGreaterThan(0);
      expect(m.tone.threshold).toBeLessThan(1);
      expect(m.scenario.weights.length).toBeGreaterThan(1000 * m.scenario.stride);
      expect(m.sentence.weights.length).toBeGreaterThan(1000 * m.sentence.stride);
    }
  });

  it('fit in 2 MB together', () => {
    let total = 0;
    for (const lang of MODEL_LANGUAGES) total += statSync(join(WEIGHTS_DIR, `${lang}.json`)).size;
    expect(total).toBeLessThanOrEqual(2 * 1024 * 1024);
  });

  it.skipIf(!existsSync(join(CORPUS, 'en', 'batches.json')))(
    'were trained on exactly the train batches of the committed corpus (run `npm run train` when this fails)',
    () => {
      for (const lang of MODEL_LANGUAGES) {
        const { batches, raw } = readSplit(CORPUS, lang, 'train');
        const file = JSON.parse(readFileSync(join(WEIGHTS_DIR, `${lang}.json`), 'utf8')) as ModelFile;
        expect(file.batches).toEqual(batches.map((b) => b.batch));
        expect(file.corpus).toBe(fingerprint(raw));
        const tests = readSplit(CORPUS, lang, 'test').batches.map((b) => b.batch);
        for (const t of tests) expect(file.batches).not.toContain(t);
      }
    },
  );
});

/** Sentences of our own (not from the corpus or any evaluation set), per language. */
const HAND_WRITTEN: Record<
  string,
  { rude: string; polite: string; greeting: string; customer: string; draft: string }
> = {
  en: {
    rude: 'Calm down and stop shouting at me.',
    polite: 'Thank you for your patience, we sent the new router today.',
    greeting: 'Hello Maria,',
    customer: 'Do you have the green rain jacket in size M? When will it be back in stock?',
    draft:
      'The green jacket in M is sold out right now; the next delivery comes next week and I can reserve one for you.',
  },
  et: {
    rude: 'Rahunege maha ja lõpetage karjumine.',
    polite: 'Täname kannatlikkuse eest, saatsime uue ruuteri täna teele.',
    greeting: 'Tere, Maria!',
    customer: 'Kas teil on roheline vihmajope M-suuruses laos? Millal see jälle saadaval on?',
    draft:
      'Roheline jope M-suuruses on hetkel välja müüdud, uus kaup saabub järgmisel nädalal ja saan selle teile broneerida.',
  },
  lv: {
    rude: 'Nomierinieties un beidziet kliegt.',
    polite: 'Paldies par pacietību, jauno rūteri jums nosūtījām šodien.',
    greeting: 'Labdien, Marija!',
    customer: 'Vai zaļā lietus jaka M izmērā ir noliktavā? Kad tā atkal būs pieejama?',
    draft: 'Zaļā jaka M izmērā šobrīd ir izpārdota, nākamā piegāde būs nākamnedēļ, un es varu to jums rezervēt.',
  },
  ru: {
    rude: 'Успокойтесь и перестаньте на меня кричать.',
    polite: 'Спасибо за терпение, новый роутер мы отправили вам сегодня.',
    greeting: 'Здравствуйте, Мария!',
    customer: 'Есть ли зелёная куртка размера M в наличии? Когда она снова появится?',
    draft:
      'Зелёной куртки размера M сейчас нет в наличии, новая поставка будет на следующей неделе, и я могу её для вас зарезервировать.',
  },
};

describe.each(MODEL_LANGUAGES)('the %s model on sentences of our own', (lang) => {
  const s = HAND_WRITTEN[lang]!;
  const models = defaultModels();

  it('flags a rude imperative and points at its words', () => {
    const p = classifySentence(models, lang, s.rude, { index: 1, count: 3 })!;
    expect(p.tone.label).not.toBe('fine');
    expect(p.tone.drivers.length).toBeGreaterThan(0);
    for (const d of p.tone.drivers) expect(s.rude.slice(d.start, d.end).length).toBeLessThan(s.rude.length);
  });

  it('leaves a polite answer fine', () => {
    expect(classifySentence(models, lang, s.polite, { index: 1, count: 3 })!.tone.label).toBe('fine');
  });

  it('reads an opening line as a greeting', () => {
    expect(classifySentence(models, lang, s.greeting, { index: 0, count: 4, ownLine: true })!.role.label).toBe(
      'greeting',
    );
  });

  it('recognises an out-of-stock conversation', () => {
    expect(classifyScenario(models, lang, s.customer, s.draft)!.label).toBe('out_of_stock');
  });
});
