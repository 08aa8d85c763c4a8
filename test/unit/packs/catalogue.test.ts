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
