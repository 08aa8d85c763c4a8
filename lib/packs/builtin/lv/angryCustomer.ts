import type { RulePack } from '../../types';

/**
 * Latvian angry_customer pack: "calm down", "shouting won't help", "it's your choice if you want to leave",
 * blaming the customer, and a reply to an angry customer with no empathy or ownership.
 */
export const angryCustomer = {
  id: 'lv.angry_customer',
  language: 'lv',
  scenario: 'angry_customer',
  version: 1,
  name: 'Dusmīgs klients (latviešu)',
  description:
    'Dusmīgam klientam: atvainojieties un uzņemieties atbildību, izrādiet līdzjūtību, tad konkrēti palīdziet.',
  rules: [
    {
      id: 'calm-down',
      patterns: [
        '?(lūdzu) (nomierinieties|nomierinies|nomierinaties) ?(lūdzu)',
        '?(lūdzu) (saglabājiet|saglabā|paturiet) (mieru|vēsu prātu) ?(lūdzu)',
        '(esiet|esi|palieciet) ~1 (mierīgs|mierīga|mierīgi|mierīgāks|mierīgāka|mierīgāki|pieklājīgs|pieklājīga|pieklājīgāks|pieklājīgāka)',
        '(nevajag|nav vajadzības|nav jēgas) tā (uztraukties|satraukties|pārdzīvot|dusmoties|nervozēt)',
        '(nevajag|nav vajadzības|nav jēgas|beidziet|pārtrauciet) ~2 (kliegt|dusmoties|nervozēt|histēriju|lamāties|bļaut|kliegšanu|histerizēt)',
        'nav (jākliedz|jābļauj|jālamājas|jādusmojas|jāuztraucas tā)',
        '?(lūdzu) (nerakstiet|neraksti|nelietojiet|nelieto) ~2 (lielajiem burtiem|lielos burtus|izsaukuma zīmes|izsaukuma zīmēm|tādā tonī|šādā tonī)',
        '?(lūdzu) (nekliedziet|nekliedz|nebļaujiet|nebļauj|nelamājieties|nelamājies|nedusmojieties|nedusmojies|nenervozējiet) ?(lūdzu)',
      ],
      message:
        '“Nomierinieties” dusmīgu klientu tikai sadusmo vēl vairāk. Atzīstiet viņa jūtas: “Es pilnībā saprotu, cik nepatīkami tas Jums ir – es justos tāpat.”',
      source: 'practice: scenario 7 angry_customer – avoid "calm down" (seed 002)',
      replacement: 'es pilnībā saprotu, cik nepatīkami tas Jums ir',
      weight: 10,
      dimension: 'warmth',
      examples: {
        fires: [
          'Lūdzu, nomierinieties, un tad parunāsim.',
          'Nomierinies, lūdzu, mēs visu izskatīsim.',
          'Saglabājiet mieru, mēs pie tā strādājam.',
          'Nevajag tā uztraukties, tas ir tikai rēķins.',
          'Nekliedziet uz mani.',
        ],
        silent: [
          'Es pilnībā saprotu, cik nepatīkami tas Jums ir – es justos tāpat.',
          'Vēlos Jūs nomierināt: nauda nav pazudusi, tā tiks atgriezta rīt.',
          'Mierīgā vidē Jūsu suns jutīsies labāk.',
        ],
      },
    },
    {
      id: 'shouting-wont-help',
      patterns: [
        '(kliegšana|kliegšanās|kliegt|kliedzot|bļaušana|bļaut|lamāšanās|lamāties|dusmošanās|dusmoties|dusmas|draudi|draudēt|draudot|burtiem) ~3 (nepalīdzēs|nelīdzēs|nepalīdz|nelīdz|nepanāks*|nav jēgas)',
        '(kliegšana|kliegšanās|kliegt|kliedzot|bļaušana|bļaut|lamāšanās|lamāties|dusmošanās|dusmoties|dusmas|draudi|draudēt|draudot|burtiem) ~3 (neko|nekā) (nedos|nemainīs|neatrisinās|nepanāks*|nelīdzēs|nepalīdzēs)',
        'ar (kliegšanu|kliegšanos|dusmām|draudiem|lamāšanos|bļaušanu|rupjībām) ~3 (neko|nekā|nepanāks*|nepalīdzēs|nelīdzēs|neatrisinās)',
        '(jūsu|tavs|tavs|tāds) (tonis|tons|tonī|attieksme|uzvedība) ~3 (nav pieņemam*|nepalīdzēs|nelīdzēs|nav vietā)',
        '?(lūdzu) (izsakieties|rakstiet|runājiet|uzvedieties|izturieties) ~1 (pieklājīgāk|pieklājīgi|korektāk|korekti|mierīgāk|normāli)',
        '(ja|kamēr) ~3 (turpināsiet|turpināt|kliegsiet|kliedzat|lamāsieties|lamājaties|draudēsiet) ~4 (pārtraukšu|pārtrauksim|beigšu|nolikšu|neatbildēšu|neatbildēsim|bloķēšu)',
        '(ja|kamēr) ~3 (kliegsiet|kliedzat|lamāsieties|lamājaties|draudēsiet|rakstīsiet šādā tonī|turpināsiet šādā tonī) ~4 (nevar*|pārtrauk*|neatbild*|beig*)',
      ],
      message:
        'Pārmetumi par klienta toni (“ar kliegšanu neko nepanāksiet”) sarunu padara vēl sliktāku. Dusmas ir par problēmu, ne par Jums: atvainojieties, izrādiet sapratni un ķerieties pie risinājuma.',
      source: 'practice: scenario 7 angry_customer – avoid "shouting won\'t help" (seed 002)',
      replacement: 'es saprotu Jūsu sarūgtinājumu un darīšu visu, lai to atrisinātu',
      weight: 9,
      dimension: 'warmth',
      examples: {
        fires: [
          'Ar kliegšanu Jūs neko nepanāksiet.',
          'Dusmošanās te nepalīdzēs.',
          'Lūdzu, izsakieties pieklājīgāk.',
          'Jūsu tonis nav pieņemams.',
          'Rakstīšana ar lielajiem burtiem neko nemainīs.',
        ],
        silent: [
          'Jūsu dusmas ir pilnīgi saprotamas, un es darīšu visu, lai to atrisinātu.',
          'Es saprotu Jūsu sarūgtinājumu – rēķinu izlabošu vēl šodien.',
          'Draudu gadījumā apsardze ieradīsies 10 minūšu laikā.',
        ],
      },
    },
    {
      id: 'your-choice-to-leave',
      patterns: [
        '(tā|tas) ir ~1 (jūsu|tava|tavs|jūsu pašu|paša) ~1 (izvēle|lēmums|darīšana|problēma|tiesības)',
        '(neviens|mēs) ~1 (jūs|tevi) ~1 (neturam|neturēsim|netur|neturu|nespiežam|nespiež|neattur|neaizturam|nepiespiežam)',
        '(ejiet|ej|pārejiet|pārej|dodieties|aizejiet) ~2 (pie|uz) ~1 (konkurent*|cit*)',
        '(ejiet|ej|dodieties|meklējiet|meklē|pērciet|pērc) ~1 citur',
        '(neapmierināt*|nepatīk) ~4 (varat|vari|variet) ~2 (lauzt|pārtraukt|izbeigt|uzteikt|atteikties|iet|aiziet|pāriet)',
        '(varat|variet|vari) ~2 (iet|pāriet|doties|aiziet|izvēlēties|meklēt) ~3 (konkurent*|citu operatoru|citu uzņēmumu|citu veikalu|citu pakalpojumu sniedzēju|citur)',
        '(ja|ja jau) ~2 (negribat|nevēlaties|negribi|nepatīk) ~3 (neviens|tā ir|jūsu izvēle)',
      ],
      unless: ['(kuru|kuro|kuras|kurš|kura|kuri|abiem|abi|abas|variant*|tarif*|iesak*|palīdzēš*|palīdzēsim)'],
      message:
        '“Ja gribat lauzt līgumu, tā ir Jūsu izvēle” pasaka klientam, ka viņš mums nav svarīgs. Pasakiet, ka negribat viņu zaudēt, un piedāvājiet vispirms problēmu atrisināt.',
      source: 'practice: scenario 7 angry_customer – avoid "it\'s your choice if you want to leave" (seed 002)',
      replacement: 'ļoti negribētu Jūs zaudēt – ļaujiet man vispirms šo situāciju atrisināt',
      weight: 9,
      dimension: 'warmth',
      examples: {
        fires: [
          'Ja vēlaties pārtraukt abonementu, tā ir Jūsu izvēle.',
          'Neviens Jūs netur, varat pāriet pie cita operatora.',
          'Ejiet pie konkurentiem, ja Jums tā labāk patīk.',
          'Tā ir Jūsu darīšana, vai lauzt līgumu.',
        ],
        silent: [
          'Ļoti negribētu Jūs zaudēt – ļaujiet man vispirms atrisināt šo situāciju.',
          'Ja tomēr vēlaties pārtraukt līgumu, to varu noformēt bez soda naudas.',
          'Tā ir mūsu atbildība, un es to atrisināšu.',
        ],
      },
    },
    {
      id: 'blame-customer',
      patterns: [
        '(jums|tev) (vajadzēja|bija jāpārbauda|bija jāizlasa|bija jāzina|bija jāpaziņo|bija jāievēro|bija jāsaglabā|bija jāpiesakās|bija jāreģistrējas)',
        '(to|tas|tos|tās|visu|pašam|pašai|pašiem|vienkārši|tikai) ~1 vajadzēja ~2 (pārbaudīt|izlasīt|palasīt|iepazīties|padomāt|zināt|pamanīt|pārliecināties|saglabāt|paziņot|pieteikt|noskaidrot|ievērot|izdarīt|pajautāt|apdomāt|nospiest|aizpildīt)',
        '^ vajadzēja ~2 (pārbaudīt|izlasīt|palasīt|iepazīties|padomāt|zināt|pamanīt|pārliecināties|saglabāt|paziņot|pieteikt|noskaidrot|ievērot|izdarīt|pajautāt|apdomāt|nospiest|aizpildīt)',
        'vajadzēja (to|tos|tās|tikai|vienkārši|laikus|savlaicīgi|iepriekš|uzmanīgāk) ~1 (pārbaudīt|izlasīt|palasīt|iepazīties|padomāt|zināt|pamanīt|pārliecināties|saglabāt|paziņot|pieteikt|noskaidrot|ievērot|izdarīt|pajautāt|apdomāt|nospiest|aizpildīt)',
        '(jūs|tu) ~1 (pats|pati|paši) ~3 (vainīg*|nejauši|kļūdīj*|kļūdījāties|nepareizi|aizmirs*|neuzmanīg*|izdzēs*|apturēj*|nospied*|sabojāj*|izvēlējāties|izvēlējies|piekritāt|piekriti|parakstījāt|parakstīji|apstiprinājāt|apstiprināji)',
        '(jūs|tu) ~2 (nepamanījāt|neizlasījāt|nepārbaudījāt|neievērojāt|aizmirsāt|nesapratāt|neaizpildījāt|nenorādījāt|nepaziņojāt|nepamanīji|neizlasīji|nepārbaudīji|aizmirsi|nesaprati|neievēroji)',
        '(jūs|tu) (droši vien|visticamāk|acīmredzot|laikam|noteikti|vienkārši) ~3 (nepareizi|nejauši|kļūdīj*|aizmirs*|neizlasīj*|nepārbaudīj*|neievēroj*|vec*|nepiemērot*|neoriģināl*|nospiedāt|izdzēsāt|apturējāt|ievadījāt|sajaucāt|sabojājāt|neesat|nebijāt|nepareiz*)',
        '(visticamāk|droši vien|acīmredzot|laikam|noteikti|skaidrs ka) ~2 (jūs|tu) ~3 (nepareizi|nejauši|kļūdīj*|aizmirs*|neizlasīj*|nepārbaudīj*|neievēroj*|nospiedāt|izdzēsāt|apturējāt|ievadījāt|sajaucāt|sabojājāt|pats|pati|paši)',
        'problēma ~3 ir (jūsu|tavā|tavs|tavu) ~1 (maršrutētāj*|ierīc*|datorā|datorī|telefonā|tālrun*|pusē|iestatījum*|tīklā|pārlūk*|rūter*|aprīkojum*|instalācij*|auto|mašīnā)',
        '(tā|tas|tā ir|ir) ~1 (jūsu|tava|tavs) ~1 (vaina|kļūda|problēma|nolaidība|neuzmanība|atbildība|darīšana)',
        '(jūs|tu) ~2 (neesat|neesi|nebijāt|nebiji) ~2 (izlasīj*|pārbaudīj*|ievērojuš*|paziņojuš*|pieteikuš*|norādīj*|samaksāj*|aizpildīj*|uzmanīg*|pareizi)',
        '(jūs|tu) ~2 (nepareizi|neuzmanīgi|nevērīgi) ~2 (ievadījāt|aizpildījāt|norādījāt|pieslēdzāt|uzstādījāt|lietojāt|izvēlējāties|ievadīji|izvēlējies|sapratāt|saprati|izlasījāt|izlasīji)',
        '(kas|kāpēc) ~2 (liedza|traucēja|neļāva) ~3 (pārbaudīt|izlasīt|paziņot|pajautāt|izdarīt|pamanīt|ievērot)',
        '(jūs|tu) ~1 (taču|jau|tomēr) ~2 (parakstījāt|piekritāt|apstiprinājāt|izvēlējāties|parakstīji|piekriti|apstiprināji|izvēlējies)',
        '(klienti|cilvēki|pircēji|lietotāji|pasažieri) ~2 (nelasa|neizlasa|neievēro|nesaprot|nepārbauda|neklausās|aizmirst|nemāk)',
        '(citiem|pārējiem|nevienam citam) (klientiem|lietotājiem|pircējiem|pasažieriem) ~3 (nav|nerodas|viss darbojas|problēmu nav|sūdzību nav)',
        '(neviens|neviens cits) (klients|lietotājs|pircējs|pasažieris) ~2 (nav sūdzējies|nesūdzas|nav sūdzējusies)',
      ],
      unless: [
        '(mums|man) ~2 vajadzēja',
        'vajadzēja ~2 (saņemt|pienākt|ierasties|būt|nonākt|atnākt|nosūtīt)',
        '^ ja ~3 (jūs|tu)',
      ],
      message:
        'Klienta vainošana (“Jums vajadzēja…”, “Jūs droši vien…”, “klienti nelasa noteikumus”) ir tas, kas klientus sadusmo visvairāk, un vaina “lidinās gaisā”, bloķējot risinājumu. Uzņemieties atbildību un pasakiet, ko darīsiet.',
      source: 'practice: scenario 7 angry_customer – blaming the customer; step 1 take full responsibility (seed 002)',
      weight: 9,
      dimension: 'ownership',
      examples: {
        fires: [
          'To vajadzēja pārbaudīt pirms pasūtīšanas.',
          'Jums vajadzēja savlaicīgi paziņot par adreses maiņu.',
          'Droši vien Jūs nepareizi ievadījāt kartes datus.',
          'Problēma, visticamāk, ir Jūsu datorā.',
          'Tā ir Jūsu kļūda, nevis mūsu.',
          'Klienti parasti nelasa līguma noteikumus.',
        ],
        silent: [
          'Mums vajadzēja Jūs laikus informēt par izmaiņām – atvainojos.',
          'Apstiprinājumu Jums vajadzēja saņemt e-pastā, bet tas netika nosūtīts, un es to pārsūtu tagad.',
          'Ja Jūs nejauši izdzēsāt failu, mēs to varam atjaunot no rezerves kopijas.',
          'Problēma bija mūsu serverī, un tā jau ir novērsta.',
        ],
      },
    },
    {
      id: 'missing-empathy',
      kind: 'missing',
      scenarios: ['angry_customer'],
      patterns: [
        '(saprotu|saprotam|izprotu|izprotam|saprotams|saprotama|saprotamas|saprotami)',
        '(jums|jums ir|jums pilnīga) ~1 taisnīb*',
        '(pilnīga|pilnībā) taisnība',
        '(apbrīnoj*|novērtēj*|pateicos|paldies) ~3 (pacietīb*|sapratn*|izturīb*)',
        '(uzņemos|uzņemamies) ~3 atbildīb*',
        '(atvainoj*|atvainot*|atvainošan*|piedodiet)',
        '(ļoti|patiesi|mums|man|tiešām) ~1 žēl',
        '(justos|būtu|dusmotos|bēdātos) ~2 (tāpat|līdzīgi|tikpat)',
        '(tas|tā) ir ~1 (nepieņemam*|neattaisnojam*|nepatīkam*)',
        '(cik|kā) ~3 (nepatīkam*|kaitinoš*|neērt*|sarūgtinoš*|apgrūtinoš*|nogurdinoš*|grūti|sāpīg*|satraucoš*|neomulīg*)',
        'pēdējais ~2 kas ~2 (vajadzīgs|vajag|vajadzīga)',
        '(sašutum*|neapmierinātīb*|dusmas|vilšan*|aizkaitinājum*|sarūgtinājum*) ~3 (pamatot*|saprotam*|attaisnot*|dabisk*|likumsakarīg*)',
        '(pamatot*|saprotam*|attaisnot*) ~3 (sašutum*|neapmierinātīb*|dusmas|dusmām|vilšan*|aizkaitinājum*|sarūgtinājum*)',
        '(tā|tas) ir ~1 (mūsu|mana) ~1 (kļūda|vaina|atbildība|neizdarība|kļūme)',
        '(mēs|es) ~2 (pieļāvām|pieļāvu|kļūdījāmies|kļūdījos|nenostrādājām|pievīlām|pievīlu)',
        '(pelnāt|pelnījāt|pelnījis|pelnījusi|pelnījuši) ~3 (labāk*|vairāk|labāku)',
        '(mums|man) ir (kauns|neērti)',
        '(nedrīkstēja|nevajadzēja) (notikt|gadīties|atkārtoties)',
        'ir (nepieņemami|nepieņemama|nepieņemams|neattaisnojami|neattaisnojama)',
      ],
      message:
        'Dusmīgam klientam vispirms vajag sajust, ka viņu saprot un ka Jūs uzņematies atbildību. Sāciet ar atvainošanos un līdzjūtību: “Es pilnībā saprotu, cik nepatīkami tas Jums ir – es justos tāpat”, tikai tad palīdziet.',
      source: 'practice: scenario 7 angry_customer – apologise, own it, sympathise (seed 002)',
      weight: 7,
      dimension: 'warmth',
      examples: {
        fires: [
          'Jūsu maksājums tiks atgriezts 3 darba dienu laikā.',
          'Tehniķis atbrauks rīt no 9 līdz 12.',
          'Rēķins ir izlabots, jaunais summa ir 24 eiro.',
        ],
        silent: [
          'Es pilnībā saprotu, cik nepatīkami tas Jums ir; tehniķis atbrauks rīt.',
          'Jums ir pilnīga taisnība – 40 minūtes ir nepieņemami ilgi.',
          'Patiesi atvainojos, un paldies par Jūsu pacietību.',
          'Uzņemos pilnu atbildību par šo kļūdu.',
          'Jūsu sašutums ir pilnīgi pamatots – tehniķis ieradīsies šodien.',
          'Tā ir mūsu kļūda, un rēķinu jau esam izlabojuši.',
        ],
      },
    },
  ],
  cues: [
    {
      label: 'klients apvaino vai lieto skarbus vārdus',
      in: 'customer',
      weight: 7,
      patterns: [
        '(bezjēdzīg*|nekompetent*|neprofesionāl*|idiot*|muļķ*|stulb*|debil*|kretīn*|krāpniek*|krāpšan*|zagļ*|apsmiekl*|nekaunīg*|nekaunīb*|bezkaunīg*|skandāl*|cūcīb*|haltūr*|bardak*|ņirgāš*|ņirgāj*|izsmiekl*|ākstīb*|murg*)',
        '(kas tā par|kas par|kāda) (attieksm*|servis*|apkalpošan*|kārtīb*|ņirgāšan*)',
        '(vai|vai tur|vai jums) ~2 vispār (kāds|kaut kas|kādam|strādā*|domā*|lasā*|dzird*|saprot*|ir smadzenes)',
        '(kā|kāpēc) ~2 (jūs|jūsu) ~2 vispār',
        '(kā|kā jūs) ~2 (var|varat|variet) ~1 tā (strādāt|izturēties|attiekties|apieties|apkalpot)',
        '(jūs|jūsu firma|jūsu uzņēmums|jūsu serviss) ~2 (nekam nederat|neko nedarāt|neko nespējat|nemākat|esat bezjēdzīgi|esat nekompetenti)',
      ],
    },
    {
      label: 'klients draud aiziet vai sūdzēties',
      in: 'customer',
      weight: 6,
      patterns: [
        '(lauzīšu|laužu|pārtraukšu|pārtraucu|izbeigšu|izbeidzu|atteikšos|atsakos|uzteikšu|uzsaku) ~3 (līgum*|abonement*|pakalpojum*|sadarbīb*)',
        '(aiziešu|pāriešu|eju|pāreju|iešu) ~2 (pie|uz) ~1 (konkurent*|cit*)',
        '(sūdzēšos|iesniegšu sūdzību|griezīšos|vērsīšos|rakstīšu|ziņošu) ~3 (PTAC|tiesā|tiesu|policij*|medij*|presē|uzraudz*|ombud*|inspekcij*|visiem|sociālaj*)',
        '(PTAC|advokāt*|juristam|tiesā|tiesu)',
      ],
    },
    {
      label: 'klients ir sašutis',
      in: 'customer',
      weight: 4,
      patterns: [
        '(neticam*|nedzirdēt*|nepieņemam*|absurd*|traki|ārprāt*|šausm*|briesmīg*|riebīg*|pretīg*|nožēlojam*|drausmīg*|kaunā|kauns|sašut*|nikns|nikna|dusmīg*|sanikn*|izmisum*)',
        '(par ko|kāpēc) ~3 (maksāju|maksājam|maksāt|jāmaksā)',
        '(apnicis|apnika|apnikusi|apnikuši|pietiek|gana|atkal un atkal|kuro reizi|trešo reizi|ceturto reizi|piekto reizi|desmito reizi)',
        'kā (muļķis|muļķe|idiots|idiote|suns|lops)',
        '(trīs|četras|piecas|vairākas|desmit) reizes ~3 (ne*|atkal|velti)',
      ],
    },
    {
      label: 'aģents sauc klientu pie miera vai vaino',
      in: 'draft',
      weight: 5,
      patterns: [
        '(nomierinieties|nomierinies|nekliedziet|saglabājiet mieru)',
        '(tā|tas) ir ~1 (jūsu|tava) ~1 izvēle',
        '(pacietīb*|taisnība dusmoties|pilnīga taisnība)',
      ],
    },
  ],
  templates: [
    {
      id: 'default',
      parts: [
        '{greeting}',
        {
          text: 'Patiesi atvainojos – es uzņemos pilnu atbildību par šo situāciju un apbrīnoju Jūsu pacietību.',
          skipIf: ['(atvainoj*|atvainošan*|piedodiet)', '(uzņemos|uzņemamies) ~3 atbildīb*'],
        },
        {
          text: 'Es pilnībā saprotu, cik nepatīkami tas Jums ir – es justos tieši tāpat.',
          skipIf: [
            '(saprotu|saprotam|izprotu|saprotams|saprotama)',
            '(pilnīga|pilnībā) taisnība',
            '(justos|būtu) ~2 tāpat',
          ],
        },
        '{body}',
        {
          text: 'Lūk, ko es darīšu tūlīt: [konkrēts risinājums un termiņš].',
          skipIf: [
            '(esmu|es) ~2 (pieprasījusi|pieprasījis|nosūtījusi|nosūtījis|pārskaitījusi|pārskaitījis|izlabojusi|izlabojis|atcēlusi|atcēlis|atjaunojusi|atjaunojis)',
            '(pārskaitīsim|atmaksāsim|atgriezīsim|kompensēsim|neiekasēsim|izlabosim|atjaunosim|nomainīsim|salabosim|atrisināšu|atrisināsim)',
          ],
        },
        '{closing}',
      ],
    },
  ],
} satisfies RulePack;
