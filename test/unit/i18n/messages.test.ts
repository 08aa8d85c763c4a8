import { describe, expect, it } from 'vitest';
import { COUNTS, MESSAGES, type MessageKey, tableTranslator, UI_LANGUAGES } from '../../../lib/i18n/messages';

describe('message tables (#15)', () => {
  it('have a form for every plural category Intl.PluralRules gives each language', () => {
    for (const lang of UI_LANGUAGES) {
      const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      for (const [noun, forms] of Object.entries(COUNTS[lang])) {
        for (const c of categories) expect(forms[c], `${lang} ${noun} ${c}`).toBeTruthy();
      }
    }
  });

  it('count rules and suggestions in each language’s grammar', () => {
    const et = tableTranslator('et');
    expect([1, 2, 21].map((n) => et.count('rules', n))).toEqual(['1 reegel', '2 reeglit', '21 reeglit']);
    const lv = tableTranslator('lv');
    expect([1, 2, 10, 11, 21].map((n) => lv.count('rules', n))).toEqual([
      '1 noteikums',
      '2 noteikumi',
      '10 noteikumu',
      '11 noteikumu',
      '21 noteikums',
    ]);
    const ru = tableTranslator('ru');
    expect([1, 3, 5, 11, 21, 22, 25].map((n) => ru.count('rules', n))).toEqual([
      '1 правило',
      '3 правила',
      '5 правил',
      '11 правил',
      '21 правило',
      '22 правила',
      '25 правил',
    ]);
    expect([1, 2].map((n) => tableTranslator('en').count('suggestions', n))).toEqual(['1 suggestion', '2 suggestions']);
  });

  it('carry the reviewer’s corrections and name languages with nouns', () => {
    expect(MESSAGES.et.score).toBe('Skoor');
    expect(MESSAGES.lv.sc_transfer).toBe('Nodošana citai komandai');
    expect(MESSAGES.ru.sc_transfer).toBe('Передача другому специалисту');
    expect(MESSAGES.ru.silenced).toBe('Игнорируемые правила');
    expect(MESSAGES.et.lang_et).toBe('Eesti keel');
    expect(MESSAGES.lv.lang_lv).toBe('Latviešu valoda');
    expect(MESSAGES.ru.lang_en).toBe('Английский');
    expect(MESSAGES.en.sc_refusal).toBe('Refusal');
    for (const lang of UI_LANGUAGES) expect(JSON.stringify(MESSAGES[lang])).not.toMatch(/Заглушённ|Hinne|Pāradresācij/);
  });

  it('leave no English in the Estonian, Latvian and Russian tables', () => {
    // The same in every language: the product's name, and what carries only a slot and a key name.
    const same = new Set<MessageKey>(['extName', 'popupTitle']);
    for (const lang of ['et', 'lv', 'ru'] as const) {
      const english = (Object.keys(MESSAGES.en) as MessageKey[]).filter(
        (k) => !same.has(k) && k !== 'uiLanguage' && MESSAGES[lang][k] === MESSAGES.en[k],
      );
      expect(english, lang).toEqual([]);
    }
  });
});
