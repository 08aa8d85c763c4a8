import type { RulePack } from '../../types';
import { ET_APOLOGY } from './complaint';

/** The practice's own empathy phrase (§7 step 2), used where a dismissive phrase stood. */
const EMPATHY = 'Mõistan täielikult, kui ebameeldiv see olukord Teie jaoks on';

/** Estonian pack for practice §7: very angry customers. */
export const angryCustomer = {
  id: 'et.angry_customer',
  language: 'et',
  scenario: 'angry_customer',
  version: 1,
  name: 'Väga vihane klient',
  description: 'Vabanda ja võta vastutus, näita mõistmist, siis aita – ja lõpeta hea emotsiooniga.',
  rules: [
    {
      id: 'calm-down',
      patterns: [
        '?(palun|palume) ?(te|sa) rahune* ?(maha)',
        '(võtke|võta|oodake|oota) ~1 rahulikult',
        '^ rahu ?(rahu) $',
        '?(palun|palume) (ärge|ära) ~2 (ärrituge|ärritu|vihastage|vihasta|karjuge|karju|närvitsege|närvitse|ülereageerige|paanitsege|dramatiseerige|liialdage)',
        '(ärge|ära) ~3 (traagiliselt|dramaatiliselt|südamesse) ~1 (võtke|võta)',
        '(ärge|ära) (võtke|võta) ~2 (traagiliselt|dramaatiliselt|südamesse)',
      ],
      message:
        '„Rahunege“ vihastab klienti veelgi rohkem – ta tunneb, et tema pahameelt ei võeta tõsiselt. Vabanda, võta vastutus ja näita mõistmist: „Mõistan täielikult, kui ebameeldiv see olukord teie jaoks on.“',
      source: 'practice: scenario 7 angry customer (seed 002)',
      replacement: EMPATHY,
      weight: 10,
      dimension: 'warmth',
      examples: {
        fires: [
          '[[Rahu, rahu]].',
          '[[Rahunege]], see arve saab homseks parandatud.',
          '[[Rahune maha]], küll me selle korda ajame.',
          '[[Võtke rahulikult]], teie pakk on teel.',
          '[[Palun ärge ärrituge]], see on vaid tehniline viga.',
          '[[Ära närvitse]], arve parandatakse.',
          'Viis minutit hilinemist – [[ärge seda nii traagiliselt võtke]].',
          '[[Ärge võtke seda südamesse]], kuller on lihtsalt hõivatud.',
        ],
        silent: [
          'Mõistan täielikult, kui ebameeldiv see olukord teie jaoks on.',
          'Ärge muretsege, teie raha on tallel ja kanname selle tagasi täna.',
          'Rahulikult ja põhjalikult vaatasin kogu teie tellimuse ajaloo üle.',
          'Teie rahulolu on meile tähtis ja lahendame asja kohe.',
        ],
        corrections: [
          {
            before: 'Palun rahunege. Me leiame teie kohvrile lahenduse veel täna.',
            after:
              'Mõistan täielikult, kui ebameeldiv see olukord Teie jaoks on. Me leiame teie kohvrile lahenduse veel täna.',
          },
          {
            before: 'Urmas, ärge ärrituge, vaatame arve koos üle.',
            after: 'Urmas, mõistan täielikult, kui ebameeldiv see olukord Teie jaoks on, vaatame arve koos üle.',
          },
          {
            before: 'Tere, Liis! Võtke rahulikult, raha on teie kontole juba teel.',
            after:
              'Tere, Liis! Mõistan täielikult, kui ebameeldiv see olukord Teie jaoks on, raha on teie kontole juba teel.',
          },
        ],
      },
    },
    {
      id: 'tone-policing',
      patterns: [
        '(olge|ole) ~2 (viisakas|viisakam|rahulik|rahulikum|mõistlik|kannatlik|kannatlikum|kannatlikud)',
        '(varuge|varu) ~2 kannatust',
        '(sellisel|sellise|niisugusel|niisuguse) (toonil|tooniga)',
        '(viisakamalt|rahulikumalt|normaalselt) ~2 (rääki*|suhel*|kirjuta*|väljendu*)',
        '(rääkige|räägi|kirjutage|kirjuta|suhelge|suhtle|väljenduge) ~2 (viisakamalt|rahulikumalt|normaalselt|korralikult)',
        '(ärge|ära) ~1 (tõstke|tõsta) ~1 häält',
        '(ärge|ära) ~2 (süüdistage|süüdista|solvake|solva|ähvardage|ähvarda|valetage|liialdage|liialda)',
        '(ärge|ära) ~1 (raisake|raiska|tülitage|tülita|segage|sega) ~2 (meie|minu|mu|meid|mind|aega)',
        '(jätke|jäta) (meid|mind) rahule',
        '(kuulake|kuula) (mind|nüüd) ~1 (hoolega|hoolikalt|lõpuni|ära)',
        '(ärge|ära) ~1 ((kirjutage|kirjuta|helistage|helista) <~2> (enam|rohkem))',
      ],
      message:
        'Kliendi tooni noomimine („olge viisakas“, „ärge rääkige sellisel toonil“) süvendab viha. Ta saab end välja elada ja alles siis saate koos lahendust otsida: kuula, vabanda ja näita mõistmist.',
      source: 'practice: scenario 7 angry customer (seed 002)',
      weight: 9,
      dimension: 'warmth',
      examples: {
        fires: [
          'Palun [[olge viisakas]], muidu ma vestluse lõpetan.',
          'Ärge rääkige minuga [[sellisel toonil]].',
          '[[Rääkige palun viisakamalt]].',
          '[[Ärge tõstke häält]].',
          '[[Olge kannatlik]], menetlus võtab aega.',
          '[[Varuge natuke kannatust]].',
          '[[Ärge süüdistage]] meid asjatult.',
          'Palun proovige [[viisakamalt väljenduda]], siis saan teid aidata.',
          '[[Ärge raisake meie aega]].',
          '[[Jätke mind rahule]].',
          '[[Kuulake mind hoolega]].',
          '[[Ärge meile enam helistage]].',
        ],
        silent: [
          'Aitäh, et olite nii mõistev ja kannatlik.',
          'Selle tooniga värv on meil kohe laos.',
          'Kirjutan teile homme, et anda ülevaade remondi seisust.',
          'Ärge muretsege, kirjutage meile julgelt uuesti, kui viga kordub.',
        ],
      },
    },
    {
      id: 'not-the-only-one',
      patterns: [
        '(te|teie|sa|sina) ~1 (pole|ei ole) ~1 (ainus|ainuke|ainukene)',
        '(te|teie|sa|sina) ~2 (ainus|ainuke|ainukene) (pole|ei ole|polegi)',
        'ainult ~1 (teie|sinu) (pärast|jaoks|tõttu)',
        '(ootama|oodata|ootavad) ~2 (peavad|peab|tuleb) ~1 (kõik|kõigil|igaüks)',
        'kõik ~2 (ootavad|peavad ootama)',
      ],
      message:
        '„Te pole ainus klient“ ütleb kliendile, et tema mure on koormaks. Iga klient tahab tunda, et tema probleem on ainulaadne ja sellega tegeldakse hoolikalt – ütle, mida tema heaks kohe teed.',
      source: 'practice: personal, not canned (seed 001); scenario 6 no burden (seed 002)',
      weight: 7,
      dimension: 'warmth',
      examples: {
        fires: [
          '[[Teie pole ainus]] klient.',
          'Me ei saa rohkem inimesi tööle võtta [[ainult teie pärast]].',
          '[[Ootama peavad kõik]].',
          '[[Kõik ootavad]] oma järjekorda.',
          'Eks [[te ju ainus pole]], kes tahab enne pühi kohale saada.',
        ],
        silent: [
          'Teie tellimus on ainus, mis veel ootel on, ja saadan selle täna.',
          'Kõik tellimused saadame välja homme hommikul.',
          'Tegime selle muudatuse just teie jaoks.',
        ],
      },
    },
    {
      id: 'shouting-wont-help',
      patterns: [
        '(karjumine|karjumisega|karjudes|karjuda|sõimamine|sõimamisega|sõimates|sõimata|ropendamine|ropendamisega|ähvardamine|ähvardused|ähvardustega|vihastamine|pahandamine|närvitsemine) ~4 ei (aita|aitagi|muuda|muutu|vii|lahenda|saavuta|kiirenda|too|anna|lähe|parane)',
        '(karjumine|karjumisega|sõimamine|sõimamisega|ähvardused|ähvardustega) ~4 (midagi|kuhugi) ~2 (ei|pole)',
      ],
      message:
        '„Karjumine ei aita“ süüdistab klienti tema tunnetes ja süvendab konflikti. Las ta saab end välja elada, kuula kannatlikult, vabanda ja ütle, et mõistad teda.',
      source: 'practice: scenario 7 angry customer (seed 002)',
      weight: 9,
      dimension: 'warmth',
      examples: {
        fires: [
          '[[Karjumine ei aita]] teid mitte kuidagi.',
          '[[Sõimamisega te siin midagi ei saavuta]].',
          '[[Ähvardused ei kiirenda]] teie avalduse menetlemist.',
          '[[Karjumisega asi kiiremaks ei lähe]].',
        ],
        silent: [
          'Saan aru, et olete pettunud, ja aitan teid kohe.',
          'Karjumist kuuldes saan aru, kui pahane te olete – vabandan.',
          'Meie uus hoolduspakett aitab rikkeid ennetada.',
        ],
      },
    },
    {
      id: 'your-choice-to-leave',
      patterns: [
        '(lahku*|lõpeta*|loobu*|mujale|konkuren*|tühista*) ~6 (teie|sinu|su) (valik|otsus|asi|õigus)',
        '(teie|sinu|su) (valik|otsus|asi|õigus) ~6 (lahku*|lõpeta*|loobu*|mujale|konkuren*|tühista*)',
        '(minge|mine|pöörduge|pöördu) ~1 (mujale|konkuren*)',
        'kui ~3 (ei meeldi|ei sobi|pole rahul|ei ole rahul) ~5 (mujale|mujalt|lahku*|lõpeta*|konkuren*|loobu*|tühista*|teise*|ostke|osta)',
        '(teie|sinu|su) (valik|otsus|asi) ~6 või mitte',
        '^ (tee|tehke) (nagu|kuidas) ?(ise) (tahad|tahate|soovid|soovite|tead|teate|heaks arvad|heaks arvate)',
        '(keegi|me|meie) ~1 ei hoia ~1 (teid|sind) ~1 kinni',
        'kui ~2 (ei soovi|ei taha) ~6 (ise|mujale|loobu*|lõpeta*|tühista*)',
        '(kirjutage|kirjuta|kaevake|kaeba|minge|mine|helistage|helista) ~2 (kuhu|kellele) ~1 (tahate|soovite|tahad|soovid)',
      ],
      // "Kui aeg ei sobi, tühistan broneeringu tasuta": the agent does it for the customer.
      unless: [
        '(saan|saame|tühistan|tühistame|vormistan|vormistame|kannan|kanname|tagastame|hüvitame|tasuta|pakun|pakume)',
      ],
      unlessScope: 'sentence',
      message:
        '„Kui soovite lahkuda, on see teie valik“ lükkab kliendi uksest välja. Vihane klient, kelle mure lahendatakse hästi, jääb lojaalsemaks kui see, kellel probleemi polnudki – võta vastutus ja paku lahendust.',
      source: 'practice: scenario 7 angry customer (seed 002); principles (seed 000)',
      weight: 9,
      dimension: 'warmth',
      examples: {
        fires: [
          'Kui soovite lepingu [[lõpetada, on see teie valik]].',
          'See on [[teie otsus, kas lähete konkurendi]] juurde.',
          '[[Kui teile meie teenus ei meeldi, minge mujale]].',
          '[[Keegi ei hoia teid kinni]].',
          '[[Kui ei soovi maksta, tulge ise]] järele.',
          '[[Kirjutage, kuhu tahate]].',
          '[[Kui kohaletoimetamise aeg teile ei sobi, võite tellimuse tühistada]].',
          '[[Kui meie hinnad ei sobi, ostke mujalt]].',
          'See on [[teie otsus, kas jätkate meiega või mitte]].',
          '[[Tehke nagu teate]].',
        ],
        silent: [
          'Valik on teie: saame saata uue seadme või tagastada raha kolme päeva jooksul.',
          'Lõpetasin teie vana lepingu ja uus kehtib alates esmaspäevast.',
          'Teie otsus on meile oluline, seega ootan vastust, kumb variant sobib.',
          'Kui uus aeg teile ei sobi, tühistan broneeringu tasuta ja pakun järgmise vaba aja.',
        ],
      },
    },
    {
      id: 'blame-customer',
      patterns: [
        '(oleksite|oleksid) ~3 (pidanud|võinud|pidama)',
        '(vale|valest|valesti|hooletu|hooletust|ebaõige|ebaõigest) ~1 (kasutami*|käsitsemi*|hooldami*|paigaldami*)',
        '(teie|sinu|su) ?(enda|oma|ise) (süü|viga|eksimus|süüd|hooletus)',
        '(teie|sinu|su) (enda|oma) (probleem|mure|asi)',
        '(viitsiksite|viitsiksid|viitsinud|viitsite|viitsid)',
        'kui ~2 (oleksite|oleksid) ~3 (lugenud|vaadanud|kontrollinud|järginud|märganud|teinud)',
        '(lugeda|aru saada) ~1 ei (oska|oskagi)',
        '(teised|teistel|kellelgi|keegi) ~3 (pole|ei ole|ei) ~3 (kurtnud|kaevanud|kaebusi|probleem*|muret|öelnud|maininud|teatanud|märkinud|rääkinud|täheldanud|kurtma)',
        '(pole|ei ole|polnud|ei olnud) ~2 (keegi|kellelgi|teised|teistel|ükski) ~2 (kurtnud|kaevanud|kaebusi|maininud|teatanud|märkinud|rääkinud|täheldanud|probleem*|muret|kurtma)',
        '(peaksite|pidite|peaksid) ~2 (teadma|lugema|läbi lugema|tähele panema|oskama|suutma|mõistma)',
        '(see|asi) on ~2 (elementaarne|ilmselge)',
        '(vastutus|süü) (on|jääb) (teie|sinu|teil)',
        'peaks ~2 ise ~1 (oskama|teadma|suutma)',
        '(kliendid|inimesed) ~3 (peaksid|unustavad|jätavad|eksivad|ei viitsi|ei sulge|ei loe|ei vaata|ei kontrolli|ei lülita)',
        'oleks ~2 (pidanud|tulnud) ~4 (enne|varem|kohe|ise|lugema|kontrollima|vaatama|teatama|esitama|lugeda|kontrollida|teha)',
        '(piisas|piisanuks|piisanud) ~3 (lugeda|vaadata|lugemisest)',
      ],
      unless: [
        '(pettunud|pahane|vihane|ärritunud|häiritud|mures|ootama|oodanud|ootasite|vaband*)',
        '(pole|ei ole|polnud|ei olnud) ~2 (teie|sinu|su) ~1 (süü|viga|süüd)',
        '(teie|sinu|su) ~1 (süü|viga) ~3 (pole|ei ole|polnud|ei olnud)',
        // An impersonal "oleks pidanud" aimed at the customer ("teile oleks pidanud helistama") or said of our staff
        // ("administraator oleks pidanud …") admits our fault.
        'oleks ~1 pidanud ~4 (teile|teid|teiega|sulle|sind|sinuga|teie)',
        '(teile|teid|teiega|sulle|sind|sinuga) ~3 oleks ~1 pidanud',
        '(me|meie|meil|administraator*|töötaja*|kolleeg*|õde|arst|tehnik|kuller|vastuvõtt|personal*|teenindaja*|juhataja*|koristaja*|meister|hooldaja*|paigaldaja*|kokk|treener*) ~2 oleks ~1 pidanud',
      ],
      unlessScope: 'sentence',
      message:
        'Kliendi süüdistamine („oleksite pidanud“, „ilmselt unustasite“) vihastab kõige rohkem ja süü jääb õhku ringi lendama. Võta vastutus, vabanda ja selgita sõbralikult, kuidas edaspidi toimida.',
      source: 'practice: scenario 7 angry customer (seed 002)',
      weight: 9,
      dimension: 'ownership',
      examples: {
        fires: [
          'Meil on palju külalisi ja [[keegi pole midagi sellist öelnud]].',
          '[[Oleksite pidanud]] lepingu tingimused enne allkirjastamist hoolikalt üle vaatama.',
          'See on [[teie enda süü]].',
          'See on [[teie enda probleem]].',
          'Juhend on karbis kaasas, kui te vaid [[viitsiksite]] selle avada.',
          '[[Teised kliendid pole selle üle kurtnud]].',
          'Sellisest rikkest [[pole keegi teine meile teatanud]].',
          'Seda [[peaksite oskama]] ise teha.',
          'Peegel oli pakkimata, seega [[vastutus on teie]].',
          'Sellised asjad [[peaks inimene ise oskama]].',
          'Seda [[oleks pidanud enne ostu kontrollima]].',
          '[[Kliendid jätavad]] tihti aknad lahti ja siis andur reageerib.',
          'Rike on tekkinud [[vale kasutamise]] tõttu, seega garantii seda ei kata.',
          '[[Kui te oleksite juhendit lugenud]], poleks seda juhtunud.',
          'Kas te [[lugeda ei oska]]?',
          '[[See on ju elementaarne]], aku tuleb enne kasutamist täis laadida.',
          '[[Piisanuks juhendi lugemisest]].',
        ],
        silent: [
          'Me oleksime pidanud teid hilinemisest kohe teavitama – vabandan.',
          'Ilmselt olete ootamisest väga pettunud ja see on täiesti mõistetav.',
          'Kinnituse peaksite saama e-postiga tunni jooksul.',
          'Kui soovite, saan teile juhendi e-postiga saata.',
          'Tõenäoliselt jõuab teie pakk homme.',
          'Ruuter oleks pidanud enne teie kolimist valmis olema – vabandan selle eest.',
          'Seadistamiseks piisab lühijuhendi lugemisest, pikka kasutusjuhendit pole vaja läbi töötada.',
          'See pole kindlasti teie viga, vahetame laadija kohe välja.',
          'Teie süü see kindlasti ei olnud, tarkvaraviga tekkis uuenduse käigus.',
          'Hooldusaeg oli küll kokku lepitud, aga teile oleks pidanud päev varem meelde tuletama.',
          'Pesumasin jäi ühendamata, kuigi paigaldaja oleks pidanud selle kohe ära tegema.',
        ],
      },
    },
    {
      id: 'dismissive',
      // Rhetorical questions and shrugs that hand the problem back to the customer.
      patterns: [
        '(mida|mis) (te|sa) ~1 (minult|meilt) ~1 (veel|nüüd|siis|üldse|õieti) (ootate|ootad|tahate|tahad|nõuate|nõuad)',
        '(mida|mis) (te|sa) (veel|nüüd|siis|üldse|õieti) ~1 (minult|meilt) (ootate|ootad|tahate|tahad|nõuate|nõuad)',
        '(mis|mida) (te|sa) ?(siis|nüüd|veel|õieti) (tahate|tahad|ootate|ootad) ~2 et ~2 (ma|me|mina|meie) ~1 (teeksin|teeksime|teeks|teen|teeme)',
        '(mida|mis) (te|sa) (siis|nüüd|õieti) (ootasite|ootasid|arvasite|arvasid|lootsite|lootsid)',
        'mis (ma|me|mina|meie) ?(siin|siis|nüüd|ikka) (oskan|oskame) ?(siin) (teha|parata)',
        '^ ?(no|noh|aga|noja) (mis siis|mis teha|mis parata|ja siis) $',
      ],
      message:
        'Retooriline küsimus või õlakehitus („Mida te minult ootate?“, „Mis ma oskan teha?“) ütleb kliendile, et tema mure ei puutu sinusse. Vabanda, ütle, et mõistad teda, ja ütle, mida sa tema heaks kohe teed.',
      source: 'practice: scenario 7 angry customer — sympathise, then help (seed 002); principles (seed 002)',
      weight: 8,
      dimension: 'warmth',
      examples: {
        fires: [
          '[[Mida te meilt veel ootate]]?',
          '[[Mida sa siis minult tahad]], kui kuller su paki juba kätte andis?',
          '[[Mis te siis tahate, et ma teeksin]]?',
          '[[Mida te siis ootasite]] sellise hinna eest?',
          'Ilm on selline, [[mis me oskame teha]].',
          '[[No mis teha]].',
        ],
        silent: [
          'Vaatan kohe, mis ma saan teie heaks teha.',
          'Kirjutage palun, mida te meilt ootate – kas uut seadet või raha tagasi?',
          'Mida te soovite, et me teeksime: kas vahetame toote või tagastame raha?',
        ],
      },
    },
    {
      id: 'blame-hindsight',
      // What the customer did or should do "next time": the same blame as "oleksite pidanud", in other words.
      patterns: [
        '(järgmine|järgmisel|edaspidi|tulevikus|teinekord) ?(kord|korral) ~4 (varem|paremini|hoolikamalt|hoolikalt|kiiremini|ette|õigeaegselt|rohkem|tähelepanelikumalt|korralikumalt|korralikult|ettevaatlikumalt|lihtsalt|aegsasti)',
        '(sest|kuna) (te|sa) ~1 ei (teavitanud|teatanud|maksnud|tasunud|lugenud|kontrollinud|vaadanud|järginud|registreerinud|uuendanud|sisestanud|kinnitanud|pakkinud|märkinud|salvestanud|lülitanud|sulgenud|lukustanud)',
        '(sest|kuna) (te|sa) ~2 (unustasite|unustasid|jätsite|jätsid|eksisite|eksisid)',
        '(valisite|valisid|tellisite|tellisid|sisestasite|sisestasid|märkisite|märkisid|panite|panid|kirjutasite|kirjutasid) ~2 (vale|valed|valesti|valet|vales|valele)',
        '(nõustusite|nõustusid|kinnitasite|kinnitasid|allkirjastasite|allkirjastasid|aktsepteerisite|aktsepteerisid) ~3 (hinna*|tingimus*|reegli*|lepingu*|broneeringu*|kinnituse*)',
        'ju ~1 (valesti|vale|valed|valet)',
        '(teade|teated|teavitus|teavitused|hoiatus|silt|sildid) ~3 (üleval|väljas)',
        '(seinal|uksel|stendil|sildil|teatetahvlil|infotahvlil|fuajees) ~2 (kirjas|üleval|väljas)',
        'kui ?(te|sa|teie) ?(vaid|ainult|ise) (oleksite|oleksid)',
      ],
      unless: [
        '(teavitame|teavitan|saadame|saadan|tuletame|tuletan|helistame|helistan|anname|annan|hoiame|jälgime|kontrollime|pakume|broneerime|broneerin|paneme|teeme)',
        '(huvitatud|soovinud|tahtnud|nõus|soovi korral)',
        '(oleksime|pidime|meie viga|vaband*)',
      ],
      unlessScope: 'sentence',
      message:
        'Meeldetuletus, mida klient oleks pidanud tegema („järgmine kord registreeruge varem“, „broneerides nõustusite hinnaga“, „teade oli ju üleval“), paneb ta end kaitsma ja süü jääb õhku lendama. Võta vastutus ja aita praegu; kasuliku nõuande anna abina: „Soovi korral saadan teile enne järgmist tähtaega meeldetuletuse.“',
      source: 'practice: scenario 7 angry customer — take full responsibility, blame blocks the solution (seed 002)',
      weight: 8,
      dimension: 'ownership',
      examples: {
        fires: [
          '[[Järgmine kord broneerige varem]].',
          '[[Edaspidi kontrollige aadress hoolikalt]] üle.',
          'Pakk saadeti tagasi, [[sest te ei maksnud]] arvet õigel ajal.',
          '[[Kuna te unustasite]] parooli uuendada, konto lukustus.',
          '[[Sisestasite ise vale]] aadressi.',
          'Tellimisel [[nõustusite tingimustega]].',
          'Number oli [[ju valesti]] sisestatud.',
          'Veekatkestusest oli trepikojas [[teade üleval]].',
          'Hinnad on kassa kõrval [[seinal kirjas]].',
          '[[Kui te oleksite]] õigel ajal tulnud, oleks laud alles.',
        ],
        silent: [
          'Järgmine kord saadame teile meeldetuletuse juba nädal varem.',
          'Edaspidi teavitame teid remonditöödest ka SMS-iga.',
          'Kuna te valisite kiirtarne, jõuab pakk teieni homme.',
          'Kui te oleksite huvitatud, saame pakkuda ka aastapaketti.',
          'Teade oli küll trepikojas üleval, kuid oleksime pidanud teid ka SMS-iga teavitama.',
        ],
      },
    },
    {
      id: 'presume-customer-error',
      patterns: [
        '(küllap|ilmselt|tõenäoliselt|arvatavasti|ilmselgelt) ~2 (olete|oled|te|sa|unustasite|unustasid|kasutasite|kasutasid|vajutasite|sisestasite|panite|jätsite|lõite|tegite|lugesite|ajasite)',
        '(küllap|ilmselt|tõenäoliselt|arvatavasti|ilmselgelt) ~4 (kasutamis*|kasutaja*|hooletus*|valesti|mehaanili*|kukkumis*|niiskus*|löögi*)',
        'küllap ~6 (te|teie|teil|teid|sa|sinu)',
        '(te|sa) (ilmselt|küllap|tõenäoliselt|arvatavasti)',
        '(ju|küllap|ilmselt|tõenäoliselt|arvatavasti) ~1 (te|sa|teie) ~3 (valesti|ise|kogemata|hooletult|liiga|unustasite|unustasid)',
        'ju (te|sa|teie) ~2 (kasutate|kasutasite|panite|jätsite|unustasite|vajutasite|ei|olete|oled|tegite)',
        '(probleem|viga|põhjus|rike|tõrge) ~2 (on|peitub|asub) ~1 (teie|teil) (pool|poolel|seadmes|ruuteris|arvutis|telefonis|võrgus|süsteemis)',
        '(probleem|viga|põhjus|rike) ~3 (ilmselt|tõenäoliselt|küllap|arvatavasti|vist|kindlasti) ~3 (teie|teil|teiepool*|kasutaja*)',
        '(ilmselt|tõenäoliselt|küllap|arvatavasti) ~2 (teie|teil) ~3 (probleem|viga|süü|ruuter*|seade*|võrk*|wifi|wi-fi|arvuti*|telefon*|teler*)',
      ],
      unless: [
        '(pettunud|pahane|vihane|ärritunud|häiritud|mures|ootama|oodanud|ootasite|vaband*)',
        '(kontrollin|kontrollime|kontrollisin|uurin|uurime|uurisin|vaatame|diagnoosi*)',
      ],
      unlessScope: 'sentence',
      message:
        'Oletus, et klient tegi ise vea („ilmselt unustasite“, „küllap kasutasite valesti“), paneb süü õhku ringi lendama ja vihastab. Kontrolli ise üle, mis juhtus, võta vastutus ja selgita sõbralikult.',
      source: 'practice: scenario 7 angry customer; scenario 5 explain what happened (seed 002)',
      weight: 8,
      dimension: 'ownership',
      examples: {
        fires: [
          'Kontrollige oma ruuterit, [[probleem on teie pool]].',
          '[[Ju te istusite sellel valesti]].',
          '[[Ilmselt unustasite]] parkimise käivitada.',
          '[[Küllap olete kaabli valesti]] ühendanud.',
          'Kaamera sai [[arvatavasti kukkumise]] tõttu kannatada.',
          '[[Probleem on tõenäoliselt teie ruuteris]].',
          '[[Küllap oli teie vaasis liiga]] vähe vett.',
          '[[Ju te kasutate]] vale laadijat.',
          '[[Te ilmselt]] vahetasite käike liiga järsult.',
        ],
        silent: [
          'Viga oli meie poolel ja parandasime selle.',
          'Ilmselt olete ootamisest väga pettunud ja see on täiesti mõistetav.',
          'Tõenäoliselt jõuab teie pakk homme.',
          'Ilmselt jäi pakk sorteerimiskeskusesse kinni, uurisin kullerilt järele.',
        ],
      },
    },
    {
      id: 'missing-empathy',
      kind: 'missing',
      patterns: [
        '(mõistan|mõistame|mõista|mõistetav*|arusaadav*)',
        '(saan|saame) ~2 aru',
        'aru ~2 (saan|saame)',
        ...ET_APOLOGY,
        '(imetlen|kannatlik*)',
        '(olen|oleksin) ~3 (pahane|pettunud|vihane|ärritunud)',
        '(võtan|võtame) ~3 vastutus*',
        '(ebameeldiv*|frustreeriv*|tüütu)',
      ],
      scenarios: ['angry_customer'],
      message:
        'Vihasele kliendile näita kõigepealt, et oled tema poolel: vabanda, võta vastutus ja ütle „Mõistan täielikult, kui ebameeldiv see olukord teie jaoks on“. Alles siis aita – emotsioon on see, mis kliendi sinu juurde jätab.',
      source: 'practice: scenario 7 angry customer (seed 002)',
      weight: 6,
      dimension: 'warmth',
      examples: {
        fires: [
          'Teie pakk on teel ja jõuab kohale homme.',
          'Trahvi vaidlustamiseks täitke vorm iseteeninduses.',
          'Kohver leiti üles ja toome selle teile täna õhtul.',
        ],
        silent: [
          'Saan aru, miks olete pahane – vabandan ja toome kohvri teile täna õhtul.',
          'Mõistan teie pahameelt. Kanname 45 eurot tagasi täna.',
          'Imetlen teie kannatlikkust selles olukorras, pakk jõuab homme.',
          'Kinnitan, et me aru saame, kui palju see olukord teile muret on teinud. Kanname raha tagasi täna.',
          'Palun andke andeks, et pidite nii kaua ootama. Toome kohvri teile täna õhtul.',
          'Meil on väga kahju, et kohver jäi teel kaduma. Toome selle teile täna õhtul.',
          'On tõesti kahetsusväärne, et kaardilt võeti raha kaks korda. Kanname summa tagasi täna.',
          'Mul on tõeliselt piinlik, et tehnik ei tulnud kokkulepitud ajal. Uus aeg on homme kell 9.',
          'Ma oleksin teie asemel samuti pahane. Kanname 45 eurot tagasi täna.',
          'Võtame selle eest täieliku vastutuse ja toome kohvri teile täna õhtul.',
          'See on tõesti tüütu, et pidite kolm korda helistama. Tehnik tuleb homme kell 10.',
        ],
      },
    },
  ],
  cues: [
    {
      patterns: [
        // "Mul on põlvega jama" is a problem, not abuse: only "mis jama", "täielik jama" and the like swear.
        '(mis|selline|täielik|täiesti|üks|paras|sellist) (jama|jampsi|jamps)',
        '(prügi|sitt|sitane|pask|paska|kräpp|häbematu*|häbiväärne|naeruväärne|absurd*|lollid|idioot*|kasutu|kasutud|saamatu*|jobu*|pettur*|petate|petis*)',
        '(varas|vargad|röövel*|röövite|nõme|mõttetu|mõttetud|skandaal*|häbi|põrgu|tõbras|tõprad|lurjus*|pettus*|petu*|lollus*|jaburdus*|varastate|varastasite|varastavad|varastanud|petnud|petsite|ebakompetent*)',
      ],
      in: 'customer',
      weight: 5,
      label: 'klient sõimab',
    },
    {
      patterns: [
        '(lõpetan|katkestan|tühistan|loobun|lahkun) ~3 (lepingu*|tellimuse*|teenuse*|konto*|kõik|teilt|teie)',
        'ütlen ~3 üles',
        '(lähen|viin|kolin) ~3 (konkuren*|mujale|teise)',
        // "Meie jurist küsib" is a question; a threat turns to the lawyer ("annan asja juristile").
        '(tarbijakaitse*|kohtusse|kohus|ajakirjandus*|sotsiaalmeedia*|facebooki*|avalikult|foorum*|arvustus*)',
        '(annan|anname|pöördun|pöördume|räägin|konsulteerin|lähen|läheb) ~3 (advokaadi*|juristi*)',
      ],
      in: 'customer',
      weight: 4,
      label: 'klient ähvardab lahkuda või kaevata',
    },
    {
      patterns: [
        '(keegi|kedagi) ~2 (pole|ei ole|ei|polnud) ~3 (vastanud|helistanud|vasta|aidanud|huvita|teinud|võtnud|võta|vastuta)',
        '(kolmandat|neljandat|mitmendat|viiendat) ~1 korda',
        '(mitu|kolm|neli|viis|kümme) ~1 (korda|kirja|kõnet)',
        'kas ~3 (üldse|seal) ~3 (keegi|midagi)',
        '(kolm|kaks|neli|viis|mitu) ~1 (nädalat|päeva|kuud|tundi) ~5 (ikka|endiselt|mitte midagi|keegi)',
      ],
      in: 'customer',
      weight: 3,
      label: 'klient on korduvalt tähelepanuta jäänud',
    },
    {
      patterns: [
        '(kohutav|kohutavalt|õudne|jube|vastik|vihane|pahane|pettunud|uskumatu|ärritunud|närvi|solvav|ennekuulmatu)',
        '(tahan|nõuan) ~3 (kohe|raha|hüvitist|vastust|juhatajat|ülemust)',
      ],
      in: 'customer',
      weight: 2,
      label: 'klient on pahane',
    },
    {
      patterns: [
        '?(palun) rahune*',
        '(võtke|võta) ~1 rahulikult',
        '(karjumine|sõimamine) ~4 ei',
        '(mõistan|saan aru) ~4 (pahameel*|pettumus*|viha*|pahane|pahased|ärritunud|ärritust)',
        'imetlen ~2 kannatlik*',
      ],
      in: 'draft',
      weight: 4,
      label: 'vastuses: vihase kliendi rahustamine',
    },
  ],
  templates: [
    {
      id: 'default',
      parts: [
        '{greeting}',
        {
          text: 'Vabandan väga! Saan täiesti aru, kui ebameeldiv see on, ja võtan selle lahendamise enda peale.',
          skipIf: ET_APOLOGY,
        },
        '{body}',
        {
          text: 'Hoian Teid isiklikult kursis, kuni kõik on korras.',
          skipIf: [
            '(hüvitame|hüvitasin|kanname|kandsin|saadame|saadan|broneerisin|parandame|vahetame|asendame|toome|tellisin)',
            '(laekub|jõuab) ~3 (kontole|teieni)',
          ],
        },
        '{closing}',
      ],
    },
  ],
} satisfies RulePack;
