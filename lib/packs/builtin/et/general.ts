import type { RulePack } from '../../types';
import { ET_DEPARTMENT_COMPOUNDS, ET_ELSEWHERE_PLACES } from './shared';

/** Imperatives (formal and informal) that send the customer away to look something up or try again. */
const LOOK_IMPERATIVE =
  '(vaadake|vaata|jälgige|jälgi|uurige|uuri|lugege|loe|otsige|otsi|kontrollige|kontrolli|tutvuge|tutvu)';

/** The draft sends the material itself (a link, an attachment, a guide below): then pointing to it is help. */
const SENDS_IT: string[] = [
  '(saatsin|saadan|saadame|saatsime|lisasin|lisan|lisame|manusena|manuses|manusesse|lingi*|link|lingil|http*|www|siit|allpool|altpoolt|juuresolevast)',
];

/** Estonian general pack: phrases the practice says answer nothing, in any scenario. */
export const general = {
  id: 'et.general',
  language: 'et',
  scenario: 'general',
  version: 1,
  name: 'Üldine',
  description: 'Vastused, mis ei vasta millelegi: „see pole minu töö“, „vaadake kodulehelt“, „nagu juba ütlesin“.',
  rules: [
    {
      id: 'not-my-job',
      patterns: [
        '(ei ole|pole|ei olnud|polnud) ~1 (minu|mu|meie) ~1 (ülesanne|töö|asi|vastutus|kohustus|rida|valdkond|teema|mure|probleem|pärusmaa|pädevus)',
        '(minu|mu|meie) ~1 (ülesanne|töö|asi|vastutus|kohustus|rida|valdkond|teema|mure|probleem) ~1 (see ei ole|see pole|pole|ei ole)',
        '(ma|mina|me|meie) ~2 ei (vastuta|vastutagi)',
        'ei (kuulu|käi) ~3 (ülesannete|kohustuste) hulka',
        '(ma|mina|me|meie) ~2 (pole|ei ole) ~3 seotud',
        '^ ?(see|need|selline|sellised) ?(küsimus|küsimused|asi|asjad|mure) (ei ole|pole|ei kuulu) ~1 (teema|rida|pärusmaa|valdkond|tööülesanne|vastutusala)',
      ],
      unless: ['(pole|ei ole) (probleemi|muret)'],
      unlessScope: 'sentence',
      message:
        '„See ei ole minu ülesanne“ on vastus, mis ei vasta millelegi – kliendi jaoks oled sina ettevõte. Võta asi enda kätte: ütle, mida sa teed, või vii ta ise õige inimeseni.',
      source: 'practice: principles (seed 002)',
      weight: 9,
      dimension: 'ownership',
      examples: {
        fires: [
          'See [[ei ole minu ülesanne]].',
          'Hinnapakkumiste koostamine [[pole minu ülesanne]].',
          'Teie naabri veekahju [[pole meie mure]].',
          '[[Minu asi see pole]].',
          '[[Me ei vastuta]] kolmandate osapoolte teenuste eest.',
          'Arvete parandamine [[ei kuulu minu ülesannete hulka]].',
          '[[Ma ei ole arveldusega seotud]].',
          '[[See ei ole vastuvõtu teema]].',
          '[[Selline küsimus pole klienditoe rida]].',
        ],
        silent: [
          'Pole probleemi, meie asi on teid aidata.',
          'Teie rahulolu on minu töö kõige tähtsam osa.',
          'Kontrollin ise, kas teie kindlustus veekahju katab.',
          'Teie ei vastuta kahju eest, kuna naaber on süü omaks võtnud.',
        ],
      },
    },
    {
      id: 'not-our-business',
      patterns: [
        '(ma|mina|me|meie|ettevõte|firma|pood|osakond|keskus) ~3 ei (tegele|tegelegi)',
        'ei (tegele|tegelegi) ~2 (ma|mina|me|meie)',
        '(sellega|sellistega|nendega|asjadega|küsimustega) ~2 ei (tegeleta|tegele)',
        'ei puutu ~2 (meisse|minusse|meie|minu)',
        '(pöördusite|pöördute|kirjutasite|helistasite|olete) ~2 (vale|valesse|valele) ~1 (koha*|adressaa*|osakon*|firma*|ettevõtte*|numbri*)',
      ],
      unless: [
        '(kuid|aga|küll|samas) ~6 (aitan|aitame|saan|saame|edastan|edastasin|edastame|suunan|uurin|võtan|võtsin)',
      ],
      unlessScope: 'sentence',
      message:
        '„Meie ettevõte ei tegele sellise asjaga“ jätab kliendi üksi. Kui küsimus on teie pädevusest väljas, ütle, kes aitab, ja aita tal sinna jõuda – või uuri ise välja.',
      source: 'practice: principles (seed 002)',
      weight: 8,
      dimension: 'ownership',
      examples: {
        fires: [
          'Kütteseadmete paigaldusega [[mina ei tegele]].',
          'Selliste [[asjadega me ei tegele]].',
          '[[Meie ettevõte ei tegele]] kasutatud autode müügiga.',
          '[[Sellega siin ei tegeleta]].',
          'Te [[pöördusite vale koha]] poole.',
          'See küsimus [[ei puutu meisse]].',
          'Prügiveo graafikutega [[me ei tegele]], see on valla korraldada.',
          'Kahjuks [[ei tegele me]] kütteseadmete paigaldusega.',
        ],
        silent: [
          'Tegelen teie küsimusega kohe ja annan vastuse tunni jooksul.',
          'Laenutaotlustega mina ei tegele, kuid edastasin teie kirja kolleegile, kes helistab teile homme.',
          'Meie tehnik tegeleb teie rikkega homme hommikul.',
        ],
      },
    },
    {
      id: 'look-it-up-yourself',
      patterns: [
        `${LOOK_IMPERATIVE} ~3 (koduleh*|veebileh*|veebist|netist|internetist|kkk*|korduma*|tingimus*|lepingu*|juhend*|reegli*|kasutusjuhend*|iseteenindus*|e-poe*|portaali*|hinnakir*|tariif*|infoleh*|teatetahvli*|kuulutus*|uudiskirja*|sotsiaalmeedia*|facebooki*|instagrami*)`,
        `${LOOK_IMPERATIVE} ~3 (poliisitingimus*|kasutustingimus*|lepingutingimus*|müügitingimus*|garantiitingimus*|paigaldusjuhend*|kasutajajuhend*|tooteleh*|kodukorra*|broneerimistingimus*|reisitingimus*|üldtingimus*|teenustingimus*|kindlustustingimus*|tellimistingimus*|karbi*|pakendi*|sildi*|etiketi*|tagakülje*|kviitungi*)`,
        '(kuskil|kusagil) ~3 (koduleh*|veebileh*|tooteleh*|kkk*|juhend*|pakendi*|lepingu*|tingimus*|äpis|portaal*|internetis|netis)',
        '(koduleh*|tooteleh*|veebileh*|pakendil|juhendis|lepingus|tingimustes|äpis) ~2 (vist|peaks|ehk|äkki) ~3 (kirjas|olema|olemas)',
        '(leiate|leiad|näete|näed|saate|saad) ise ~3 (koduleh*|veebileh*|veebist|kkk*|tingimus*|lepingu*|juhend*|iseteenindus*|e-poe*|portaali*|hinnakir*|rakendus*|äpist|äpis)',
        'kõik ~2 kirjas',
        '(lugege|loe) ~2 (hoolikamalt|tähelepanelikumalt|korralikult|läbi)',
        '(kontrollige|kontrolli|vaadake|vaata|lugege|loe) ~3 (hoolikamalt|tähelepanelikumalt|korralikumalt|paremini)',
        `${LOOK_IMPERATIVE} ~1 ise`,
        '(proovige|proovi|katsetage|katseta) ~1 (ise|järele)',
        '(pead|peate) ise ~2 (vaatama|uurima|kontrollima|otsima|lugema|leidma)',
        '(lugege|loe|vaadake|vaata|uurige|uuri) ~2 enne ~1 (küsimist|kirjutamist|helistamist|pöördumist)',
        '(on|leiab|leiate) ~3 (kodulehel|veebilehel|veebis|kkk-s|iseteeninduses) ~1 (olemas|kirjas)',
        '(vaadake|vaata|lugege|loe|uurige|uuri) sealt',
        '(küllap|ilmselt|vist|ehk|äkki) ~2 (seal|sealt) ~3 (vastus|vastuse|olemas|kirjas|leiate|leiad)',
      ],
      // "Vaadake pakendilt partii numbrit ja saatke see mulle": the customer looks it up for us to help.
      unless: [...SENDS_IT, '(saatke|saada|öelge|ütle|teatage|teata|kirjutage mulle|kirjutage meile|kirjuta mulle)'],
      unlessScope: 'sentence',
      message:
        '„Uurige ise meie veebilehte“ saadab kliendi ise otsima ja ei vasta tema küsimusele. Vasta ise: too vajalik info või samm-sammuline juhis otse vastusesse.',
      source: 'practice: principles (seed 002); explain why, solve once (seed 001)',
      weight: 6,
      dimension: 'ownership',
      examples: {
        fires: [
          '[[Uurige meie veebilehte]], sealt leiate vastused kõigile küsimustele.',
          '[[Lugege tingimused läbi]].',
          '[[Jälgige meie kodulehte]].',
          '[[Vaata KKK-st]].',
          '[[Kontrollige ise lepingust]], mis seal kirjas on.',
          '[[Vaadake hinnakirja]].',
          '[[Lugege poliisitingimusi]].',
          '[[Jälgige meie kuulutusi]].',
          '[[Lugege infolehte]].',
          '[[Lugege enne küsimist]].',
          '[[Kontrollige oma pangaväljavõtet hoolikamalt]].',
          'Merevaade ei olnud garanteeritud, [[lugege broneerimistingimusi]].',
          'Arve koopia [[leiate ise iseteenindusest]].',
          '[[Proovige järele]].',
          'Sa [[pead ise kodulehelt vaatama]].',
          'Selline info [[on meie kodulehel olemas]].',
          'Seda on KKK-s selgitatud, [[vaadake sealt]].',
          '[[Kõik on lepingus kirjas]].',
          '[[Vaadake pakendi]] tagant.',
          '[[Kusagil kodulehel]] see on.',
          'Ma ei mäleta, aga [[juhendis vist peaks olema]].',
          'Paketid on teie lepingus, [[küllap sealt leiate]] sobiva.',
        ],
        silent: [
          'Saatsin teile juhendi lingi, kus on samm-sammult kirjas, kuidas ruuterit seadistada.',
          'Kõik tingimused on lepingus kirjas ja teie pakett katab ka veekahju.',
          'Arve staatust saate soovi korral vaadata ka iseteeninduses.',
          'Lisasin juhendi manusesse, vaadake palun lehekülge 4.',
          'Vaadake palun pakendilt partii numbrit ja saatke see mulle, siis kontrollin kohe.',
          'Kontrollisin teie lepingu üle ja seal on kirjas, et etteteatamisaeg on üks kuu.',
        ],
      },
    },
    {
      id: 'try-later',
      patterns: [
        '(vaadake|vaata|helistage|helista|kirjutage|kirjuta|proovige|proovi|küsige|küsi|pöörduge|pöördu|kontrollige|kontrolli|uurige|uuri|jälgige|jälgi|võtke|võta) ~3 (hiljem|hiljemini)',
        '(vaadake|vaata|helistage|helista|kirjutage|kirjuta|küsige|küsi|proovige|proovi|pöörduge|pöördu) ~2 (mõne|paari|poole|kahe|kolme) ~1 (päeva|nädala|tunni|aja|kuu) pärast',
        '(vaadake|vaata|küsige|küsi|kontrollige|kontrolli|helistage|helista) ~2 (aeg-ajalt|vahetevahel|regulaarselt|perioodiliselt|järgmisel nädalal|mõne päeva pärast)',
        'ehk ~2 keegi ~2 (tühistab|loobub)',
        '(pole|ei ole|ei) ~1 mõtet ~3 (kirjutada|helistada|pöörduda|küsida|uurida|kaevata|nõuda)',
        '(proovige|proovi|tulge|tule|helistage|helista|kirjutage|kirjuta|küsige|küsi|vaadake|vaata) ~2 (mõni|mõnel|teine|teisel|järgmine|järgmisel) ~1 (kord|korral|päev|päeval|aeg|ajal)',
        '(proovige|proovi|tulge|tule|helistage|helista|kirjutage|kirjuta|küsige|küsi) ~2 teinekord',
      ],
      message:
        '„Proovige hiljem uuesti“ paneb kliendi ootama ja uuesti pöörduma. Võta asi enda kätte: paku ootenimekirja, tagasihelistamist või ütle, millal ise temaga ühendust võtad.',
      source: 'practice: principles (seed 002); waiting and call-backs (seed 004)',
      weight: 6,
      dimension: 'ownership',
      examples: {
        fires: [
          'Helistage reedel uuesti, [[ehk keegi loobub]] oma ajast.',
          '[[Helistage paari tunni pärast]] uuesti.',
          '[[Proovi hiljem]] uuesti.',
          '[[Küsige järgmisel nädalal]].',
          '[[Võtke meiega hiljem]] uuesti ühendust.',
          '[[Proovige mõni teine kord]].',
          '[[Proovige järgmine kord]] varem.',
          'Enne seda [[pole mõtet meile kirjutada]].',
          'Täna on kõik ajad täis, [[tulge teinekord]].',
        ],
        silent: [
          'Helistan teile ise tagasi täna kella 15-ks.',
          'Taaskäivitage ruuter ja proovige uuesti.',
          'Lisasin teid ootenimekirja ja anname teada, kui aeg vabaneb.',
        ],
      },
    },
    {
      id: 'contact-them-yourself',
      patterns: [
        '(pöörduge|pöördu|helistage|helista|kirjutage|kirjuta|võtke|võta|küsige|küsi) ~2 (ise|otse|endast|endalt)',
        '(peate|pead|tuleb|tuleks|peaksite|peaksid) ~3 (pöörduma|pöörduda|helistama|helistada|kirjutama|kirjutada|ühendust võtma|ühendust võtta)',
        '(kirjutage|kirjuta|helistage|helista|pöörduge|pöördu) ~2 (neile|talle|nendele|sinna|nende poole|tema poole)',
        '(pöörduge|pöördu|pöörduda) ~4 poole',
        '(pöörduge|pöördu) ~3 (osakon*|vastava*|õigesse|teise*|teisse)',
        '(pöörduge|pöördu|minge|mine|viige|vii|tooge|too) ~3 (esindus*|hooldus*|teenindus*|keskus*|kauplus*|apteek*|töökoja*|remonditöökoja*|volitatud|pood*|salong*)',
        '(kirjutage|kirjuta|helistage|helista|saatke|saada|teatage|teata|kaevake|kaeba) ~2 (restorani*|operaatori*|omaniku*|haldaja*|ühistu*|korteriühistu*|hotelli*|apteegi*|poele|kauplusele|esindusele|valda|vallale|linnale)',
        '(kirjutage|kirjuta|helistage|helista|saatke|saada|teatage|teata|kaevake|kaeba) ~2 (müüjale|tootjale|kullerile|pangale|vedajale|tarnijale|maaletoojale|teenusepakkujale|lennufirmale|kindlustusele|kindlustusseltsile)',
        '(võtke|võta) ~2 (tootja*|kuller*|pank*|panga*|hooldus*|müüja*|edasimüüja*|maaletooja*|vedaja*|tarnija*|kindlustus*|operaator*|lennufirma*|restorani*) ~1 ühendust',
        '(võtke|võta) ~2 ühendust ~3 (tootja*|kuller*|pank*|panga*|hooldus*|lennujaam*|linna*|maaletooja*|vedaja*|tarnija*|kindlustus*|politsei*|müüja*|operaator*|lennufirma*)',
        '(helistage|helista|kirjutage|kirjuta|küsige|küsi) ~3 (tootja*|kuller*|pank*|panga*|hooldus*|lennujaam*|linna*|maaletooja*|vedaja*|tarnija*|kindlustus*|lennufirma*|müüja*|edasimüüja*|paigaldaja*|arendaja*)',
        '(otsige|otsi) ~3 (mõni|mõnda|teine|teist|mujalt)',
        '(küsige|küsi|uurige|uuri) ~3 (käest|kelleltki)',
        '(küsige|küsi|uurige|uuri) ~2 (poest|kauplusest|pangast|kullerilt|tootjalt|müüjalt|edasimüüjalt|klubist)',
        '(helistage|helista) ~2 (numbrile|numbril|infoliinile|infotelefonile|telefonile)',
        `(helistage|helista|kirjutage|kirjuta|minge|mine|pöörduge|pöördu) ~3 ${ET_DEPARTMENT_COMPOUNDS}`,
        `(proovige|proovi|katsetage|minge|mine|otsige|otsi|küsige|küsi|vaadake|vaata|uurige|uuri|ostke|osta) ~2 (teis*|mõnd*|mõne*|muu*|mingi*) ~1 ${ET_ELSEWHERE_PLACES}`,
        `(peate|pead|tuleb|tuleks|peaksite|võite|soovitan|soovitame|soovitaksin) ~3 (küsima|küsida|otsima|otsida|uurima|uurida|pöörduma|pöörduda|minema|minna|ostma|osta) ~2 (teis*|mõnd*|mõne*|muu*|mujalt|mujal|mujale) ~1 ${ET_ELSEWHERE_PLACES}`,
        '(proovige|proovi|küsige|küsi|otsige|otsi|vaadake|vaata|uurige|uuri|minge|mine|ostke|osta|tellige|telli) ~1 (mujal|mujalt|mujale|konkurent*)',
        '(küsige|küsi|uurige|uuri|pärige|päri) ~1 (neilt|nendelt|temalt)',
      ],
      unless: [
        '(meie|minu) poole',
        '(meiega|meile|minuga|mulle|siia|julgelt|alati|edastasin|edastan|edastame|võtsin|võtan|võtame)',
        '(sest|kuna) ~6 (ainult|üksnes|vaid)',
        '(meie|meil|meile) ~2 (teis*|mõnd*|muu*|mõne*|hooldus*|esindus*|kauplus*|pood*|poe*|teenindus*|salong*|keskus*|apteek*)',
        // Sending a patient to a doctor or the emergency room is good advice, not passing the buck.
        '(arst*|perearst*|emo|emo-sse|emosse|kiirabi*|haigla*|polikliinik*|traumapunkt*|112)',
        // The agent hands over what the customer needs to do it ("saadan teile vormi").
        '(saadan|saadame|saatsin|saatsime) ~4 (vormi|blanketi|kontakt*|juhendi|näidise|avalduse|lingi|numbri)',
        // After a fraud only the bank can claim the money back and only the police can investigate.
        '(tagasinõu*|pettus*|petu*|politsei*)',
      ],
      unlessScope: 'sentence',
      message:
        '„Pöörduge ise tootja poole“ jätab kliendi üksi osakondade ja firmade vahel pendeldama. Võta ise ühendust, anna juhtum üle või ütle täpselt, kes ja millal teda aitab.',
      source: 'practice: scenario 3 transfer; principles (seed 002)',
      weight: 7,
      dimension: 'ownership',
      examples: {
        fires: [
          '[[Võtke tootjaga ühendust]].',
          '[[Minge otse Boschi volitatud]] remonditöökotta.',
          '[[Võtke ise ühendust kullerfirmaga]].',
          'Trahvi osas [[pöörduge linna poole]].',
          '[[Helista otse oma pangale]].',
          '[[Võtke ühendust tootjaga]].',
          'Selle küsimusega [[peate pöörduma]] laenuosakonda.',
          '[[Küsige klubist endast]].',
          '[[Kirjutage neile]] aadressil arved@firma.ee.',
          '[[Küsige andurite müüjalt]].',
          '[[Küsige treenerite käest]].',
          'Palun [[pöörduge vastavasse osakonda]].',
          'Ma ei tea, [[küsige poest]].',
          '[[Otsige mõni teine]] rendifirma.',
          'Palun [[helistage numbrile]] 1234 ja valige menüüst number 3.',
          '[[Proovige mõnda teist apteeki]].',
          '[[Helistage laenuosakonda]].',
          '[[Vaadake parem teistest poodidest]].',
          '[[Proovige mujalt]].',
          '[[Pöörduge Samsungi esindusse]].',
          '[[Kirjutage restoranile]].',
          'Seda [[peate küsima mõnest teisest rendifirmast]].',
          '[[Soovitan küsida mõnest teisest poest]].',
          'Tellimus on kulleri käes, [[küsige neilt]].',
        ],
        silent: [
          'Kui teil on veel küsimusi, pöörduge julgelt meie poole.',
          'Võtsin ise kulleriga ühendust ja pakk tuuakse homme.',
          'Pöörduge palun oma panga poole, sest kaardimakse tagasinõuet saab esitada ainult kaardi väljastaja.',
          'Teil ei pea kuhugi helistama, tehnik tuleb homme ise kohale.',
          'Proovige meie teist kauplust Lõunakeskuses, seal on see mudel laos.',
          'Proovige teist brauserit ja andke teada, kas viga kordub.',
          'Tooge seade meie hooldusesse ja parandame selle tasuta.',
          'Kui palavik ei lange, pöörduge kindlasti perearsti poole või helistage 112.',
          'Pöörduge palun korteriühistu poole, saadan teile avalduse vormi, mille saab kohe ära saata.',
          'Helistage kohe oma pangale ja paluge neil algatada kaardimakse tagasinõue.',
          'Kui kahtlustate pettust, helistage palun oma pangale ja tehke avaldus ka politseile.',
        ],
      },
    },
    {
      id: 'ask-elsewhere',
      patterns: [
        '^ ?(palun|siis|parem|pigem|lihtsalt|otse|ehk) (küsige|küsi|pärige|päri) ?(palun|parem|pigem|otse|lihtsalt|hoopis)',
        '^ ?(palun|siis|parem|pigem|lihtsalt|ehk) (võtke|võta) ühendust',
        '(peate|pead|peaksite|peaksid|tuleb|tuleks) ~3 (küsima|küsida|pärima|pärida)',
        '(oskab|oskavad|saab|saavad) ~2 vastata ~3 (tootja*|pank|panga*|kuller*|müüja*|arendaja*|operaator*|amet|ameti*|teenusepakkuja*|kindlustus*|lennufirma*|haldaja*|ühistu*)',
      ],
      // A clause that starts with "Küsige …" sends the customer to someone else ("Küsige Apple'ist") unless it
      // invites them to ask us or gives an in-store step.
      unless: [
        '(julgelt|meilt|minult|meiega|minuga|mulle|meile|küsimus*|vajadusel|kui|juurde|alati|rahulikult|hea meelega|teenindaja*|tšekk*|kviitung*|kliendikaart*|kinkekaart*|sooduskood*|kott*|vautšer*|kupong*)',
        '(edastasin|edastan|edastame|võtsin|võtan|võtame|kirjutasin|helistasin)',
        'meie ~1 (poole|juurde|käest|klienditoe*|klienditeenindus*|tugi*|kauplus*|esindus*|kontor*|vestlus*)',
        '(vastuvõtu*|registratuur*|administraator*|infolett*|apteekri*)',
        // Asking one's doctor is good advice in health matters.
        '(arst*|perearst*|proviisor*)',
      ],
      unlessScope: 'sentence',
      message:
        '„Küsige tootjalt“ saadab kliendi kellegi teise juurde ja jätab ta üksi. Uuri ise välja või võta ise ühendust ning ütle, millal kliendile vastad.',
      source: 'practice: scenario 3 transfer; principles (seed 002)',
      weight: 7,
      dimension: 'ownership',
      examples: {
        fires: [
          "[[Küsige]] Apple'ist.",
          '[[Palun küsige]] oma pangast.',
          '[[Küsige]] kassast.',
          '[[Küsige parem]] teenusepakkujalt.',
          '[[Võtke ühendust]] Telia klienditoega.',
          "Seda [[peaksite Apple'ilt küsima]].",
          'Seda [[oskab vastata teie pank]].',
        ],
        silent: [
          'Küsige julgelt, kui midagi jääb segaseks.',
          'Kui teil on veel küsimusi, küsige meilt.',
          'Võtke meiega ühendust ükskõik millal.',
          'Võtke ühendust meie klienditoega numbril 600 1234.',
          'Küsige kassast kliendikaarti ja soodustus rakendub kohe.',
          "Võtsin ise Apple'iga ühendust ja annan vastuse homme.",
          'Küsige palun oma arstilt, kas seda ravimit võib võtta koos antibiootikumiga.',
          'Küsige registratuurist järjekorranumbrit ja arst võtab teid vastu.',
        ],
      },
    },
    {
      id: 'as-i-said',
      patterns: [
        'nagu ~3 (juba|varem|korduvalt|mitu korda|eelmises|eelmisel) ~3 (ütlesin|ütlesime|öeldud|öeldi|mainisin|mainisime|mainitud|mainiti|selgitasin|selgitasime|selgitatud|selgitati|kirjutasin|kirjutasime|rääkisin|teatasin|teatati|vastasin)',
        'nagu ~2 (ütlesin|mainisin|kirjutasin|selgitasin)',
      ],
      unless: ['(aitäh|tänan|tänu|tänud)'],
      unlessScope: 'sentence',
      message:
        '„Nagu ma juba ütlesin“ annab kliendile mõista, et ta on tüütu või ei kuulanud. Ta ei tohi end tunda koormana: selgita lihtsalt uuesti, sõbralikult ja lühidalt.',
      source: 'practice: scenario 6 closing — no burden to us (seed 002)',
      // A clause of its own, as "Nagu … ütlesin," was: the sentence goes on with its verb first ("…, on teie
      // tellimus teel"), which reads after "Et kõik oleks selge," but not after an adverb like "Täpsustuseks,".
      replacement: 'Et kõik oleks selge',
      weight: 7,
      dimension: 'warmth',
      examples: {
        fires: [
          '[[Nagu juba eelmises vastuses kirjutasin]], on teie tellimus komplekteerimisel.',
          '[[Nagu telefonis juba selgitasin]], saab lepingut muuta iseteeninduses.',
          '[[Nagu juba mainitud]], on tarneaeg kaks nädalat.',
          '[[Nagu ma ütlesin]], tuleb arve kuu lõpus.',
          '[[Nagu teile juba väravas öeldi]], lend on tühistatud.',
        ],
        silent: [
          'Nagu telefonis kokku leppisime, saadan lepingu täna.',
          'Nagu lubasin, kontrollisin teie tellimuse üle.',
          'Nagu näete, on arve juba tasutud.',
          'Nagu juba telefonis ütlesin, aitäh teile kannatlikkuse eest!',
        ],
        corrections: [
          {
            before: 'Nagu ma juba eile kirjutasin, jõuab pakk teieni neljapäeval.',
            after: 'Et kõik oleks selge, jõuab pakk teieni neljapäeval.',
          },
          {
            before: 'Tere, Anne! Nagu eelmises kirjas mainisin, on arve juba tasutud.',
            after: 'Tere, Anne! Et kõik oleks selge, on arve juba tasutud.',
          },
          {
            before: 'Nagu ma ütlesin, kehtib garantii kaks aastat.',
            after: 'Et kõik oleks selge, kehtib garantii kaks aastat.',
          },
        ],
      },
    },
    {
      id: 'already-told-you',
      patterns: [
        '(ma|me) ~1 ju ~2 (ütlesin|ütlesime|selgitasin|kirjutasin|mainisin)',
        'olen ~3 (korduvalt|mitu korda|juba) ~2 (öelnud|selgitanud|kirjutanud|vastanud|rääkinud)',
        '(kordan|ütlen) ~2 (veel kord|veelkord|uuesti|viimast korda)',
        'ei (hakka|viitsi) ~4 (seletama|selgitama|kordama|rääkima)',
        '(on|oli) juba ~3 (selgitatud|öeldud|vastatud|mainitud)',
        '(vastasime|kirjutasime|selgitasime|vastasin|kirjutasin|selgitasin) ~3 juba ~2 (eile|varem|korra|kord|eelmisel)',
      ],
      unless: ['(aitäh|tänan|tänu|tänud)'],
      unlessScope: 'sentence',
      message:
        '„Olen seda juba korduvalt selgitanud“ annab kliendile mõista, et ta on koormaks. Ta ei tohi end nii tunda: selgita lihtsalt uuesti, sõbralikult ja lühidalt.',
      source: 'practice: scenario 6 closing — no burden to us (seed 002)',
      weight: 7,
      dimension: 'warmth',
      examples: {
        fires: [
          '[[Ma ju ütlesin]], et arve tuleb kuu lõpus.',
          '[[Olen seda juba korduvalt selgitanud]].',
          'Ma [[ei hakka seda teile uuesti seletama]].',
          '[[Kordan veel kord]]: parool tuleb SMS-iga.',
          'Seda [[on juba KKK-s selgitatud]].',
          '[[Vastasime teile selle kohta juba eile]].',
        ],
        silent: [
          'Ütlen veel kord suur aitäh kannatlikkuse eest.',
          'Olen juba edastanud teie soovi kullerile.',
          'Selgitan lühidalt, kuidas parooli muuta.',
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
