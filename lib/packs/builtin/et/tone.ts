import type { RulePack } from '../../types';

/** Estonian tone pack: language-level phrasing that applies in every scenario, and the rewrite's phrases. */
export const tone = {
  id: 'et.tone',
  language: 'et',
  scenario: 'tone',
  version: 1,
  name: 'Toon',
  description: 'Positiivne keelekasutus, isiklik pöördumine ja vestluse lõpetamine abipakkumisega.',
  rules: [
    {
      id: 'negative-language-skill',
      // The replacement speaks in the first person ("ma alles õpin"), so the match takes in the agent's own "ma"
      // (or a clause that starts with the verb) and the whole "… keelt"/"… keeles vastata": "Kolleeg ei räägi
      // vene keelt" is not the agent's language and would not read with "ma alles õpin" in its place.
      patterns: [
        '(ma|mina) ?(kahjuks|paraku|ise|veel|ju) ei (räägi|oska|valda) ?(kahjuks|paraku|väga|eriti|üldse|veel|just) ?(hästi|eriti|üldse|piisavalt|soravalt) (vene|inglise|soome|läti|leedu|saksa|prantsuse|rootsi|ukraina|poola|hispaania|eesti) (keelt|keeles) ?(vastata|suhelda|rääkida|kirjutada|teenindada|aidata)',
        'ei (räägi|oska|valda) (ma|mina) ?(kahjuks|paraku|väga|eriti|üldse|veel|just) ?(hästi|eriti|üldse|piisavalt|soravalt) (vene|inglise|soome|läti|leedu|saksa|prantsuse|rootsi|ukraina|poola|hispaania|eesti) (keelt|keeles) ?(vastata|suhelda|rääkida|kirjutada|teenindada|aidata)',
        '^ ?(kahjuks|paraku) ei (räägi|oska|valda) ?(kahjuks|paraku|väga|eriti|üldse|veel|just) ?(hästi|eriti|üldse|piisavalt|soravalt) (vene|inglise|soome|läti|leedu|saksa|prantsuse|rootsi|ukraina|poola|hispaania|eesti) (keelt|keeles) ?(vastata|suhelda|rääkida|kirjutada|teenindada|aidata)',
      ],
      message:
        'Positiivne keelekasutus muudab kliendi meelestatuse, kuigi fakt jääb samaks: „ma ei räägi vene keelt“ asemel ütle „ma alles õpin seda keelt“.',
      source: 'practice: positive language (seed 002)',
      replacement: 'Ma alles õpin seda keelt',
      weight: 3,
      dimension: 'positivity',
      examples: {
        fires: [
          'Vabandust, [[ma ei räägi vene keelt]].',
          '[[Ma ei oska soome keelt]], seega vastan eesti keeles.',
          'Kahjuks [[ei räägi ma hästi inglise keelt]].',
          '[[Kahjuks ei oska läti keelt]], kas võiksime suhelda inglise keeles?',
          'Vabandust, [[ma ei oska vene keeles vastata]].',
        ],
        silent: [
          'Ma alles õpin vene keelt, aga proovin teid aidata.',
          'Meie kolleeg räägib vene keelt ja helistab teile tunni jooksul.',
          'Kasutusjuhend on saadaval ka inglise keeles.',
          'Kuller ei räägi eesti keelt, seega saatsin talle aadressi inglise keeles.',
        ],
        corrections: [
          {
            before: 'Vabandust, ma ei räägi vene keelt, aga kolleeg helistab teile tunni jooksul.',
            after: 'Vabandust, ma alles õpin seda keelt, aga kolleeg helistab teile tunni jooksul.',
          },
          {
            before: 'Kahjuks ei oska läti keelt, kas võiksime jätkata inglise keeles?',
            after: 'Ma alles õpin seda keelt, kas võiksime jätkata inglise keeles?',
          },
          {
            before: 'Ma ei oska hästi soome keeles kirjutada, seega vastan eesti keeles.',
            after: 'Ma alles õpin seda keelt, seega vastan eesti keeles.',
          },
        ],
      },
    },
    {
      id: 'no-time',
      patterns: [
        '(mul|meil) ~2 (pole|ei ole) ~2 (aega|aeg)',
        '(olen|oleme) ~2 (väga|liiga) ~1 (hõivatud|kiired|kinni)',
        '(mul|meil) on ~2 (väga|liiga|nii|hirmus) (kiire|kiired)',
        '(mul|meil) on ~2 (teisi|muid|olulisemaid) ~1 (kliente|asju|töid|tegemisi)',
        'kui (tal|neil|mul|meil) ~1 aega (on|tekib|jääb|leidub)',
      ],
      unless: ['(vaba|vabu|vabad|vabasid|leian|leiame|broneeri*)'],
      unlessScope: 'sentence',
      message:
        '„Mul pole selleks aega“ ütleb kliendile, et ta on koormaks. Teenindaja ülesanne on anda märku, et oled tema jaoks alati olemas ja aitad hea meelega – ütle, millal tema asjaga tegeled.',
      source: 'practice: scenario 6 closing — no burden to us (seed 002)',
      weight: 6,
      dimension: 'warmth',
      examples: {
        fires: [
          '[[Mul pole praegu selleks aega]].',
          '[[Meil on täna väga kiired]], kirjutage hiljem.',
          '[[Mul on ka teisi kliente]] peale teie.',
          'Tehnik tegeleb teie rikkega, [[kui tal aega on]].',
          'Vabandust, [[oleme täna väga hõivatud]] ja jõuame teie kirjani alles järgmisel nädalal.',
        ],
        silent: [
          'Leian teie jaoks aega juba täna pärastlõunal.',
          'Teil pole vaja aega kulutada, täidan vormi teie eest.',
          'Meil on täna avatud kella 18-ni.',
        ],
      },
    },
    {
      id: 'unclear-customer',
      patterns: [
        '(teie|te|su|sinu) ~1 (küsimus|kiri|sõnum|jutt|pöördumine) ~2 (arusaamatu|segane|ebaselge|mõttetu|loogikata)',
        '?(ma|mina) ei saa ~2 aru ~3 (mida|mis|millest) ~2 (te|sa) ~1 (mõtlete|tahate|mõtled|tahad|küsite|küsid|räägite)',
      ],
      message:
        'Kui küsimus jääb segaseks, ära pane seda kliendi süüks. Küsi viisakalt täpsustust – kliendid tahavad, et taustaküsimused oleksid arusaadavad ja lahendus realistlik.',
      source: 'practice: principles — background questions that make sense (seed 003)',
      replacement: 'Et saaksin Teid kõige paremini aidata, palun täpsustage, mida täpsemalt silmas peate',
      weight: 5,
      dimension: 'warmth',
      examples: {
        fires: [
          '[[Teie küsimus on arusaamatu]].',
          '[[Ma ei saa aru, mida te tahate]].',
          '[[Sinu kiri on väga segane]].',
        ],
        silent: [
          'Et saaksin teid kõige paremini aidata, palun täpsustage, millise arve kohta küsite.',
          'Saan aru, mida te mõtlete, ja kontrollin kohe.',
          'Vastus teie küsimusele on kahjuks pikk, seega panen selle punktidena kirja.',
        ],
        corrections: [
          {
            before: 'Vabandust, teie küsimus on mulle arusaamatu.',
            after: 'Vabandust, et saaksin Teid kõige paremini aidata, palun täpsustage, mida täpsemalt silmas peate.',
          },
          {
            before: 'Ma ei saa aru, mida te mõtlete selle tasu all.',
            after:
              'Et saaksin Teid kõige paremini aidata, palun täpsustage, mida täpsemalt silmas peate selle tasu all.',
          },
          {
            before: 'Tere, Kati! Teie kiri on üsna segane.',
            after: 'Tere, Kati! Et saaksin Teid kõige paremini aidata, palun täpsustage, mida täpsemalt silmas peate.',
          },
        ],
      },
    },
  ],
  phrases: {
    greetingNamed: 'Tere, {customerName}!',
    greetingPlain: 'Tere!',
    closing:
      '{customerName}, kas on veel midagi, mida saan Teie heaks teha? Olen Teie jaoks alati olemas ja aitan suurima heameelega.',
    closingPlain:
      'Kas on veel midagi, mida saan Teie heaks teha? Olen Teie jaoks alati olemas ja aitan suurima heameelega.',
    factsIntro: 'Teie pöördumise andmed: {facts}.',
  },
} satisfies RulePack;
