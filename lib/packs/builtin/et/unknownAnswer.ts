import type { RulePack } from '../../types';
import { ET_FIND_OUT } from './shared';

/** Estonian pack for practice §1: the agent does not know the answer yet. */
export const unknownAnswer = {
  id: 'et.unknown_answer',
  language: 'et',
  scenario: 'unknown_answer',
  version: 1,
  name: 'Vastus pole teada',
  description: 'Kui vastust kohe ei tea: korda küsimust, luba välja uurida ja ütle, millal vastus tuleb.',
  rules: [
    {
      id: 'bare-dont-know',
      patterns: [
        '(ma|mina|me|meie) ~3 ei (tea|teagi|teadnud)',
        'ei (tea|teagi) ~2 (ma|mina|me|meie)',
        '^ ?(kahjuks|paraku|ausalt) ei (tea|teagi)',
        'ei (oska|oskagi) ~4 (öelda|vastata|kommenteerida|hinnata|lubada)',
        '^ ?(kahjuks|paraku) ei (oska|oskagi)',
        '(öelda|vastata|kommenteerida) ~2 ei (oska|oskagi)',
        '(pole|ei ole) ~3 (aimugi|aimu)',
        '(raske|võimatu) (öelda|vastata)',
        '(ma|mina|me|meie) ~2 (pole|ei ole) ~2 kindel',
        '^ (pole|ei ole) ?(päris|täiesti|kindlalt) kindel',
        'ei (tea|teagi)',
        '(võib-olla|võibolla|äkki|vist) ~4 (võib-olla|võibolla|äkki|vist)',
        '(sellist|seda|täpsemat|rohkem) ~2 (infot|teavet|andmeid) ~3 (pole|ei ole|puudub)',
      ],
      unless: [
        ...ET_FIND_OUT,
        '(te|teie|sa|sina|kes|keegi|klient|kliendid) ~1 ei (tea|teagi)',
        'kui (te|teie|sa|sina) ~2 ei (tea|teagi)',
      ],
      unlessScope: 'draft',
      message:
        'Paljas „ma ei tea“ näitab, et vastuse leidmine sind ei huvita. Klient ei oota täiuslikkust, vaid järjekindlust: korda küsimust, ütle „las ma uurin selle teie jaoks välja“ ja millal ta vastuse saab.',
      source: 'practice: scenario 1 unknown answer (seed 002)',
      weight: 7,
      dimension: 'ownership',
      examples: {
        fires: [
          'Sellist infot mul pole.',
          'Ma ei tea, kas see laadija teie telefoniga sobib.',
          'Millal arve uuesti koostatakse, seda me kahjuks ei tea.',
          'Kindlustuse hüvitise suuruse kohta ei oska ma midagi öelda.',
          'Kahjuks ei tea, mis kell kuller teie juurde jõuab.',
          'Mul pole aimugi, miks teie pakett hilineb.',
          'Ei oska teile selle kohta midagi lubada.',
          'Ausalt öeldes ma pole kindel, kas garantii seda katab.',
          'Täpselt ei tea, millal remont lõpeb.',
          'Võib-olla katab, võib-olla mitte.',
          'Vist on, vist ei ole.',
          'Pole kindel, aga arvan, et avatud.',
        ],
        silent: [
          'Ma ei tea seda peast, aga uurin kolleegilt järele ja annan teada homme lõunaks.',
          'See on väga hea küsimus, las ma uurin selle teie jaoks kiiresti välja.',
          'Täpset tarneaega ma hetkel ei näe, seega küsisin laost täpsustust.',
          'Kui te ei tea oma kliendinumbrit, leiate selle arve paremast ülanurgast.',
          'Ma kontrollin teie lepingu tingimused üle ja helistan teile kella 15-ks.',
        ],
      },
    },
    {
      id: 'new-here',
      patterns: [
        '(ma|mina) ~2 olen ~2 uus',
        'olen (alles|siin|veel|ise) ~2 uus',
        '(uus|algaja) (inimene|töötaja|teenindaja|tööline)',
        '(töötan|olen) siin alles',
        'alles ~2 (alustasin|alustanud|tööle tulnud)',
      ],
      unless: ET_FIND_OUT,
      unlessScope: 'draft',
      message:
        '„Olen alles uus“ ei aita klienti edasi ja jätab mulje, et keegi tema asjaga ei tegele. Ütle selle asemel, et uurid vastuse välja ja millal sellest teada annad.',
      source: 'practice: scenario 1 unknown answer (seed 002)',
      weight: 5,
      dimension: 'ownership',
      examples: {
        fires: [
          'Vabandust, ma olen siin alles uus ja ei oska sellele vastata.',
          'Olen alles uus inimene, nii et tariifidest ma palju ei tea.',
          'Töötan siin alles teist nädalat.',
          'Ma olen uus töötaja, küsige parem homme.',
        ],
        silent: [
          'Olen alles uus, seega küsisin kogenud kolleegilt ja saadan vastuse täna õhtul.',
          'Saatsime teile uue arve.',
          'Uus pakett hakkab kehtima järgmisest kuust.',
          'Teie uus kliendikaart on teel.',
        ],
      },
    },
  ],
  cues: [
    {
      patterns: [
        'kas ~6 (saab|saan|saaks|sobib|sobivad|katab|kehtib|töötab|toimib|tohib|võib|on võimalik|läheb)',
        '^ kas',
        '(kuidas|miks|kus|kumb|milline|missugune) ~3 (saab|saan|on|peaks|toimib|käib)',
        'kui (kaua|palju|kiiresti)',
        '^ millal',
        'palju ~3 (maksab|maksma|kulub|aega)',
      ],
      in: 'customer',
      weight: 2,
      label: 'klient küsib',
    },
    {
      patterns: [
        'ei (tea|teagi)',
        'ei (oska|oskagi) ~4 (öelda|vastata|kommenteerida|lubada)',
        '^ ?(kahjuks|paraku) ei (oska|oskagi)',
        '(öelda|vastata|kommenteerida) ~2 ei (oska|oskagi)',
        '(raske|võimatu) (öelda|vastata)',
        '(pole|ei ole) ~3 (aimugi|aimu)',
        '(ma|mina) ~2 olen ~2 uus',
        'olen (alles|siin|veel) ~2 uus',
        '(töötan|olen) siin alles',
        '(sellist|seda|täpsemat) ~2 (infot|teavet|andmeid) ~3 (pole|ei ole|puudub)',
        '(ma|mina|me|meie) ~2 (pole|ei ole) ~2 kindel',
      ],
      in: 'draft',
      weight: 5,
      label: 'vastus „ei tea“',
    },
    {
      patterns: [
        'hea küsimus',
        '(uurin|uurime|uurida|kontrollin|kontrollime|kontrollida|täpsustan|täpsustame|täpsustust)',
        '(küsin|küsime|küsisin|küsisime) ~4 (kolleeg*|tehnik*|laost|osakonna*|spetsialist*|meeskonna*|juhilt)',
        '(selgitan|selgitame|otsin|otsime) ~3 välja',
        '(vaatan|vaatame|pärin) ~2 järele',
        '(konsulteerisin|konsulteerin|konsulteerime|konsulteerisime)',
        '(pidasin|peame|pean) ~2 nõu',
        'ei taha ~3 (oletada|valet infot|eksitada)',
      ],
      in: 'draft',
      weight: 4,
      label: 'lubab välja uurida',
    },
    {
      patterns: [
        '(annan|anname) ~3 (teada|vastuse)',
        '(saadan|saadame) ~3 (vastuse|info|infot|selgituse)',
        'vastuse ~3 (hiljemalt|tööpäeva|homme|täna)',
        '(helistan|helistame|kirjutan|kirjutame) ~3 (tagasi|teile|homme|täna|hiljemalt)',
      ],
      in: 'draft',
      weight: 3,
      label: 'lubab vastuse',
    },
  ],
  templates: [
    {
      id: 'default',
      parts: [
        '{greeting}',
        {
          text: 'Aitäh, et küsisite [küsimus lühidalt] kohta – see on väga hea küsimus.',
          skipIf: ['hea küsimus'],
        },
        '{body}',
        {
          text: 'Las ma uurin selle Teie jaoks kiiresti välja ja annan Teile vastuse hiljemalt [kuupäev].',
          skipIf: [
            '(uurin|uurime) ~4 välja',
            '(annan|anname) ~3 (teada|vastuse)',
            '(saadan|saadame) ~3 (vastuse|info|infot)',
            '(võtan|võtame|helistan|helistame) ~3 (ühendust|tagasi|teile)',
          ],
        },
        '{closing}',
      ],
    },
  ],
} satisfies RulePack;
