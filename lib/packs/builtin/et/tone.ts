import type { RulePack } from '../../types';

/** Estonian tone pack: language-level phrasing that applies in every scenario, and the rewrite's phrases. */
export const tone = {
  id: 'et.tone',
  language: 'et',
  scenario: 'tone',
  version: 1,
  name: 'Toon',
  description: 'Positiivne keelekasutus, isiklik pöördumine ja vestluse lõpetamine abipakkumisega.',
  rules: [
    {
      id: 'negative-language-skill',
      // The replacement speaks in the first person ("ma alles õpin"), so the match takes in the agent's own "ma"
      // (or a clause that starts with the verb) and the whole "… keelt"/"… keeles vastata": "Kolleeg ei räägi
      // vene keelt" is not the agent's language and would not read with "ma alles õpin" in its place.
      patterns: [
        '(ma|mina) ?(kahjuks|paraku|ise|veel|ju) ei (räägi|oska|valda) ?(kahjuks|paraku|väga|eriti|üldse|veel|just) ?(hästi|eriti|üldse|piisavalt|soravalt) (vene|inglise|soome|läti|leedu|saksa|prantsuse|rootsi|ukraina|poola|hispaania|eesti) (keelt|keeles) ?(vastata|suhelda|rääkida|kirjutada|teenindada|aidata)',
        'ei (räägi|oska|valda) (ma|mina) ?(kahjuks|paraku|väga|eriti|üldse|veel|just) ?(hästi|eriti|üldse|piisavalt|soravalt) (vene|inglise|soome|läti|leedu|saksa|prantsuse|rootsi|ukraina|poola|hispaania|eesti) (keelt|keeles) ?(vastata|suhelda|rääkida|kirjutada|teenindada|aidata)',
        '^ ?(kahjuks|paraku) ei (räägi|oska|valda) ?(kahjuks|paraku|väga|eriti|üldse|veel|just) ?(hästi|eriti|üldse|piisavalt|soravalt) (vene|inglise|soome|läti|leedu|saksa|prantsuse|rootsi|ukraina|poola|hispaania|eesti) (keelt|keeles) ?(vastata|suhelda|rääkida|kirjutada|teenindada|aidata)',
      ],
      message:
        'Positiivne keelekasutus muudab kliendi meelestatuse, kuigi fakt jääb samaks: „ma ei räägi vene keelt“ asemel ütle „ma alles õpin seda keelt“.',
      source: 'practice: positive language (seed 002)',
      replacement: 'Ma alles õpin seda keelt',
      weight: 3,
      dimension: 'positivity',
      examples: {
        fires: [
          'Vabandust, [[ma ei räägi vene keelt]].',
          '[[Ma ei oska soome keelt]], seega vastan eesti keeles.',
          'Kahjuks [[ei räägi ma hästi inglise keelt]].',
          '[[Kahjuks ei oska läti keelt]], kas võiksime suhelda inglise keeles?',
          'Vabandust, [[ma ei oska vene keeles vastata]].',
        ],
        silent: [
          'Ma alles õpin vene keelt, aga proovin teid aidata.',
          'Meie kolleeg räägib vene keelt ja helistab teile tunni jooksul.',
          'Kasutusjuhend on saadaval ka inglise keeles.',
          'Kuller ei räägi eesti keelt, seega saatsin talle aadressi inglise keeles.',
        ],
        corrections: [
          {
            before: 'Vabandust, ma ei räägi vene keelt, aga kolleeg helistab teile tunni jooksul.',
            after: 'Vabandust, ma alles õpin seda keelt, aga kolleeg helistab teile tunni jooksul.',
          },
          {
            before: 'Kahjuks ei oska läti keelt, kas võiksime jätkata inglise keeles?',
            after: 'Ma alles õpin seda keelt, kas võiksime jätkata inglise keeles?',
          },
          {
            before: 'Ma ei oska hästi soome keeles kirjutada, seega vastan eesti keeles.',
            after: 'Ma alles õpin seda keelt, seega vastan eesti keeles.',
          },
        ],
      },
    },
    {
      id: 'no-time',
      patterns: [
        '(mul|meil) ~2 (pole|ei ole) ~2 (aega|aeg)',
        '(olen|oleme) ~2 (väga|liiga) ~1 (hõivatud|kiired|kinni)',
        '(mul|meil) on ~2 (väga|liiga|nii|hirmus) (kiire|kiired)',
        '(mul|meil) on ~2 (teisi|muid|olulisemaid) ~1 (kliente|asju|töid|tegemisi)',
        'kui (tal|neil|mul|meil) ~1 aega (on|tekib|jääb|leidub)',
      ],
      unless: ['(vaba|vabu|vabad|vabasid|leian|leiame|broneeri*)'],
      unlessScope: 'sentence',
      message:
        '„Mul pole selleks aega“ ütleb kliendile, et ta on koormaks. Teenindaja ülesanne on anda märku, et oled tema jaoks alati olemas ja aitad hea meelega – ütle, millal tema asjaga tegeled.',
      source: 'practice: scenario 6 closing — no burden to us (seed 002)',
      weight: 6,
      dimension: 'warmth',
      examples: {
        fires: [
          '[[Mul pole praegu selleks aega]].',
          '[[Meil on täna väga kiired]], kirjutage hiljem.',
          '[[Mul on ka teisi kliente]] peale teie.',
          'Tehnik tegeleb teie rikkega, [[kui tal aega on]].',
          'Vabandust, [[oleme täna väga hõivatud]] ja jõuame teie kirjani alles järgmisel nädalal.',
        ],
        silent: [
          'Leian teie jaoks aega juba täna pärastlõunal.',
          'Teil pole vaja aega kulutada, täidan vormi teie eest.',
          'Meil on täna avatud kella 18-ni.',
        ],
      },
    },
    {
      id: 'unclear-customer',
      patterns: [
        '(teie|te|su|sinu) ~1 (küsimus|kiri|sõnum|jutt|pöördumine) ~2 (arusaamatu|segane|ebaselge|mõttetu|loogikata)',
        '?(ma|mina) ei saa ~2 aru ~3 (mida|mis|millest) ~2 (te|sa) ~1 (mõtlete|tahate|mõtled|tahad|küsite|küsid|räägite)',
      ],
      message:
        'Kui küsimus jääb segaseks, ära pane seda kliendi süüks. Küsi viisakalt täpsustust – kliendid tahavad, et taustaküsimused oleksid arusaadavad ja lahendus realistlik.',
      source: 'practice: principles — background questions that make sense (seed 003)',
      replacement: 'Et saaksin Teid kõige paremini aidata, palun täpsustage, mida täpsemalt silmas peate',
      weight: 5,
      dimension: 'warmth',
      examples: {
        fires: [
          '[[Teie küsimus on arusaamatu]].',
          '[[Ma ei saa aru, mida te tahate]].',
          '[[Sinu kiri on väga segane]].',
        ],
        silent: [
          'Et saaksin teid kõige paremini aidata, palun täpsustage, millise arve kohta küsite.',
          'Saan aru, mida te mõtlete, ja kontrollin kohe.',
          'Vastus teie küsimusele on kahjuks pikk, seega panen selle punktidena kirja.',
        ],
        corrections: [
          {
            before: 'Vabandust, teie küsimus on mulle arusaamatu.',
            after: 'Vabandust, et saaksin Teid kõige paremini aidata, palun täpsustage, mida täpsemalt silmas peate.',
          },
          {
            before: 'Ma ei saa aru, mida te mõtlete selle tasu all.',
            after:
              'Et saaksin Teid kõige paremini aidata, palun täpsustage, mida täpsemalt silmas peate selle tasu all.',
          },
          {
            before: 'Tere, Kati! Teie kiri on üsna segane.',
            after: 'Tere, Kati! Et saaksin Teid kõige paremini aidata, palun täpsustage, mida täpsemalt silmas peate.',
          },
        ],
      },
    },
    {
      id: 'condescending',
      // "Everyone knows", "it's clearly written": the particle "ju" with knowing or being written, and their kin.
      patterns: [
        '(iga|kõik|igaüks) ~3 (peaks|peavad|peaksid) ~2 (teadma|oskama|aru saama|mõistma|arvestama)',
        '(peaks|peavad|peaksid) ~2 (iga|kõik|igaüks) ~3 (teadma|oskama|mõistma|arvestama)',
        '(seda|see|nii|sellest) ~2 (teab|teavad|teatakse) ~2 (iga|kõik|igaüks)',
        '(iga|kõik|igaüks) ~3 (teab|teavad) ~1 ju',
        'ju ~4 (kirjas|olemas|näha|kirjutatud|selgitatud|märgitud|öeldud|üleval|välja toodud|kirja pandud|ära toodud|ära märgitud)',
        '(selgelt|kenasti|ilusti|selgesti|mustvalgel) ~3 (kirjas|kirjutatud|märgitud|selgitatud|välja toodud|kirja pandud|ära toodud|ära märgitud)',
        '(peab|peate|pead|tuleb|peaks|peaksite|peaksid) ju',
        'nagu (igal|igas|igale|iga|kõigil|kõigis|kõikidel|kõikides) ~1 (asutus*|hotelli*|hotellis|poes|pangas|firmas|ettevõttes|kaupluses|keskuses|kaubanduskeskuses|organisatsiooni*|kliinikus|klubis|restoranis|apteegis|haiglas|teenusel)',
        '(tuleb|peab|tuleks|piisab) ~2 (ainult|lihtsalt|vaid) ~2 (otsida|otsima|lugeda|lugema|süveneda|süvenema)',
        'no selge (see|ju)',
        '((nii|täitsa|ülimalt|üsna|väga) lihtne küsimus|(elementaarne|triviaalne) (küsimus|asi))',
        '(iseenesestmõistetav*|endastmõistetav*|üldteada|üldtuntud)',
        '(isegi|ka) (laps|lapski|algaja) ~3 (saab|oskab|teab|mõistab|tuleb)',
        '(saab|oskab|teab|mõistab) ~1 (isegi|ka) (laps|lapski|algaja)',
        '(kas|äkki) (te|sa) ~3 (ei|pole) (lugenud|näinud|vaadanud|märganud|lugenudki|näinudki)',
        '(kas|äkki) (te|sa) üldse (lugesite|lugesid|vaatasite|vaatasid|kontrollisite|kontrollisid|proovisite|proovisid|mõtlesite|mõtlesid|märkasite|märkasid)',
        '((küll|eks) (te|sa) ?(ju) ise (teate|tead|oskate|oskad)|(teate|tead|oskate|oskad) ju ise)',
        '(hoitakse|tehakse|kasutatakse|pannakse|loetakse|kontrollitakse|tasutakse|makstakse|suletakse|laetakse|pestakse|hooldatakse|seadistatakse|vahetatakse|kantakse|tagastatakse|tellitakse|broneeritakse|registreeritakse|täidetakse) ju',
        '(raske|võimatu) mitte (märgata|näha|leida|tähele panna)',
        'nagu (iga|kõik|igaüks) ~3 (teab|teavad|oskab|oskavad|peaks teadma)',
      ],
      // Pointing to where it is written while sending it along is help, not a reproach.
      unless: ['(lisasin|lisan|saatsin|saadan|manuses|manusena)'],
      unlessScope: 'sentence',
      message:
        'Kui annad mõista, et vastust „teab ju igaüks“ või see „on ju selgelt kirjas“, tunneb klient end rumalana ja koormana. Klient ei pea meie tingimusi peast teadma: vasta küsimusele ise, sõbralikult ja ilma etteheiteta, näiteks „Hommikusöök on hinnas – see on kirjas ka teie broneeringukinnituses.“',
      source: 'practice: principles — friendliness and helpfulness; scenario 6 no burden (seed 002)',
      weight: 8,
      dimension: 'warmth',
      examples: {
        fires: [
          'Seda [[peaks iga autojuht teadma]].',
          '[[Iga kasutaja peaks ju teadma]], et parooli ei jagata.',
          '[[Seda teab ju iga]] koolilaps.',
          'Seda [[iga juht teab ju]].',
          'Juhend on [[ju karbis olemas]].',
          'Hinnad on hinnakirjas [[selgelt kirjas]].',
          'Arve [[tuleb ju]] enne tähtaega tasuda.',
          'Parkimine on tasuline, [[nagu igas kesklinna hotellis]].',
          'Info on kodulehel, [[tuleb vaid veidi süveneda]].',
          '[[No selge see]], et tšekk tuleb alles hoida.',
          'See on [[täitsa lihtne küsimus]]: jah, tagastada saab.',
          'Aku laadimine on [[elementaarne asi]].',
          'See on [[üldteada]].',
          'Seda [[oskab isegi laps]] teha.',
          '[[Isegi laps saab]] sellega hakkama.',
          '[[Kas te ei lugenud]] kinnituskirja?',
          '[[Kas sa minu kirja lõppu ei lugenud]]?',
          '[[Kas te üldse lugesite]] juhendit?',
          'Hinnakiri on [[ju meie lehele välja toodud]].',
          'Tasu suurus on lepingus [[selgelt kirja pandud]].',
          '[[Küll te ise teate]], kuidas parooli vahetada.',
          'Seda [[teate ju ise]].',
          'Prille [[hoitakse ju]] karbis.',
          'Nupp on nii suur, et seda on [[raske mitte märgata]].',
          'Arve tuleb tasuda tähtajaks, [[nagu iga klient teab]].',
        ],
        silent: [
          'Hommikusöök on hinnas, see on kirjas ka teie broneeringukinnituses.',
          'Makse tuli kenasti läbi ja tellimus on teel.',
          'Iga klient saab esimese kuu tasuta.',
          'Väga hea küsimus – vastan kohe.',
          'Kõik meie apteegid on pühapäeviti avatud kella 18-ni.',
          'Kas te jõudsite juhendit lugeda või saadan selle uuesti?',
          'Kas te üldse soovite lepingut jätkata, või lõpetame selle?',
          'Juhend on meie lehele välja toodud ja lisasin selle ka kirjale.',
          'Te ise teate oma maja kõige paremini, seega kirjutage, mis kellaaeg sobib.',
          'Prille hoitakse meie poes kuni kaks nädalat.',
          'Nagu iga aasta, on meil detsembris pikemad lahtiolekuajad.',
          'Lepingu tingimused on selgelt kirjas punktis 4 ja lisasin need ka sellele kirjale.',
        ],
      },
    },
    {
      id: 'false-promise',
      // Certainty about what the agent does not control: a date the supplier sets, a room that may free up, "never again".
      patterns: [
        '(on|tuleb|tulevad|jõuab|jõuavad|saabub|saabuvad|laekub|valmib) ~4 kindlasti (olemas|valmis|kohal|laos|homme|ülehomme|homseks|lõunaks|õhtuks|hommikuks|enne)',
        '^ ?(aga|ja|siis) kindlasti (vabaneb|vabanevad|leidub|leiame|jõuab|jõuavad|tuleb|tulevad|saabub|saabuvad|laekub|valmib|mahute|mahub)',
        'kindlasti (vabaneb|vabanevad|leidub|leiame|mahute|mahub)',
        '(ei juhtu|ei kordu|ei korda) ~4 (kunagi|iial)',
        '(enam kunagi|mitte kunagi|mitte iial) ~3 (ei juhtu|ei kordu|juhtuda)',
        '(garanteerin|garanteerime) $',
        'kindlasti ~6 (luban|lubame) $',
        '^ (garanteerin|garanteerime) ~2 et',
        '(pole|ei ole) ~1 (mingit|vähimatki|mingeid) kahtlus*',
      ],
      unless: [
        '(võib|võivad|võiks|peaks|peaksid|loodetavasti|eeldatavasti|tõenäoliselt) ~3 (jõuda|olla|tulla|saabuda|vabaneda|jõudma|olema|tulema|saabuma)',
      ],
      unlessScope: 'sentence',
      message:
        'Lubadus, mida sa ise ei kontrolli („kindlasti homme“, „garanteerin, et seda ei juhtu enam kunagi“), petab kliendi teist korda, kui see ei täitu. Kliendid tahavad realistlikku lahendust: ütle, mida tead ja mida sina teed – „tarnija lubab saadetise homseks, kontrollin hommikul üle ja annan teile kohe teada“.',
      source:
        'practice: principles — a realistic solution (seed 003); scenario 1 say when they will hear back (seed 002)',
      weight: 6,
      dimension: 'clarity',
      examples: {
        fires: [
          'Varuosa [[jõuab kindlasti homme]].',
          'Teie tuba [[on kindlasti valmis]] kella kaheks.',
          'Pole hullu, [[kindlasti vabaneb]] mõni koht.',
          '[[Kindlasti leiame]] teile laua, tulge aga kohale.',
          'Sellist viga [[ei juhtu enam mitte kunagi]].',
          'Midagi sellist [[enam kunagi ei juhtu]].',
          'Uus saadetis on kohal reedel, [[garanteerin]]!',
          'Homme [[on see kindlasti laos, luban]]!',
          '[[Garanteerin teile, et]] kuller jõuab õigeks ajaks.',
          'Pakk jõuab enne pühi, selles [[pole mingit kahtlust]].',
        ],
        silent: [
          'Tarnija lubab saadetise homseks, kontrollin hommikul üle ja annan teile kohe teada.',
          'Pakk peaks kindlasti jõudma homme, kuid kinnitan selle teile hommikul.',
          'Teeme kõik, et see enam ei korduks.',
          'Kui viisa on vaja, aitan selle taotlemisega, et see oleks reisiks kindlasti olemas.',
          'Helistan teile homme kella 10-ks, nagu lubasin.',
          'Annan teile teada kohe, kui pakk saabub – seda ma luban.',
        ],
      },
    },
    {
      id: 'sarcasm',
      patterns: [
        '(lõpuks|seekord|nüüd) ometi',
        'ometi ~3 (lõpuks|kätte|ära)',
        '(tore|hea|vahva|lahe|kena|rõõm) ~3 lõpuks',
        '(ei suuda|ei saa|ei oska) ~4 (ette aimata|mõtteid lugeda)',
        '(mõtteid|soove) ~1 lugeda ~1 (ei oska|ei suuda|ei saa)',
        '(täname|tänan|aitäh) ~3 (vaevusite|viitsisite|võtsite vaevaks|teil lõpuks)',
        '^ (vau|ohoo|ahaa) $',
        '(palju õnne|õnnitleme|õnnitlen) ~3 (esimene|ainus|ainuke|võitsite)',
        '(kas|äkki) (te|sa) (tõesti|tõsiselt|päriselt) (arvate|arvad|usute|usud|mõtlete|mõtled|eeldate|eeldad|loodate|lootsite)',
        'eks (me|ma) ~1 (proovime|püüame|proovin|püüan|üritame|üritan)',
        '(saab|saate|saad|võite|võid) ju (kodus|mujal)',
      ],
      message:
        'Iroonia („lõpuks ometi“, „aitäh, et vaevusite“, „mõtteid me lugeda ei oska“) solvab klienti ka siis, kui see on mõeldud naljana – kirjas ei kuule ta sinu tooni. Ütle otse ja sõbralikult, mis on seis ja mida sa tema heaks teed.',
      source: 'practice: principles — friendliness and helpfulness; positive language (seed 002)',
      weight: 8,
      dimension: 'warmth',
      examples: {
        fires: [
          '[[Tore, et lõpuks ometi]] vastasite.',
          '[[Mõtteid lugeda me ei oska]], kirjutage täpsemalt.',
          '[[Vahva, et lõpuks]] kirjutasite.',
          'Loodame, et [[seekord ometi saate paki kätte]].',
          'Me [[ei oska kahjuks ette aimata]], millist värvi te soovite.',
          '[[Aitäh, et viitsisite]] kolmandat korda kirjutada.',
          '[[Vau]], juba viies kõne täna.',
          '[[Palju õnne, olete esimene]], kellel see juhtub.',
          '[[Kas te tõsiselt usute]], et kuller viskas paki meelega põõsasse?',
          '[[Eks me siis proovime]] teile ka neljandat korda selgitada.',
          'Kohvi [[saate ju kodus]] ka juua.',
        ],
        silent: [
          'Tore, et kirjutasite – vaatan kohe teie tellimuse üle.',
          'Lõpuks leidsime põhjuse: ruuteri tarkvara oli aegunud.',
          'Aitäh, et leidsite aja tagasiside andmiseks, see aitab meil teenust parandada.',
          'Palju õnne sünnipäevaks – kinkekaart on teie e-postis.',
          'Kas te soovite, et kuller helistaks enne tulekut?',
          'Proovime teile homseks uue aja leida.',
          'Arvet saate kodus ka iseteeninduses vaadata.',
        ],
      },
    },
  ],
  phrases: {
    greetingNamed: 'Tere, {customerName}!',
    greetingPlain: 'Tere!',
    closing:
      '{customerName}, kas on veel midagi, mida saan Teie heaks teha? Olen Teie jaoks alati olemas ja aitan suurima heameelega.',
    closingPlain:
      'Kas on veel midagi, mida saan Teie heaks teha? Olen Teie jaoks alati olemas ja aitan suurima heameelega.',
    factsIntro: 'Teie pöördumise andmed: {facts}.',
  },
} satisfies RulePack;
