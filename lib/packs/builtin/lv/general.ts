import type { RulePack } from '../../types';

/** Latvian general pack: "as I already said" and brush-offs (check the website, call later, read the terms). */
export const general = {
  id: 'lv.general',
  language: 'lv',
  scenario: 'general',
  version: 1,
  name: 'Vispārīgi (latviešu)',
  description:
    'Frāzes, kas klientu atraida: “es jau minēju”, “skatieties mājaslapā”, “zvaniet vēlāk”, “izlasiet noteikumus”.',
  rules: [
    {
      id: 'as-i-said',
      patterns: [
        // "Kā jau rakstīju (vakar / līgumā), X": what follows the verb belongs to the hit, so "Precizējot, X" reads on.
        'kā ?(es|mēs) jau ~3 (teicu|teicām|teica|teicis|teikts|minēju|minējām|minēts|rakstīju|rakstījām|rakstīts|paskaidroju|paskaidrojām|skaidroju|skaidrojām|norādīju|norādījām|informēju|informējām|atbildēju|atbildējām|sacīju|uzsvēru) ?(iepriekš|vakar|agrāk|noteikumos|līgumā|instrukcijā|vēstulē|e-pastā|iepriekšējā vēstulē|iepriekšējā e-pastā|pirmajā vēstulē)',
      ],
      message:
        '“Kā jau minēju” klientam pārmet, ka viņš nav klausījies, un liek justies kā apgrūtinājumam. Vienkārši paskaidrojiet vēlreiz – pacietīgi un skaidri.',
      source: 'practice: scenario 6 – make the customer feel they are no burden; scenario 7 – avoid blaming (seed 002)',
      replacement: 'precizējot',
      weight: 6,
      dimension: 'warmth',
      examples: {
        fires: [
          '[[Kā jau vakar rakstīju]], rēķins tiks izrakstīts mēneša beigās.',
          '[[Kā jau iepriekš minējām]], atlaide uz šo preci neattiecas.',
          '[[Kā es jau teicu]], kurjers ieradīsies starp 10 un 14.',
          '[[Kā jau minēts līgumā]], abonementa maksa jāsamaksā līdz katra mēneša desmitajam datumam.',
        ],
        silent: [
          'Kā jau solīju, nosūtu Jums rēķina kopiju.',
          'Īsumā: pieteikums jāiesniedz līdz 15. datumam, un es labprāt palīdzēšu to aizpildīt.',
          'Kā jau ierasts, piegāde ir bez maksas.',
        ],
        corrections: [
          {
            before: 'Kā jau vakar rakstīju, rēķins tiks izrakstīts mēneša beigās.',
            after: 'Precizējot, rēķins tiks izrakstīts mēneša beigās.',
          },
          {
            before: 'Labdien, Agnese! Kā jau minēju iepriekš, atlaide uz šo preci neattiecas.',
            after: 'Labdien, Agnese! Precizējot, atlaide uz šo preci neattiecas.',
          },
          {
            before: 'Kā es jau teicu, kurjers ieradīsies starp 10 un 14.',
            after: 'Precizējot, kurjers ieradīsies starp 10 un 14.',
          },
        ],
      },
    },
    {
      // "Es jau rakstīju, ka X", "Atkārtoju vēlreiz: X": a verb of saying leads into what follows, so the
      // replacement is one too ("Precizēšu, ka X"); "Kā jau rakstīju, X" (as-i-said) takes a sentence adverb.
      id: 'already-told-you',
      patterns: [
        '^ ?(bet|taču|tomēr|nu|jā) (es|mēs) jau ~2 (teicu|teicām|minēju|minējām|rakstīju|rakstījām|paskaidroju|paskaidrojām|skaidroju|atbildēju|atbildējām|esmu teicis|esmu teikusi|esmu rakstījis|esmu rakstījusi) ?(iepriekš|vakar|agrāk)',
        '(atkārtoju|atkārtošu) ~1 (vēlreiz|vēl vienu reizi|atkārtoti)',
        '(jau vairākkārt|jau vairākas reizes|jau kuro reizi|jau iepriekš|jau vakar|jau agrāk) ~1 ?(esmu|esam) (rakstījis|rakstījusi|rakstījuši|teicis|teikusi|skaidrojis|skaidrojusi|paskaidrojis|paskaidrojusi|minējis|minējusi|rakstīju|teicu|skaidroju|paskaidroju|minēju|atbildēju)',
        '(vēlreiz|vēl vienu reizi|jau kuro reizi|jau vairākkārt|jau otro reizi) ~2 (atkārtoju|skaidroju|paskaidroju|rakstu|saku)',
      ],
      message:
        '“Es jau rakstīju, ka …” klientam pārmet, ka viņš nav lasījis, un liek justies kā apgrūtinājumam. Vienkārši paskaidrojiet vēlreiz – pacietīgi un skaidri, it kā jautātu pirmo reizi.',
      source: 'practice: scenario 6 – make the customer feel they are no burden; scenario 7 – avoid blaming (seed 002)',
      replacement: 'precizēšu',
      weight: 6,
      dimension: 'warmth',
      examples: {
        fires: [
          '[[Es jau rakstīju]], ka polise sedz tikai Eiropu.',
          '[[Atkārtoju vēlreiz]]: parole jāmaina lietotnē.',
          '[[Jau otro reizi skaidroju]], ka atlaide attiecas tikai uz jaunām precēm.',
          '[[Bet mēs jau Jums atbildējām]] – rēķins ir samaksāts.',
          '[[Jau vairākkārt esmu rakstījusi]], ka pieteikums jāiesniedz klātienē.',
        ],
        silent: [
          'Es jau nosūtīju Jums jaunu paroli.',
          'Mēs jau esam atmaksājuši 20 eiro uz Jūsu karti.',
          'Jā, es jau nosūtīju kurjeram Jūsu jauno adresi.',
        ],
        corrections: [
          {
            before: 'Es jau rakstīju, ka polise sedz tikai Eiropu.',
            after: 'Precizēšu, ka polise sedz tikai Eiropu.',
          },
          {
            before: 'Atkārtoju vēlreiz: parole jāmaina lietotnē.',
            after: 'Precizēšu: parole jāmaina lietotnē.',
          },
          {
            before: 'Jau vairākkārt esmu rakstījusi, ka pieteikums jāiesniedz klātienē.',
            after: 'Precizēšu, ka pieteikums jāiesniedz klātienē.',
          },
        ],
      },
    },
    {
      id: 'ask-elsewhere',
      patterns: [
        '^ ?(lūdzu|labāk|vienkārši|tad|vislabāk) (jautājiet|prasiet|vaicājiet|jautā|prasi|pajautājiet|paprasiet) ?(labāk|lūdzu|tieši|pašam|pašai|pašiem|uzreiz)',
        '(jums|tev) ~2 (jājautā|jāprasa|jāvaicā|jāgriežas|jāvēršas|jāsazinās|jāzvana)',
        '^ ?(lūdzu|labāk|vienkārši|tad|vislabāk) (sazinieties|sazinies|griezieties|griezies|vērsieties|vērsies) ?(labāk|lūdzu|tieši|pašam|pašai|pašiem|uzreiz) (ar|pie)',
      ],
      // A clause that starts with "Jautājiet …" sends the customer to someone else ("Jautājiet Apple") unless it
      // invites them to ask us or to get back in touch.
      unless: [
        '(mums|man|mūs|mani|mūsu|manis|droši|jebkad|jebkurā|jebkuru|vajadzības|nepieciešamības|kasē|konsultant*|jautājum*|ja|kad|atkal)',
        '(sazinājos|sazināšos|sazināsimies|nosūtīju|nodevu|jautāju|noskaidrošu)',
        '(reģistratūr*|recepcij*|administrator*|informācijas centr*|pēc (viņa|viņas|kolēģ*)|gaidīs)',
        // Sending a patient to a doctor or pharmacist is good advice.
        '(ārst*|dakter*|mediķ*|farmaceit*)',
      ],
      unlessScope: 'sentence',
      message:
        '“Jautājiet ražotājam” nosūta klientu pie kāda cita un atstāj viņu vienu ar problēmu. Noskaidrojiet paši vai sazinieties paši un pasakiet, kad klients saņems atbildi.',
      source: 'practice: scenario 3 transfer; principles – answers that answer nothing (seed 002)',
      weight: 7,
      dimension: 'ownership',
      examples: {
        fires: [
          'To [[Jums jājautā]] Apple.',
          '[[Jautājiet]] Apple.',
          '[[Labāk pajautājiet]] savam grāmatvedim.',
          '[[Sazinieties ar]] Telia.',
          '[[Lūdzu, vērsieties pie]] Elisa.',
        ],
        silent: [
          'Jautājiet droši, ja kaut kas nav skaidrs.',
          'Ja rodas jautājumi, sazinieties ar mums.',
          'Sazinieties ar mūsu klientu atbalstu pa tālruni 67000000.',
          'Jautājiet kasē par klienta karti, un atlaide tiks piemērota uzreiz.',
          'Es jau sazinājos ar Apple un atbildēšu Jums rīt.',
          'Jautājiet reģistratūrā pēc Annas, viņa Jūs jau gaidīs plkst. 10.',
          'Par devu, lūdzu, pajautājiet savam ārstam – tikai viņš zina Jūsu veselības stāvokli.',
        ],
      },
    },
    {
      id: 'check-website',
      patterns: [
        '(izlasiet|izlasi|skatiet|skaties|paskatieties|paskaties|lasiet|lasi|meklējiet|meklē) (tur|turpat|tajā lapā)',
        // Where to follow, what to look up, and "read it (there)" after "it's all on the website" belong to the hit
        // (the last joined with the first pattern's): the replacement, the link itself, stands in for all of it.
        '(sekojiet|sekojat|seko) līdzi ~2 (mājaslap*|mājas lap*|vietn*|jaunum*|informācij*|lapai|lapā|sociāl*|tīmekļ*|paziņojum*|ziņām|e-veikal*) ?(mūsu) ?(mājaslapā|vietnē|lapā)',
        '?(sīkāk|vairāk|plašāk|detalizētāk|precīzāk|aktuālās) ?(cenas|tarifus|informāciju|informācijas|nosacījumus|visu) (skatiet|skatieties|apskatiet|paskatieties|pārbaudiet|meklējiet|ieskatieties|ielūkojieties|skaties|paskaties|meklē) ~3 (mājaslap*|mājas lap*|tīmekļa vietn*|vietnē|vietni|internetā|lapā|BUJ|biežāk uzdot*|sadaļ*)',
        '(viss|visa informācija|tas viss|atbilde) ~2 (ir|atrodams|atrodama) ~2 (mājaslap*|mājas lap*|vietnē|internetā|BUJ|biežāk uzdot*|sadaļā) ?(izlasiet|skatiet|paskatieties|lasiet)',
      ],
      unless: [
        '(saite|saiti|saitē|https|http|www)',
        '(es|mēs) ~3 (nosūtīšu|nosūtīsim|pievienoju|nosūtu|atsūtu|palīdzēšu|palīdzēsim)',
        '(tur|tajā) ~3 (varat|redzēsiet|atradīsiet) ~3 (arī|jebkurā brīdī|jebkad)',
      ],
      message:
        '“Skatieties mājaslapā / sekojiet līdzi jaunumiem” atraida klientu – viņš jau ir vērsies pie Jums. Atbildiet uz jautājumu pats vai pievienojiet precīzu saiti un pasakiet, ko tur atradīs.',
      source: 'practice: principles – answers that answer nothing (seed 002); solve it in one go (seed 001)',
      replacement: 'tiešo saiti uz šo informāciju pievienoju tepat: [saite]',
      weight: 5,
      dimension: 'ownership',
      examples: {
        fires: [
          '[[Viss ir rakstīts mūsu mājaslapā, izlasiet tur]].',
          '[[Sekojiet līdzi mūsu mājaslapai]].',
          '[[Cenas skatiet mūsu mājaslapā]].',
          '[[Meklējiet atbildi sadaļā BUJ]].',
          '[[Visa informācija ir atrodama mūsu vietnē]].',
        ],
        silent: [
          'Cenas un tarifus pievienoju arī šeit: https://example.lv/tarifi – tur redzēsiet arī akcijas.',
          'Pasūtījuma statusam varat jebkurā brīdī sekot līdzi arī lietotnē.',
          'Mājaslapā esam pievienojuši jaunu sadaļu ar video pamācībām.',
          'Cenas skatiet mūsu mājaslapā – es nosūtīšu Jums arī cenrādi PDF formātā.',
        ],
        corrections: [
          {
            before: 'Cenas skatiet mūsu mājaslapā.',
            after: 'Tiešo saiti uz šo informāciju pievienoju tepat: [saite].',
          },
          {
            before: 'Viss ir rakstīts mūsu mājaslapā, izlasiet tur.',
            after: 'Tiešo saiti uz šo informāciju pievienoju tepat: [saite].',
          },
          {
            before: 'Andri, sekojiet līdzi jaunumiem mūsu mājaslapā.',
            after: 'Andri, tiešo saiti uz šo informāciju pievienoju tepat: [saite].',
          },
        ],
      },
    },
    {
      id: 'do-it-yourself',
      patterns: [
        '(paskatieties|pārbaudiet|izlasiet|meklējiet|noskaidrojiet|uzziniet|izdariet|nokārtojiet|paskaties|pārbaudi|noskaidro|uzzini|izdari) ~2 (paši|pats|pati|pašam|pašai)',
        '(jums|tev) ~2 (jāizdara|jānokārto|jānoskaidro|jāmeklē|jāpārbauda|jāsameklē|jāatrod|jāizlasa|jātiek) ~1 (pašam|pašai|pašiem|pašu|pats|pati|paši)',
        '(jums|tev) ~1 (pašam|pašai|pašiem) ~2 (jāizdara|jānokārto|jānoskaidro|jāmeklē|jāpārbauda|jāsameklē|jāatrod|jāizlasa)',
        '(varat|variet|vari) ~2 (izsaukt|sameklēt|atrast|noskaidrot|nokārtot|pasūtīt|sarunāt|izdarīt|pārbaudīt) (paši|pats|pati) $',
      ],
      unless: ['(es|mēs) ~3 (nosūtīšu|nosūtīsim|pievienoju|nosūtu|atsūtu|palīdzēšu|palīdzēsim)'],
      message:
        '“Pārbaudiet paši / Jums tas jānoskaidro pašam” atraida klientu – viņš ir vērsies pie Jums, lai ar to nebūtu jātiek galā vienam. Izdariet vai noskaidrojiet to paši vai vismaz soli pa solim paskaidrojiet, kā, un piedāvājiet palīdzību.',
      source: 'practice: principles – answers that answer nothing (seed 002); solve it in one go (seed 001)',
      weight: 5,
      dimension: 'ownership',
      examples: {
        fires: [
          '[[Paskatieties paši]] savā internetbankā.',
          'Kāpēc rēķins ir lielāks, [[Jums jānoskaidro pašam]].',
          '[[Jums pašam jāpārbauda]], vai maksājums ir izgājis.',
          'Kurjeru uz mājām [[varat pasūtīt paši]].',
        ],
        silent: [
          'Pārbaudiet paši savu kontu – es nosūtīšu Jums soli pa solim pamācību.',
          'Jums nekas nav jādara pašam, mēs visu nokārtosim.',
          'Rēķinu pārbaudīju pati: maksājums ir saņemts 3. maijā.',
        ],
      },
    },
    {
      id: 'try-later',
      patterns: [
        // A "lūdzu" before it belongs to the hit: "Lūdzu, zvaniet vēlāk" → the replacement, not "Lūdzu, es …".
        '?(lūdzu) (zvaniet|piezvaniet|rakstiet|uzrakstiet|sazinieties|mēģiniet|pamēģiniet|jautājiet|vērsieties|atnāciet|ienāciet|ieskatieties|pārbaudiet|zvani|raksti|mēģini) ~2 (vēlāk|citreiz|citā reizē|atkārtoti|rīt|parīt|nākamnedēļ|nākamajā nedēļā|pēc pāris dienām|pēc nedēļas|pēc mēneša)',
        '?(lūdzu) (vēlāk|citreiz|rīt) ~1 (zvaniet|piezvaniet|rakstiet|sazinieties|mēģiniet|pamēģiniet)',
        '?(lūdzu) (zvaniet|piezvaniet|rakstiet|mēģiniet|pamēģiniet|atnāciet|nāciet|ienāciet|ieskatieties|pārbaudiet|apskatieties|atbrauciet) ~2 (kādu|kādā|citu|citā|kādreiz) ~1 (dienu|dienā|reizi|reizē|laiku|laikā|nedēļu|nedēļā|brīdi|brīdī)',
      ],
      unless: [
        '(es|mēs) ~3 (atzvanīšu|atzvanīsim|sazināšos|sazināsimies|informēšu|informēsim|paziņošu|paziņosim|nosūtīšu|nosūtīsim)',
        '(kad|tiklīdz|pēc tam kad) ~4 (būs|beigsies|pabeigs*|atjaunos*|ieradīsies|pienāks)',
        'ja ~3 (vēl|joprojām|tomēr) ~3 (nav|nedarbojas|nestrādā|neizdodas|rodas)',
      ],
      message:
        '“Zvaniet vēlāk” nozīmē, ka klientam jāgaida un jāsāk viss no jauna. Uzņemieties iniciatīvu: piedāvājiet atzvanīt vai pasakiet, kad un kā Jūs pats sniegsiet atbildi.',
      source: 'practice: principles – offer a call-back instead of waiting (seed 004, 002)',
      replacement: 'es ar Jums sazināšos līdz [datums]',
      weight: 6,
      dimension: 'ownership',
      examples: {
        fires: [
          '[[Atnāciet kādu citu dienu]].',
          '[[Zvaniet vēlāk]], tagad sistēma nedarbojas.',
          '[[Lūdzu, mēģiniet vēlreiz vēlāk]].',
          '[[Rakstiet citreiz]], šobrīd nevaru palīdzēt.',
          '[[Piezvaniet rīt]], varbūt tad būs zināms.',
          'Grāmatvede šodien nav uz vietas, [[rīt piezvaniet]].',
        ],
        silent: [
          'Es Jums atzvanīšu vēlāk šodien, tiklīdz būšu pārbaudījis.',
          'Ja rīt savienojums joprojām nedarbojas, rakstiet man, un atsūtīšu tehniķi.',
          'Kad atjauninājums būs pabeigts, mēģiniet pieslēgties vēlreiz – ap 15:00.',
        ],
        corrections: [
          {
            before: 'Zvaniet vēlāk, tagad sistēma nedarbojas.',
            after: 'Es ar Jums sazināšos līdz [datums], tagad sistēma nedarbojas.',
          },
          { before: 'Lūdzu, mēģiniet vēlreiz vēlāk.', after: 'Es ar Jums sazināšos līdz [datums].' },
          {
            before: 'Grāmatvede šodien nav uz vietas, rīt piezvaniet.',
            after: 'Grāmatvede šodien nav uz vietas, es ar Jums sazināšos līdz [datums].',
          },
        ],
      },
    },
    {
      id: 'read-the-terms',
      patterns: [
        // "Lūdzu" before it and "tur viss ir uzrakstīts" after it belong to the hit: the replacement says it all.
        '?(lūdzu) (izlasiet|palasiet|pārlasiet|lasiet|iepazīstieties|izlasi|palasi|pārlasi) ~3 (noteikum*|līgum*|nosacījum*|instrukcij*|pamācīb*|BUJ|biežāk|rokasgrāmat*|politik*|aprakst*|likum*) ?(tur ~2 (viss|visa informācija|viss ir) ~2 (uzrakstīts|rakstīts|aprakstīts|norādīts|paskaidrots|izskaidrots))',
        'tur ~2 (viss|visa informācija|viss ir) ~2 (uzrakstīts|rakstīts|aprakstīts|norādīts|paskaidrots|izskaidrots)',
        '(viss|tas viss) ir ~2 (uzrakstīts|rakstīts|aprakstīts|norādīts) ~3 (noteikum*|līgum*|nosacījum*|instrukcij*|pamācīb*|mājaslap*|BUJ)',
        '(vajadzēja|vajag|vajadzētu) ~1 (tikai|vienkārši) ~1 (izlasīt|palasīt|paskatīties|ieskatīties) ?(līgumu|noteikumus|instrukciju|pamācību|nosacījumus|aprakstu|līgumā|noteikumos|instrukcijā|pamācībā)',
      ],
      unless: [
        '(es|mēs) ~3 (pievienoju|pievienojam|nosūtu|nosūtīšu|nosūtīsim|izcēlu|izcēlām|iezīmēju)',
        '(saite|saiti|saitē|https|http|www|punkts|punktā|punktu|pielikumā)',
      ],
      message:
        '“Palasiet līgumu pats” atraida klientu un liek viņam meklēt pašam. Paskaidrojiet atbildi saviem vārdiem un, ja vajag, norādiet konkrēto punktu.',
      source: 'practice: principles – answers that answer nothing (seed 002); explain why (seed 001)',
      replacement: 'svarīgāko īsumā paskaidrošu: [skaidrojums]',
      weight: 6,
      dimension: 'ownership',
      examples: {
        fires: [
          '[[Izlasiet līguma noteikumus, tur viss ir uzrakstīts]].',
          '[[Lūdzu, iepazīstieties ar lietošanas instrukciju]].',
          '[[Tur viss ir aprakstīts]].',
          '[[Vajadzēja tikai izlasīt pamācību]].',
          '[[Viss ir sīki aprakstīts lietošanas instrukcijā]].',
          '[[Izlasiet Patērētāju tiesību aizsardzības likumu]].',
        ],
        silent: [
          'Līguma 7. punktā teikts, ka pirmstermiņa laušana ir bez maksas, un pielikumā sūtu šo punktu.',
          'Noteikumi paredz 14 dienu atteikuma termiņu, un Jūs tajā vēl iekļaujaties.',
          'Instrukciju pievienoju šai vēstulei – 3. lappusē ir attēls, kā pievienot filtru.',
          'Lūdzu, iepazīstieties ar lietošanas instrukciju, ko es pievienoju šai vēstulei.',
        ],
        corrections: [
          {
            before: 'Izlasiet līguma noteikumus, tur viss ir uzrakstīts.',
            after: 'Svarīgāko īsumā paskaidrošu: [skaidrojums].',
          },
          {
            before: 'Lūdzu, iepazīstieties ar lietošanas instrukciju.',
            after: 'Svarīgāko īsumā paskaidrošu: [skaidrojums].',
          },
          {
            before: 'Marta, vajadzēja tikai izlasīt pamācību.',
            after: 'Marta, svarīgāko īsumā paskaidrošu: [skaidrojums].',
          },
        ],
      },
    },
  ],
  templates: [
    {
      id: 'default',
      parts: ['{greeting}', '{body}', '{closing}'],
    },
  ],
} satisfies RulePack;
