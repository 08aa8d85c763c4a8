import type { RulePack } from '../../types';

// Words that show the agent will find out, check or come back: they turn a bare "no idea" into persistence.
const FIND_OUT = [
  '(noskaidroš*|noskaidrosim|noskaidroju|noskaidrojam|noskaidrot|uzzināš*|uzzināsim|uzzināt|pārbaudīš*|pārbaudīsim|pārbaudu|pārbaudām|pārbaudīt)',
  '(pajautāš*|pajautāsim|pavaicāš*|pavaicāsim|precizēš*|precizēsim|painteresēš*|apjautāš*|izpētīš*|izpētīsim|konsultēš*|konsultēsimies)',
  '(atbildēš*|atbildēsim|atbildi ~2 (saņemsiet|sniegšu|sniegsim|nosūtīšu|nosūtīsim|atsūtīšu))',
  '(informēš*|informēsim|paziņoš*|paziņosim|ziņošu|ziņosim|atzvanīš*|atzvanīsim|atrakstīš*|sazināš*|sazināsimies)',
  '(atgriezīšos|atgriezīsimies|sniegšu|sniegsim|palūdzu|palūdzām|lūgšu|lūgsim|esmu lūdzis|esmu lūgusi|nodošu|nododu)',
  '(atsūtiet|nosūtiet|norādiet|pastāstiet|precizējiet|uzrakstiet|palīdzēšu|palīdzēsim|nokārtošu|atrisināšu)',
  '(uzrakstīš*|uzrakstīsim|nosūtīš*|nosūtīsim|atsūtīš*|atsūtīsim|pārbaudīju|pārbaudījām|izskatīs|izskatīsim|izpētīju|jautāju|pajautāju|pavaicāju)',
];

