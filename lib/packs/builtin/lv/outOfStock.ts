import type { RulePack } from '../../types';

// What turns "not available" into a good answer: when it is back, a reservation or waiting list, an
// alternative, a promise to tell the customer. Any of these anywhere in the draft cancels the bare phrase.
// Reservation, waiting list, alternative or a promise to tell the customer: these answer "what now?".
const RESERVE_OR_ALTERNATIVE = [
  '(rezervēt|rezervēšu|rezervēsim|rezervēju|rezervējām|rezervējusi|rezervējis|rezervāciju|rezervācija|pierakstīt|pierakstīšu|pierakstīsim|pierakstīju|pierakstījusi|pierakstījis)',
  '(gaidīšanas sarakst*|gaidītāju sarakst*|priekšpasūt*)',
  '(alternatīv*|līdzvērtīg*|līdzīg*|analog*|aizstāj*|tā vietā|citā filiālē|citā veikalā|citu modeli|citā datumā)',
  '(paziņosim|paziņošu|informēsim|informēšu|ziņosim|ziņošu|atzvanīsim|atzvanīšu) ~4 (tiklīdz|kad|ja)',
  '(ir pieejam*|ir noliktavā|ir brīv*|varam piedāvāt|varu piedāvāt|iesaku|iesakām|varu ieteikt|varam ieteikt)',
  '(varam|varu|varēsim|varēšu) ~3 (atvest|pasūtīt|nosūtīt|piegādāt|pārvest|atlikt|pārcelt)',
  'tiklīdz ~4 (parādīsies|atbrīvosies|ienāks|pienāks|būs pieejam*)',
];

// What turns "not available" into a good answer: when it is back, or what the customer can do now. Any of
// these anywhere in the draft cancels the bare phrase.
const WHEN_OR_ALTERNATIVE = [
  ...RESERVE_OR_ALTERNATIVE,
  '(atkal|atpakaļ|no jauna) (būs|pienāks|ienāks|nonāks|ieradīsies)',
  '(būs|kļūs) ~2 (pieejam*|noliktavā|pārdošanā|brīv*) ~3 (līdz|no|ap|janvār*|februār*|mart*|aprīl*|maij*|jūnij*|jūlij*|august*|septembr*|oktobr*|novembr*|decembr*|nedēļ*|mēneš*|dien*|rīt|parīt)',
  '(nākam*|jaun*|kārtēj*) (piegāde|partija|krava|sūtījums) ~3 (pienāks|ienāks|gaidāma|paredzēta|plānota|būs)',
  '(saņemsim|saņems|ienāks|pienāks|atvedīs|piegādās) ~3 (piegād*|krav*|partij*|preces|jaun*)',
  '(pienāks|ienāks|ieradīsies|atvedīs|piegādās) ~4 (līdz|janvār*|februār*|mart*|aprīl*|maij*|jūnij*|jūlij*|august*|septembr*|oktobr*|novembr*|decembr*|nedēļ*|mēneš*|dien*|rīt|parīt)',
  '(pienāks|ienāks|ieradīsies|atvedīs|piegādās|atvest|piegādāt) ~4 (pirmdien|otrdien|trešdien|ceturtdien|piektdien|sestdien|svētdien|no rīta|pēcpusdienā|vakarā)',
];

