import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/engine/analyze';
import { extractFacts } from '../../../lib/engine/facts';
import { greetingEnd, signoffStart } from '../../../lib/engine/greeting';
import { addressName, mentionsName } from '../../../lib/engine/name';
import { splitSentences } from '../../../lib/engine/segment';
import type { AnalyzeInput } from '../../../lib/engine/types';
import { BUILTIN_PACKS } from '../../../lib/packs/builtin';
import { PROFILES } from '../../../lib/packs/profiles';
import { defaultModels } from '../../../lib/model';
import { FIXTURE_PACKS } from './fixturePacks';

// The rewrite's mechanics with the fixture packs' rules alone (the learned layer has tests of its own).
const rewrite = (input: AnalyzeInput, options = {}) => analyze(input, FIXTURE_PACKS, options);

/** The plain sentences (without blanks) of a built-in pack's templates. */
const plainsOf = (packId: string): string[] =>
  (BUILTIN_PACKS.find((p) => p.id === packId)?.templates ?? []).flatMap((t) =>
    t.parts.flatMap((x) => (typeof x === 'string' ? [] : (x.plain ?? []))),
  );

describe('rewrite', () => {
  it('replaces flagged phrases, drops flagged sentences and keeps the rest verbatim', () => {
    const input = {
      draft:
        "Hi Laura, I don't know. You can check the coverage map before you move on 1 June. That's not my job to check.",
      customerName: 'Laura',
      customer: 'Is fibre available at my new flat?',
    };
    const a = rewrite(input);
    expect(a.rewrite).toContain("That's a very good question – let me find out for you right away.");
    expect(a.rewrite).toContain('You can check the coverage map before you move on 1 June.');
    expect(a.rewrite).not.toContain('not my job');
    expect(a.rewrite).not.toContain("I don't know");
    expect(a.rewrite.startsWith('Hi Laura,')).toBe(true);
  });

  it('keeps the facts of a dropped sentence as a lead-in to a sentence, never as a list of their own', () => {
    const a = rewrite({
      draft:
        "Hello, the dead pixel on the MacBook Air M3 from order 310982 is not our fault, it's a manufacturer issue.",
      customer: 'My screen has a dead pixel.',
    });
    expect(a.rewrite).toContain('MacBook Air M3');
    expect(a.rewrite).toContain('order 310982');
    expect(a.rewrite).not.toContain('not our fault');
    // The lead-in opens a sentence that says something, not a line of its own ("Regarding X:").
    const lead = PROFILES.en.factLead.text.split(' ')[0]!;
    for (const line of a.rewrite.split('\n')) expect(line).not.toMatch(new RegExp(`^${lead} [^,]*:?$`));
    expect(a.rewrite).toMatch(new RegExp(`${lead} [^\\n]*MacBook Air M3[^\\n]*, \\S+`));
  });

  it('keeps the non-flagged clause of a sentence when it reads on its own', () => {
    const a = rewrite({ draft: "We're fully booked on 2 November, that's not my problem." });
    expect(a.rewrite).toContain("We're fully booked on 2 November.");
    expect(a.rewrite).not.toContain('not my problem');
  });

  it("keeps the draft's own greeting and sign-off, and adds no closing after the draft's own offer of help", () => {
    const a = rewrite(
      { draft: "Dear Tom,\n\nI don't know.\n\nBest regards,\nAnna", customerName: 'Tom' },
      { signature: 'Anna Tamm\nAcme Support' },
    );
    expect(a.rewrite.split('\n')[0]).toBe('Dear Tom,');
    expect(a.rewrite).not.toContain("I don't know");
    expect(a.rewrite.endsWith('Best regards,\nAnna')).toBe(true);
    expect(a.rewrite).not.toContain('Anna Tamm');
  });

  it('keeps the order of sentences: a long clause that starts with a preposition is no lead-in', () => {
    const draft =
      'The export is under Reports > Export. For 40 users you will also want to turn on SSO on the same page, which any IT manager should be familiar with.';
    const a = analyze({ draft, customer: 'Where is the export?' }, BUILTIN_PACKS);
    expect(a.findings.map((f) => f.text)).toContain('which any IT manager should be familiar with');
    expect(a.rewrite).toContain(
      'The export is under Reports > Export. For 40 users you will also want to turn on SSO on the same page.',
    );
  });

  it('keeps a formal greeting that addresses the customer by surname', () => {
    const a = rewrite({ draft: "Dear Mrs Clarke,\n\nI don't know.", customerName: 'Susan Clarke' });
    expect(a.rewrite.split('\n')[0]).toBe('Dear Mrs Clarke,');
    expect(a.rewrite).not.toContain('Susan');
  });

  it("greets a flagged draft without a greeting by the customer's name, and signs with the profile", () => {
    const a = rewrite({ draft: "I don't know.", customerName: 'Tom Baker' }, { signature: 'Anna Tamm\nAcme Support' });
    expect(a.rewrite.split('\n')[0]).toBe('Hi Tom,');
    expect(a.rewrite.endsWith('Anna Tamm\nAcme Support')).toBe(true);
  });

  it('closes with a short offer of further help, not a gushing one', () => {
    const a = rewrite({ draft: "I don't know.", customer: 'Will the charger fit?' });
    expect(a.scenario).toBe('unknown_answer');
    expect(a.rewrite).toContain('let me find out for you');
    // One of the profile's short closings for a reply that promises to come back.
    const closings = PROFILES.en.closings.followUp;
    expect(closings.some((c) => a.rewrite.includes(c))).toBe(true);
    for (const c of closings) expect(c.split(' ').length).toBeLessThanOrEqual(10);
    expect(a.rewrite).not.toContain('always here and glad');
    // Parts are paragraphs.
    expect(a.rewrite).toContain('\n\n');
  });

  it('keeps a greeting by title and surname, a congratulation first, and no adverb before a new sentence', () => {
    const titled = analyze({ draft: "Dear Mr Greaves,\n\nI don't know.", customerName: 'Trevor' }, BUILTIN_PACKS);
    expect(titled.rewrite.split('\n')[0]).toBe('Dear Mr Greaves,');
    const congrats = analyze(
      {
        draft:
          "Dear Barbara,\nCongratulations on your anniversary! We're not able to offer an upgrade on this occasion.",
        customer: 'Any chance of a room upgrade for our anniversary?',
      },
      BUILTIN_PACKS,
      { models: defaultModels() },
    );
    expect(congrats.scenario).toBe('refusal');
    expect(congrats.findings.length).toBeGreaterThan(0);
    expect(congrats.rewrite).toMatch(/^Dear Barbara,\n\nCongratulations on your anniversary! \S/u);
    const adverb = analyze(
      { draft: "Unfortunately, I don't have that information.", customer: 'Is the lounge included?' },
      BUILTIN_PACKS,
    );
    expect(adverb.findings.map((f) => f.text)).toContain("I don't have that information");
    expect(adverb.rewrite).not.toMatch(/Unfortunately, \p{Ll}/u);
  });

  it('cuts a clause at "and" before the offence: the reason before it stays', () => {
    const a = analyze(
      {
        draft:
          "The flight was cancelled due to the storm and there's nothing I can do about the weather. The next free seat is on Thursday at 7:15.",
        customer: 'Why was my flight cancelled? I need to get home!',
      },
      BUILTIN_PACKS,
    );
    expect(a.findings.map((f) => f.text)).toContain("there's nothing I can do");
    expect(a.rewrite).toContain(
      'The flight was cancelled due to the storm. The next free seat is on Thursday at 7:15.',
    );
    expect(a.rewrite).not.toContain('nothing I can do');
  });

  it('lets the date of a promise nobody can keep go with it, and keeps the product', () => {
    const a = analyze(
      {
        draft:
          "The blue iPhone 15 128 GB is not in stock right now. Don't worry, I promise you'll definitely have it by 24 December.",
        customer: 'Will the blue iPhone 15 be here by 24 December? It is a gift.',
      },
      BUILTIN_PACKS,
    );
    expect(a.findings.map((f) => f.rule)).toContain('en.tone.false-promise');
    expect(a.rewrite).not.toContain('24 December');
    expect(a.rewrite).toContain('iPhone 15 128 GB');
  });

  it("sends no brackets when the reply still says something of the agent's own; a bare reply keeps the blanks", () => {
    const withAnswer = analyze(
      {
        draft: 'No. Check-out is at 11:00 for every guest.',
        customer: 'Late check-out on Sunday?',
        scenario: 'refusal',
      },
      BUILTIN_PACKS,
    );
    expect(withAnswer.rewrite).toContain('Check-out is at 11:00 for every guest.');
    expect(withAnswer.rewrite).not.toMatch(/\[[^\]\n]+\]/u);
    expect(plainsOf('en.refusal').some((x) => withAnswer.rewrite.includes(x))).toBe(true);
    const bare = analyze(
      { draft: 'Rules are rules.', customer: 'Can I bring my dog?', scenario: 'refusal' },
      BUILTIN_PACKS,
    );
    expect(bare.findings.length).toBeGreaterThan(0);
    expect(bare.rewrite).toMatch(/\[[^\]\n]+\]/u);
  });

  it('a dropped "don\'t know" under another scenario still gets a promise to find out', () => {
    for (const [draft, lang] of [
      ['Не знаю. Прививки делаем по вторникам и четвергам.', 'ru'],
      ['Ei tea. Vaktsineerime teisipäeviti.', 'et'],
    ] as const) {
      const a = analyze({ draft, customer: 'From what age?', lang, scenario: 'general' }, BUILTIN_PACKS);
      expect(a.findings.map((f) => f.rule)).toContain(`${lang}.unknown_answer.bare-dont-know`);
      expect(
        plainsOf(`${lang}.unknown_answer`).some((x) => a.rewrite.includes(x)),
        a.rewrite,
      ).toBe(true);
    }
  });

  it('says sorry once and sympathises once to an angry customer', () => {
    for (const draft of [
      'Calm down, please. Your parcel 88231 arrives on Friday.',
      'Your parcel 88231 arrives on Friday.',
    ]) {
      const a = analyze(
        { draft, customer: 'Where is my parcel?!', lang: 'en', scenario: 'angry_customer' },
        BUILTIN_PACKS,
      );
      expect(a.rewrite.match(/\bsorry\b/giu)?.length, a.rewrite).toBe(1);
      expect(a.rewrite.match(/\bunderstand\b/giu)?.length, a.rewrite).toBe(1);
      expect(a.rewrite).toContain('Your parcel 88231 arrives on Friday.');
    }
  });

  it("puts the template's apology after a first sentence that only thanks the customer", () => {
    const a = rewrite({
      draft: 'Thank you for your email. We will send a new vase on Monday.',
      customer: 'My vase arrived broken!',
    });
    expect(a.scenario).toBe('complaint');
    expect(a.rewrite).toContain(
      "Thank you for your email. I'm very sorry – it's terrible that this happened to you. We will send a new vase on Monday.",
    );
  });

  it('skips a template part the draft already says', () => {
    const customer = 'The sensor has fallen off.';
    const sorry = rewrite({ draft: "I'm so sorry about the sensor. We'll send a technician.", customer });
    expect(sorry.rewrite).not.toContain("it's terrible that this happened");
    const plain = rewrite({ draft: "We'll send a technician.", customer });
    expect(plain.rewrite).toContain("I'm very sorry – it's terrible that this happened to you.");
  });

  it('comes back clean, in the same language, when analysed again', () => {
    const cases: AnalyzeInput[] = [
      {
        draft: "Hi Robert, please calm down. Your bag from BT 204 is being traced. It's not our fault.",
        customer: 'This is a JOKE, NOBODY called me back!!',
        customerName: 'Robert',
      },
      {
        draft: "The sensor was installed on Monday. You've probably been slamming the door.",
        customer: 'It has fallen off.',
      },
      {
        draft: 'Andur paigaldati õigesti, see pole meie süü. Palun rahunege. Tellimus 772014 saabus 2. märtsil.',
        customer: 'Andur on maha kukkunud.',
        customerName: 'Mari',
      },
    ];
    for (const input of cases) {
      const first = rewrite(input);
      expect(first.findings.length).toBeGreaterThan(0);
      const second = rewrite({ ...input, draft: first.rewrite });
      expect(second.findings).toEqual([]);
      expect(second.language).toBe(first.language);
      if (input.customerName) expect(first.rewrite).toContain(input.customerName);
    }
  });

  it('treats a name with "$" in it as text', () => {
    const a = rewrite({ draft: "I don't know.", customerName: '$&$1 Jo' });
    expect(a.rewrite.split('\n')[0]).toBe('Hi $&$1 Jo,');
  });

  it('never invents a fact: every number in the rewrite comes from the draft or the template', () => {
    const draft = 'See pole meie süü. Tellimus 772014 saabus 2. märtsil, summa 35 €.';
    const a = rewrite({ draft, customer: 'Andur on katki.' });
    for (const n of a.rewrite.match(/\d+/g) ?? []) expect(draft).toContain(n);
    expect(a.rewrite).toContain('2. märtsil');
    expect(a.rewrite).toContain('35 €');
  });
});