/** Latvian unknown_answer pack: a bare "no idea" or "I'm new here" instead of "let me find out". */
export const unknownAnswer = {
  id: 'lv.unknown_answer',
  language: 'lv',
  scenario: 'unknown_answer',
  version: 1,
  name: 'Nezināma atbilde (latviešu)',
  description: 'Kad atbildi nezināt: nevis “nezinu”, bet “labs jautājums, ļaujiet man to noskaidrot” un termiņš.',
  rules: [
    {
      id: 'bare-dont-know',
      patterns: [
        // The subject and its adverbs belong to the hit, so that the replacement stands in for all of them.
        '?(to|tā|tas) ?(es|mēs) ?(to|diemžēl|pagaidām|tiešām|vienkārši|arī|pat|vēl) (nezinu|nezinām)',
        '(to|tā|tādu|šādu|neviens) ~1 nezina',
        '(nav|man nav|mums nav) ~1 ?(ne) (jausmas|nojausmas)',
        '?(man|mums) ?(nav) ne mazākās (jausmas|nojausmas)',
        '(jausmas|nojausmas) ~1 nav',
        '?(to|tā|tas) ?(es|mēs|neviens) ?(diemžēl|pagaidām|tiešām|šobrīd|pašlaik|precīzi) (nevaru|nevaram|nevar|nespēju|nespējam|nespēj|grūti) ~1 (pateikt|teikt|atbildēt|pasacīt|zināt|paskaidrot|paredzēt|prognozēt)',
        '(man|mums) (nav|nav nekādas) (informācijas|ziņu|datu)',
        '(man|mums) ~3 (nav zināms|nav zināma|nav zināmi|nezināms|nezināma)',
        '?(šādas|tādas|precīzas|sīkākas|šādu|tādu|precīzu) (informācija|informācijas|dati|datu|ziņas|ziņu) ~2 (man|mums) (nav pieejama|nav pieejami|nav pieejamas|nav)',
        '?(es|mēs) (neesmu|neesam) ~1 (pārliecināts|pārliecināta|pārliecināti|drošs|droša|droši)',
        // A clause that says only "(it) is not known": "Kad tieši, nav zināms." ("Ja kaut kas nav skaidrs, …" is not one.)
        '^ ?(tas|tā|to) ?(vēl|pagaidām|diemžēl|šobrīd|pašlaik|precīzi) nav (zināms|skaidrs) $',
        '(pateikt|teikt|atbildēt|paredzēt|prognozēt) (nevaru|nevaram|nespēju|nespējam)',
        '(man|mums) ~1 (informācijas|ziņu|datu) nav',
        '(nekas|nekā) ~1 nav (zināms|skaidrs|dzirdēts)',
        '^ (kas|kurš) (to|lai) ~1 (zina|zinās) $',
        '?(to|tā|tas) ?(jums) ?(diemžēl|šobrīd|pašlaik|tagad|precīzi) ?(es|mēs|neviens) ?(jums) (nepateikšu|nepateiksim|nepateiks)',
      ],
      unless: FIND_OUT,
      // Draft-wide: "nezinu" followed by "noskaidrošu … līdz piektdienai" in the next sentence is the practice's shape.
      unlessScope: 'draft',
      message:
        'Kails “nezinu” klientam neko nedod. Atkārtojiet jautājumu, sakiet “tas ir ļoti labs jautājums, ļaujiet man to noskaidrot” un pasakiet, kad klients saņems atbildi – klienti negaida perfekciju, viņi gaida neatlaidību.',
      source: 'practice: scenario 1 unknown_answer (seed 002)',
      replacement: 'ļaujiet man painteresēties',
      weight: 6,
      dimension: 'ownership',
      examples: {
        fires: [
          '[[To neviens nevar pateikt]].',
          'Vai šis filtrs der Jūsu modelim, [[es nezinu]].',
          'Kad remonts būs pabeigts, [[mēs diemžēl nezinām]].',
          'Kāpēc maksājums netika ieskaitīts, [[man nav ne jausmas]].',
          '[[Grūti pateikt]], kad tiks atjaunota elektrība.',
          '[[Nezinu]], kurā dienā kurjers ieradīsies.',
          'Kā pieslēgt šo printeri bezvadu tīklam, [[to neviens nezina]].',
          '[[Man nav ne mazākās jausmas]], kāpēc lietotne tā rīkojas.',
          'Kāpēc kartes maksājums tika noraidīts, [[nojausmas man nav]].',
          '[[Mums nav informācijas]] par kurjera atrašanās vietu.',
          '[[Mums pagaidām nav zināms]], kad tiks atjaunota piegāde uz Kurzemi.',
          'Par sīkākiem tarifu nosacījumiem [[informācijas mums nav]].',
          '[[Neesmu pārliecināta]], vai šis lādētājs der Jūsu klēpjdatoram.',
          'Kad tieši tehniķis varēs atbraukt, [[pagaidām nav zināms]].',
          'Cik ilgi tas aizņems, [[pateikt nevaru]].',
          'Par jaunajiem tarifiem [[man pagaidām informācijas nav]].',
          'Par remonta beigām [[nekas vēl nav zināms]].',
          'Kad atjaunos kursu? [[Kas to lai zina]].',
          'Cik maksās remonts, [[to Jums šobrīd neviens nepateiks]].',
          'Vai krāsa būs tieši tāda pati, [[es Jums nepateikšu]].',
        ],
        silent: [
          'Pagaidām nezinu, kāpēc eksports apstājas. Noskaidrošu pie izstrādātājiem un uzrakstīšu Jums līdz plkst. 17.',
          'Pagaidām nezinu, bet noskaidrošu pie noliktavas un atbildēšu līdz piektdienai.',
          'Tas ir ļoti labs jautājums – es to pārbaudīšu un Jums atzvanīšu vēl šodien.',
          'Ja nezināt savu klienta numuru, to var atrast jebkurā rēķinā.',
          'Precīzu datumu vēl nezinām, tāpēc informēsim Jūs e-pastā, tiklīdz tas būs zināms.',
          'Nezinu, vai šis modelis der Jūsu automašīnai, bet pajautāšu servisam.',
          'Man nav informācijas par remonta termiņu, tāpēc palūdzu servisam to precizēt.',
          'Nezinu, kurš tarifs Jums ir pieslēgts – lūdzu, norādiet līguma numuru.',
          'Ja kaut kas nav skaidrs, droši jautājiet.',
        ],
        corrections: [
          {
            before: 'Vai šis filtrs der Jūsu modelim, es nezinu.',
            after: 'Vai šis filtrs der Jūsu modelim, ļaujiet man painteresēties.',
          },
          {
            before: 'Mums nav informācijas par Jūsu pasūtījuma statusu.',
            after: 'Ļaujiet man painteresēties par Jūsu pasūtījuma statusu.',
          },
          {
            before: 'Grūti pateikt, kad tiks atjaunota elektrība.',
            after: 'Ļaujiet man painteresēties, kad tiks atjaunota elektrība.',
          },
        ],
      },
    },
    {
      id: 'im-new',
      patterns: [
        '(esmu|es esmu|es te esmu|esmu šeit) ~1 (jauns|jauna|jaunais|jaunā|jaunpienācēj*|jauniņ*|iesācēj*|praktikant*)',
        '(strādāju|esmu) ~2 (tikai|vēl tikai|pavisam) ~1 (pirmo|otro|trešo|dažas|pāris|nesen|nedēļu|mēnesi)',
        '(tikko|nesen) ~2 (sāku|sākusi|sācis|atnācu|atnācis|atnākusi) ~2 (strādāt|darbu|šeit)',
        '(vēl|vēl tikai) ~2 (mācos|apgūstu|neorientējos|neesmu apguvis|neesmu apguvusi)',
      ],
      unless: FIND_OUT,
      message:
        '“Esmu šeit jauns” klientam nozīmē, ka palīdzības nebūs. Klientu neinteresē Jūsu stāžs – sakiet, ka noskaidrosiet atbildi, un pasakiet, kad.',
      source: 'practice: scenario 1 unknown_answer – "I\'m new here" (seed 002)',
      weight: 5,
      dimension: 'ownership',
      examples: {
        fires: [
          'Atvainojiet, [[esmu jauna]] darbiniece, par to neko nezinu.',
          'Es te [[strādāju tikai otro nedēļu]].',
          '[[Tikko sāku šeit strādāt]], tāpēc tādas lietas nepārzinu.',
          'Es [[vēl tikai mācos, tarifus neesmu apguvis]].',
        ],
        silent: [
          'Esmu šeit jauns, tāpēc pajautāšu vecākajam kolēģim un atbildēšu līdz pusdienlaikam.',
          'Jaunais tarifs stājas spēkā 1. maijā.',
          'Jūsu jaunā karte tiks nosūtīta pa pastu.',
          'Esmu šeit jauna, tāpēc noskaidrošu to pie kolēģes un informēšu Jūs līdz pusdienlaikam.',
          'Strādāju tikai otro nedēļu, tāpēc nodošu Jūsu jautājumu vecākajai kolēģei – lūdzu, atsūtiet arī rēķina numuru.',
          'Vēl tikai mācos, bet pajautāju kolēģim, un viņš apstiprināja, ka atlaide ir spēkā.',
        ],
      },
    },
  ],
  cues: [
    {
      label: 'klients jautā, vai kaut kas ir iespējams',
      in: 'customer',
      weight: 2,
      patterns: [
        '^ (vai|kā|kāpēc|kad|cik|kur|kurš|kura|kuru|kādēļ|kas)',
        'vai ~3 (var|varu|varat|ir|būs|sedz|darbojas|drīkst|der|iespējams|iekļauts|iekļauta)',
      ],
    },
    {
      label: 'klients jautā, kā kaut kas darbojas',
      in: 'customer',
      weight: 1,
      patterns: ['(saderīg*|der|piemērot*|sedz|iekļaut*|darbojas|attiecas|nepieciešam*) ~4 (vai|ja)'],
    },
    {
      label: 'aģents nezina',
      in: 'draft',
      weight: 6,
      patterns: [
        '(nezinu|nezinām)',
        '(nav|man nav) ~1 ?(ne) (jausmas|nojausmas)',
        '(grūti|nevaru|nevaram|nevar|nespēj) ~1 (pateikt|teikt|atbildēt|zināt|paskaidrot|paredzēt)',
        '(nav skaidrs|nav zināms) $',
        '(esmu|es esmu) ~1 (jauns|jauna) ?(darbinieks|darbiniece|šeit)',
      ],
    },
    {
      label: 'aģents neredz informāciju',
      in: 'draft',
      weight: 3,
      patterns: ['(neredzu|neredzam|neatrodu|neatrodam) <~3> (sistēmā|informācij*|dat*|ierakst*)'],
    },
    {
      label: 'aģents noskaidros atbildi',
      in: 'draft',
      weight: 5,
      patterns: [
        '(labs|interesants|lielisks) jautājums',
        '(noskaidrošu|noskaidrosim|uzzināšu|uzzināsim|pajautāšu|pavaicāšu|precizēšu|precizēsim|izpētīšu|painteresēšos|pārbaudīšu|pārbaudīsim|apjautāšos|konsultēšos)',
        '(palūdzu|palūdzām|lūgšu|esmu lūdzis|esmu lūgusi|esmu palūdzis|esmu palūgusi) ~4 (pārbaudīt|noskaidrot|precizēt|sniegt|apstiprināt)',
      ],
    },
    {
      label: 'aģents sola atbildes termiņu',
      in: 'draft',
      weight: 4,
      patterns: [
        '(tiklīdz|kad) ~3 (saņemšu|saņemsim|uzzināšu|uzzināsim|noskaidrošu|būs zināms) ~3 (informēšu|informēsim|paziņošu|paziņosim|atbildēšu|sazināšos|atrakstīšu|atzvanīšu)',
        'atbildi ~3 (saņemsiet|sniegšu|sniegsim|nosūtīšu|nosūtīsim|atsūtīšu|atsūtīsim|varēšu sniegt)',
        '(atbildēšu|atbildēsim|atgriezīšos|informēšu|paziņošu|atzvanīšu|atrakstīšu|uzrakstīšu|sniegšu|nosūtīšu) ~3 (līdz|rīt|šodien|tiklīdz|stundas|dienas|dienu|vēl šodien)',
      ],
    },
  ],
  templates: [
    {
      id: 'default',
      parts: [
        '{greeting}',
        '{body}',
        {
          text: 'Noskaidrošu atbildi uz Jūsu jautājumu un uzrakstīšu Jums līdz [datumam].',
          plain: 'Noskaidrošu atbildi uz Jūsu jautājumu un uzrakstīšu Jums pēc iespējas drīzāk.',
          skipIf: [
            '(noskaidr*|uzzināš*|pārbaudīš*|pajautāš*|precizēš*|pārjautāš*|apjautāš*|pavaicāš*|palūdzu|esmu lūgusi|esmu lūdzis|pajautāju|pajautājusi)',
          ],
        },
        '{closing}',
      ],
    },
  ],
} satisfies RulePack;
