import { describe, expect, it } from 'vitest';
import { DEFAULT_PHRASES, hasClosingOffer } from '../../../lib/engine/closing';

describe('hasClosingOffer', () => {
  it('knows the usual offers of further help in each language', () => {
    expect(hasClosingOffer('It ships today. Let me know if anything else comes up.', 'en', DEFAULT_PHRASES.en)).toBe(
      true,
    );
    expect(hasClosingOffer('Pakk on teel. Küsimuste korral võtke julgelt ühendust.', 'et', DEFAULT_PHRASES.et)).toBe(
      true,
    );
    expect(hasClosingOffer('Sūtījums ir ceļā. Ja rodas jautājumi, rakstiet droši.', 'lv', DEFAULT_PHRASES.lv)).toBe(
      true,
    );
    expect(hasClosingOffer('Посылка в пути. Если возникнут вопросы, пишите.', 'ru', DEFAULT_PHRASES.ru)).toBe(true);
    expect(hasClosingOffer('It ships today.', 'en', DEFAULT_PHRASES.en)).toBe(false);
  });

  it('reads an offer across line breaks and runs of spaces, and "any time" with or without the space', () => {
    expect(hasClosingOffer('Done.\n\nLet me\nknow  if it works.', 'en', DEFAULT_PHRASES.en)).toBe(true);
    expect(hasClosingOffer('Done. Email me anytime.', 'en', DEFAULT_PHRASES.en)).toBe(true);
    expect(hasClosingOffer('Done. Email me any \t time.', 'en', DEFAULT_PHRASES.en)).toBe(true);
    expect(hasClosingOffer('Done. Letme know.', 'en', DEFAULT_PHRASES.en)).toBe(false);
  });

  it("counts the first sentence of the language's own closing phrase, however it is cased and punctuated", () => {
    const phrases = { closing: '{customerName}, shall we sort out anything more for you today? Cheers.' };
    expect(hasClosingOffer('Done. Anna — SHALL we sort out anything-more for you today?', 'en', phrases)).toBe(true);
    expect(hasClosingOffer('Done. Shall we sort out anything more for you today', 'en', phrases)).toBe(true);
    // Its words must stand as words, in order.
    expect(hasClosingOffer('Done. Shall we sort out anything more for you todays?', 'en', phrases)).toBe(false);
    expect(hasClosingOffer('Done. We shall sort out anything more for you today.', 'en', phrases)).toBe(false);
    // Diacritics and case are folded on both sides.
    const et = { closingPlain: 'Kas lahendame täna veel midagi? Aitäh.' };
    expect(hasClosingOffer('Valmis. KAS lahendame tana veel midagi?', 'et', et)).toBe(true);
  });

  it('ignores a closing phrase too short to tell and phrases with characters special to patterns', () => {
    expect(hasClosingOffer('Ok. Bye now.', 'en', { closingPlain: 'Bye now.' })).toBe(false);
    const odd = { closingPlain: 'Need more (help) + [advice]? Ask.' };
    expect(hasClosingOffer('Need more help advice?', 'en', odd)).toBe(true);
    expect(hasClosingOffer('Need more helps advice?', 'en', odd)).toBe(false);
  });
});
