import type { RulePack } from '../../types';
import { ET_DEPARTMENT_COMPOUNDS, ET_FIND_OUT, ET_SPECIALIST_COMPOUNDS } from './shared';

/**
 * Why and to whom the customer is passed on, or that the case was handed over: any of these in the draft makes a
 * transfer a warm one (practice §3: "kes on kõige pädevam inimene", "tee ise lühitutvustus").
 */
const WARM_HANDOVER: string[] = [
  'pädev*',
  '(kes|kellel) ~4 (tegeleb|tegelevad|aitab|aitavad|vastutab|vastutavad|tunneb|tunnevad|oskab|oskavad|saab|saavad|lahendab|lahendavad|on|võtab|helistab|vastab)',
  '(sest|kuna) ~4 (tema|ta|nemad|nad|kolleeg*|osakond|osakonna*|meeskond|meeskonna*|spetsialist*|nende)',
  '(edastan|edastasin|edastame|edastasime|andsin|annan|anname|saatsin|saadan) ~4 (juhtumi*|andmed|andmetega|kokkuvõt*|ülevaate|lühitutvustus*|taustainfo*|kirjelduse|koos)',
  '(ei pea|pole vaja|ei ole vaja|ei tule) ~4 (uuesti|kordama|kordada|selgitama|selgitada|rääkima|rääkida)',
];

