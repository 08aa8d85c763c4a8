import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/engine/analyze';
import { BUILTIN_PACKS } from '../../../lib/packs/builtin';
import { ideaOf, isSilenced } from '../../../lib/packs/catalogue';

describe('the rule catalogue', () => {
  it('names a built-in rule by its idea, any other rule by its full id', () => {
    expect(ideaOf('en.angry_customer.calm-down')).toBe('calm-down');
    expect(ideaOf('lv.tone.not-my-job')).toBe('not-my-job');
    expect(ideaOf('acme.en.refunds.late-fee')).toBe('acme.en.refunds.late-fee');
    expect(ideaOf('en.refunds.late-fee')).toBe('en.refunds.late-fee');
    expect(ideaOf('model.tone.condescending')).toBe('model.tone.condescending');
    expect(isSilenced(new Set(['calm-down']), 'ru.angry_customer.calm-down')).toBe(true);
    expect(isSilenced(new Set(['en.angry_customer.calm-down']), 'ru.angry_customer.calm-down')).toBe(false);
  });

  it('silences an idea in every language', () => {
    const drafts = {
      en: 'Please calm down, your parcel arrives on Friday.',
      et: 'Palun rahunege, Teie pakk jõuab reedel kohale.',
      lv: 'Lūdzu, nomierinieties, Jūsu paka pienāks piektdien.',
      ru: 'Пожалуйста, успокойтесь, Ваша посылка придёт в пятницу.',
    } as const;
    for (const [lang, draft] of Object.entries(drafts)) {
      const rule = `${lang}.angry_customer.calm-down`;
      const on = analyze({ draft, lang: lang as keyof typeof drafts, scenario: 'angry_customer' }, BUILTIN_PACKS);
      expect(
        on.findings.map((f) => f.rule),
        lang,
      ).toContain(rule);
      const off = analyze({ draft, lang: lang as keyof typeof drafts, scenario: 'angry_customer' }, BUILTIN_PACKS, {
        silencedRules: ['calm-down'],
      });
      expect(
        off.findings.map((f) => f.rule),
        lang,
      ).not.toContain(rule);
    }
  });
});

