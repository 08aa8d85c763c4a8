import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/engine/analyze';
import { detectLanguage, languageScores } from '../../../lib/engine/language';
import { FIXTURE_PACKS } from './fixturePacks';

describe('detectLanguage', () => {
  it('recognises ordinary drafts in all four languages', () => {
    expect(
      detectLanguage('Hi Laura, thank you for your patience. I have asked our team and will get back to you.'),
    ).toBe('en');
    expect(
      detectLanguage('Tere, Mari! Vabandan, et pakk hilineb. Kontrollisin tellimuse üle ja saadan selle homme.'),
    ).toBe('et');
    expect(detectLanguage('Labdien, Jāni! Atvainojos par kavēšanos. Pārbaudīju pasūtījumu un nosūtīšu to rīt.')).toBe(
      'lv',
    );
    expect(detectLanguage('Здравствуйте, Ольга! Извините за задержку, я проверила заказ и отправлю его завтра.')).toBe(
      'ru',
    );
  });

  it('recognises Estonian and Latvian typed without diacritics', () => {
    expect(detectLanguage('Tere! Aitah, et kirjutasite, ma uurin selle valja ja vastan homme.')).toBe('et');
    expect(detectLanguage('Labdien! Paldies par jautajumu, es to noskaidrosu un atbildesu lidz piektdienai.')).toBe(
      'lv',
    );
  });

  it('decides very short drafts', () => {
    expect(detectLanguage('Ei.')).toBe('et');
    expect(detectLanguage('Nē.')).toBe('lv');
    expect(detectLanguage('Нет.')).toBe('ru');
    expect(detectLanguage('No.')).toBe('en');
    expect(detectLanguage('Paldies!')).toBe('lv');
    expect(detectLanguage('Aitäh!')).toBe('et');
  });

  it("lets the customer's language break a tie on a very short draft", () => {
    // "No" is English, and Latvian for "from".
    expect(detectLanguage('No.', 'Labdien! Vai varat atgriezt naudu par biļeti?')).toBe('lv');
    expect(detectLanguage('No.', 'Hello, can I get a refund for my ticket?')).toBe('en');
  });

  it('is not misled by quoted text or product names in another language', () => {
    expect(
      detectLanguage(
        'Labdien! Jūsu Apple Watch Series 10 ir ceļā, un kurjers to piegādās rīt. Ekrānā redzamais "Your order is on the way" nozīmē, ka viss ir kārtībā.',
      ),
    ).toBe('lv');
    expect(
      detectLanguage(
        'Tere! Teate ekraanil „Ошибка при оплате, попробуйте позже“ tähendab, et pank ei kinnitanud makset. Proovige palun uuesti, kontrollisin Teie konto üle.',
      ),
    ).toBe('et');
    expect(
      detectLanguage(
        'Здравствуйте! Sony WH-1000XM5 снова будут в наличии с 15 августа, я могу их для Вас зарезервировать.',
      ),
    ).toBe('ru');
  });

  it('takes an explicit language over detection', () => {
    const a = analyze({ draft: 'Hello, your order is on its way.', lang: 'et' }, FIXTURE_PACKS);
    expect(a.language).toBe('et');
  });
});

describe('language of a long draft', () => {
  const english = 'Thank you for your patience, we will check the order and call you back today. '.repeat(30);
  const estonian = 'Täname kannatlikkuse eest, me kontrollime tellimust ja helistame teile täna tagasi. '.repeat(120);
  it('is decided once one language leads decisively; the scores of the whole text are still there to compare', () => {
    expect(detectLanguage(english + estonian)).toBe('en');
    const full = languageScores(english + estonian);
    expect(full.et).toBeGreaterThan(full.en);
    expect(languageScores(english + estonian, true).et).toBeLessThan(full.et);
  });
  it('reads on while no language leads decisively', () => {
    const mixed = 'Thank you. Aitäh. '.repeat(200);
    expect(languageScores(mixed, true)).toEqual(languageScores(mixed));
    expect(detectLanguage(`${estonian.slice(0, 300)} ${english}`)).toBe('en');
  });
});
