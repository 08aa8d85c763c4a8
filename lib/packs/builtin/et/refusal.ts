import type { RulePack } from '../../types';
import { ET_FIND_OUT, ET_POLICY_COMPOUNDS } from './shared';

/**
 * The sentence goes on with what we *can* do (practice §4: offer what you can do instead of a bare refusal).
 */
const OFFERS_INSTEAD: string[] = [
  '(kuid|aga|samas|seevastu|küll) ~6 (saan|saame|saate|saad|saab|võin|võime|võite|pakun|pakume|pakkuda|soovitan|soovitame|saaksin|saaksime|leiate|on)',
  '(kuid|aga|samas|seevastu|küll) ~6 (uurin|uurime|kontrollin|annan|anname|edastan|edastasin|saadan|saadame)',
  '(küll aga|selle asemel|hoopis|alternatiiv*)',
];

/** Estonian pack for practice §4: things we cannot do for the customer. */
export const refusal = {
  id: 'et.refusal',
  language: 'et',
  scenario: 'refusal',
  version: 1,
  name: 'Mida teha ei saa',
  description: 'Viisakas „ei“: kasuta nime, põhjenda, miks ei saa, ja paku, mida saad teha selle asemel.',
  rules: [
    {
      id: 'bare-no',
      patterns: [
        '^ ?(kahjuks|paraku) (ei|mitte) ?(kahjuks|paraku) $',
        'kõne (alla|allagi) ~1 ei (tule|tulegi)',
        'ei (tule|tulegi) ~1 kõne (alla|allagi)',
      ],
      // Draft-wide: a bare "Ei." that answers a yes/no question is followed by reassurance in the next sentence
      // ("Ei. Te ei pea midagi tegema."), whereas a refusal stands alone or goes on with why not.
      unless: [
        '(muretse*|probleemi|korras|õnneks|loomulikult|muidugi|turvali*|lisatasu*|tasuta)',
        '(kehtib|kehtima|kehtiv|kehtivad) ~1 (edasi|endiselt|alles|jätkuvalt)',
        '(jääb|jäävad) ~2 (kehtima|alles|samaks|muutmata)',
        '(te|teie|teil|teid|sa|sul|sind) ~2 (ei pea|pole vaja|ei ole vaja|pole tarvis|ei mõjuta)',
        '(ei pea|pole vaja|ei ole vaja|pole tarvis) ~2 (te|teie|teil|sa|sul|midagi)',
        '(ei|pole|ei ole) ~2 (mõjuta|mõjutanud|võlga|viga|muret)',
        '(juba|kohe|homme|täna) ~3 (teel|jõuab|saabub|laekub|laekus|valmis|tehtud|korras)',
        // The agent did something for the customer: an answer, not a refusal.
        '(saatsin|saadan|lisasin|parandasin|muutsin|kandsin|tegin|märkisin|uuendasin)',
        ...OFFERS_INSTEAD,
      ],
      unlessScope: 'draft',
      message:
        'Paljas „ei“ on vastus, mis ei vasta millelegi. Ütle „ei“ viisakalt: kasuta kliendi nime, põhjenda, miks seekord ei saa, ja paku, mida saad teha selle asemel.',
      source: 'practice: scenario 4 refusal; principles (seed 002)',
      weight: 6,
      dimension: 'positivity',
      examples: {
        fires: [
          'Ei, seda ma teha ei saa.',
          'Kahjuks ei.',
          'Ei, kahjuks mitte.',
          'Hinnaalandus ei tule kõne allagi.',
          'Ei.',
        ],
        silent: [
          'Ei. Pakk on juba teel ja jõuab homme.',
          'Ei, selle eest ei pea te midagi maksma.',
          'Ei, teie broneering kehtib edasi.',
          'Ei, see on tasuta.',
          'Ei. Makse läks läbi ja te ei pea midagi tegema.',
          'Ei. Teie arvel pole võlga.',
          'Ei, toas on suitsetamine keelatud, kuid hoovis on selleks eraldi ala.',
          'Nii väga, kui ma ka ei tahaks teie iga soovi täita, ei saa me seda seekord teha.',
        ],
      },
    },
    {
      id: 'not-my-decision',
      patterns: [
        '(pole|ei ole|polnud|ei olnud) ~1 (minu|mu|meie) ~1 (otsus|otsustada|otsustamine|võimuses|pädevuses|käes|kätes|teha)',
        '(minu|mu|meie) ~1 (otsus|otsustada) ~1 (see ei ole|see pole|pole|ei ole)',
        '(ma|mina|me|meie) ~2 ei (otsusta|otsustagi|määra|saa otsustada)',
        '(otsustab|otsustavad|otsuse teeb|otsused teeb|otsused teevad) ~2 (keegi teine|teised|juhtkond|kontor|peakontor|ülemus|ülemused)',
      ],
      unless: [...ET_FIND_OUT, ...OFFERS_INSTEAD],
      unlessScope: 'sentence',
      message:
        '„See pole minu otsus“ on vastus, mis ei vasta millelegi – kliendi jaoks oled sina ettevõte. Võta asi enda kätte: ütle, mida saad teha, või vii palve ise otsustajani ja ütle, millal vastus tuleb.',
      source: 'practice: principles; scenario 4 refusal (seed 002)',
      weight: 8,
      dimension: 'ownership',
      examples: {
        fires: [
          'Otsustamine pole minu pädevuses.',
          'See pole minu otsus.',
          'Hinnaalanduse andmine ei ole minu otsustada.',
          'Tagasimakse ei ole meie käes.',
          'Mina ei otsusta, kas trahv tühistatakse.',
          'Selle üle otsustab juhtkond.',
        ],
        silent: [
          'See pole minu otsustada, seega küsisin juhatajalt ja annan vastuse homme kella 12-ks.',
          'Teie otsus on meile oluline.',
          'Lõplik otsus on teie käes: kumb variant sobib?',
        ],
      },
    },
    {
      id: 'nothing-i-can-do',
      patterns: [
        '(midagi|rohkem|muud|enamat|enam|kuidagi) ~2 (teha|aidata|pakkuda) ~1 ei (saa|saaks|oska|saagi)',
        'ei (saa|saaks|oska|saagi) ~3 (midagi|rohkem|enam|muud|enamat|kuidagi) ~2 (teha|aidata|pakkuda|ette võtta)',
        '(pole|ei ole) ?(siin|sellega|enam|kahjuks) (midagi|mitte midagi) ?(enam) (teha|parata|pakkuda)',
        'ei (saa|saaks|oska) ~4 aidata',
        'aidata ~2 ei (saa|saaks|oska)',
      ],
      unless: OFFERS_INSTEAD,
      unlessScope: 'sentence',
      message:
        '„Midagi ma teha ei saa“ jätab kliendi lahenduseta ja ütleb, et tema mure sind ei huvita. Ütle, mida saad teha: variant, ootenimekiri, tagasihelistamine või kolleeg, kes aitab.',
      source: 'practice: scenario 4 refusal; principles (seed 002)',
      weight: 7,
      dimension: 'ownership',
      examples: {
        fires: [
          'Rohkem ma teha ei saa.',
          'Kõik ajad on täis, midagi ma teha ei saa.',
          'Kahjuks ei saa me siin enam midagi teha.',
          'Sellega pole midagi parata.',
          'Me ei saa selles osas midagi ette võtta.',
          'Kahjuks ei saa ma teid selles küsimuses aidata.',
        ],
        silent: [
          'Rohkem allahindlust ma teha ei saa, kuid saan pakkuda tasuta kohaletoimetamist.',
          'Teil ei ole vaja midagi teha, makse laekub automaatselt.',
          'Aitan teid hea meelega uue salasõna seadmisel.',
          'Saame teid aidata ka telefoni teel.',
        ],
      },
    },
    {
      id: 'we-dont-do-that',
      patterns: [
        '(seda|nii|sellist|selliseid|niimoodi) ~2 (teha|teeme|tehta) ~1 ei (saa|saaks|tohi)',
        'ei (saa|saaks|tohi) ~2 (seda|nii|sellist|niimoodi) ~1 teha',
        '(seda|nii|sellist|selliseid|niimoodi) ~2 ei (tee|teeme|tehta)',
        'ei (tee|teeme|tehta) ~1 (seda|nii|sellist|selliseid|niimoodi)',
        '(me|meie) ~1 ei (tee|teeme) $',
        '(pole|ei ole) ?(kahjuks|paraku|meil|siin|enam|hetkel|praegu|teil) (võimalik|lubatud) $',
        '(me|meie) ~1 ei (tühista|tagasta|hüvita|vaheta|pikenda|külmuta|saada|väljasta|aktsepteeri|paku|võimalda|luba)',
        'ei (tühistata|tagastata|hüvitata|vahetata|pikendata|külmutata|aktsepteerita|võeta)',
        'ei saa ?(kahjuks|paraku) $',
        'ei (tehta|teeme) $',
        '(on|oleks) ~1 (keelatud|lubamatu|võimatu) $',
        'ei saa ~4 (muuta|tagastada|tühistada|pikendada|vahetada|külmutada|lisada|peatada|edasi lükata)',
        '(pole|ei ole) ~1 võimalik ~2 (teha|muuta|tagastada|tühistada|pikendada|vahetada|lisada|peatada|külmutada)',
      ],
      unless: [
        '(sest|kuna|tõttu|põhjusel|seekord|tahaks|tahaksin|sooviks|sooviksin|ohutus*|turvalisus*|seadus*)',
        '^ (kui|et|kuni|kuigi|enne)',
        ...OFFERS_INSTEAD,
      ],
      unlessScope: 'sentence',
      message:
        '„Seda me ei tee“ ilma põhjenduseta tundub kliendile ükskõiksus. Ütle „nii väga, kui ma ka ei tahaks, ei saa me seda seekord teha“, põhjenda miks ja paku, mida saad teha.',
      source: 'practice: scenario 4 refusal (seed 002)',
      weight: 6,
      dimension: 'positivity',
      examples: {
        fires: [
          'Seda ma teha ei saa.',
          'Me ei tee selliseid asju.',
          'Kahjuks ei saa me nii teha.',
          'See pole võimalik.',
          'Paketi tasuta pikendamist me ei tee.',
          'Hiline väljaregistreerimine ei ole võimalik.',
          'Trahve me ei tühista.',
          'Avatud pakendiga kaupa tagasi ei võeta.',
          'Lepingut külmutada ei saa.',
          'Lemmikloomad on hotellis keelatud.',
          'Tellimust ei saa pärast esitamist muuta.',
          'Osamakseid me ei võimalda.',
          'Seda ei ole võimalik muuta.',
          'Ei saa kahjuks.',
          'Rühmavahetust ei tehta.',
        ],
        silent: [
          'Seda me teha ei saa, sest lennufirma tingimused ei luba piletit teisele nimele vormistada, kuid saan pakkuda reisi muutmist.',
          'Tegime kõik, et pakk jõuaks teieni enne pühi.',
          'See on võimalik ka iseteeninduses.',
          'Teil ei ole vaja seda ise teha, teeme selle teie eest ära.',
          'Kui see aeg teile ei sobi või kohale tulla ei saa, leiame uue aja.',
          'Ilma paroolita sisse logida ei saa, aga saate parooli kohe lähtestada.',
          'Me ei võta selle eest lisatasu.',
          'Liitiumakud on äraantavas pagasis keelatud tuleohu tõttu, seega võtke need salongi kaasa.',
        ],
      },
    },
    {
      id: 'policy-says-no',
      patterns: [
        '(poliitika|reeglid|reegel|reeglite|kord|eeskiri|eeskirjad|tingimused|süsteem|seadus|protseduur*|juhend) ~3 ei (luba|lubagi|võimalda|võimaldagi)',
        `${ET_POLICY_COMPOUNDS} ~3 ei (luba|lubagi|võimalda|võimaldagi|näe ette)`,
        'ei (luba|võimalda) (meie|firma|ettevõtte) (poliitika|reeglid|kord|eeskirjad|tingimused|süsteem|seadus)',
        '(selline|niisugune|nii|sellised|niisugused) on ~2 (kord|poliitika|reegel|reeglid|põhimõte|põhimõtted|tingimused|eeskirjad|nõuded)',
        '(meie|firma|ettevõtte) (kord|poliitika|reeglid|põhimõte) on (selline|niisugune|nii)',
        '(reeglite|korra|poliitika|eeskirjade|tingimuste) (järgi|kohaselt) ~3 (ei|pole)',
        '^ nii on (süsteemis|reeglites|ette nähtud|kord|meil kord)',
      ],
      unless: [...OFFERS_INSTEAD, '(sest|kuna|tõttu)'],
      unlessScope: 'sentence',
      message:
        '„Meie poliitika ei luba“ on vastus, mis ei vasta millelegi – klient kuuleb, et reegel on tähtsam kui tema. Selgita päris põhjust (näiteks et erand tähendaks sama kõigile) ja paku, mida saad teha.',
      source: 'practice: principles; scenario 4 refusal (seed 002)',
      weight: 7,
      dimension: 'ownership',
      examples: {
        fires: [
          'Meie poliitika ei luba nii teha.',
          'Avatud pakendi tagastamist meie reeglid ei võimalda.',
          'Selline on meie kord.',
          'Tagastada ei saa, sellised on reeglid.',
          'Süsteem ei luba teie tellimust muuta.',
          'Reeglite kohaselt ei saa me raha tagastada.',
          'Muuta ei saa, nii on süsteemis.',
          'Kindlustustingimused seda ei võimalda.',
          'Tagastuspoliitika ei luba avatud pakendiga kaupa tagasi võtta.',
        ],
        silent: [
          'Kindlustustingimused ei võimalda kindlustust tagasiulatuvalt sõlmida, sest kahju oleks siis juba teada.',
          'Light-pileti tingimused ei võimalda raha tagastada, kuid saate pileti tasuta ümber broneerida.',
          'Meie tingimused lubavad tagastada kauba 30 päeva jooksul.',
          'Järgmises kirjas saadan teile juhendi, kuidas seadistus käib.',
        ],
      },
    },
    {
      id: 'rules-are-rules',
      patterns: [
        '(reeglid|reegel|kord|seadus|eeskiri|eeskirjad) on (reeglid|reegel|kord|seadus|eeskiri|eeskirjad)',
        '^ (tähtaeg|tähtajad|leping|lepingud|hind|hinnad|nõue|nõuded|piirang|piirangud|tingimused|poliitika) on (tähtaeg|tähtajad|leping|lepingud|hind|hinnad|nõue|nõuded|piirang|piirangud|tingimused|poliitika) $',
        'erand* ~2 ei (tee|teeme|tehta|saa|saaks)',
        'ei (hakka|tee|teeme|tehta|saa|saaks) ~4 erand*',
        'erand* ~2 (pole|ei ole) ?(võimalik|võimalikud)',
        '(mingeid|ühtegi) erand*',
        '(reeglid|reegel|kord|tingimused) ~2 (kõigile|kõikidele) ~1 (ühesugused|ühesugune|samad|sama|ühed)',
        '(reeglid|reegel|kord|tingimused) ~1 (kehtivad|kehtib) ~2 (kõigile|kõikidele) ~1 (ühtemoodi|võrdselt|ühesuguselt)',
        '^ nii ?(see|asi) ?(lihtsalt|kahjuks|juba) on $',
        '^ nii on ~1 (otsustatud|kokku lepitud|ette nähtud|kehtestatud|määratud) $',
        '^ (nii|selline|niisugune) on (lood|asjad|lugu|elu) $',
      ],
      unless: ['seekord', '(sest|kuna) ~6 (kõigile|kõikidele|teistele|teiste)'],
      unlessScope: 'sentence',
      message:
        '„Reeglid on reeglid“ ja „erandeid ei tee“ ei selgita midagi. Põhjenda päriselt (erand ühele tähendab sama kõigile või rikub kogemuse teistel) ja paku, mida saad teha.',
      source: 'practice: scenario 4 refusal (seed 002)',
      weight: 7,
      dimension: 'positivity',
      examples: {
        fires: [
          'Erandeid me ei tee.',
          'Reeglid on reeglid.',
          'Tähtaeg on tähtaeg.',
          'Leping on leping.',
          'Kord on kord, hilinejaid saali ei lubata.',
          'Mingeid erandeid meil ei ole.',
          'Reeglid on kõigile ühesugused.',
          'Nii see lihtsalt on.',
          'Nii on otsustatud.',
          'Me ei hakka kellegi jaoks erandeid tegema.',
        ],
        silent: [
          'Erandit me seekord teha ei saa, sest siis peaksime seda tegema kõigile klientidele.',
          'Tegime teie jaoks erandi ja pikendasime tähtaega.',
          'Reeglid on kirjas lepingu punktis 4.',
        ],
      },
    },
  ],
  cues: [
    {
      patterns: [
        '(raha|summa|makse) ~2 tagasi',
        '(tagastada|tagastamine|tagastus*|hüvita*|erand*|soodus*|allahindlus*|tasuta|pikenda*|peata*|tühista*|loobuda|külmuta*)',
      ],
      in: 'customer',
      weight: 2,
      label: 'klient palub erisoovi',
    },
    {
      patterns: ['kas ~3 (saan|saaksin|saaks|saab|saaksite|saate|võiksite|oleks võimalik|on võimalik)'],
      in: 'customer',
      weight: 1,
      label: 'klient palub',
    },
    {
      patterns: [
        '(poliitika|reeglid|kord|tingimused|eeskirjad|süsteem) ~3 ei (luba|võimalda)',
        'selline on ~2 (kord|poliitika)',
        'erand*',
        `${ET_POLICY_COMPOUNDS} ~3 ei (luba|võimalda|näe ette)`,
        '(ei|pole) (hüvita|kata|korva|hüvitata|kaeta)',
        '(seda|nii|sellist|selliseid) ~2 ei (tee|teeme|tehta)',
        '(seda|nii) ~2 teha ~1 ei (saa|saaks)',
        'ei (saa|saaks) ~2 (seda|nii) ~1 teha',
        '(me|meie) ~1 ei (tühista|tagasta|hüvita|vaheta|pikenda|külmuta|saada|väljasta|paku|võimalda|luba)',
        'ei saa ~4 (muuta|tagastada|tühistada|pikendada|vahetada|külmutada|lisada|peatada)',
        'ei (tühistata|tagastata|hüvitata|vahetata|pikendata|külmutata|võeta)',
        '(reeglid|reegel|kord) on (reeglid|reegel|kord|kõigile)',
      ],
      in: 'draft',
      weight: 6,
      label: 'vastuses: keeldumine',
    },
    {
      patterns: [
        '(ei ole|pole) ~2 võimalik',
        'nii väga ~3 (tahaks|tahaksin|sooviksin)',
        'ei saa ?(kahjuks|paraku) $',
        'ei (tehta|teeme) $',
        '(on|oleks) ~1 (keelatud|lubamatu)',
        'ei (tohi|või) ~5 (väljastada|müüa|anda|teha|lubada|tagastada|muuta|pikendada|tühistada|vahetada)',
      ],
      in: 'draft',
      weight: 4,
      label: 'vastuses: pole võimalik',
    },
    {
      patterns: [
        '^ ?(kahjuks|paraku) (ei|mitte) ?(kahjuks|paraku) $',
        '(pole|ei ole) ~1 (minu|mu|meie) ~1 (otsus|otsustada|võimuses|käes|kätes)',
        `${ET_POLICY_COMPOUNDS} (järgi|kohaselt)`,
        '(ma|mina|me|meie) ~2 ei (otsusta|otsustagi|määra)',
      ],
      in: 'draft',
      weight: 3,
      label: 'vastuses: paljas „ei“ või reegel',
    },
    {
      patterns: [
        '(küll aga|selle asemel|hoopis)',
        '(kuid|aga) ~3 (saate|saan|saame|võite)',
        '(saate|saame|saan|võite) aga',
        '(saan|saame) ~3 (pakkuda|soovitada)',
      ],
      in: 'draft',
      weight: 3,
      label: 'vastuses: mida saame teha',
    },
  ],
  templates: [
    {
      id: 'default',
      parts: [
        '{greeting}',
        {
          text: 'Nii väga, kui ma ka ei tahaks Teie iga soovi täita, ei saa me seda seekord teha.',
          skipIf: ['nii väga', 'seekord'],
        },
        '{body}',
        {
          text: 'Põhjus on selles, et [põhjus].',
          skipIf: ['(sest|kuna|põhjus*|tõttu)'],
        },
        {
          text: 'Küll aga saan Teile pakkuda [mida saame teha].',
          skipIf: [
            '(küll aga|selle asemel|hoopis)',
            '(saan|saame|võin|võime) ~3 (pakkuda|soovitada)',
            '(pakun|pakume|soovitan|soovitame)',
          ],
        },
        '{closing}',
      ],
    },
  ],
} satisfies RulePack;
