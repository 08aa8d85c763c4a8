/**
 * Estonian phrase lists shared by several packs: the ways an agent commits to finding out, and the ways a
 * draft gives a date, a reservation or an alternative. Kept here so the packs cancel their matches the same way.
 */

/**
 * The agent commits to finding out or getting back (first person only: "uurige ise" is a brush-off, not a
 * commitment). Practice §1: "las ma uurin selle teie jaoks kiiresti välja" and say when.
 */
export const ET_FIND_OUT: string[] = [
  '(uurin|uurime|uurisin|uurisime|uurimas|uurinud|kontrollin|kontrollime|kontrollisin|kontrollisime|kontrollimas)',
  '(täpsustan|täpsustame|täpsustasin|täpsustasime|täpsustust|täpsustuse|kontrollimis*)',
  '(palusin|palun|palusime|lasen|laseme|lasin|pean|peame|püüan|proovin|asun|lähen|hakkan|saan|saame|võin|ma) ~3 (uurida|uurima|kontrollida|kontrollima|täpsustada|täpsustama|küsida|küsima)',
  '(selgitan|selgitame|selgitasin|selgitasime|selgitada|selgitama|otsin|otsime|otsida) ~3 välja',
  'välja (selgitada|selgitama|selgitan|selgitame|otsida|otsin|otsime)',
  '(küsin|küsime|küsisin|küsisime|pärin|pärime|pärisin)',
  '(vaatan|vaatame|vaatasin) ~2 järele',
  '(annan|anname|andsin|anname) ~3 (teada|vastuse|märku)',
  '(saadan|saadame|saadaksin) ~3 (vastuse|info|infot|teabe|ülevaate|täpsustuse|selgituse)',
  '(võtan|võtame|võtsin|võtaksin) ~3 ühendust',
  '(helistan|helistame|helistab)',
  '(tulen|tuleme|pöördun|pöördume) ~4 tagasi',
  '(edastan|edastame|edastasin|edastasime) ~3 (küsimuse|päringu|pöördumise|juhtumi|mure)',
  '(saate|saad) ~3 (vastuse|teate)',
  '(saadan|saadame|edastan|edastame) ~3 (kohe|niipea|esimesel|samal)',
  'hea küsimus',
];

/**
 * A short form of ET_FIND_OUT for rules about waiting: the agent says they will check, answer or call back.
 */
export const ET_FOLLOW_UP: string[] = [
  '(uurin|uurime|kontrollin|kontrollime|täpsustan|täpsustame|küsin|küsime|helistan|helistame|kirjutan|kirjutame)',
  '(annan|anname|saadan|saadame) ~3 (teada|vastuse|märku|info|infot)',
  '(võtan|võtame) ~3 ühendust',
];

/**
 * The draft says when the item is back, reserves it, puts the customer on a list or offers something else.
 * Practice §2: "See toode on ... taas saadaval. Ma saan selle teie jaoks juba täna broneerida".
 */
export const ET_RESTOCK_OR_ALTERNATIVE: string[] = [
  '(taas|uuesti|jälle|tagasi) ~2 (saadaval|müügil|laos|lattu|müügile)',
  '(jõuab|jõuavad|saabub|saabuvad|tuleb|tulevad|laekub) ~4 (lattu|müügile|poodi|kauplusesse|tagasi)',
  '(broneerin|broneerime|broneerisin|broneerisime|broneerida|reserveerin|reserveerime|reserveerisin|reserveerida|eelbroneeri*|eeltelli*)',
  '(jätan|jätsin|jätame|hoian|hoiame|panen|panin|panna|jätta|hoida) <~3> (alles|kõrvale|reservi|ootele)',
  '(lisan|lisasin|lisame|lisasime|panen|panin|paneme|panime|võtan|võtsin|kannan|kandsin|panna|lisada|kanda|lisatud|kantud) <~3> (ootenimekir*|ootejärjekor*|ootelehe*|järjekorda)',
  '(tarne|saadetis|partii|kaup|kogus|laadung|kampaania|hooaeg|kollektsioon) ~3 (saabub|tuleb|jõuab|laekub|algab) ~3 (homme|ülehomme|nädala*|esmaspäev*|teisipäev*|kolmapäev*|neljapäev*|reede*|laupäev*|pühapäev*|jaanuar*|veebruar*|märts*|aprill*|mai*|juuni*|juuli*|august*|septemb*|oktoob*|novemb*|detsemb*)',
  '(alternatiiv*|asendus*|sarnane|sarnase|sarnast|analoog*)',
  '(kohe|juba) ~1 saadaval',
  'on ~2 (praegu|hetkel) saadaval',
  '(on|leidub|leiduvad) ?(veel|ka|siiski|aga|kohe|samuti) (vabu|vaba|vabad)',
  '(vabu|vaba|vabad) (kohti|aegu|aegasid|tube|kohad|ajad) ?(veel|aga|siiski|ka) (on|leidub|leiduvad)',
  '(teises|teisest|teise|muus|mõnes|lähimas) ~2 (kauplus*|poe*|esindus*|salong*|filiaal*|linna*|värvi*|suurus*|mudeli*)',
  '(saan|saame|saaksin|võin|võime) ~3 (pakkuda|soovitada|tellida|broneerida|saata|reserveerida)',
  // "Soovitan" counts only when it recommends something; "soovitan küsida teistest apteekidest" sends the customer away.
  '(pakun|pakume|teavitan|teavitame|teavitada|küll aga|selle asemel|hoopis|anname teada|annan teada|anname märku|annan märku)',
  '(soovitan|soovitame|soovitaksin) ~3 (valida|võtta|tellida|proovida|toodet|mudelit|varianti|sarnas*|analoog*|asendus*)',
  '(olemas|saadaval) ka (e-raamatu*|e-poes|e-poest|teises|teise|muus|mõnes|väiksema*|suurema*|teist*|digi*)',
  '(saadaval|müügil|laos|lattu|müügile|kohale|tagasi) ~3 (alates|hiljemalt|eeldatavasti|orienteeruvalt|umbes)',
  '(alates|hiljemalt|eeldatavasti|orienteeruvalt) ~3 (saadaval|müügil|laos|lattu|müügile|kohale|tagasi)',
];