/** Latvian out_of_stock pack: "not in stock / fully booked" with no date, reservation or alternative. */
export const outOfStock = {
  id: 'lv.out_of_stock',
  language: 'lv',
  scenario: 'out_of_stock',
  version: 1,
  name: 'Prece nav pieejama (latviešu)',
  description: 'Ja preces vai vietu nav: pasakiet, kad būs, piedāvājiet rezervēt vai alternatīvu.',
  rules: [
    {
      id: 'out-of-stock',
      patterns: [
        '(noliktavā|pārdošanā|krājumā) ~2 (nav|nav neviena|vairs nav|nav pieejam*)',
        '(nav|vairs nav|nebūs|nav neviena) ~2 (noliktavā|pieejams|pieejama|pieejami|pieejamas|uz vietas|pārdošanā|krājumā)',
        '(izpārdots|izpārdota|izpārdoti|izpārdotas|izpirkts|izpirkta|izpirkti|izpirktas)',
        '(veikalā|aptiekā|filiālē|salonā|noliktavā) ~1 (nav|vairs nav) $',
        '(šīs|šo|šī|tādas|tādu|šāda|šādas) (preces|preci|produkta|modeļa|izmēra|krāsas|zīmola) ~2 (nav|vairs nav) $',
        '(visas|visi) ~2 ir (izīrēti|izīrētas|izpārdoti|izpārdotas|pārdoti|pārdotas)',
        '(krājum*|prece*|produkt*|model*|izmēr*|krās*|ton*|partij*|tirāž*|eksemplār*|porcij*|biļet*|vakcīn*|medikament*|sastāvdaļ*|rezerves daļ*|detaļ*|komplekt*|sier*|gaļ*|kafij*|kūk*|ēdien*) ~3 (beidzies|beigušies|beigusies|beigušās|beidzās|izbeidzies|izbeigusies|izbeigušies|izbeigušās|izbeidzās|izsīkuši|izsīkusi|izsīcis|izsīkušas|izsīka)',
        '(visas|visi) ~1 (vietas|numuri|galdiņi|laiki|auto|automašīnas|biļetes|abonementi) ~2 (aizņemt*|rezervēt*|pārdot*|izpārdot*|izīrēt*)',
        '(visi|visas) ?(ir) (aizņemti|aizņemtas|rezervēti|rezervētas|izīrēti|izīrētas)',
        '(brīvu|brīvas|brīvo) ?(vietu|vietas|numuru|laiku|galdiņu|auto) ~1 (nav|vairs nav|nebūs)',
        '(vairs|šobrīd|pašlaik) ~2 (netiek ražot*|neražo|netirgojam|nepārdodam|netiek piegādāt*|netiek pārdot*|netiek tirgot*|nepārdod)',
        '(nodarbīb*|treniņ*|lekcij*|seminār*|koncert*|ekskursij*|kurs*|reis*|izrād*|sesij*|grup*|numur*) ~2 (pilns|pilna|pilni|pilnas|pārpildīt*|nokomplektēt*|aizpildīt*)',
        '(nav|vairs nav) (sortimentā|tirdzniecībā)',
        '(nav|vairs nav|nebūs) ~1 (brīvu|brīvas|neviena brīva|pieejamu|pieejamo) ~1 (vietu|vietas|numuru|numura|numuri|laiku|laika|laiki|galdiņu|galdiņa|auto|pieraksta)',
        '(vietu|vietas|biļešu|numuru|galdiņu|laiku|brīvu vietu) ~1 (nav|vairs nav|nav vairs|nav palicis|nav palikušas|nav palikušu) $',
        // Groups, courses, trips, sessions and shows are in the pattern above; these are the other things that fill up.
        '(pieraksts|pieraksti|saraksts|grafiks|kalendārs|viesnīca|zāle|nometne|maiņa|seanss|brauciens) ~2 (pilns|pilna|pilni|pārpildīts|pārpildīta|nokomplektēts|nokomplektēta|aizpildīts|aizpildīta)',
        '(pilnībā|jau) (aizņemts|aizņemta|aizņemti|aizņemtas|rezervēts|rezervēta|pārpildīts|pārpildīta)',
        '(jau|šobrīd|pašlaik|diemžēl) ir ~1 (izīrēts|izīrēta|izīrēti|izīrētas|izpārdots|izpārdota|izpārdoti|izpārdotas|rezervēts|rezervēta|rezervēti|rezervētas|pārpildīts|pārpildīta)',
      ],
      unless: WHEN_OR_ALTERNATIVE,
      unlessScope: 'draft',
      message:
        'Tikai “nav noliktavā / nav pieejams” klientu atstāj bez risinājuma. Pasakiet, kad prece vai vieta atkal būs pieejama, piedāvājiet to rezervēt vai ieteikt līdzvērtīgu alternatīvu.',
      source: 'practice: scenario 2 out_of_stock (seed 002)',
      weight: 6,
      dimension: 'positivity',
      examples: {
        fires: [
          'Šie rāmji mums [[vairs netiek pārdoti]].',
          'Rītdienas [[nodarbība ir pilna]].',
          'Šāda ūdens filtra mums pašlaik [[noliktavā nav]].',
          'Diemžēl šis dīvāns [[vairs nav pieejams]].',
          'Koncerta biļetes ir [[izpārdotas]].',
          'Grāmatas [[tirāža ir beigusies]].',
          '[[Vakcīnas šonedēļ ir beigušās]].',
          'Uz 12. augustu [[visi numuri ir aizņemti]].',
          '[[Brīvu vietu kursā vairs nav]].',
          'Restorāns tajā vakarā jau [[pilnībā rezervēts]].',
          'Diemžēl [[šāda izmēra mums nav]].',
          'Uz Jāņiem [[visas laivas ir izīrētas]].',
          'Šajā nedēļas nogalē mūsu mājiņas [[visas ir rezervētas]].',
          'Šī smaržu līnija mūsu veikalā [[vairs nav sortimentā]].',
          'Pie higiēnistes šonedēļ [[nav brīvu laiku]].',
          'Pie ģimenes ārsta [[pieraksts ir pilns]] līdz mēneša beigām.',
          'Šis dzīvoklis Jūsu datumos [[jau ir izīrēts]].',
        ],
        silent: [
          'Rāmji Rīgas veikalā ir izpārdoti, taču varam tos atvest no Liepājas līdz rītdienai.',
          'Šāda ūdens filtra pašlaik noliktavā nav, bet nākamā piegāde pienāks 18. aprīlī – varu vienu rezervēt Jums.',
          'Uz 12. augustu visi numuri ir aizņemti, taču 13. augustā ir pieejams divvietīgs numurs ar skatu uz jūru.',
          'Dīvāns ir pieejams mūsu Ulmaņa gatves veikalā, un to varam piegādāt rīt.',
          'Nav problēmu – krēsls ir noliktavā un tiks nosūtīts šodien.',
          'Šis modelis ir izpārdots, bet varu Jūs pierakstīt gaidīšanas sarakstā.',
          'Šāda izmēra mums nav, taču līdzīgu modeli 42. izmērā varam nosūtīt jau rīt.',
          'Ziemas riepas šobrīd nav noliktavā – paziņošu Jums, tiklīdz tās ienāks.',
          'Šis šampūns ir izpārdots, bet nākamnedēļ atkal būs plauktos.',
          'Bērnu sēdeklis pašlaik nav pieejams, bet būs pieejams no 3. marta.',
          'Kafijas automāti ir izpārdoti, taču piektdien saņemsim jaunu kravu.',
          'Riepu pašlaik nav noliktavā, bet piegādātājs tās atvedīs otrdien no rīta.',
          'Izrāde ir izpārdota, bet tiklīdz kāda vieta atbrīvosies, Jums uzreiz rakstīšu.',
        ],
      },
    },
    {
      id: 'ran-out',
      patterns: [
        '(šodien|šorīt|vakar|pašlaik|šobrīd|diemžēl|jau|uz doto brīdi|šonedēļ|tikko|nupat) ~2 (beidzies|beigušies|beigusies|beigušās|beidzās|izbeidzies|izbeigusies|izbeigušies|izbeigušās|izbeidzās|izsīkuši|izsīkusi|izsīcis|izsīkušas|izsīka)',
      ],
      // Any noun can run out ("mocarella šodien ir beigusies"), but a warranty, term or offer that has ended
      // is a refusal, not a stock answer.
      unless: [
        ...WHEN_OR_ALTERNATIVE,
        '(garantij*|termiņ*|akcij*|līgum*|abonement*|derīgum*|period*|pieteikšan*|reģistrācij*|piedāvājum*|polis*|sesij*|atlaid*|darba laiks|darbalaiks|pacietīb*)',
      ],
      unlessScope: 'draft',
      message:
        '“Šodien ir beidzies” bez nekā vairāk klientu atstāj bez risinājuma. Pasakiet, kad tas atkal būs pieejams, un piedāvājiet rezervēt vai līdzvērtīgu alternatīvu.',
      source: 'practice: scenario 2 out_of_stock (seed 002)',
      weight: 6,
      dimension: 'positivity',
      examples: {
        fires: [
          'Mocarella [[šodien ir beigusies]].',
          'Diemžēl kanēļmaizītes [[jau ir beigušās]].',
          'Pīrādziņi [[šorīt beidzās]].',
        ],
        silent: [
          'Jūsu garantija diemžēl ir beigusies, taču remontu varam veikt par 20 % lētāk.',
          'Akcija šodien ir beigusies.',
          'Mocarella šodien ir beigusies, taču rīt no rīta saņemsim jaunu piegādi, un varu Jums rezervēt picu.',
          'Rudzu maize šodien ir beigusies, bet varu to atlikt Jums rīt no rīta.',
          'Ķiršu pīrāgs jau ir beidzies, bet iesaku ābolu pīrāgu – tas ir tikko izcepts.',
          'Bezglutēna makaroni šonedēļ ir beigušies; varu Jūs ierakstīt gaidīšanas sarakstā.',
          'Burrata šodien ir beigusies, tā vietā varam piedāvāt mocarellu.',
          'Vakcīnas pašlaik ir beigušās, bet paziņosim Jums, tiklīdz tās atkal ienāks.',
          'Pīrādziņi šodien ir beigušies, bet būs pieejami rīt no rīta.',
          'Kaķu barība šobrīd ir beigusies, nākamā piegāde gaidāma ceturtdien.',
          'Printera kasetnes šodien izbeidzās, bet jaunas atvedīs parīt.',
          'Pelmeņi šodien ir beigušies, bet piegādātājs jaunus atvedīs ceturtdien no rīta.',
          'Pankūkas jau ir beigušās – tiklīdz virtuvē būs pieejama jauna porcija, viesmīlis Jums pateiks.',
        ],
      },
    },
    {
      id: 'unknown-restock',
      patterns: [
        // The hit takes the subject and its adverbs too ("Diemžēl mēs nezinām, kad būs"), so the replacement
        // ("…, kad būs") reads on with whatever follows ("… jaunā partija").
        'kad ~3 (būs|pienāks|ienāks|parādīsies|atjaunos*) ~3 (nezinām|nezinu|nav zināms|nevaram pateikt|nevaru pateikt|nav skaidrs)',
        '?(diemžēl|pagaidām|šobrīd|pašlaik) ?(mēs|es|mums|man) ?(vēl|diemžēl|pagaidām|precīzi) (nezinām|nezinu|nav zināms|nav skaidrs) ~2 (kad|vai) ~3 (būs|pienāks|ienāks|parādīsies|atjaunos*)',
      ],
      unless: RESERVE_OR_ALTERNATIVE,
      unlessScope: 'draft',
      message:
        '“Kad būs – nezinām” klientam neko nedod. Noskaidrojiet aptuveno piegādes laiku vai piedāvājiet paziņot, tiklīdz prece ienāks, un ieteikt alternatīvu.',
      source: 'practice: scenario 2 out_of_stock – say when it will be available (seed 002)',
      replacement: 'noskaidrošu un paziņošu Jums, kad būs',
      weight: 5,
      dimension: 'positivity',
      examples: {
        fires: [
          '[[Kad būs nākamā piegāde, mēs nezinām]].',
          '[[Nav zināms, kad šī krāsa atkal parādīsies]].',
          '[[Kad rezerves daļas pienāks, nevaru pateikt]].',
        ],
        silent: [
          'Precīzu datumu vēl nezinām, bet nākamā partija pienāks ap 10. maiju, un paziņosim Jums, tiklīdz tā ienāks.',
          'Kad būs nākamā piegāde, paziņosim Jums e-pastā.',
          'Prece atkal būs pieejama aprīļa sākumā.',
          'Nezinām, kad pienāks nākamā krava, bet varam piedāvāt līdzvērtīgu modeli no cita ražotāja.',
          'Nezinām, kad ienāks jaunā partija, tāpēc varu Jūs pierakstīt gaidīšanas sarakstā.',
          'Kad pienāks jaunie rāmji, nezinām, bet varam atvest vienu no Valmieras veikala.',
          'Nezinām, kad būs jaunā partija, bet tiklīdz tā parādīsies sistēmā, saņemsiet e-pastu.',
        ],
        corrections: [
          {
            before: 'Kad būs nākamā piegāde, mēs nezinām.',
            after: 'Noskaidrošu un paziņošu Jums, kad būs.',
          },
          {
            before: 'Diemžēl mēs nezinām, kad būs jaunā partija.',
            after: 'Noskaidrošu un paziņošu Jums, kad būs jaunā partija.',
          },
          {
            before: 'Anna, pašlaik nezinām, kad ienāks jaunie modeļi.',
            after: 'Anna, noskaidrošu un paziņošu Jums, kad būs jaunie modeļi.',
          },
        ],
      },
    },
  ],
  cues: [
    {
      label: 'klients jautā, kad prece būs pieejama',
      in: 'customer',
      weight: 4,
      patterns: [
        'kad ~4 (būs|ienāks|pienāks|parādīsies|atkal) ~3 (pieejam*|pārdošanā|noliktavā|veikalā|atkal)',
        'kad ~3 (atkal|no jauna) ~2 (būs|varēs)',
        '(vai|kad) ~4 (ir|būs) ~2 (noliktavā|pieejam*|uz vietas|pārdošanā|brīv*)',
        '(rezervēt|rezervēšana|rezervāciju|pasūtīt|nopirkt|iegādāties) ~4 (vai|kad)',
        '(vai|kad) ~4 (ir|būs) ~3 (brīv*|pieejam*)',
      ],
    },
    {
      label: 'klients jautā, vai vēl ir',
      in: 'customer',
      weight: 2,
      patterns: [
        'vai ~2 (vēl|atkal) ~2 (ir|būs|var|varu|var dabūt|nopērkam*)',
        'vai (jums|jūsu veikalā|jūsu aptiekā) ir',
      ],
    },
    {
      label: 'klients redz, ka prece nav pieejama',
      in: 'customer',
      weight: 5,
      patterns: [
        '(nav|vairs nav) ~2 (pieejam*|noliktavā|pārdošanā|uz vietas)',
        '(izpārdots|izpārdota|izpārdoti|izpārdotas|izpirkts|izpirkta|izpirkti|izpirktas)',
        '(vietu|vietas|numuru|biļešu|brīvu) ~1 (nav|vairs nav)',
        '(nav|vairs nav) ~1 (vietu|vietas|brīvu)',
      ],
    },
    {
      label: 'aģents saka, ka preces nav',
      in: 'draft',
      weight: 6,
      patterns: [
        '(vairs|šobrīd|pašlaik) ~2 (netiek pārdot*|netiek ražot*|netiek tirgot*|nepārdodam|neražo)',
        '(nodarbīb*|treniņ*|lekcij*|seminār*|koncert*|ekskursij*|kurs*|izrād*|sesij*) ~2 (pilns|pilna|pilni|pilnas|pārpildīt*)',
        '(noliktavā|pārdošanā|krājumā) ~2 (nav|vairs nav)',
        '(veikalā|aptiekā|filiālē|salonā) ~1 (nav|vairs nav) $',
        '(visas|visi) ~2 ir (izīrēti|izīrētas|izpārdoti|izpārdotas|pārdoti|pārdotas)',
        '(nav|vairs nav|nebūs) ~2 (noliktavā|pieejams|pieejama|pieejami|pieejamas|pārdošanā|krājumā)',
        '(izpārdots|izpārdota|izpārdoti|izpārdotas|izpirkts|izpirkta|izpirkti|izpirktas)',
        '(visas|visi) ~1 (vietas|numuri|galdiņi|laiki|auto|automašīnas|biļetes|abonementi|termiņi|izmēri|modeļi|kursi|grupas|istabas|mājiņas|apartamenti|dzīvokļi|seansi|reisi) ~3 (aizņemt*|rezervēt*|izīrēt*|izpārdot*|pārdot*)',
        '(brīvu|brīvas) ~2 (nav|vairs nav)',
        '(ir|jau) ~1 (izīrēts|izīrēta|izīrēti|izīrētas|pārpildīts|pārpildīta)',
        '(pieraksts|pieraksti|saraksts|grafiks|grupa|grupas|kurss|reiss|viesnīca|zāle|nometne|seanss|izrāde) ~2 (pilns|pilna|pilni|pārpildīts|pārpildīta|nokomplektēts|nokomplektēta)',
        '^ (visi|visas) ?(jau) ir (aizņemti|aizņemtas|rezervēti|rezervētas|izīrēti|izīrētas|izpārdoti|izpārdotas)',
      ],
    },
    {
      label: 'aģents saka, ka kaut kas beidzies',
      in: 'draft',
      weight: 4,
      patterns: [
        '(šodien|šorīt|vakar|pašlaik|šobrīd|uz doto brīdi|šonedēļ|tikko|nupat) ~2 (beidzies|beigušies|beigusies|beigušās|beidzās|izbeidzies|izbeigusies|izbeigušies|izbeigušās|izbeidzās|izsīkuši|izsīkusi|izsīcis|izsīkušas|izsīka)',
      ],
    },
    {
      label: 'aģents saka, ka kaut kas diemžēl beidzies',
      in: 'draft',
      weight: 3,
      patterns: [
        '(diemžēl|jau) ~2 (beidzies|beigušies|beigusies|beigušās|beidzās|izbeidzies|izbeigusies|izbeigušies|izbeigušās|izbeidzās|izsīkuši|izsīkusi|izsīcis|izsīkušas|izsīka)',
      ],
    },
    {
      label: 'aģents sola piegādi, rezervāciju vai alternatīvu',
      in: 'draft',
      weight: 4,
      patterns: [
        '(nākam*|jaun*|kārtēj*) (piegād*|partij*|krav*|sūtījum*)',
        '(krājum*|prece*|produkt*|model*|izmēr*|krās*|ton*|partij*|tirāž*|eksemplār*|porcij*|biļet*|vakcīn*|medikament*|sastāvdaļ*|rezerves daļ*|detaļ*|komplekt*|sier*|gaļ*|kafij*|kūk*|ēdien*) ~3 (beidzies|beigušies|beigusies|beigušās|beidzās|izbeidzies|izbeigusies|izbeigušies|izbeigušās|izbeidzās|izsīkuši|izsīkusi|izsīcis|izsīkušas|izsīka)',
        '(saņemsim|ienāks|pienāks|atvedīs) ~3 (piegād*|krav*|partij*|jaun* preci|preces)',
        '(rezervēt|rezervēšu|rezervēsim|rezervēju|rezervējām|gaidīšanas sarakst*|gaidītāju sarakst*)',
        '(atkal|no jauna) būs (pieejams|pieejama|pieejami|pieejamas|noliktavā)',
        '(tiklīdz|kad) ~3 (atbrīvosies|ienāks|pienāks|atjaunos*)',
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
          text: 'Tiklīdz to saņemsim, došu Jums ziņu.',
          skipIf: [
            '(paziņosim|paziņošu|informēsim|informēšu|došu ziņu|dosim ziņu|paziņojum*)',
            '(tiklīdz|kad) ~4 (pienāks|ienāks|saņemsim|atvedīs|piegādās)',
            'ir (pieejams|pieejama|pieejami|pieejamas) ~2 (uzreiz|tūlīt|šodien|jau|arī)',
          ],
        },
        {
          text: 'Ja vēlaties, varu to rezervēt vai ieteikt līdzīgu variantu.',
          skipIf: [
            '(alternatīv*|līdzvērtīg*|līdzīg*|tā vietā|iesaku|iesakām|varam piedāvāt|varu piedāvāt)',
            '(rezervē*|gaidīšanas sarakst*|iepriekšpasūt*|priekšpasūt*)',
            'ir (pieejams|pieejama|pieejami|pieejamas) ~2 (uzreiz|tūlīt|šodien|jau|arī)',
          ],
        },
        '{closing}',
      ],
    },
  ],
} satisfies RulePack;
