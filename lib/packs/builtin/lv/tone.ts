import type { RulePack } from '../../types';

// Nouns for the other parties agents push the blame onto (manufacturer, courier, post, airport, bank …),
// as stems so that every case form matches (ražotājs, ražotāja, ražotājam …).
const OTHER_PARTY =
  '(ražotāj*|kurjer*|pasta|pasts|lidost*|bank*|piegādātāj*|pārvadātāj*|partner*|aviokompānij*|apdrošinātāj*|operator*|apakšuzņēmēj*|izstrādātāj*|tirgotāj*|pārdevēj*|piegādes|loģistik*)';

/**
 * Latvian tone pack: the "answers that answer nothing" from the practice's principles (not my job, our
 * company doesn't deal with that, our policy doesn't allow it, it's not our fault) plus the rewrite phrases.
 */
export const tone = {
  id: 'lv.tone',
  language: 'lv',
  scenario: 'tone',
  version: 1,
  name: 'Tonis (latviešu)',
  description:
    'Frāzes, kas klientam neko neatbild (“tas nav mans darbs”, “mūsu noteikumi neatļauj”, “vainīgs ir kurjers”), un pieklājīgas uzrunas un noslēguma frāzes.',
  rules: [
    {
      id: 'not-my-job',
      patterns: [
        'nav ~1 (mans|mana|manā|manos|manas|mūsu|mūsējais|mūsējā|tavs|tava) ?(nodaļas|darba) (darbs|darbā|pienākum*|uzdevum*|kompetenc*|nodaļ*|jautājums|atbildīb*|ziņā|pārziņā|lauciņš|lauciņā|joma|jomā|specialitāte|rūpe|rūpes|galvassāpes|problēma|bizness|darīšana)',
        'nav (man|mums) (jākārto|jārisina|jāatbild)',
        '(tas|tā|šis|šī) nav ~1 (jautājums|lauciņš|joma|darīšana|pārziņā) ~4 (nodarbojas|kārto|risina|atbild|pārzina)',
        '(mans|mūsu) (darbs|pienākums|uzdevums|kompetence|lauciņš) ~1 ?(tas|tā|šis|tie) nav',
        '(neietilpst|neietilpstu|neiekļaujas) ~2 (manos|mūsu|manā|manās) ~1 (pienākum*|kompetenc*|darb*|uzdevum*|nodaļ*)',
        '(neesmu|neesam) ~2 (atbildīg*|kompetent*|pilnvarot*) ~3 (par|šajā|šādos|tādos|šādiem|tādiem)',
        '(ar|par) (to|šo|tādām|šādām) ~2 (es|mēs) ~1 (neatbildu|neatbildam|nenodarbojos|netieku galā)',
        // "Tas mūs neuztrauc" is as often a reassurance ("no trouble for us") as a brush-off: only "neinteresē".
        '(tas|tā|tie|tādas lietas) ~1 (mūs|mani) ~1 (neinteresē|neinteresēja)',
      ],
      message:
        'Atbilde “tas nav mans darbs / nav manā kompetencē” klientam neko neatrisina un liek justies kā apgrūtinājumam. Uzņemieties atbildību: pasakiet, ko Jūs darīsiet vai kurš kolēģis palīdzēs un kāpēc.',
      source: 'practice: principles – answers that answer nothing (seed 002)',
      weight: 9,
      dimension: 'ownership',
      examples: {
        fires: [
          'Rēķinu korekcijas [[nav mans darbs]], rakstiet grāmatvedībai.',
          'Atvainojiet, bet garantijas remonts [[nav manā kompetencē]].',
          'Tas [[nav mūsu nodaļas jautājums]].',
          'Paroles atjaunošana [[neietilpst manos pienākumos]].',
          '[[Mans darbs tas nav]] – es tikai pieņemu pasūtījumus.',
          '[[Tas nav reģistratūras jautājums, ar to nodarbojas]] grāmatvedība.',
          'Piegādes sūdzības [[nav mums jārisina]], tās izskata kurjerdienests.',
          'Es [[neesmu kompetents šādos]] jautājumos, rakstiet tehniskajam atbalstam.',
          '[[Ar tādām lietām es nenodarbojos]], man ir tikai pasūtījumi.',
          'Kā kurjers to piegādās, [[tas mūs neinteresē]].',
        ],
        silent: [
          'Rēķinu korekcijas veic mūsu grāmatvedība, tāpēc nododu Jūsu jautājumu kolēģei Ilzei, kas to izdarīs šodien.',
          'Mans darbs ir parūpēties, lai Jūsu jautājums tiktu atrisināts.',
          'Tas ir tieši mans darbs – ar prieku palīdzēšu.',
          'Nav problēmu, ar to es labprāt palīdzēšu.',
          'Ja maksājums aizkavēsies par dienu vai divām, tas mūs nesatrauc – soda naudu nepiemērosim.',
        ],
      },
    },
    {
      id: 'company-doesnt-deal',
      patterns: [
        'ar ~5 (nenodarbojamies|nenodarbojas|nenodarbojos|nenodarbojāmies|nestrādājam|neņemamies|neņemos|nekrāmējamies)',
        '?(mēs|es|mūsu uzņēmums|mūsu firma) (nenodarbojamies|nenodarbojas|nenodarbojos) ar (to|šo|šīm|šiem|tām|tiem|(tādām|šādām|tādiem|šādiem) ?(lietām|jautājumiem|pakalpojumiem|darbiem|precēm|remontiem))',
        '(mūsu|mēs|mūsu uzņēmums|mūsu firma) ~3 (to|tādus|tādas|šādus|šādas|tādu|šādu) ~1 (nedaram|nedarām|nepiedāvājam|nesniedzam|neveicam|nenodrošinām|nekārtojam)',
        '(mūsu uzņēmums|mūsu firma|mūsu kompānija|mūsu veikals) ~3 (to|tādus|tādas|šādus|šādas|tādu|šādu) ~1 (nedara|nepiedāvā|nesniedz|neveic|nenodrošina|nekārto)',
        '(tas|tā|tādas|tādi|šādi) ~1 (nav|nebūt nav) ~2 (mūsu|mūsu uzņēmuma) ~1 (pakalpojum*|profil*|bizness|joma|specifik*)',
      ],
      unless: [
        'jo',
        'bez (jūsu|tavas|tava|klienta)',
        '(toties|taču|bet|tomēr) ~4 (varam|varu|piedāvā*|iesak*|palīdzēs*|nodrošina)',
      ],
      message:
        '“Mēs ar to nenodarbojamies” klientam neko nepalīdz. Pasakiet, kas var palīdzēt, un piedāvājiet to sarunāt vai sniegt kontaktu – klients ir vērsies pie Jums ar problēmu, un atbilde izšķir viņa lojalitāti.',
      source: 'practice: principles – "our company doesn\'t deal with that" (seed 002)',
      replacement:
        'šajā jautājumā Jums vislabāk palīdzēs [nodaļa vai uzņēmums], un es labprāt pastāstīšu, kā ar viņiem sazināties',
      weight: 7,
      dimension: 'ownership',
      examples: {
        fires: [
          '[[Ar auto nomu mēs nenodarbojamies]].',
          '[[Mēs nenodarbojamies ar tādām lietām]].',
          '[[Mūsu uzņēmums tādus pakalpojumus nepiedāvā]].',
          '[[Ar atkritumu izvešanu šajā birojā nenodarbojas]].',
          '[[Mēs tādus remontus neveicam]].',
          '[[Tas nav mūsu profils]], mēs tirgojam tikai sadzīves tehniku.',
        ],
        silent: [
          'Auto nomu mēs paši nepiedāvājam, taču mūsu partneris “Ceļš” to nodrošina ar 10% atlaidi mūsu klientiem.',
          'Mūsu uzņēmums nodrošina pilnu servisu, tostarp uzstādīšanu.',
          'Ar šo jautājumu nodarbojas mūsu juridiskā nodaļa, un es jau esmu nodevusi viņiem Jūsu pieteikumu.',
          'Ar auto nomu mēs nenodarbojamies, jo tai vajadzīga atsevišķa licence – pastāstīšu, kur to izdevīgi sarunāt.',
          'Bez Jūsu rakstiskas piekrišanas mēs tādas izmaiņas neveicam.',
        ],
        corrections: [
          {
            before: 'Ar auto nomu mēs nenodarbojamies.',
            after:
              'Šajā jautājumā Jums vislabāk palīdzēs [nodaļa vai uzņēmums], un es labprāt pastāstīšu, kā ar viņiem sazināties.',
          },
          {
            before: 'Diemžēl mēs nenodarbojamies ar tādām lietām.',
            after:
              'Diemžēl šajā jautājumā Jums vislabāk palīdzēs [nodaļa vai uzņēmums], un es labprāt pastāstīšu, kā ar viņiem sazināties.',
          },
          {
            before: 'Labdien, Ilze! Mūsu uzņēmums tādus pakalpojumus nepiedāvā.',
            after:
              'Labdien, Ilze! Šajā jautājumā Jums vislabāk palīdzēs [nodaļa vai uzņēmums], un es labprāt pastāstīšu, kā ar viņiem sazināties.',
          },
        ],
      },
    },
    {
      id: 'policy-doesnt-allow',
      patterns: [
        '(noteikum*|politik*|kārtīb*|reglament*|instrukcij*|procedūr*|nolikum*|cenrād*|tarif*|līgum*) <~3> (neatļauj*|neļauj*|nepieļauj*|neparedz*|aizliedz*)',
        '(noteikum*|politik*|kārtīb*|reglament*|instrukcij*) ~3 (nav|nebūtu) (atļauts|atļauta|atļauti|paredzēts|paredzēta|pieļaujams)',
        '(mums|man) (nav atļauts|neatļauj|neļauj|nedrīkst)',
        '(mēs|es) ~1 (nedrīkstam|nedrīkstu)',
      ],
      unless: ['jo', 'tāpēc ka', 'lai (aizsargātu|nodrošinātu|pasargātu|garantētu)', 'toties', 'tā vietā'],
      message:
        '“Mūsu noteikumi neatļauj” ir atbilde, kas neko neatbild. Vienmēr paskaidrojiet iemeslu (piemēram, izņēmums vienam nozīmētu to pašu visiem) un piedāvājiet, ko varat izdarīt.',
      source: 'practice: principles – "our policy doesn\'t allow it"; scenario 4 refusal (seed 002)',
      weight: 7,
      dimension: 'positivity',
      examples: {
        fires: [
          '[[Cenrādis neparedz]] mēneša maksas atcelšanu.',
          'Mūsu [[noteikumi to neatļauj]].',
          'Biļetes pārrakstīšanu uz citu vārdu mūsu [[politika nepieļauj]].',
          'Saskaņā ar iekšējo [[kārtību tas nav atļauts]].',
          '[[Mums nav atļauts]] izsniegt dublikātu.',
          '[[Mēs nedrīkstam]] mainīt līguma datumu.',
        ],
        silent: [
          'Kartes datus pa telefonu pieņemt nevaram, jo tas apdraudētu Jūsu drošību – toties varat tos droši ievadīt mūsu lietotnē.',
          'Noteikumi paredz 14 dienu atteikuma termiņu, un Jūs tajā vēl iekļaujaties.',
          'Mūsu noteikumi ļauj pagarināt nomu līdz 30 dienām.',
          'Noteikumi neļauj izsniegt dublikātu citai personai, tāpēc ka tas apdraudētu Jūsu datu drošību.',
          'Drošības noteikumi nepieļauj kartes datu pieņemšanu pa telefonu, lai aizsargātu Jūsu naudu.',
          'Līgums neparedz mēneša maksas atcelšanu, tā vietā varam uz trim mēnešiem pārslēgt Jūs uz lētāko plānu.',
        ],
      },
    },
    {
      id: 'not-our-fault',
      patterns: [
        'nav ~1 (mana|mūsu|manas|mūsējā|uzņēmuma|veikala) ~1 (vaina|vainas)',
        '(mana|mūsu|manas) (vaina|vainas) ~2 (nav|nebija|nekādas nav)',
        '(neesmu|neesam|nebijām|nebiju) ~2 (vainīg*|pie vainas)',
        '(esam|esmu|mēs|es) ~2 (nevainīgi|nevainīgs|nevainīga)',
        '(mēs|es) ~2 (neko|nekā) (neesam|neesmu) (parādā|parādīgi|parādīgs)',
        '(par to|par šo|par tādām lietām) ~2 (neesam|neesmu) (atbildīgi|atbildīgs|atbildīga)',
        `${OTHER_PARTY} vainas dēļ`,
        '(no mums|no manis) ~2 (nav atkarīg*|neatkarājas|neatkarās)',
        'par ~4 (neatbildam|neatbild|neatbildu|nenesam atbildību|nenesu atbildību)',
        '(neatbildam|neatbildu) par ~2 (to|šo|kavēj*|bojājum*|ražotāj*|kurjer*|trešo)',
        'nav atkarīg* no (mums|manis)',
        `(tā|tas|te|tur) ir ~1 ${OTHER_PARTY} ~1 (vaina|vainas|kļūda|defekts|problēma|atbildība|ziņā|darīšana)`,
        `vainīg* ~2 ${OTHER_PARTY}`,
        `par ~3 (atbild|atbildīgs|atbildīga|atbildīgi|jāatbild) ~2 ${OTHER_PARTY}`,
        `${OTHER_PARTY} ~2 (atbild|ir atbildīgs|ir atbildīga|ir atbildīgi) par`,
        '(tā|tas|tie) ir ~3 (problēma|problēmas|vaina|kļūda|atbildība|defekts|darīšana) ~1 (nevis|ne) (mūsu|mēs|mana|mans|mūsējā)',
        '(ne|nevis) (mēs|mūsu|es|mana|mans|mūsējā) $',
        `${OTHER_PARTY} ~1 (ir|bija) ~1 (vainīgs|vainīga|vainīgi|pie vainas)`,
        `(vaino|vainojiet|vainojams|vainojama) ~2 ${OTHER_PARTY}`,
      ],
      message:
        '“Vainīgs ir ražotājs” un vainas novelšana uz ražotāju, kurjeru vai citu uzņēmumu bloķē risinājumu. Uzņemieties atbildību neatkarīgi no tā, kura vaina, un pasakiet, ko darīsiet.',
      source: 'practice: principles "it\'s not my fault"; scenario 7 step 1 – take full responsibility (seed 002)',
      weight: 8,
      dimension: 'ownership',
      examples: {
        fires: [
          '[[Par skapīšiem mēs neatbildam]].',
          'Bojājums [[nav veikala vaina]], dīvānu sabojāja pārvadātājs.',
          '[[Manas vainas nav]], ka elektrība tika atslēgta vētras laikā.',
          '[[Tas ir ražotāja defekts, ne mūsu]].',
          '[[Vainīga ir lidosta]], [[nevis mēs]].',
          'Mēs tur [[neesam vainīgi]].',
          'Piegādes laiks [[no mums nav atkarīgs]].',
          '[[Par pakas pazušanu atbild kurjeru]] dienests, [[ne mēs]].',
          '[[Tā ir elektrotīkla problēma, nevis mūsu]].',
          'Šajā gadījumā [[mēs esam nevainīgi]].',
          '[[Mēs Jums neko neesam parādā]], prece tika piegādāta laikā.',
          '[[Par to mēs neesam atbildīgi]].',
          'Piegāde aizkavējās [[kurjera vainas dēļ]].',
          'Diemžēl mēs [[neatbildam par kurjera kavējumiem]].',
          'Muitas pārbaudes ilgums [[nav atkarīgs no mums]].',
          '[[Pārvadātājs ir atbildīgs par]] bojājumiem transportēšanas laikā.',
          'Šoreiz [[ražotājs bija vainīgs]] – viņi atsūtīja nepareizu partiju.',
          'Par kavēšanos [[vainojama aviokompānija]], [[ne mēs]].',
        ],
        silent: [
          'Atvainojos par kavēšanos – paciņu aizkavēja kurjers, un es jau esmu pieprasījusi to piegādāt rīt no rīta.',
          'Tā ir mūsu kļūda, un mēs to izlabosim šodien.',
          'Ražotāja garantijas remontu noformēsim mēs paši, Jums nekur nav jābrauc.',
          'Par Jūsu pasūtījumu atbild mūsu kolēģe Inga, un viņa Jums piezvanīs rīt.',
        ],
      },
    },
  ],
  phrases: {
    greetingNamed: 'Labdien, {customerName}!',
    greetingPlain: 'Labdien!',
    closing: '{customerName}, vai ir vēl kas, ar ko varu Jums palīdzēt? Vienmēr esmu šeit Jums un labprāt palīdzēšu.',
    closingPlain: 'Vai ir vēl kas, ar ko varu Jums palīdzēt? Vienmēr esmu šeit Jums un labprāt palīdzēšu.',
    factsIntro: 'Attiecībā uz {facts}:',
  },
} satisfies RulePack;
