import type { RulePack } from '../../types';

// A reason or an offer in the same sentence turns a refusal into the practice's shape (name, reason, what we
// can do instead).
const REASON_OR_OFFER = [
  '(jo|tāpēc|tādēļ|tā kā|lai)',
  '(bet|taču|tomēr|toties) ~4 (varu|varam|varēsim|varēšu|piedāvā*|iesak*|ieteikt|palīdzēš*|palīdzēsim|ir iespējams|ir iespēja|iespējams)',
  '(tā vietā|vietā|alternatīv*|varu piedāvāt|varam piedāvāt|piedāvāju|piedāvājam|iesaku|iesakām)',
];

// A reason or an offer anywhere in the reply: the refusal is then explained, even across sentences.
const REASON_OR_OFFER_IN_DRAFT = [
  '(jo|tāpēc|tādēļ|tā kā)',
  // A reason named, not "lai kāds būtu iemesls" (whatever the reason).
  '(iemesls|iemesli) ~2 (ir|bija)',
  '(iemesla|iemeslu) dēļ',
  '(toties|tā vietā|alternatīv*|varu piedāvāt|varam piedāvāt|piedāvāju|piedāvājam|iesaku|iesakām|ja vēlaties)',
  // Someone else can: "portālā to ietekmēt nevaram, bet viņi apskati var atzīt uz vietas".
  '(bet|taču|tomēr|toties) ~4 (var|varēs|varat|varēsiet)',
  '(varu|varam|varēsim) ~3 (pierakstīt|piedāvāt|nosūtīt|rezervēt|pārcelt|sagatavot|mainīt|pārrakstīt|pāriet|sadalīt|atlikt|iesaldēt|nodrošināt|palīdzēt)',
];

// "We don't (do that)": negated first-person plural verbs of refusing, present and future.
const WE_DONT =
  '(nedarām|nedaram|netaisām|neatceļam|neatgriežam|nemainām|neizsniedzam|nepieņemam|neveicam|nesniedzam|nepagarinām|neatmaksājam|nekompensējam|nepiešķiram|neapmainām|nepārceļam|nepārrakstām|nesadalām|nepiedāvājam|nepārdodam|nenodrošinām)';

// More "we don't": delivering, fitting, disclosing, restoring, serving.
const WE_DONT_MORE =
  '(nepiegādājam|nemontējam|neizpaužam|neremontējam|neuzstādām|neapkalpojam|nesūtām|neatjaunojam|nerezervējam|neizīrējam|nevedam|neapmaksājam|neorganizējam|nepārvadājam|neuzglabājam|neizgatavojam|neapdrošinām|nekomplektējam)';