/** Estonian pack for practice §3: passing the customer to a colleague or another department. */
export const transfer = {
  id: 'et.transfer',
  language: 'et',
  scenario: 'transfer',
  version: 1,
  name: 'Kliendi suunamine',
  description: 'Suuna sooja käega: kelle juurde, miks just tema, ja anna juhtum ise üle, et klient ei peaks kordama.',
  rules: [
    {
      id: 'cold-transfer',
      patterns: [
        '(suunan|suuname|suunasin|suunasime|ühendan|ühendame|ühendasin) ~3 (edasi|teid|sind|su|kõne|teie kõne|ümber)',
        '(edastasime|edastasin|edastame|edastan|suunasime|suunasin|suuname|suunan|saatsime|saatsin) ~3 (vastava*|asjaomase*|vastutava*|teise*) ~1 (osakon*|üksus*|isiku*|inimese*|spetsialisti*|töötaja*|kolleeg*)',
        '^ keegi (võtab|helistab|vastab|kirjutab|tuleb|vaatab|tegeleb|kontrollib)',
        '(kirjeldage|kirjelda|selgitage|selgita|rääkige|räägi|korrake|korda) ~2 (seal|neile|talle|kolleegile|spetsialistile|nendele) ~3 uuesti',
        '(peate|pead|tuleb|tuleks) ~3 uuesti ~2 (kirjeldama|kirjeldada|selgitama|selgitada|rääkima|rääkida)',
        '(saadan|saadame|saatsin) (teid|sind) ~3 (edasi|osakon*|kolleeg*)',
        'keegi teine ~3 (vastab|aitab|võtab|tegeleb|helistab|jätkab)',
        '(vastab|aitab|võtab ühendust|tegeleb|helistab|jätkab) ~3 keegi teine',
        '(tegeleb|tegelevad) (teine|vastav|eraldi|raamatupidamine|osakond|meeskond|tugi|klienditugi|arveldus|tehniline)',
        '(raamatupidamine|osakond|meeskond|klienditugi|arveldus|vastuvõtt|administratsioon|juhtkond|kontor|peakontor) ~1 (tegeleb|tegelevad) $',
        '(saadan|saadame|edastan|edastame|suunan|suuname) ~2 (kirja|pöördumise|küsimuse|päringu|kõne|sõnumi|teie) edasi',
        '(kiri|pöördumine|päring|küsimus|kaebus) ~2 (edastatud|edastati|suunatud|suunati) ~3 (osakon*|kolleeg*|vastava*|vastutava*|asjaomase*|teise*|edasi)',
        '(kiri|pöördumine|päring|küsimus|kaebus|avaldus|taotlus) ~3 (edasi|üle) (saadetud|saadeti|antud|anti)',
        '(kirjutage|kirjuta|esitage|esita|saatke|saada|küsige|küsi) ~2 sama ~1 (küsimus|küsimuse|päring*|pöördumi*|taotlus*|avaldus*|kiri|kirja) ~1 uuesti',
      ],
      unless: WARM_HANDOVER,
      unlessScope: 'draft',
      message:
        'Külm suunamine ilma selgituseta ärritab klienti kõige rohkem – ta kardab, et peab oma loo uuesti rääkima. Ütle, kelle juurde ja miks (kõige pädevam inimene) ning anna juhtumi lühikokkuvõte ise üle.',
      source: 'practice: scenario 3 transfer (seed 002)',
      weight: 9,
      dimension: 'ownership',
      examples: {
        fires: [
          '[[Suunan teid edasi]].',
          '[[Ühendan teie kõne]] teise osakonda.',
          'Selle küsimusega [[tegeleb keegi teine]], oodake palun.',
          'Kohe [[vastab teile keegi teine]].',
          '[[Suuname sind]] klienditoe teisele liinile.',
          'Arvetega [[tegeleb raamatupidamine]].',
          'Selle küsimusega [[raamatupidamine tegeleb]].',
          '[[Saadan teie kirja edasi]].',
          '[[Edastan teie küsimuse edasi]].',
          'Teie [[kiri on edastatud vastavale osakonnale]].',
          '[[Saadan teid edasi teise osakonda]].',
          '[[Keegi teine võtab]] teiega homme ühendust.',
          '[[Suunan su ümber]].',
          '[[Edastasin teie kaebuse vastavale osakonnale]].',
          '[[Keegi helistab]] teile tagasi.',
          '[[Rääkige neile oma mure uuesti]].',
          'Seal [[peate oma probleemi uuesti kirjeldama]].',
          'Teie [[päring on edastatud asjaomasele]] spetsialistile.',
          'Teie [[avaldus on arveldusele üle antud]].',
          'Palun [[saatke oma sama päring uuesti]] müügiosakonnale.',
        ],
        silent: [
          'Suunan teid meie arvete spetsialisti poole, kes on selles küsimuses kõige pädevam.',
          'Ühendan teid kolleeg Mariga, kes tegeleb just garantiiremontidega.',
          'Suunan teid edasi ja edastasin kolleegile juba kokkuvõtte teie murest.',
          'Teie tellimuse suuname kullerile homme hommikul.',
          'Teie pöördumine on edastatud meie tehnikule, kes võtab teiega ühendust täna.',
          'Suunan teid kolleeg Jaanile, sest tema tegeleb just liisingulepingutega.',
          'Ühendan teid arveldusosakonnaga ja te ei pea midagi uuesti selgitama.',
          'Teie avaldus on kinnitatud ja uus leping saadeti teile e-postiga.',
          'Saatke palun sama foto uuesti, eelmine ei avanenud.',
        ],
      },
    },
    {
      id: 'please-hold',
      patterns: [
        '(palun|palume) ~1 (oodake|oota|oodata) ?(hetk|veidi|natuke|ootel|liinil) $',
        '(oodake|jääge|jää|oota) ~1 (ootele|liinile|liinil|ootel|ootama)',
        '(kõne|pöördumine|kiri|päring|sõnum|küsimus|kaebus|taotlus|avaldus|mure) ~2 (suunatakse|edastatakse|suunati)',
        '(olete|oled) ~2 järjekorras',
        '(kiri|pöördumine|päring|taotlus|avaldus|küsimus|kaebus|tellimus) ~3 järjekorras',
        '(peate|pead) ~1 (lihtsalt|natuke|veidi) ~1 (ootama|kannatama)',
        '(peate|pead) kannatama',
        '(vastavad|vastame|vastab|vastatakse|vaatame|vaadatakse|menetleme|menetletakse|töötleme|töödeldakse|käsitleme|käsitletakse) ~3 (järjekorra|järjekorras)',
        '(oodake|oota) ~2 (vastust|vastuseid|kõnet|teadet)',
      ],
      unless: [
        ...ET_FIND_OUT,
        '(jooksul|hiljemalt|minuti*)',
        // The queue given as the real reason for a refusal: an exception for one delays everyone else (practice §4).
        '(erand*|kellegi teise|teiste ees)',
      ],
      unlessScope: 'sentence',
      message:
        '„Palun oodake“ ilma põhjuse ja ajata on see, mis helistajaid kõige enam vihastab. Võta asi enda kätte: ütle, mida teed ja millal vastad, või paku tagasihelistamist.',
      source: 'practice: scenario 3 transfer (seed 002); waiting and hold (seed 004)',
      weight: 6,
      dimension: 'warmth',
      examples: {
        fires: [
          'Kõik konsultandid on hõivatud, [[palun oodake veidi]].',
          'Palun [[jääge liinile]].',
          'Teie [[kõne suunatakse]].',
          '[[Olete järjekorras]] neljas.',
          '[[Peate lihtsalt ootama]].',
          '[[Peate kannatama]], kuni mõni konsultant vabaneb.',
          'Teie [[avaldus edastatakse]].',
          'Teie [[taotlus on veel järjekorras]].',
          'Kirjadele [[vastame saabumise järjekorras]].',
          'Palun [[oodake meie vastust]].',
        ],
        silent: [
          'Palun oodake hetk, kontrollin teie arve üle.',
          'Palun oodake kinnituskirja, see saabub tunni jooksul.',
          'Aitäh kannatlikkuse eest ootamisel.',
          'Helistan teile tagasi 15 minuti jooksul, et te ei peaks liinil ootama.',
          'Palun oodake hetk, täpsustan laost saadavuse.',
          'Palun jääge liinile, ma pean seda kolleegilt küsima.',
          'Palun oodake veidi, selgitan selle kohe välja.',
          'Jääge palun ootele, püüan põhjuse välja selgitada.',
          'Palun oodake hetk, küsin kolleegilt üle.',
          'Teie tellimus on järjekorras ja jõuab teieni kahe tööpäeva jooksul.',
          'Palun oota natuke, vaatan süsteemist järele.',
          'Olete järjekorras teine, annan teile märku, kui kolleeg vabaneb.',
          'Peate natuke ootama, saadan teile info e-kirjaga tunni jooksul.',
          'Teie päring edastatakse tehnikule ja võtan teiega ise ühendust, kui vastus on olemas.',
          'Oodake hetk liinil, tulen kohe tagasi.',
          'Palun jääge ootele, edastan teie küsimuse kohe tehnikule.',
          'Teie kiri suunati raamatupidamisse ja saate vastuse hiljemalt homme kella 12-ks.',
          'Hea küsimus, palun oodake hetk.',
          'Kirjadele vastame järjekorras, teie kiri on järgmine ja saate vastuse tunni jooksul.',
          'Palun oodake meie vastust hiljemalt homme kella 12-ks.',
          'Avaldusi menetletakse saabumise järjekorras, sest iga erand lükkaks edasi kellegi teise avalduse.',
        ],
      },
    },
    {
      id: 'call-important',
      patterns: ['(kõne|kõned|pöördumine|pöördumised|kiri|e-kiri|päring|sõnum) ~4 (oluline|olulised|tähtis|tähtsad)'],
      message:
        '„Teie kõne on meile väga oluline“ kõlab šabloonina ja just seda ei taha ükski klient kuulda. Näita olulisust tegudega: ütle, mida tema heaks kohe teed.',
      source: 'practice: scenario 3 transfer (seed 002); personal, not canned (seed 001)',
      weight: 4,
      dimension: 'warmth',
      examples: {
        fires: [
          'Teie [[kõne on meile väga oluline]].',
          'Teie [[pöördumine on meie jaoks tähtis]].',
          'Teie [[kiri on meile oluline]] ja vastame esimesel võimalusel.',
        ],
        silent: [
          'Teie tagasiside aitab meil teenust paremaks teha.',
          'Oluline on, et aku oleks salongis kaasas.',
          'Vastan teie kirjale täna enne kella 16.',
        ],
      },
    },
    {
      id: 'not-our-department',
      patterns: [
        '(ei|pole) ~2 (meie|minu|mu) ~1 (osakonna|osakonda|valdkonna|valdkonda|tiimi) ~1 (rida|asi|teema|alla|töö|mure)',
        'ei (käi|kuulu) ~2 (minu|meie|mu|osakonna|tiimi|teenindus*|klienditoe) ~1 (alla|valdkonda)',
        'ei (käi|kuulu) ~3 (pädevusse|tööülesannete|vastutusalasse|kompetentsi)',
        '(pole|ei ole) ~2 (minu|meie|mu) (osakond|valdkond|tiim|ala|pärusmaa)',
        '(meie|minu) (osakond|tiim) ~2 ei ~1 (tegele|vasta|lahenda)',
      ],
      message:
        '„See ei ole meie osakonna rida“ paneb kliendi osakondade vahel pendeldama. Võta vastutus: ütle, kes aitab ja miks, ning vii juhtum ise sinna edasi.',
      source: 'practice: scenario 3 transfer (seed 002); principles (seed 002)',
      weight: 8,
      dimension: 'ownership',
      examples: {
        fires: [
          'Väga vabandan, see [[ei ole meie osakonna rida]].',
          'Arveldusküsimused [[ei käi minu osakonna alla]].',
          'See [[ei kuulu minu pädevusse]].',
          '[[Pole minu osakond]].',
          '[[Meie tiim ei tegele]] hooldusega.',
        ],
        silent: [
          'Garantiiremondi üle otsustab meie garantiiosakond, sest nemad suhtlevad otse maaletoojaga.',
          'Teie pakett kuulub tasuta kohaletoimetamise alla.',
          'Meie osakond vastab kirjadele ööpäeva jooksul.',
          'Kahjuks ei hüvita kindlustus prille, sest need ei kuulu kindlustuskaitse alla.',
        ],
      },
    },
  ],
  cues: [
    {
      patterns: [
        `(helistage|helista|kirjutage|kirjuta|pöörduge|pöördu|minge|mine|küsige|küsi) ~3 ${ET_DEPARTMENT_COMPOUNDS}`,
        `(suunan|suuname|ühendan|ühendame) ~4 ${ET_SPECIALIST_COMPOUNDS}`,
      ],
      in: 'draft',
      weight: 4,
      label: 'vastuses: teise osakonna poole',
    },
    {
      patterns: [
        '(suunan|suuname|suunatakse|suunasin|ühendan|ühendame|ühendatakse) ~3 (teid|sind|kõne|edasi)',
        'keegi teine ~3 (vastab|aitab|võtab|tegeleb|helistab|jätkab|aitama|vastama)',
        '(vastab|aitab|võtab|tegeleb|helistab|jätkab) ~3 keegi teine',
        '(kõne|pöördumine) ~2 (suunatakse|edastatakse)',
      ],
      in: 'draft',
      weight: 8,
      label: 'vastuses: suunamine',
    },
    {
      patterns: [
        '(edastan|edastasin|edastame|edastasime|annan üle|andsin üle|andsime üle) ~4 (juhtumi|pöördumise|päringu|mure|kaebuse|teie|sinu|su|küsimuse|palve|taotluse|neile|talle|kolleegile)',
      ],
      in: 'draft',
      weight: 6,
      label: 'vastuses: juhtum antakse üle',
    },
    {
      patterns: [
        '(meeskond|osakond|garantiiosakond|spetsialist|kolleeg|tehnik) ~1 kes ~4 (saab|tegeleb|aitab|vastutab|lahendab|otsustab|helistab|võtab)',
        '(teeb|teevad|otsustab|otsustavad|tegeleb|tegelevad|lahendab|lahendavad|vastutab) ~2 meie ~1 (meeskond|osakond|garantiiosakond|spetsialist*|kolleeg*|tehnik*)',
      ],
      in: 'draft',
      weight: 3,
      label: 'vastuses: kes aitab edasi',
    },
    {
      patterns: [
        'ei (käi|kuulu) ~2 (minu|meie|mu|osakonna|tiimi) ~1 (alla|valdkonda)',
        'ei (käi|kuulu) ~3 (pädevusse|vastutusalasse)',
        '(ei|pole) ~2 (meie|minu) ~1 (osakonna|osakonda) ~1 (rida|asi|alla)',
        '(pole|ei ole) ~2 (minu|meie|mu) (osakond|valdkond)',
        '(palun|palume) ~1 (oodake|oota)',
        '(kõne|pöördumine) ~4 (oluline|tähtis)',
      ],
      in: 'draft',
      weight: 4,
      label: 'vastuses: teine osakond või ootamine',
    },
    {
      patterns: [
        'kokkuvõt*',
        '(ei pea|pole vaja|ei ole vaja) ~4 (kordama|kordada|uuesti rääkima|uuesti rääkida|uuesti selgitama|uuesti selgitada|uuesti kirjeldama)',
        'kes on ~3 pädev*',
      ],
      in: 'draft',
      weight: 5,
      label: 'vastuses: sooja käega üleandmine',
    },
    {
      patterns: [
        'tegeleb (meie|teine|vastav|eraldi|raamatupidamine|osakond|kolleeg|spetsialist|meeskond|tugi|klienditugi|tehniline|arveldus)',
        '(raamatupidamine|osakond|meeskond|klienditugi|arveldus|vastuvõtt|administratsioon|juhtkond|kontor|peakontor) ~1 (tegeleb|tegelevad)',
        '(kirjutage|kirjuta|helistage|helista|pöörduge|pöördu) ~2 (neile|talle|nendele|sinna|nende poole|tema poole)',
        '(helistage|helista) ~2 (numbrile|numbril|infoliinile)',
        '(saadan|saadame|edastan|edastame) ~2 (kirja|pöördumise|küsimuse|päringu|sõnumi|teie) edasi',
      ],
      in: 'draft',
      weight: 4,
      label: 'vastuses: teine üksus tegeleb',
    },
    {
      patterns: ['(spetsialist*|kolleeg*|osakon*|meeskon*|garantiiosakon*|tehnik*)'],
      in: 'draft',
      weight: 2,
      label: 'vastuses: kolleeg või osakond',
    },
    {
      patterns: [
        '(õige|õigesse|õigele|kellega|kelle poole|kuhu) ~3 (pöörduma|pöörduda|rääkima|rääkida|helistama|helistada|inimese|osakonda)',
        '(ühendage|suunake) ~2 (mind|mu)',
        '(juhataja*|ülemuse*|juhiga)',
      ],
      in: 'customer',
      weight: 3,
      label: 'klient otsib õiget inimest',
    },
  ],
  templates: [
    {
      id: 'default',
      parts: [
        '{greeting}',
        '{body}',
        {
          text: 'Edastan Teie küsimuse koos kokkuvõttega kolleegile, kes saab Teid selles kõige paremini aidata. Ta võtab Teiega esimesel võimalusel ühendust. Te ei pea midagi uuesti selgitama.',
          skipIf: [
            '(edastan|edastasin|edastame|edastasime|andsin|annan|saatsin) ~4 (juhtumi*|andmed|andmetega|kokkuvõt*|ülevaate|pöördumise|mure|kirjelduse|kirjeldusega)',
            '(ei pea|pole vaja|ei ole vaja|ei peaks|ei tule) ~4 (uuesti|kordama|selgitama|selgitada|rääkima|rääkida|kirjeldama)',
          ],
        },
        '{closing}',
      ],
    },
  ],
} satisfies RulePack;
