import type { RulePack } from '../../types';

// Verbs of moving the customer (or their call, question) to someone else.
const MOVE =
  '(pārsūt*|pāradresē*|pāradresēš*|novirzī*|novirzu|novirzām|pārslēdz*|pārslēgšu|savienošu|savienosim|savienoju)';

/** Latvian transfer pack: "please hold, your call is important", cold transfers, "not our department". */
export const transfer = {
  id: 'lv.transfer',
  language: 'lv',
  scenario: 'transfer',
  version: 1,
  name: 'Pāradresēšana (latviešu)',
  description:
    'Pāradresējot klientu: pasakiet, kam un kāpēc, un nododiet kolēģim lietas kopsavilkumu, lai klientam nekas nav jāstāsta no jauna.',
  rules: [
    {
      id: 'please-hold',
      patterns: [
        '(lūdzu|lūgums) ~1 (uzgaidiet|gaidiet|palieciet|pagaidiet)',
        '(gaidiet|gaidi|pagaidiet|pagaidi) ~1 (savu kārtu|vēl mazliet|vēl nedaudz|vēl drusku|un nerakstiet)',
        '^ (gaidiet|gaidi) (zvanu|ziņu|atbildi) $',
        // Who the customer waits for and "please hold" after "all lines are busy" belong to the hit: the
        // replacement stands in for the whole request to wait.
        '(uzgaidiet|gaidiet|palieciet|pagaidiet) ~2 (līnijā|savienojumu|klausulē|rindā) ?(ar ~3 (konsultant*|operator*|speciālist*|kolēģ*))',
        '(uzgaidiet|gaidiet|pagaidiet) ~2 (kad|kamēr|līdz) ~3 (atbrīvosies|būs brīvs|būs brīva|atbildēs) ?(operators|operatore|konsultants|konsultante|speciālists|speciāliste|kolēģis|kolēģe|līnija)',
        '(visi|visas) (operatori|konsultanti|speciālisti|līnijas) ~2 (aizņemti|aizņemtas) ?(lūdzu) ?(uzgaidiet|gaidiet|palieciet|pagaidiet) ?(līnijā)',
        '(jūs|jūsu zvans|jūsu pieprasījums) ~2 (rindā|rindas) ~2 (numur*|vieta|vietā)',
      ],
      unless: [
        '(pārbaudīš*|pārbaudu|noskaidroš*|noskaidroju|apskatīš*|paskatīš*|atradīš*|sameklēš*|atzvanīš*|atzvanīsim)',
      ],
      message:
        '“Lūdzu, uzgaidiet” ir tieši tas, kas klientus kaitina visvairāk – ilga gaidīšana un šabloniska frāze. Piedāvājiet atzvanīt vai pasakiet, ko tieši tagad darāt un cik ilgi tas aizņems.',
      source: 'practice: scenario 3 transfer – "please hold" (seed 002); waiting angers callers (seed 004)',
      replacement: 'es uzreiz pārbaudīšu un, ja tas prasīs ilgāku laiku, Jums atzvanīšu',
      weight: 6,
      dimension: 'warmth',
      examples: {
        fires: [
          '[[Lūdzu, uzgaidiet līnijā]].',
          '[[Lūdzu, gaidiet, līdz atbildēs operators]].',
          '[[Uzgaidiet savienojumu ar nākamo brīvo konsultantu]].',
          '[[Visi operatori šobrīd ir aizņemti, palieciet līnijā]].',
          '[[Jūsu zvans rindā ir trešajā vietā]].',
          '[[Gaidiet savu kārtu]], atbildēsim secīgi.',
          '[[Gaidiet zvanu]].',
        ],
        silent: [
          'Lūdzu, uzgaidiet minūti – es pārbaudīšu Jūsu rēķinu sistēmā.',
          'Lai Jums nebūtu jāgaida, es Jums atzvanīšu 15 minūšu laikā.',
          'Paldies, ka sazinājāties – jautājumu par rēķinu atrisināšu vēl šodien.',
        ],
        corrections: [
          {
            before: 'Lūdzu, uzgaidiet līnijā.',
            after: 'Es uzreiz pārbaudīšu un, ja tas prasīs ilgāku laiku, Jums atzvanīšu.',
          },
          {
            before: 'Paldies par zvanu! Visi operatori šobrīd ir aizņemti, lūdzu, palieciet līnijā.',
            after: 'Paldies par zvanu! Es uzreiz pārbaudīšu un, ja tas prasīs ilgāku laiku, Jums atzvanīšu.',
          },
          {
            before: 'Anna, lūdzu, uzgaidiet, kamēr atbrīvosies speciālists.',
            after: 'Anna, es uzreiz pārbaudīšu un, ja tas prasīs ilgāku laiku, Jums atzvanīšu.',
          },
        ],
      },
    },
    {
      id: 'call-important',
      patterns: [
        '(jūsu|tavs|tava) (zvans|jautājums|pieprasījums|pieteikums|sūdzība|vēstule|viedoklis|laiks) ~3 (svarīgs|svarīga|nozīmīgs|nozīmīga)',
        '(mums|mūsu uzņēmumam) ~2 (ir svarīgs|ir svarīga|ir ļoti svarīgs|ir ļoti svarīga) ~1 (katrs|katra|ikviens) (klients|zvans|jautājums)',
      ],
      message:
        '“Jūsu zvans mums ir ļoti svarīgs” ir šablona frāze, ko klienti dzird, kamēr gaida – tā kaitina, nevis mierina. Parādiet to ar darbiem: pasakiet, ko tieši darāt un kad klients saņems atbildi.',
      source:
        'practice: scenario 3 transfer – "your call is very important to us" (seed 002); hold music angers callers (seed 004)',
      weight: 5,
      dimension: 'warmth',
      examples: {
        fires: [
          '[[Jūsu zvans mums ir ļoti svarīgs]].',
          '[[Jūsu viedoklis mums ir svarīgs]], atbildēsim tuvākajā laikā.',
          '[[Mums ir ļoti svarīgs katrs klients]].',
        ],
        silent: [
          'Jūsu jautājumu jau pārbaudu – atbildi saņemsiet līdz plkst. 15.',
          'Mums ir svarīgi, lai rēķins būtu pareizs, tāpēc to pārrēķināju.',
          'Jūsu pieteikums ir reģistrēts ar numuru 4471.',
        ],
      },
    },
    {
      id: 'cold-transfer',
      patterns: [
        MOVE +
          ' ~3 (cit*|attiecīg*|atbildīg*|nodaļ*|speciālist*|kolēģ*|dienest*|departament*|centr*|operator*|atbalst*|grāmatvedīb*|komand*)',
        `(jūs|tevi) ~2 ${MOVE}`,
        `${MOVE} ~2 tālāk`,
        '(tiksiet|tiks|tiek|tiksi) ~1 (pārsūtīts|pārsūtīta|pārsūtīti|savienots|savienota|savienoti|pāradresēts|pāradresēta|novirzīts|novirzīta|pārslēgts|pārslēgta)',
        '(nodošu|nododu|nodosim|nododam) ~3 tālāk',
        `(jūsu|tavu) (zvanu|jautājumu|pieteikumu|lietu|sūdzību|pieprasījumu) ~2 ${MOVE}`,
        `${MOVE} ?(tūlīt|uzreiz|tagad) (jūs|tevi)`,
        `${MOVE} ~1 (jūsu|tavu) (zvanu|jautājumu|pieteikumu|lietu|sūdzību|pieprasījumu|lūgumu|iesniegumu|pretenziju)`,
        `${MOVE} (jūsu|tavu) (e-pastu|vēstuli|ziņu)`,
        'tur (jūs|tevi) (savienos|pārsūtīs|novirzīs|apkalpos|pāradresēs)',
        // An IVR menu is the practice's example of what angers callers most (seed 004).
        '(jāizvēlas|izvēlieties|spiediet|nospiediet|jānospiež|izvēlies|spied) ~3 (izvēln*|taustiņ*)',
        // Making the customer tell the story again.
        '(izstāstiet|pastāstiet|izskaidrojiet|aprakstiet|atkārtojiet|izstāsti|pastāsti) ~2 (viņiem|kolēģim|kolēģei|speciālistam|viņam|viņai|tur|visu) ~2 (vēlreiz|no sākuma|no jauna)',
        '(izveidojiet|aizpildiet|iesniedziet|nosūtiet|uzrakstiet|izveido|aizpildi|iesniedz) ~2 (pieteikum*|biļet*|pieprasījum*) ~2 (atbalst*|nodaļ*|dienest*|speciālist*)',
      ],
      unless: [
        '(jo|tāpēc ka|tādēļ ka|kurš|kura|kas ~2 (var|varēs|spēs|palīdzēs|pārzina|atbild|specializējas))',
        '(kompetent*|vislabāk|visātrāk|speciāl* ~2 (šajā|šādos|tieši)|pieredz*)',
        '(kopsavilk*|visu informāciju|situācijas aprakst*|jau izstāstīj*)',
        '(nodevu|nodevusi|nodevis|nodošu|nodosim|nosūtīju|nosūtījusi|nosūtījis) ~4 (informācij*|kopsavilkum*|aprakst*|vēstur*|detaļ*|datus|sarakst*)',
        '(nebūs|nav|nevajadzēs|nevajag) ~2 (jāatkārto|jāstāsta|jāskaidro|atkārtot|stāstīt|skaidrot)',
        // The case goes along, and the customer knows when they will hear back.
        'kopā ar ~4 (dat*|informācij*|dokument*|aprakst*|foto*|pielikum*|vēstur*)',
        '(viņi|viņa|viņš|kolēģ*|speciālist*) ~2 (atbildēs|sazināsies|atzvanīs|piezvanīs) ~4 (laikā|līdz|rīt|šodien|stundas|stundu)',
      ],
      unlessScope: 'draft',
      message:
        'Klientu nedrīkst vienkārši “pārsūtīt citai nodaļai”: pasakiet, pie kā un kāpēc (kurš speciālists vislabāk palīdzēs), un nododiet kolēģim īsu lietas kopsavilkumu, lai klientam nav jāstāsta viss no jauna.',
      source: 'practice: scenario 3 transfer – cold transfer, never make the customer repeat (seed 002)',
      weight: 8,
      dimension: 'ownership',
      examples: {
        fires: [
          '[[Pārsūtu Jūsu zvanu uz citu]] nodaļu.',
          'Tūlīt [[Jūs pāradresēšu kolēģim]].',
          '[[Jūsu jautājumu pārsūtīsim attiecīgajai nodaļai]].',
          '[[Savienošu Jūs]] ar klientu apkalpošanas centru.',
          'Jūsu zvans [[tiks pārsūtīts speciālistam]].',
          'Sūdzību [[pārsūtīšu tālāk]].',
          'Jūsu iesniegumu [[nodosim tālāk]].',
          '[[Pārsūtu Jūsu vēstuli grāmatvedībai]].',
          'Zvaniet uz informatīvo tālruni, [[tur Jūs savienos]].',
          'Zvanot [[izvēlieties 4. izvēlni]].',
          'Lūdzu, [[izstāstiet viņiem visu vēlreiz]].',
          '[[Aizpildiet pieteikumu norēķinu nodaļai]].',
        ],
        silent: [
          'Pārsūtu Jūs kolēģei Annai no norēķinu nodaļas, jo viņa var atcelt maksājumu uzreiz – viņai jau nodevu visu informāciju.',
          'Jūsu jautājumu pārsūtīju mūsu tehniķim Jānim, kurš vislabāk pārzina šo iekārtu; Jums nekas nebūs jāatkārto.',
          'Rēķinu pārsūtīju uz Jūsu e-pastu.',
          'Jūsu pieteikumu kopā ar fotogrāfijām pārsūtīju garantijas nodaļai, un viņi Jums atbildēs divu darba dienu laikā.',
        ],
      },
    },
    {
      id: 'not-our-department',
      patterns: [
        '(nav|neesam) ~2 (mūsu|manas|mana|šīs) (nodaļas|nodaļa|nodaļā|departamenta|struktūrvienības) ?(jautājums|kompetencē|ziņā|lieta|darbs|pārziņā)',
        '(mūsu|šī) nodaļa ~2 (ar to|tādus|tādiem|šādiem|šādus) ~2 (nenodarbojas|neizskata|nerisina|nestrādā|neatbild)',
        '(ar to|tādus jautājumus|šādus jautājumus|tādas lietas|šādas lietas) ~2 (mēs|es) ~1 (nerisinām|nerisinu|neizskatām|neizskatu)',
        '(tas|tā|šis|tie) ~1 (ir|būs) (citas|cita|citai|citā) (nodaļas|nodaļa|nodaļai|iestādes|uzņēmuma|departamenta)',
        'ir (pasniedzēja|vadītāja|bankas|tiesas|pārdevēja|ražotāja|citas nodaļas|cita dienesta|grāmatvedības|administrācijas|valdes|pašvaldības|policijas) (kompetencē|pārziņā)',
        '(ar to|to|tos|tās) (nodarbojas|kārto|risina|izskata) ~1 (cita|cits|citā|otra|otrs) (nodaļa|nodaļas|dienests|komanda|kolēģis|kolēģe|iestāde)',
        '(čatā|šeit|pa telefonu|e-pastā|šajā kanālā) ~1 (nerisinām|neatbalstām|nekonsultējam|neizskatām|nekārtojam|neatbildam|nerisina)',
        '(šis|šī|šeit) ir ~1 (pārdošanas|rezervāciju|informācijas|tehniskā|klientu|norēķinu) ?(atbalsta|apkalpošanas) (čats|līnija|tālrunis|nodaļa|kanāls)',
      ],
      message:
        '“Tas nav mūsu nodaļas jautājums” liek klientam justies kā bumbiņai starp nodaļām – tas kaitina visvairāk. Uzņemieties lietu: pasakiet, kurš palīdzēs un kāpēc, un nododiet viņam visu informāciju pats.',
      source:
        'practice: scenario 3 transfer – "see ei ole meie osakonna rida" (seed 002); bounced between departments (seed 004)',
      weight: 8,
      dimension: 'ownership',
      examples: {
        fires: [
          'Tas [[nav mūsu nodaļas jautājums]].',
          'Līguma laušana [[nav manas nodaļas kompetencē]].',
          '[[Mūsu nodaļa ar to nenodarbojas]].',
          '[[Tā ir citas nodaļas]] lieta.',
          '[[Tādus jautājumus mēs nerisinām]].',
          'Ūdens skaitītāji [[ir pašvaldības kompetencē]].',
          '[[Ar to nodarbojas cita nodaļa]].',
          'Rēķinu strīdus [[pa telefonu nerisinām]].',
          '[[Šis ir rezervāciju čats]].',
        ],
        silent: [
          'Līguma laušanu noformē mūsu līgumu nodaļa, jo tikai tai ir piekļuve arhīvam – esmu nodevusi viņiem Jūsu pieteikumu.',
          'Mūsu nodaļa ar prieku palīdzēs arī ar rēķiniem.',
          'Jautājumu jau izskata citas nodaļas speciālists, un atbildi saņemsiet rīt.',
        ],
      },
    },
  ],
  cues: [
    {
      label: 'aģents pāradresē klientu',
      in: 'draft',
      weight: 7,
      patterns: [
        MOVE +
          ' ~3 (cit*|attiecīg*|atbildīg*|nodaļ*|speciālist*|kolēģ*|dienest*|departament*|jūs|jūsu|tevi|zvanu|jautājumu)',
        `(jūs|jūsu) ~2 ${MOVE}`,
        '(nodošu|nododu|nodosim|nododam|pārsūtīšu|pārsūtu|pārsūtīsim) ~3 tālāk',
        '(tiksiet|tiks|tiek|tiksi) ~1 (pārsūtīts|pārsūtīta|pārsūtīti|savienots|savienota|savienoti|pāradresēts|pāradresēta|novirzīts|novirzīta|pārslēgts|pārslēgta)',
      ],
    },
    {
      label: 'aģents nodod lietu kolēģim vai nodaļai',
      in: 'draft',
      weight: 5,
      patterns: [
        '(nosūtīju|nosūtījusi|nosūtījis|nosūtījām|pārsūtīju|pārsūtījusi|pārsūtījis|pārsūtījām) ~3 (tai|tam|viņai|viņam|viņiem|kolēģ*|speciālist*|nodaļ*|vadītāj*|jurist*|tehniķ*)',
        '(nodevu|nodevusi|nodevis|nododu|nodošu|nodosim|nodevām) ~4 (jūsu|tavu|tai|tam|viņam|viņai|viņiem|kolēģ*|speciālist*|nodaļ*|pieteikum*|jautājum*|lietu)',
        '(kolēģis|kolēģe|speciālists|speciāliste|tehniķis|jurists|juriste|vadītājs|vadītāja|pārvaldnieks|pārvaldniece|konsultants|konsultante) ~4 (sazināsies|atzvanīs|piezvanīs|palīdzēs|izskatīs|sniegs)',
      ],
    },
    {
      label: 'aģents paskaidro, kas jautājumu kārto',
      in: 'draft',
      weight: 4,
      patterns: [
        '(kārto|izskata|risina|veic|sagatavo|apstrādā|pārzina|atbild par) ~2 mūsu ~3 (nodaļ*|speciālist*|kolēģ*|pārvaldniec*|pārvaldniek*|vadītāj*|jurist*|grāmatvedīb*|dienest*|komand*|tehniķ*|eksperti|eksperts)',
      ],
    },
    {
      label: 'aģents liek klientam pašam zvanīt citai nodaļai',
      in: 'draft',
      weight: 4,
      patterns: [
        '(zvaniet|rakstiet|sazinieties|griezieties|vērsieties|dodieties|zvani|raksti|sazinies) ~3 (nodaļ*|departament*|dienest*|grāmatvedīb*|speciālist*|kolēģ*)',
        '(nodarbojas|kārto|risina|atbild par) ~2 (cita|cits|citā|otra|otrs) ~1 (nodaļa|nodaļas|dienests|komanda|kolēģis|kolēģe)',
        '(ar to|to|tos|tās) (nodarbojas|kārto|risina) ~2 (grāmatvedīb*|nodaļ*|vadīb*|administrācij*|birojs|jurist*|tehniķ*|kolēģ*|dienest*|reģistratūr*)',
      ],
    },
    {
      label: 'atbildīgā nodaļa',
      in: 'draft',
      weight: 3,
      patterns: [
        '(nodaļa|nodaļai|nodaļas|nodaļu|nodaļā|departament*|dienests|dienestam|dienesta|speciālistam|speciālistei|speciālists)',
      ],
    },
    {
      label: 'gaidīšana līnijā',
      in: 'draft',
      weight: 5,
      patterns: [
        '(uzgaidiet|gaidiet) ~2 (līnijā|savienojumu)',
        '(jūsu) (zvans|jautājums) ~3 svarīg*',
        '(visi|visas) (operatori|konsultanti|speciālisti|līnijas) ~2 aizņemt*',
      ],
    },
    {
      label: 'klients tika pārsūtīts jau iepriekš',
      in: 'customer',
      weight: 4,
      patterns: [
        '(pārsūtīja|pārsūtīts|pārsūtīta|pāradresēja|pāradresēts|sūtīja) ~4 (nodaļ*|cit*|speciālist*|atpakaļ|šurp|turp)',
        '(kam|kur|pie kā) ~2 (jāgriežas|jāvēršas|jāzvana|jāraksta)',
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
          text: 'Jūsu jautājumu nodošu kolēģim no [nodaļas], kurš ar Jums sazināsies līdz [datumam].',
          plain: 'Jūsu jautājumu nodošu atbilstošajam kolēģim, kurš ar Jums sazināsies pēc iespējas drīzāk.',
          skipIf: [
            '(pārsūtu|pārsūtām|nododu|nododam|pāradresēju|pāradresēšu|pāradresēsim|savienošu|savienoju)',
            '(esmu|esam) ~2 (nodevusi|nodevis|nodevuši|pārsūtījusi|pārsūtījis|pārsūtījuši|pieteikusi|pieteicis|pieteikuši|reģistrējusi|reģistrējis|reģistrējuši)',
            '(zvaniet|rakstiet|sazinieties|griezieties|vērsieties) ~3 (nodaļ*|kolēģ*|speciālist*)',
          ],
        },
        {
          text: 'Kolēģis būs lietas kursā, un Jums nekas nebūs jāstāsta no jauna.',
          skipIf: [
            '(kopsavilk*|visu informāciju|ar visu informāciju|lietas kursā)',
            '(nebūs|nav|nevajadzēs) ~3 (jāatkārto|jāstāsta|jādara|jāskaidro|jāraksta)',
          ],
        },
        '{closing}',
      ],
    },
  ],
} satisfies RulePack;