describe('rewrite helpers', () => {
  it('finds greetings and sign-offs in all four languages', () => {
    for (const [draft, greeting] of [
      ['Hi Laura, thanks.', 'Hi Laura, '],
      ['Tere, Mari! Aitäh.', 'Tere, Mari! '],
      ['Labdien! Paldies.', 'Labdien! '],
      ['Здравствуйте. Спасибо.', 'Здравствуйте. '],
      ['Hea, et küsite.', ''],
      ['Hello Laura and welcome aboard.', ''],
      // A full stop ends the name: the word after it starts the body.
      ['Labdien, Kristīne. Nevar, termiņš ir 14 dienas.', 'Labdien, Kristīne. '],
      ['Dear Dr. A. Mensah, thanks.', 'Dear Dr. A. Mensah, '],
    ] as const) {
      expect(draft.slice(0, greetingEnd(draft))).toBe(greeting);
    }
    for (const [draft, signoff] of [
      ['Thanks for waiting.\n\nBest regards,\nAnna', 'Best regards,\nAnna'],
      ['Aitäh ootamast.\nLugupidamisega\nMari Tamm', 'Lugupidamisega\nMari Tamm'],
      ['Paldies.\nAr cieņu,\nJānis', 'Ar cieņu,\nJānis'],
      ['Спасибо за ожидание.\nС уважением,\nИван', 'С уважением,\nИван'],
      ['Thank you for your patience.', ''],
      // A team or a name on the last line is a signature even with no sign-off word before it.
      ['Your enquiry is with our probate team.\nBank Customer Services', 'Bank Customer Services'],
      ['Заказ уже в пути.\nСлужба поддержки', 'Служба поддержки'],
      // A last line that goes on from an unfinished sentence, or is the only line, is not.
      ['We can do it on\nMonday', ''],
      ['Kertu Lepp', ''],
    ] as const) {
      expect(draft.slice(signoffStart(draft))).toBe(signoff);
    }
  });

  it('keeps ordinal dates inside one sentence', () => {
    const text = 'No 18. līdz 20. septembrim auto nav. Pieteikums iesniegts 2. märtsil. Next.';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'No 18. līdz 20. septembrim auto nav.',
      'Pieteikums iesniegts 2. märtsil.',
      'Next.',
    ]);
  });

  it('extracts codes, dates, amounts, product names and links verbatim', () => {
    const facts = (s: string) => extractFacts(s, 0, s.length);
    expect(facts('The Sony WH-1000XM5 in black is not in stock.')).toEqual(['Sony WH-1000XM5']);
    expect(facts('Apple Watch Series 10 46 mm noliktavā šobrīd nav.')).toEqual(['Apple Watch Series 10 46 mm']);
    expect(facts('Nav brīvu vietu no 18. līdz 20. septembrim.')).toEqual(['18. līdz 20. septembrim']);
    expect(facts('Счёт на 35 € выставлен по договору.')).toContain('35 €');
    expect(facts('It costs €180, see https://example.com/terms.')).toEqual(['€180', 'https://example.com/terms']);
    // A sentence-initial capitalised word may join the name after it ("Roborock S8"): facts stay verbatim.
    expect(facts('Roborock S8 Pro Ultra нет в наличии.')).toEqual(['Roborock S8 Pro Ultra']);
    expect(facts('You add AB12 CDE under Settings > Vehicles.')).toEqual(['AB12 CDE', 'Settings > Vehicles']);
    // An imperative at the start of a sentence is not part of the brand after it.
    expect(facts('Contact Apple directly.')).toEqual(['Apple']);
    expect(facts('Two working days is the usual time.')).toEqual(['Two working days']);
    expect(facts('Vai Brīvības ielā 112 ir pieejams internets?')).toEqual(['Brīvības ielā 112']);
    expect(facts('Write to m.berzins@example.lv about it.')).toEqual(['m.berzins@example.lv']);
    // A size is a whole token with its word, in every language.
    expect(facts('The trail shoe in size 10.5 is gone.')).toEqual(['size 10.5']);
    expect(facts('Jope suuruses 38 on otsas, izmērā 40 arī, размера 44 тоже.')).toEqual([
      'suuruses 38',
      'izmērā 40',
      'размера 44',
    ]);
    expect(facts('The iPhone 15 from order #20451 ships on Friday at 10:00.')).toEqual([
      'iPhone 15',
      'order #20451',
      'Friday at 10:00',
    ]);
    expect(facts('Call +372 5555 1234, the shop at Pärnu mnt 22 charges 1 200 €.')).toEqual([
      '+372 5555 1234',
      'Pärnu mnt 22',
      '1 200 €',
    ]);
  });
});