/** Latvian refusal pack: a bare "no", "nothing I can do", "rules are rules", "no exceptions". */
export const refusal = {
  id: 'lv.refusal',
  language: 'lv',
  scenario: 'refusal',
  version: 1,
  name: 'Atteikums (latviešu)',
  description: 'Ja kaut ko nevarat izdarīt: uzruna, iemesls un tas, ko varat piedāvāt tā vietā.',
  rules: [
    {
      id: 'bare-no',
      patterns: [
        '^ (diemžēl nē|nē diemžēl) $',
        '^ nē ~4 (nevaram|nevaru|nevar|nevarēsim|nevarēšu|nebūs|neizdosies|neiespējami)',
        `^ nē ~4 ${WE_DONT}`,
        '^ nē ~4 (neatvērsim|nedarīsim|nemainīsim|neatgriezīsim|neatmaksāsim|nepiešķirsim|nevarēsim|neizdarīsim|nepieņemsim|neizsniegsim|nepagarināsim|neatcelsim)',
        '^ nē ~1 (nekādā gadījumā|nekādi|nekad|tā nenotiek|tā nevar|tas nav iespējams|nav iespējams)',
        '^ ?(diemžēl) nē ?(diemžēl) $',
      ],
      // Draft-wide: a bare "Nē." that answers a yes/no question goes on with reassurance in the next sentence
      // ("Nē. Jums nekas nav jādara."), whereas a refusal stands alone or gives no reason.
      unless: [
        ...REASON_OR_OFFER,
        '(bet|taču|tomēr|toties) ~6 (varu|varam|varat|varēsim|varēšu|piedāvāju|piedāvājam|iesaku|iesakām)',
        '(jums|tev|jūs|nekas|neko|nekur|nekādi|pasūtījum*|rezervācij*|maksājum*|iesniegum*|dokument*|kont*|kart*|pieteikum*) ~3 (nav|nebūs|nevajadzēs|nevajag) ~2 jā*',
        '(nav|nebūs|nevajadzēs|nevajag) ~2 (jums|tev) ~1 jā*',
        '(jau|rīt|šodien|tūlīt) ~3 (ceļā|pienāks|ieradīsies|gatav*|izdarīts|izdarīta|kārtībā)',
        '(bez maksas|bezmaksas|par velti|kārtībā|protams|noteikti|paliek spēkā|ir spēkā|derīg*|neuztraucieties|nav problēmu|nav parāda|viss ir labi)',
        '(paliks|paliek|saglabāsies|saglabājas) ~3 (tas pats|tāds pats|tā pati|nemainīg*|spēkā|saglabāt*|jums)',
        'netiks (pārtraukts|pārtraukta|zaudēts|zaudēta|dzēsts|dzēsta|mainīts|mainīta|atslēgts|atslēgta)',
        '(var|varat|variet) ~3 (atjaunot|izmantot|turpināt|saglabāt|lietot)',
        // The agent did something for the customer: an answer, not a refusal.
        '(nosūtīju|pievienoju|izlaboju|atzīmēju|nomainīju|atjaunoju|pārbaudīju|atmaksāju|pagarināju)',
      ],
      unlessScope: 'draft',
      message:
        'Kails “nē” ir atbilde, kas neko neatbild. Pasakiet, ka ļoti gribētu palīdzēt, paskaidrojiet iemeslu un piedāvājiet, ko varat izdarīt tā vietā.',
      source: 'practice: scenario 4 refusal – a bare "no" (seed 002)',
      weight: 6,
      dimension: 'positivity',
      examples: {
        fires: [
          '[[Nē]]. Tas nav man jāizlemj.',
          '[[Nē, to mēs nevaram]] izdarīt.',
          '[[Diemžēl nē]].',
          '[[Nē, nekādā gadījumā]].',
          '[[Nē]].',
          '[[Nē, tādu atlaidi mēs nepiešķiram]] un nepiešķirsim – [[nē, nebūs]].',
          '[[Nē, šo rēķinu mēs nemainīsim]].',
        ],
        silent: [
          'Diemžēl nē, šis modelis nav saderīgs, taču piemērots adapteris maksā 9 eiro, un varu to pievienot pasūtījumam.',
          'Nē, Jums nav atkārtoti jāreģistrējas.',
          'Nē. Paka jau ir ceļā un rīt būs pie Jums.',
          'Nē, Jūsu numurs paliks tas pats, un pakalpojums netiks pārtraukts.',
          'Nē, faila dzēšana nav galīga: to var atjaunot no atkritnes 30 dienu laikā.',
          'Nē, Jums nekas nav jāmaksā – piegāde ir bez maksas.',
          'Nē, diemžēl šoreiz ne, jo kurss jau sācies, bet varu Jūs pierakstīt nākamajam.',
          'Apmaksa jāveic ne vēlāk kā piektdien.',
          'Nē. Maksājums ir veikts, un Jums nekas vairs nav jādara.',
          'Nē. Jūsu rezervācija paliek spēkā.',
          'Tas attiecas ne tikai uz jauniem, bet arī uz esošajiem klientiem.',
          'Nē, šo krāsu mēs nevaram piegādāt, tā vietā iesakām līdzīgu pelēkā tonī.',
          'Nē, nav Jums jāuztraucas – maksājums ir saņemts.',
          'Nē. Jaunu paroli nosūtīju uz Jūsu e-pastu.',
        ],
      },
    },
    {
      id: 'not-my-decision',
      patterns: [
        'nav ~1 (mans|mana|manā|mūsu) ~1 (lēmum*|varā|rokās|ziņā)',
        'nav (man|mums) (jāizlemj|jālemj|jāizšķir)',
        '(es|mēs) ~2 (to|šo|tādus|tādas|par to|tādus jautājumus|šādus jautājumus) ~1 (nelemju|nelemjam|neizlemju|neizlemjam|neizšķiru|neizšķiram)',
      ],
      unless: [
        '(nodevu|nodošu|nosūtīju|pārsūtīju|jautāju|pajautāšu|noskaidrošu|sazināšos|sazinājos|informēšu|paziņošu|atzvanīšu|atbildēšu)',
        'atbildi ~2 (saņemsiet|sniegšu|nosūtīšu)',
        '(bet|taču|tomēr|toties) ~4 (varu|varam|piedāvā*|iesak*)',
      ],
      message:
        '“Tas nav mans lēmums” klientam neko neatbild – klienta acīs Jūs esat uzņēmums. Uzņemieties to: pasakiet, ko varat izdarīt, vai nododiet lūgumu tam, kurš lemj, un pasakiet, kad būs atbilde.',
      source: 'practice: principles – answers that answer nothing; scenario 4 refusal (seed 002)',
      weight: 8,
      dimension: 'ownership',
      examples: {
        fires: [
          'Tas [[nav mans lēmums]].',
          'Atlaides piešķiršana [[nav manā varā]].',
          '[[Es to neizlemju]].',
          'Tas [[nav man jāizlemj]].',
          '[[Es tādus jautājumus neizlemju]].',
        ],
        silent: [
          'Tas nav mans lēmums, bet nodevu Jūsu lūgumu vadītājai, un atbildi saņemsiet rīt līdz plkst. 12.',
          'Galīgais lēmums ir Jūsu rokās – kurš variants Jums der?',
          'Atlaides piešķiršana nav manā ziņā, taču varu piedāvāt bezmaksas piegādi.',
        ],
      },
    },
    {
      id: 'flat-not-possible',
      patterns: [
        '(es|mēs|to|tā|šo|tādu|šādu) ~2 (nevaru|nevaram|nevarēsim|nevarēšu) ~2 (izdarīt|darīt|atrisināt|palīdzēt|mainīt|atgriezt|atcelt|nokārtot|izpildīt|nodrošināt|ietekmēt|atļaut|pieņemt|piedāvāt|pagarināt|atmaksāt)',
        '(izdarīt|atrisināt|mainīt|atgriezt|atcelt|nokārtot|izpildīt|nodrošināt|ietekmēt|atļaut|pieņemt|pagarināt|atmaksāt|atjaunot|sadalīt|pārcelt|apmainīt|izsniegt) ~2 (nevaru|nevaram|nevarēsim|nevarēšu|nevar)',
        '(to|tas|tā|šo) ~2 (nav|nebūs) iespējams',
        '(tas|tā|to) ~1 nav (atļauts|atļauta|pieļaujams)',
        '(sadalīt|mainīt|atgriezt|atcelt|pārcelt|apmainīt|atjaunot|pagarināt|atmaksāt|izsniegt|pieņemt) (nav|nebūs) iespējams',
        // The passive refusal: "Biļetes netiek ne atgrieztas, ne mainītas."
        'netiek ?(ne) (pieņemt*|atgriezt*|mainīt*|atmaksāt*|kompensēt*|pagarināt*|izsniegt*|apmainīt*)',
        '(maksa|sods|soda nauda|līgumsods|maksājums) (paliek|joprojām ir) spēkā',
      ],
      unless: REASON_OR_OFFER_IN_DRAFT,
      unlessScope: 'draft',
      message:
        '“Nevaram to izdarīt” bez iemesla un alternatīvas klientu atstāj ar tukšām rokām. Sakiet, ka ļoti gribētu izpildīt vēlmi, paskaidrojiet, kāpēc šoreiz neizdosies, un piedāvājiet, ko varat izdarīt.',
      source: 'practice: scenario 4 refusal – always give the reason and what you can do (seed 002)',
      weight: 6,
      dimension: 'positivity',
      examples: {
        fires: [
          '[[To es nevaru atrisināt]].',
          '[[Mēs nevaram atcelt]] jau apmaksātu pasūtījumu.',
          'Termiņu [[pagarināt nevaram]].',
          '[[Tas diemžēl nav iespējams]].',
          'Diemžēl [[tas nav atļauts]].',
          'Pasūtījumu [[atjaunot nevar]].',
          'Maksājumu [[sadalīt nav iespējams]].',
          'Atlaižu preces [[netiek apmainītas]].',
          'Kavējuma [[maksa paliek spēkā]].',
          'Abonementu [[atcelt nevar]] neatkarīgi no iemesla.',
        ],
        silent: [
          'Termiņu pagarināt nevaram, jo pieteikums jau nosūtīts bankai, bet varam sadalīt maksājumu divās daļās.',
          'Apmaksāto pasūtījumu atcelt nevaram, taču varam to nosūtīt uz citu adresi bez maksas.',
          'Es varu atrisināt šo jautājumu vēl šodien.',
          'Apmaksātu pasūtījumu mēs nevaram atcelt, toties pēc saņemšanas varat to bez maksas atgriezt 14 dienu laikā.',
          'Atzīmi mēs mainīt nevaram, bet pasniedzējs to var pārskatīt pēc Jūsu iesnieguma.',
          'Grafiku mainīt nevaram. Iemesls ir vienkāršs: zāle rītdienai jau izīrēta citai komandai.',
          'Atvērtas kosmētikas apmainīt nav iespējams higiēnas iemeslu dēļ.',
        ],
      },
    },
    {
      id: 'we-dont-do-that',
      patterns: [
        `(mēs|to|tādu|tādus|tādas|šādu|šādus|šādas|tā|tas) ~3 ${WE_DONT}`,
        `${WE_DONT} ~1 (to|tādu|tādus|tādas|šādu|šādus|šādas) $`,
        `${WE_DONT} $`,
        `(mēs|to|tādu|tādus|tādas|šādu|šādus|šādas|tā|tas) ~3 ${WE_DONT_MORE}`,
        `${WE_DONT_MORE} $`,
      ],
      unless: [
        '(jo|tāpēc|tādēļ|tā kā|dēļ|iemesl*|lai (aizsargātu|nodrošinātu|pasargātu|garantētu))',
        '(toties|tā vietā|vietā|alternatīv*|varu piedāvāt|varam piedāvāt|piedāvājam|piedāvāju|iesaku|iesakām|varam ~3 (nosūtīt|sagatavot|piedāvāt|palīdzēt|pārcelt|sadalīt))',
      ],
      unlessScope: 'draft',
      message:
        '“Mēs to nedarām” bez iemesla ir tukšs atteikums. Pasakiet, ka ļoti gribētu palīdzēt, paskaidrojiet iemeslu un piedāvājiet, ko varat izdarīt tā vietā.',
      source: 'practice: scenario 4 refusal – "we don\'t do that" (seed 002)',
      weight: 5,
      dimension: 'positivity',
      examples: {
        fires: [
          'Kavējuma naudu [[mēs neatceļam]].',
          'Apmaksātas biļetes [[neatgriežam]].',
          '[[Tādus pakalpojumus mēs nesniedzam]].',
          'Atlaides vecākiem pasūtījumiem [[nepiešķiram]].',
          'Nē, [[mēs nepārdodam tādus]].',
          'Klientu iegādātās mēbeles [[mēs nemontējam]].',
          'Brīvdienās [[nepiegādājam]].',
          'Pārvākšanos uz ārzemēm [[mēs neorganizējam]].',
        ],
        silent: [
          'Apmaksātas biļetes neatgriežam, jo vietas jau ir nodotas citiem – toties biļeti varat bez maksas pārrakstīt uz draugu.',
          'Kavējuma naudu mēs šoreiz atceļam, jo maksājums aizkavējās bankas dēļ.',
          'Mēs vienmēr sniedzam bezmaksas konsultāciju pirms pirkuma.',
          'Kāzas mēs neorganizējam, jo esam tikai telpu īrētāji.',
        ],
      },
    },
    {
      id: 'nothing-i-can-do',
      patterns: [
        // "Diemžēl" and the subject belong to the hit: "varu piedāvāt …" stands in for all of it.
        '?(diemžēl|mēs|es) ?(diemžēl|mēs|es) (vairāk|neko vairāk|nekā vairāk|vairs) ~2 (nevaru|nevaram|nevarēsim|nevar) ~2 (darīt|izdarīt|palīdzēt|līdzēt|piedāvāt)',
        '?(diemžēl) ?(mēs|es) (neko|nekā|nekādi|nav nekā) ~2 (nevaru|nevaram|nevar|nevarēsim) ~2 (darīt|izdarīt|palīdzēt|līdzēt|ietekmēt|padarīt)',
        '?(diemžēl) (nekas|neko) ~2 (neatliek|nav darāms|nav ko darīt)',
        '?(diemžēl) (te|tur|šeit) ~1 (neko|nekā) ~1 (nevar|nevaru|nevaram|nav) ~1 (darīt|izdarīt|līdzēt)',
      ],
      unless: REASON_OR_OFFER.slice(1),
      message:
        '“Neko vairāk izdarīt nevaru” noslēdz sarunu bez risinājuma. Klienti negaida perfekciju – piedāvājiet vismaz vienu nākamo soli: alternatīvu, kompensāciju vai to, ka noskaidrosiet vēl ko.',
      source: 'practice: principles – "no, unfortunately I can\'t do that"; scenario 4 refusal (seed 002)',
      replacement: 'varu piedāvāt [alternatīvu]',
      weight: 7,
      dimension: 'ownership',
      examples: {
        fires: [
          '[[Diemžēl vairāk jums nevaru palīdzēt]].',
          '[[Diemžēl te neko nevar darīt]].',
          '[[Neko vairāk mēs nevaram izdarīt]].',
          '[[Mēs neko nevaram līdzēt]].',
          'Pasūtījums jau ir nosūtīts, [[nekas vairs nav darāms]].',
        ],
        silent: [
          'Jums nekas vairāk nav jādara – mēs visu nokārtosim paši.',
          'Vairāk neko darīt nevaram, taču varam piedāvāt 20% atlaidi nākamajam pasūtījumam.',
          'Ja vēlaties, varu darīt vēl ko – piemēram, nosūtīt rēķina kopiju.',
        ],
        corrections: [
          { before: 'Diemžēl vairāk jums nevaru palīdzēt.', after: 'Varu piedāvāt [alternatīvu].' },
          { before: 'Mārtiņ, diemžēl te neko nevar darīt.', after: 'Mārtiņ, varu piedāvāt [alternatīvu].' },
          {
            before: 'Pasūtījums jau ir nosūtīts, tāpēc neko vairāk mēs nevaram izdarīt.',
            after: 'Pasūtījums jau ir nosūtīts, tāpēc varu piedāvāt [alternatīvu].',
          },
        ],
      },
    },
    {
      id: 'rules-are-rules',
      patterns: [
        '(tā|tāds|tāda|tādi|tādas) ir ~2 (rakstīts|rakstīta|noteikts|noteikta|paredzēts|paredzēta) ~2 (noteikum*|līgum*|politik*|kārtīb*|cenrād*|nolikum*|reglament*)',
        'noteikumi ir noteikumi',
        '^ (termiņš|termiņi|līgums|cena|cenas|prasības|prasība|ierobežojums|ierobežojumi|likums|kārtība|cenrādis|tarifs) ir (termiņš|termiņi|līgums|cena|cenas|prasības|prasība|ierobežojums|ierobežojumi|likums|kārtība|cenrādis|tarifs) $',
        '?(mēs) (tā|tādā veidā|šādi) ~1 nestrādājam',
        '(tādi|tādi nu|tādi jau) ir ?(mūsu|uzņēmuma) (noteikumi|nosacījumi|likumi)',
        '(tāda|tāda nu|tāda jau) ir ?(mūsu|uzņēmuma) (kārtība|politika|prakse|procedūra|sistēma)',
        '(tā|tā ir|tāda ir) (normāla|standarta|parasta|vispārpieņemta|ierasta) (prakse|kārtība|procedūra) ?(visās|citās) ?(bankās|aviokompānijās|viesnīcās|veikalos|firmās|uzņēmumos|nozarē)',
        '(izņēmum*) ~2 (netaisām|netaisa|nedarām|nedara|nepieļaujam|nepieļauj|neizdarām|nebūs|nav|netiek|nevaram) ?(paredzēti|paredzēts|iespējami|iespējams|pieļaujami|atļauti|atļauts)',
        '(nekādu|nekādi|nekādus) (izņēmumu|izņēmumus|izņēmumi)',
        '(visiem|visi) ~1 (vienādi|vienāds|vienādas) (noteikumi|nosacījumi) $',
        '(tāds|tāda|tādi|tādas) ?(nu|jau) ir ~2 (noteikum*|nosacījum*|politik*|prasīb*|likum*|procedūr*)',
        '^ (tādi|tāds|tāda|tādas) (nosacījumi|noteikumi|noteikums|kārtība|likums|likumi|prasības) $',
        '(tā|tas) ir (prasība|noteikums|likums) $',
        '(ārpus rindas|ārpus kārtas|bez rindas) <~3> (neņemam|neizskatām|nepieņemam|neapkalpojam|neapstrādājam|nepiegādājam|nekārtojam|nelaižam|nereģistrējam)',
        '(stingri|strikti) ~3 (secībā|pēc kārtas|rindas kārtībā)',
      ],
      unless: ['(jo|tāpēc ka|tādēļ ka|tā kā)', '(toties|tā vietā|varu piedāvāt|varam piedāvāt|iesaku|iesakām)'],
      message:
        '“Tādi ir noteikumi” un “izņēmumus netaisām” neko nepaskaidro. Pasakiet iemeslu (piemēram, izņēmums vienam nozīmētu to pašu visiem citiem) un piedāvājiet, ko varat izdarīt.',
      source: 'practice: scenario 4 refusal – "rules are rules", always give the reason (seed 002)',
      replacement: 'šoreiz tas diemžēl neizdosies, jo [iemesls], toties varam piedāvāt [alternatīvu]',
      weight: 7,
      dimension: 'positivity',
      examples: {
        fires: [
          '[[Tā ir rakstīts mūsu noteikumos]].',
          '[[Termiņš ir termiņš]].',
          '[[Līgums ir līgums]].',
          '[[Nekādus izņēmumus mēs netaisām]].',
          '[[Noteikumi ir noteikumi]].',
          '[[Tāda ir mūsu kārtība]].',
          '[[Tā ir normāla prakse aviokompānijās]].',
          '[[Nekādu izņēmumu nebūs]].',
          '[[Mēs tā nestrādājam]].',
          '[[Tādi nu ir noteikumi]].',
          'Atvainojiet, bet [[visiem ir vienādi noteikumi]].',
          '[[Tāda ir banku politika]].',
          '[[Tādi nosacījumi]], mēs neko nevaram mainīt.',
          '[[Tā ir prasība]], un tā jāievēro.',
          'Remontus [[ārpus rindas mēs neņemam]].',
          'Pieteikumus apstrādājam [[strikti pēc kārtas]].',
        ],
        silent: [
          'Izņēmumu šoreiz nevaram izdarīt, jo tad tas būtu jādara visiem 30 grupas dalībniekiem – toties varam piedāvāt vietu nākamajā kursā.',
          'Noteikumi paredz, ka atmaksu veicam 5 darba dienu laikā.',
          'Mūsu kārtība ir vienkārša: pieteikumu izskatām 2 dienās.',
          'Ārpus rindas pieņemam tikai avārijas izsaukumus, jo tur ir apdraudēta drošība.',
          'Pasūtījumi tiek sūtīti to saņemšanas secībā, un Jūsējais aizies rīt.',
        ],
        corrections: [
          {
            before: 'Termiņš ir termiņš.',
            after: 'Šoreiz tas diemžēl neizdosies, jo [iemesls], toties varam piedāvāt [alternatīvu].',
          },
          {
            before: 'Atvainojiet, bet tādi nu ir noteikumi.',
            after: 'Atvainojiet, bet šoreiz tas diemžēl neizdosies, jo [iemesls], toties varam piedāvāt [alternatīvu].',
          },
          {
            before: 'Izņēmumus mēs netaisām.',
            after: 'Šoreiz tas diemžēl neizdosies, jo [iemesls], toties varam piedāvāt [alternatīvu].',
          },
        ],
      },
    },
  ],
  cues: [
    {
      label: 'klients lūdz izņēmumu, atmaksu vai izmaiņas',
      in: 'customer',
      weight: 3,
      patterns: [
        '(vai|kā) ~3 (varu|varat|var|vari|variet|drīkstu|drīkst|iespējams|varētu) ~4 (atdot|atgriezt|apmainīt|nomainīt|mainīt|pārcelt|atcelt|pagarināt|atmaksāt|pārrakstīt|ierakstīt|uzstādīt|izņēmum*|atlaid*|piegādāt|izsniegt|piešķirt|atlikt|iesaldēt|sadalīt|pieņemt)',
        '(vai|kā) ~3 (varu|varat|var|vari|variet|drīkstu|drīkst|iespējams|varētu) ~4 (bez|ar) (čeka|līguma|pases|apliecinājuma|maksas|suni|dzīvnieku|atlaidi)',
        '(izņēmum*|atlaid*|atmaks*|naudu atpakaļ|atteikuma tiesīb*)',
        'vai ~2 (drīkstu|drīkst|drīkstam|ir atļauts|atļauts|var ņemt|varu ņemt)',
        '(samaksāt|maksāt|apmaksāt|nodot|atdot|iesniegt) ~2 (vēlāk|pa daļām|pēc termiņa|novēloti|nākammēnes*|nākamajā mēnesī|atlikt)',
        '(vai|kā) ~3 (varu|varat|var|vari|variet|varētu) ~2 (atļaut|piekrist|pieļaut|izdarīt izņēmumu)',
      ],
    },
    {
      label: 'klients lūdz kaut ko izdarīt',
      in: 'customer',
      weight: 2,
      patterns: ['vai ~2 (varat|varētu|variet|vari|var) ~2 (man|mums|manu|mūsu)'],
    },
    {
      label: 'aģents atsaka',
      in: 'draft',
      weight: 5,
      patterns: [
        '(nevaram|nevaru|nevarēsim|neizdosies) ~3 (izdarīt|piedāvāt|atļaut|mainīt|atgriezt|pieņemt|nodrošināt|veikt|izpildīt|atcelt|pagarināt|atmaksāt)',
        '(izdarīt|atļaut|mainīt|atgriezt|pieņemt|nodrošināt|veikt|izpildīt|atcelt|pagarināt|atmaksāt) ~2 (nevaram|nevaru|nevarēsim|neizdosies)',
        '^ (diemžēl nē|nē diemžēl) $',
        '^ nē ~4 (nevaram|nevaru|nevar|nebūs|neizdosies|nedarām|netaisām|neatļaujam|neatgriežam|nepieņemam|nemainām|neatmaksājam)',
        '^ nē ~4 (neatvērsim|nedarīsim|nemainīsim|neatgriezīsim|neatmaksāsim|nepiešķirsim|nevarēsim|neizdarīsim|nepieņemsim|neizsniegsim|nepagarināsim|neatcelsim)',
        '(diemžēl|tāpēc|tādēļ|šoreiz|taču) ~4 (nevaram|nevarēsim|nav iespējams)',
        '(tas|tā|to) ~2 nav iespējams',
        '(nevaram|nevarēsim) $',
        '(nav|netiek) (atļauts|atļauta|atļauti|atļautas|pieļaujams|pieļaujama)',
        '(noteikum*|politik*|likum*|prasīb*|regul*) <~4> (neatļauj*|neļauj*|nepieļauj*|neparedz*|aizliedz*|pārkāpt*|pārkāptu|pārkāpj)',
        '(nesedz|nesedzam|nekompensē|nekompensējam|neatlīdzina|neatlīdzinām|neattiecas uz)',
        '(nedrīkstam|nedrīkstu|nedrīkst) ~4 (izsniegt|pārdot|atdot|mainīt|atgriezt|pieņemt|atļaut|pagarināt|atcelt|izdarīt|izpaust|nodot)',
        '(cenrād*|līgum*|tarif*|nolikum*|kārtīb*|instrukcij*|polis*) <~3> (neparedz*|neatļauj*|neļauj*|nepieļauj*)',
      ],
    },
    {
      label: 'aģents atsaka (noliegts darbības vārds)',
      in: 'draft',
      weight: 4,
      patterns: [WE_DONT, '(diemžēl|šoreiz|pagaidām) ~3 (nevaram|nevaru|nevarēsim|neizdosies|nav iespējams)'],
    },
    {
      label: 'termiņš beidzies vai izņēmumi',
      in: 'draft',
      weight: 4,
      patterns: [
        '(termiņ*) ~4 (beidzies|beidzās|pagājis|pagāja|notecējis|nokavēt*)',
        '(izņēmum*|noteikumi ir noteikumi|tādi ir noteikumi|tāda ir kārtība)',
        '(tikai|tieši tā) ~3 (kā tie veikti|kā paredz|saskaņā ar)',
      ],
    },
    {
      label: 'aģents saka tikai “nē” vai “tas nav mans lēmums”',
      in: 'draft',
      weight: 3,
      patterns: ['^ ?(diemžēl) nē ?(diemžēl) $'],
    },
    {
      label: 'aģents saka, ka lēmums nav viņa',
      in: 'draft',
      weight: 4,
      patterns: [
        'nav ~1 (mans|mana|mūsu) ~1 (lēmum*|varā|rokās|ziņā)',
        'nav (man|mums) (jāizlemj|jālemj|jāizšķir)',
        '(es|mēs) ~2 (to|šo|tādus|par to|tādus jautājumus|šādus jautājumus) ~1 (nelemju|nelemjam|neizlemju|neizlemjam)',
      ],
    },
    {
      label: 'aģents piedāvā ko citu',
      in: 'draft',
      weight: 2,
      patterns: ['(toties|tā vietā|varam piedāvāt|varu piedāvāt|alternatīv*)'],
    },
  ],
  templates: [
    {
      id: 'default',
      parts: [
        '{greeting}',
        {
          text: 'Labprāt palīdzētu, taču šoreiz tas neizdosies, jo [iemesls].',
          plain: 'Labprāt palīdzētu, taču šoreiz tas diemžēl nav iespējams.',
          skipIf: [
            '(lai cik|kaut arī|lai gan) ~3 (gribētos|gribētu|vēlētos)',
            '(labprāt|ļoti) ~2 (palīdzētu|pretimnāktu|izdarītu|izpildītu)',
            '(neizdosies|nebūs iespējams)',
          ],
        },
        '{body}',
        {
          text: 'Toties varu piedāvāt [citu risinājumu] – vai tas Jums derētu?',
          plain: 'Vai vēlaties, lai es palūkotu, ko citu varu piedāvāt?',
          skipIf: [
            '(toties|tā vietā|alternatīv*|iesaku|iesakām|varu piedāvāt|varam piedāvāt|piedāvājam|piedāvāju)',
            '(varam|varu|varēsim|sagatavosim|piedāvāsim) ~4 (ja vēlaties|Jums|jums)',
          ],
        },
        '{closing}',
      ],
    },
  ],
} satisfies RulePack;
