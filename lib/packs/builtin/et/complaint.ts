import type { RulePack } from '../../types';

/** Ways an Estonian draft apologises, says it is sorry or shows it understands the upset (practice §5 step 1). */
export const ET_APOLOGY: string[] = [
  'vaband*',
  '(andeks|andestust|sorry|kahetse*|heasta*)',
  'kahju ~3 (kuulda|lugeda|et|juhtus|juhtunud)',
  '(mul|meil) ~2 (on|oli) ~2 kahju',
  '(kurb|kohutav|kahetsusväärne) ~3 (kuulda|lugeda|et)',
  '(mul|meil) on ~2 (piinlik|kurb)',
  '(mõistan|mõistame) ~4 (ebameeldiv*|pettumus*|pahameel*|muret|tüütu|frustr*)',
];

/** Third parties an agent may try to pass the blame to. */
const THIRD_PARTY =
  '(kuller*|tootja*|lennujaam*|panga*|pank|partneri*|vedaja*|tarnija*|postiteenus*|maaletooja*|lennufirma*|alltöövõtja*|omniva|dpd|itella|smartpost*|transpordifirma*|linn|linna*|vald|valla*|omavalitsus*|võrguettevõt*)';

/** Estonian pack for practice §5: something is wrong with the product or service. */
export const complaint = {
  id: 'et.complaint',
  language: 'et',
  scenario: 'complaint',
  version: 1,
  name: 'Kaebus',
  description: 'Empaatia kõigepealt, siis selgitus, mis juhtus, ja 2–3 lahendust, mille hulgast klient valib.',
  rules: [
    {
      id: 'not-our-fault',
      patterns: [
        '(meie|minu|mu|firma|ettevõtte|poe) ~1 (süü|süüd|viga|eksimus) ~2 (pole|ei ole|ei olnud|polnud)',
        '(pole|ei ole|polnud|ei olnud) ~2 (meie|minu|mu) ~1 (süü|viga|eksimus|süüd)',
        '(mina|ma|meie|me) ~3 (pole|ei ole|ei) ~1 süüdi',
        'süüdi ~2 (pole|ei ole) ~1 (mina|meie|me|ma)',
        '(meist|minust) ~1 (ei sõltu|ei olene)',
        '(me|meie|mina|ma) ~1 (ainult|vaid|üksnes|lihtsalt) (toimetame|vahendame|müüme|transpordime|edastame|veame|korraldame|toimetan|vahendan|müün)',
        'ei (sõltu|olene) ~2 (meist|minust)',
        '(on|oli) ~1 (nende|tema|kolmanda|teise) ?(osapoole|firma|ettevõtte) (viga|süü|eksimus|vastutus)',
        'ei (saa|saaks) ~5 vastutada',
        '(ei|pole) ~2 (saa|saaks|ole|olnud) ~2 (meie|minu) (poolt|poolne|tekitatud|põhjustatud|süül)',
      ],
      unless: ['vaband*', '(vastutame|vastutan|vastutuse)'],
      unlessScope: 'sentence',
      message:
        '„See pole meie süü“ paneb süü õhus ringi lendama ja blokeerib lahenduse. Võta vastutus enda peale, olenemata sellest, kelle süü see oli, vabanda ja keskendu lahendusele.',
      source: 'practice: principles; scenario 7 angry customer (seed 002)',
      weight: 8,
      dimension: 'ownership',
      examples: {
        fires: [
          'Restoran valmistab toidu, [[meie ainult toimetame]].',
          'See [[pole meie süü]].',
          '[[Meie viga see kindlasti ei olnud]].',
          '[[Mina pole selles süüdi]].',
          '[[Meie süüd siin ei ole]].',
          'Hilinemine [[ei sõltu meist]].',
          'Tellimuse viivitus [[ei olnud meie eksimus]].',
          'Kuller käsitles pakki hooletult, see [[on nende viga]].',
          'Me [[ei saa kulleri tegevuse eest vastutada]].',
          'See [[ei saa meie poolt]] olla.',
        ],
        silent: [
          'Me ainult ei toimeta, vaid ka kontrollime iga tellimuse, seega vabandame väga.',
          'Vabandan, see oli meie viga ja parandame selle kohe.',
          'Teie süü see kindlasti ei ole ja võtame vastutuse enda peale.',
          'Tarneaeg sõltub valitud pakiautomaadist.',
          'Selles pole midagi keerulist, aitan teid hea meelega.',
        ],
      },
    },
    {
      id: 'blame-third-party',
      patterns: [
        `${THIRD_PARTY} ~2 (süü|süüd|süül|süüdi|viga|vea|veast|eksimus|eksimuse|probleem|mure)`,
        `(süü|süüd|süüdi|süül|süüdlane|süüdlased) ~3 ${THIRD_PARTY}`,
        `(tegeleb|tegelevad) ~3 ${THIRD_PARTY} ~2 mitte (meie|mina|me|ma)`,
        `(vastutab|vastutavad) ~3 ${THIRD_PARTY}`,
        `${THIRD_PARTY} ~1 (peaks|peab|peavad|peaksid|tuleks) ~4 ise`,
        `${THIRD_PARTY} ~2 (vastutab|vastutavad)`,
        '(eest|pärast) (vastutab|vastutavad|vastutas) ~1 (saatja|saaja|müüja|tootja|kuller|vedaja|tarnija|pood|restoran|lennufirma|pank|omanik|haldaja|tootjafirma)',
        '^ mitte (meie|mina) $',
        'mitte (meie|minu) (oma|asi|mure|probleem|teema)',
      ],
      unless: [
        'vaband*',
        '(vastutame|vastutan|vastutuse|vahetame|vahetan|asendame|parandame|hüvitame|tasuta|edastasin|edastame|võtsin|võtame)',
      ],
      unlessScope: 'sentence',
      message:
        'Süü veeretamine kullerile, tootjale või lennujaamale ei lahenda kliendi muret – tema jaoks oled sina ettevõte. Võta vastutus, vabanda ja ütle, mida ise tema heaks teed.',
      source: 'practice: scenario 7 angry customer; principles (seed 002)',
      weight: 8,
      dimension: 'ownership',
      examples: {
        fires: [
          'Pakkimise [[eest vastutab saatja]].',
          'Hilinemine on [[kulleri süü]].',
          '[[Süüdi on tootja]], mitte meie pood.',
          'Postkastide vahetamise eest vastutab korteriühistu, [[mitte meie]].',
          'Selle eest [[vastutab maaletooja]].',
          'Teie [[pank peaks selle ise]] tagasi kandma.',
          'See on tootja garantii küsimus, [[mitte meie oma]].',
          'Makse viibis [[panga vea]] tõttu.',
        ],
        silent: [
          'Pakk jäi kulleri lattu kinni ja vabandan, et te pidite ootama.',
          'Tegemist on tootja veaga, seega vahetame seadme kohe tasuta uue vastu.',
          'Kuller toob paki teisipäeval kella 9 ja 17 vahel.',
          'Edastasin teie kaebuse tootjale ja hüvitame remondi kulud.',
        ],
      },
    },
    {
      id: 'minimizing',
      patterns: [
        'küll see (peab|läheb|möödub|laheneb|toimib|hakkab|paraneb|korda)',
        '(pole|ei ole) ?(midagi|nii) hullu',
        '(ikka|vahel|ikka vahel|alati) ~1 (juhtub|juhtuvad|tuleb ette)',
        '(vead|vigu|rikked|rikkeid|tõrked|tõrkeid|probleemid|probleeme|asjad|asju|sellist|selliseid) ~2 (juhtuvad|juhtub|tulevad ette|tuleb ette)',
        '^ (see|seda) ~1 ei (saa|saaks) (olla|juhtuda) $',
        'juhtub ~2 (parimatega|kõigiga|igaühega)',
        '(see|asi) (pole|ei ole) ~1 (nii|üldse|mingi) (suur|hull|tõsine) ~1 (asi|probleem|viga)',
        '(väike|pisike|tühine) (asi|probleem|viga) $',
        '(tavaline|tavapärane|normaalne) (praktika|nähtus)',
        '(see|selline) on ~1 (normaalne|tavaline) $',
      ],
      unless: ['vaband*', 'kahju ~3 (kuulda|lugeda|et)'],
      unlessScope: 'sentence',
      // Reassurance ("see on täiesti normaalne") is fine in a plain question; it belittles only a complaint.
      scenarios: ['complaint', 'angry_customer'],
      message:
        'Probleemi pisendamine („küll see peab“, „pole hullu“) ütleb kliendile, et tema mure pole tähtis. Näita kõigepealt mõistmist, selgita, mis juhtus, ja paku lahendust.',
      source: 'practice: scenario 5 complaint (seed 002)',
      weight: 5,
      dimension: 'warmth',
      examples: {
        fires: [
          'Tehnilised [[vead juhtuvad]].',
          '[[Seda ei saa olla]].',
          'Keerake kruvi kõvemini kinni, [[küll see hakkab]] jälle töötama.',
          '[[Pole hullu]], pakk jõuab ikka kohale.',
          '[[Selliseid asju ikka juhtub]].',
          '[[See pole nii suur probleem]].',
          '[[See on täiesti normaalne]].',
        ],
        silent: [
          'Vabandan, selliseid vigu ei tohiks juhtuda – parandame selle täna.',
          'Vabandan, pole hullu, et kirjutasite hilja – aitan teid kohe.',
          'Uus liim peab kindlalt ja tehnik tuleb homme anduri üle kinnitama.',
          'Kui see juhtub uuesti, vahetame seadme kohe välja.',
        ],
      },
    },
    {
      id: 'vague-promise',
      patterns: [
        '(ja|siis) vaatame ?(edasi|siis) $',
        'eks (näis|näeb|vaatame)',
        'vaatame ~2 (mis|kas) ~2 (saab|teha|annab)',
        'küll ~2 kuidagi ~2 (lahendame|lahendatakse|saab)',
        'küll ~2 (kunagi|millalgi|ükskord)',
        '(kunagi|millalgi|ükskord) <~2> (parandatakse|lahendatakse|tehakse|vahetatakse|vaadatakse|remonditakse)',
      ],
      message:
        '„Saatke tagasi ja vaatame“ jätab kliendi teadmatusse. Ütle konkreetselt, mis edasi saab ja millal, ning paku 2–3 lahendust, mille hulgast valida.',
      source: 'practice: scenario 5 complaint (seed 002); solve once (seed 001)',
      weight: 4,
      dimension: 'clarity',
      examples: {
        fires: [
          'Saatke kleit tagasi [[ja vaatame]].',
          '[[Eks näis]], mis tehnik ütleb.',
          '[[Vaatame, mis teha saab]].',
          '[[Küll see kunagi parandatakse]].',
          'Lift [[vahetatakse millalgi]] ära.',
        ],
        silent: [
          'Vaatame teie seadme homme üle ja helistan teile kella 14-ks.',
          'Me ei jäta teid enam kunagi ootama, parandame vea täna.',
          'Saatke kleit tagasi tasuta tagastussildiga ja saadame sinise kleidi kohe teele.',
          'Vaatasin teie tellimuse üle ja leidsin vea.',
        ],
      },
    },
    {
      id: 'missing-apology',
      kind: 'missing',
      patterns: ET_APOLOGY,
      scenarios: ['complaint', 'angry_customer'],
      message:
        'Kaebusele vastates alusta empaatiast: „Ma väga vabandan. See on täiesti kohutav, et teiega selline asi juhtus.“ Ilma vabanduseta tundub, et nii asjad sul käivadki.',
      source: 'practice: scenario 5 complaint; scenario 7 angry customer (seed 002)',
      weight: 6,
      dimension: 'warmth',
      examples: {
        fires: [
          'Tere, Mari! Saatke palun pilt katkisest kruusist ja saadame uue.',
          'Tehnik tuleb homme kell 10 anduri üle vaatama.',
          'Teie arve on parandatud ja uus summa on 24 eurot.',
        ],
        silent: [
          'Tere, Mari! Vabandan, et kruus jõudis teieni katkisena – saadame uue juba täna.',
          'Mul on väga kahju, et andur maha kukkus. Tehnik tuleb homme kell 10.',
          'Kahju kuulda, et arves oli viga – parandasin selle ja uus summa on 24 eurot.',
        ],
      },
    },
  ],
  cues: [
    {
      patterns: [
        '(katki*|rikki|purune*|puruks|purus|lõhki|mõlki*|kriimu*|kahjust*|defekt*|praak*|vigas*|lekib|lekkis|logiseb|kõigub|kukub|kukkus|kukkunud|hangub)',
        '(hangus|kriuksu*|krigise*|jõnksu*|piiksub|kolksu*|haiseb|riknenud|roiskunud|hallitan*|aegunud|topelt*|kahekordselt|hilineb|hilines|hilinenud|hilinemine|rebene*|närbu*|närtsi*|märjaks|pleeki*|kortsu*)',
        '(kui|mida|mis|nagu) ~2 (palusin|tellisin|lubati|lubasite|leppisime|kokku lepiti)',
        '(müra*|müris*|undab|vibreerib|väriseb|kõliseb|kolistab|ragiseb|sumiseb)',
        '(jookseb|jooksis|jooksevad) ~2 kokku',
        '(tekkis|tekkinud|tekkisid|ilmus|ilmusid|ilmunud) ~3 (triip*|laik*|plekk*|pragu*|mõra*|auk*|rooste*|viga|vead|kriim*|mull*|hallitus*|lõhe*)',
        '(kaebus|kaebuse|kaebust|reklamatsioon*|pretensioon*|juuksekarv*|putukas|putuka*|klaasikil*|võõrkeha*)',
        '(tuli|tulid|tuleb|kukkus|kukkusid|käib|läks) ~2 (maha|lahti|katki|rikki)',
        '(nädal|nädalat|päev|päeva|kuu|tund|tundi|tunni|päevi) ~1 (hiljem|hiljaks|hilinemisega)',
        '(polnud|ei olnud|puudus) ~2 (lubatud|lubatu)',
        '(märjana|märg|märjad|lömmi*|mõlkis|kortsus|rebenenud|aeglane|aeglaselt|aeglasem|katkendlik|katkeb|katkes|vilgub|kustub)',
        '(tilgub|tilkub|sulab|mureneb|koorub|pragu*|mõranenud|rikkis|rikne*|lagunes|lagunenud|kulunud|pleekinud|värvib|ajab üle|lõhnab|mädanenud)',
        'ei (tööta|toimi|käivitu|lülitu|lae|laadi|sulgu|avane|ühendu|pea|istu|saabunud|jõudnud|tulnud)',
        '(lakkas|lõpetas) ~1 (töötamast|toimimast)',
        '(pole|ei ole) ~2 (saabunud|kohale jõudnud|kätte saanud|tulnud)',
        '(kaks korda|valesti|vale|valed|valet|viga|vea|külm|külmana|jahtunud|hilja|määrdunud|must|puudulik)',
        '(õmblus*|kaas|kaane*|kinnitus*|tald|tallad|liimi*|nupp|nupud|käepide*|luku*|lukk|tõmbluk*|kruvi*|nööp*|pael*|plaat*|tapeet*|kate|katte*|juhe|juhtme*|kork|korgi*) ~3 lahti',
      ],
      in: 'customer',
      weight: 5,
      label: 'klient kirjeldab viga',
    },
    {
      patterns: [
        '(ikka|endiselt|jälle|taas|uuesti) ~3 (ei|pole|hangub|katki|sama)',
        'juba ~2 (nädal*|päeva|kuu*|kaks|kolm)',
        '(teist|kolmandat|neljandat|mitmendat) ~1 (päeva|nädalat|korda|kuud)',
        '(pole|ei ole) rahul',
        '(paranda*|vahetada|asendada|üle vaadata|hüvita*)',
      ],
      in: 'customer',
      weight: 2,
      label: 'klient ootab parandust',
    },
    {
      patterns: ET_APOLOGY,
      in: 'draft',
      weight: 2,
      label: 'vastuses: vabandus',
    },
    {
      patterns: [
        '(asendus*|vahetame|vahetan|asendame|parandame|parandasin|hüvita*|tagasimaks*)',
        '(kanname|kandsime|kandsin|maksame) ~4 tagasi',
        '(saadame|saadan|toome|anname) ~3 (uue|asendus*)',
        '(tagastame|tagastasime|tagastasin|hüvitame) ~4 (raha|summa|tasu|saatmistasu|kulud|maksu)',
        '(vahetab|vahetavad|parandab|parandavad|vahetame|parandame) ~3 (tasuta|uue|ära)',
        '(pakun|pakume) ~4 (tasuta|asendus*|uue|raha tagastamist|hüvitis*|korrigeeri*)',
        '(arvestame|arvestasime) ~3 maha',
        'tasuta (kontroll*|remont*|hooldus*|vahetus*|parandus*)',
        'nii see olla ei tohi',
        '(pole|ei ole) ~2 (meie|minu) ~1 (süü|viga)',
      ],
      in: 'draft',
      weight: 3,
      label: 'vastuses: lahendus veale',
    },
    {
      patterns: [
        '^ mitte (meie|mina) $',
        '(ei sõltu|ei olene) ~2 (meist|minust)',
        '(meie|minu) ~1 (süü|süüd|viga) ~2 (pole|ei ole|ei olnud|polnud)',
        `${THIRD_PARTY} ~2 (süü|süüd|süüdi|viga|vea)`,
      ],
      in: 'draft',
      weight: 3,
      label: 'vastuses: süü lükatakse mujale',
    },
  ],
  templates: [
    {
      id: 'default',
      parts: [
        '{greeting}',
        {
          text: 'Vabandan väga – nii ei oleks tohtinud juhtuda.',
          skipIf: ET_APOLOGY,
        },
        '{body}',
        {
          text: 'Uurin kohe, kuidas seda kõige paremini heastada, ja annan Teile teada hiljemalt [kuupäev].',
          skipIf: [
            '(vahetame|vahetan|asendame|parandame|parandasin|hüvitame|broneerisin|saadame|saadan|taaskäivitasin|tellisin)',
            'tasuta (kontroll*|remont*|hooldus*|vahetus*|parandus*)',
            '(kanname|kandsime|kandsin) ~2 tagasi',
            '(arvestame|arvestasime) ~3 maha',
          ],
        },
        '{closing}',
      ],
    },
  ],
} satisfies RulePack;