describe('addressing the customer', () => {
  it('greets by first name when the site shows a full name, and keeps titles and single names', () => {
    expect(addressName('Emma Clarke')).toBe('Emma');
    expect(addressName('  Mari-Liis   Tamm ')).toBe('Mari-Liis');
    expect(addressName('Jānis Bērziņš')).toBe('Jānis');
    expect(addressName('Иван Петрович Сидоров')).toBe('Иван Петрович');
    expect(addressName('Анна Смирнова')).toBe('Анна');
    expect(addressName('Dr. Smith')).toBe('Dr. Smith');
    expect(addressName('Härra Tamm')).toBe('Härra Tamm');
    expect(addressName('Laura')).toBe('Laura');
    expect(addressName('support@example.com')).toBe('support@example.com');
    expect(addressName('emma clarke')).toBe('emma clarke');
    expect(addressName('Anna Maria de la Cruz')).toBe('Anna Maria de la Cruz');
  });

  it('uses the first name in the rewrite, and still finds the full name in the draft', () => {
    const a = analyze({ draft: "Calm down, I don't know.", customerName: 'Emma Clarke' }, BUILTIN_PACKS);
    expect(a.rewrite).toMatch(/^Hi Emma,/);
    expect(a.rewrite).not.toContain('Clarke');
    expect(mentionsName('Hi Emma, your order ships today.', 'Emma Clarke')).toBe(true);
  });
});