// The catalogue's structure: which ideas each language lacks, on purpose. A rule added to one language, or an
// idea renamed in one, shows up here, so the same idea keeps one id everywhere and a gap is a decision.
const LACKS: Record<'en' | 'et' | 'lv' | 'ru', string[]> = {
  en: [
    'alas',
    'ask-elsewhere',
    'belittling',
    'bureaucratic',
    'canned-address',
    'check-website',
    'contact-them-yourself',
    'do-it-yourself',
    'everything-works',
    'figure-it-out-yourself',
    'flat-cant',
    'go-to-them',
    'grudging',
    'handed-off-no-follow-up',
    'if-only-you',
    'its-normal',
    'just-a-number',
    'leave-it-to-luck',
    'look-it-up-yourself',
    'negative-language-skill',
    'next-time-lecture',
    'no-time',
    'not-our-business',
    'not-the-only-one',
    'only-a-middleman',
    'presume-customer-error',
    'put-up-with-it',
    'ran-out',
    'should-have-known',
    'sold-out-short',
    'take-something-else',
    'tell-it-again',
    'tone-policing',
    'unclear-customer',
    'unknown-restock',
    'vague-promise',
    'we-dont-do-that',
    'you-should-know',
  ],
  et: [
    'alas',
    'ask-someone-else',
    'brush-off',
    'bureaucratic',
    'canned-address',
    'check-website',
    'check-website-later',
    'contact-directly',
    'do-it-yourself',
    'everything-works',
    'figure-it-out-yourself',
    'flat-cant',
    'flat-not-possible',
    'go-elsewhere',
    'go-to-them',
    'grudging',
    'handed-off-no-follow-up',
    'hiding-behind-terms',
    'if-only-you',
    'its-normal',
    'just-a-number',
    'leave-it-to-luck',
    'look-elsewhere',
    'never-allow',
    'next-time-lecture',
    'no-exceptions',
    'no-information',
    'no-ownership',
    'not-my-department',
    'not-my-job-to',
    'only-a-middleman',
    'passive-blame',
    'put-up-with-it',
    'ran-out',
    'read-the-terms',
    'rude-imperative',
    'send-elsewhere',
    'should-have-known',
    'shrug-off',
    'sold-out-short',
    'tell-it-again',
    'we-dont-deal-with',
    'you-should-know',
    'your-choice-bare',
  ],
  lv: [
    'alas',
    'ask-someone-else',
    'belittling',
    'blame-hindsight',
    'blame-third-party',
    'bureaucratic',
    'canned-address',
    'check-website-later',
    'contact-directly',
    'contact-them-yourself',
    'dismissive',
    'figure-it-out-yourself',
    'flat-cant',
    'fully-booked',
    'go-elsewhere',
    'go-to-them',
    'grudging',
    'guessing',
    'handed-off-no-follow-up',
    'hiding-behind-terms',
    'if-only-you',
    'its-normal',
    'just-a-number',
    'just-wait',
    'leave-it-to-luck',
    'look-elsewhere',
    'look-it-up-yourself',
    'negative-language-skill',
    'never-allow',
    'no-exceptions',
    'no-information',
    'no-ownership',
    'no-time',
    'not-my-department',
    'not-my-job-to',
    'not-our-business',
    'not-the-only-one',
    'passive-blame',
    'presume-customer-error',
    'put-up-with-it',
    'rude-imperative',
    'shrug-off',
    'sold-out-short',
    'take-something-else',
    'tell-it-again',
    'tone-policing',
    'unclear-customer',
    'when-it-comes',
    'you-should-know',
    'your-choice-bare',
  ],
  ru: [
    'already-told-you',
    'ask-elsewhere',
    'ask-someone-else',
    'belittling',
    'blame-hindsight',
    'brush-off',
    'check-website',
    'check-website-later',
    'contact-directly',
    'do-it-yourself',
    'everything-works',
    'flat-not-possible',
    'go-elsewhere',
    'hiding-behind-terms',
    'just-wait',
    'look-elsewhere',
    'look-it-up-yourself',
    'negative-language-skill',
    'never-allow',
    'next-time-lecture',
    'no-exceptions',
    'no-information',
    'no-ownership',
    'no-time',
    'not-my-department',
    'not-my-job-to',
    'not-our-business',
    'not-the-only-one',
    'only-a-middleman',
    'passive-blame',
    'please-hold',
    'ran-out',
    'rude-imperative',
    'send-elsewhere',
    'should-have-known',
    'shrug-off',
    'take-something-else',
    'unclear-customer',
    'vague-promise',
    'your-choice-bare',
  ],
};

describe('the catalogue across languages', () => {
  it('lists exactly the ideas each language lacks', () => {
    const has = new Map<string, Set<string>>();
    for (const p of BUILTIN_PACKS)
      for (const r of p.rules) has.set(r.id, new Set([...(has.get(r.id) ?? []), p.language]));
    for (const lang of ['en', 'et', 'lv', 'ru'] as const) {
      const lacking = [...has]
        .filter(([, langs]) => !langs.has(lang))
        .map(([id]) => id)
        .sort();
      expect(lacking, lang).toEqual(LACKS[lang]);
    }
  });

  it('has most ideas in more than one language', () => {
    const langsOf = new Map<string, Set<string>>();
    for (const p of BUILTIN_PACKS)
      for (const r of p.rules) langsOf.set(r.id, new Set([...(langsOf.get(r.id) ?? []), p.language]));
    const shared = [...langsOf.values()].filter((s) => s.size > 1).length;
    expect(shared / langsOf.size).toBeGreaterThan(0.45);
  });
});