/**
 * Common Estonian compounds of "osakond" (department) and "spetsialist": stems match only word starts, so
 * "laenuosakonda" is not found by `osakon*`. Used in transfer cues and send-elsewhere rules.
 */
export const ET_DEPARTMENT_COMPOUNDS =
  '(laenuosakon*|arveldusosakon*|müügiosakon*|garantiiosakon*|hooldusosakon*|tehnikaosakon*|klienditeenindusosakon*|raamatupidamis*|personaliosakon*|kahjukäsitlus*|kahjuosakon*|krediidiosakon*|kvaliteediosakon*|logistikaosakon*|it-osakon*|it-tugi|it-toe*|tehnilise* toe*|tugiosakon*|turundusosakon*|õppeosakon*|haldusosakon*|kindlustusosakon*|reklamatsiooniosakon*)';

/** Common compounds of "spetsialist" (see ET_DEPARTMENT_COMPOUNDS). */
export const ET_SPECIALIST_COMPOUNDS =
  '(laenuspetsialist*|it-spetsialist*|tehnikaspetsialist*|arveldusspetsialist*|müügispetsialist*|kindlustusspetsialist*|tootespetsialist*|klienditoespetsialist*|garantiispetsialist*|hooldusspetsialist*|kahjuspetsialist*|kahjukäsitleja*|tugispetsialist*|teenindusspetsialist*|ostuspetsialist*)';

/**
 * Common compounds of "tingimused", "poliitika", "reeglid" and "kord" (terms, policy, rules): "kindlustustingimused
 * seda ei võimalda" is the same refusal as "tingimused seda ei võimalda".
 */
export const ET_POLICY_COMPOUNDS =
  '(tingimus*|kindlustustingimus*|lepingutingimus*|müügitingimus*|kasutustingimus*|garantiitingimus*|teenustingimus*|tagastustingimus*|renditingimus*|üldtingimus*|broneerimistingimus*|poliitika*|tagastuspoliitika*|tühistuspoliitika*|hinnapoliitika*|ettevõttepoliitika*|firmapoliitika*|reegl*|reegel|kodukor*|eeskir*|õppekorralduseeskir*|hinnakir*)';

/** More compounds of the same (a group holds at most 24 alternatives): "Sellised on panga sisereeglid." */
export const ET_POLICY_COMPOUNDS_MORE =
  '(tarnetingimus*|tühistustingimus*|maksetingimus*|tellimistingimus*|reisitingimus*|poliisitingimus*|üüritingimus*|piletitingimus*|sisereegl*|sisekor*|kasutusreegl*|majareegl*|klubireegl*|ohutusreegl*|töökor*|menetluskor*|teenusekirjeldus*)';

/**
 * A referral to another party or place by name (shops, makers, doctors, offices): "Küsige Apple'ist",
 * "Proovige mõnda teist apteeki". The agent sends the customer away instead of helping.
 */
export const ET_ELSEWHERE_PLACES =
  '(pood*|poe*|apteek*|apteeg*|kauplus*|firma*|ettevõtte*|teenusepakkuja*|operaator*|salong*|hotelli*|rendifirma*|restorani*|jõusaali*|klubi*|panka|panga*|koha*|esindus*|müüja*|tarnija*|pakkuja*)';
