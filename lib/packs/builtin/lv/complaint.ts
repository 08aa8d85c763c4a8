import type { RulePack } from '../../types';

// Parties a customer gets sent off to instead of being helped.
const ELSEWHERE =
  '(ražotāj*|servis*|kurjer*|pasta|pastu|bank*|lidost*|citur|nomas|policij*|apdrošinātāj*|pārvadātāj*|piegādātāj*|tirgotāj*|pārdevēj*|iestād*|dienest*|Omniva|DPD|santehniķ*|elektriķ*|meistar*|mehāniķ*)';

// Public bodies a customer gets sent to (tax office, consumer rights, road traffic, municipality …).
const AGENCY =
  '(VID|VSAA|VDEĀVK|PTAC|NVD|CSDD|VZD|PMLP|LAD|pašvaldīb*|domē|domi|domes|ministrij*|valsts ~2 (iestād*|dienest*|inspekcij*))';

/** Latvian complaint pack: no apology, sending the customer to someone else, "everything works on our side". */
export const complaint = {
  id: 'lv.complaint',
  language: 'lv',
  scenario: 'complaint',
  version: 1,
  name: 'Sūdzība (latviešu)',
  description:
    'Sūdzībai: vispirms empātija un atvainošanās, tad paskaidrojums, kas notika, un 2–3 risinājumu varianti.',
  rules: [
    {
      id: 'missing-apology',
      kind: 'missing',
      scenarios: ['complaint', 'angry_customer'],
      patterns: [
        '(atvainoj*|atvainot*|atvainošan*|atvainojam*|piedodiet|piedod|piedošan*)',
        '(ļoti|patiesi|mums|man|tiešām|ārkārtīgi|cik) ~1 žēl',
        'žēl ~1 (ka|par|dzirdēt|lasīt)',
        '(nožēloj*|nožēlu)',
        '(nedrīkstēja|nevajadzēja) (notikt|gadīties|būt|atkārtoties)',
        '(saprotu|saprotam|izprotu) ~4 (nepatīkam*|neērt*|sarūgtin*|neapmierināt*|kaitinoš*|satraukum*|vilšan*)',
        'ir (nepieņemami|nepieņemama|nepieņemams|neattaisnojami|neattaisnojama)',
        // "I would be just as upset" (practice, scenario 7 step 2) and naming how hard it is.
        '(justos|būtu|dusmotos|bēdātos) ~2 (tāpat|līdzīgi|tikpat)',
        '(ir|tas ir|tā ir) (ļoti|tiešām|patiešām) (smagi|nepatīkami|kaitinoši|neērti|apgrūtinoši|sarūgtinoši)',
      ],
      message:
        'Klients ziņo par problēmu, bet atbildē nav atvainošanās. Sāciet ar empātiju: “Man ļoti, ļoti žēl, ka tā notika” – tikai tad paskaidrojiet, kas notika, un piedāvājiet risinājumu.',
      source: 'practice: scenario 5 complaint – empathy first; scenario 7 step 1 apologise (seed 002)',
      weight: 6,
      dimension: 'warmth',
      examples: {
        fires: [
          'Pārbaudījām Jūsu pasūtījumu – paciņa tiks piegādāta rīt.',
          'Bojāto krēslu varam apmainīt mūsu veikalā.',
          'Rēķins ir pārrēķināts, starpību atgriezīsim līdz piektdienai.',
          'Ir ļoti vienkārši pārbaudīt, vai skaitītājs ir ieslēgts.',
        ],
        silent: [
          'Atvainojos par sagādātajām neērtībām – paciņa tiks piegādāta rīt.',
          'Man ļoti žēl, ka krēsls pienāca bojāts; varam to apmainīt vai atmaksāt.',
          'Patiesi atvainojamies par kļūdu rēķinā.',
          'Piedodiet par kavēšanos!',
          'Patiesi nožēlojam, ka pasūtījums kavējās – to piegādāsim rīt no rīta.',
          'Tā nedrīkstēja notikt – jauno krēslu nosūtīsim vēl šodien.',
          'Saprotu, cik tas ir nepatīkami, un rēķinu jau esam izlabojuši.',
          'Divu nedēļu kavējums ir nepieņemams, tāpēc piegādes maksu Jums atgriezīsim.',
          'Es Jūsu vietā justos tieši tāpat – jaunā pulksteņa siksniņa tiks nosūtīta šodien.',
          'Nedēļu gaidīt meistaru ir tiešām kaitinoši, tāpēc viņš atbrauks jau rīt plkst. 9.',
        ],
      },
    },
    {
      id: 'send-elsewhere',
      patterns: [
        '(griezieties|vērsieties|sazinieties|zvaniet|rakstiet|jautājiet|prasiet|sūdzieties|dodieties|aizejiet|meklējiet|vaicājiet) ~3 ' +
          ELSEWHERE,
        `(griezies|vērsies|sazinies|zvani|raksti|jautā|prasi|meklē) ~3 ${ELSEWHERE}`,
        `(griezieties|vērsieties|sazinieties|zvaniet|rakstiet|jautājiet|prasiet|sūdzieties|dodieties|griezies|vērsies|sazinies|zvani|raksti|jautā) ~3 ${AGENCY}`,
        '(zvaniet|rakstiet|sazinieties|griezieties|vērsieties|zvani|raksti|sazinies) ~3 (cit*|attiecīg*|atbildīg*) ~1 (nodaļ*|numur*|dienest*|speciālist*|iestād*|uzņēmum*|firm*)',
        `(tas|to|jums|tev) ~2 (jājautā|jānoskaidro|jāvaicā|jāprasa|jākārto|jāsazinās|jāgriežas|jāvēršas|jāzvana|jāraksta) ~3 ${ELSEWHERE}`,
        '?(sūdzību|sūdzības|pretenziju|pretenzijas|iesniegumu|jautājumu|jautājumus|prasību) (varat|variet|vari) ~3 (rakstīt|zvanīt|griezties|vērsties|sazināties|sūdzēties|jautāt|iesniegt|adresēt|sūtīt|nosūtīt|prasīt|pieprasīt) ~3 ' +
          ELSEWHERE,
        '(griezieties|vērsieties|sazinieties|jautājiet|prasiet|sūdzieties|griezies|vērsies|sazinies) (pie|ar) (viņiem|viņu|viņa|viņas|tiem|tām|tā|tās|tiem)',
        '(jums|tev) ~1 (pašam|pašai|pašiem|pati|pats|paši|pašu) ~2 (jāsazinās|jāgriežas|jāvēršas|jāzvana|jāraksta|jānoskaidro|jāmeklē|jākārto|jānokārto)',
        '(meklējiet|meklē|atrodiet) ~2 (kādu|citu|citus|kādus) ~2 (firm*|uzņēmum*|servis*|meistar*|nom*|variant*|pakalpojum*)',
        '(pamēģiniet|pamēģini|mēģiniet|mēģini|paskatieties|paskaties|jautājiet|prasiet|vaicājiet|ejiet|dodieties|aizejiet|pērciet|pasūtiet|meklējiet|meklē) ~2 (cit*|kād*|kaimiņ*) ~1 (aptiek*|veikal*|uzņēmum*|firm*|servis*|salon*|viesnīc*|restorān*|zāl*|klub*|bank*|operator*|nom*|tirgotāj*|viet*|filiāl*|e-veikal*|interneta veikal*|pakalpojumu sniedzēj*|pārdevēj*|ražotāj*)',
        '(pamēģiniet|pamēģini|mēģiniet|paskatieties|jautājiet|prasiet|pērciet|pasūtiet|meklējiet|meklē) ~2 (citur|konkurent*)',
        '(zvaniet|rakstiet|sazinieties|griezieties|vērsieties|dodieties|zvani|raksti|sazinies) ~3 (nodaļ*|departament*|grāmatvedīb*)',
        '(zvaniet|rakstiet|zvani|raksti|jautājiet|prasiet|vaicājiet) (viņiem|viņam|viņai|tiem|tur|turp)',
        '(griezieties|vērsieties|dodieties|aizejiet|ejiet|aizvediet|nogādājiet|aiznesiet|sazinieties|zvaniet|rakstiet|jautājiet|sūdzieties|ziņojiet) ~4 (pārstāvniecīb*|centr*|salon*|darbnīc*|restorān*|viesnīc*|aptiek*|veikal*|pārvaldniek*|apsaimniekotāj*|operator*|īpašniek*|saimniek*|daļ*|studiju daļ*|dekanāt*|reģistratūr*|recepcij*|dīler*|vadītāj*|administrator*)',
        '^ ?(tas|to|tās|tos|šo) ?(ir|būs) (jāprasa|jājautā|jāvaicā|jānoskaidro|jākārto) ~1 (pašam|pašai|pašiem|dīler*|restorān*|veikal*|ražotāj*|pārdevēj*|organizator*|īpašniek*|vadītāj*|administrator*|servis*)',
        '(risiniet|kārtojiet|nokārtojiet|risini|kārto|nokārto) ~3 ar ~2 (veikal*|ražotāj*|pārdevēj*|kurjer*|bank*|restorān*|dīler*|servis*|viņiem|tiem|tirgotāj*)',
        'varbūt (kāds|tur kāds|viņi) (zinās|zina|palīdzēs|varēs)',
        '(jautājiet|prasiet|rakstiet|zvaniet|vērsieties|griezieties|sazinieties|vaicājiet) ~4 nevis (mums|mūs|pie mums|šeit|čatā)',
        '(jums|tev) ~2 (jāmeklē|jāatrod|jāgriežas|jāvēršas|jāsazinās|jājautā|jāzvana|jāiet|jābrauc) ~2 (cit*|kād*|citur) ?(nomas|remonta|piegādes|apdrošināšanas|taksometru|kurjeru) ?(uzņēmums|uzņēmumu|serviss|servisu|firma|firmu|meistars|meistaru|veikals|veikalu|variants|variantu|risinājums|risinājumu|aptieka|aptieku)',
      ],
      unless: [
        '(es|mēs) ~3 (jau|pats|pati|paši) ~2 (sazināj*|sazināš*|sazināsimies|nosūtīj*|nodev*|pieteic*|pieteikšu|pieteiksim|sarunāj*)',
        '(kontaktinformācij*|tālruņa numur*|tālrun*|e-pasta adrese|saite|saiti|https|www)',
        '(ja vēlaties|vai arī|varat arī|ērtāk)',
        '(gaidīs|sagaidīs|jau zina|brīdināju|esmu brīdinājis|esmu brīdinājusi)',
        'mūsu ~2 (cit*|filiāl*|veikal*|salon*|aptiek*|nodaļ*|servis*|centr*|darbnīc*|pārstāvniecīb*|reģistratūr*|daļ*)',
        // Sending a patient to a doctor is good advice, not passing the buck.
        '(ārst*|ģimenes ārst*|dakter*|mediķ*|farmaceit*|neatliekam*)',
      ],
      message:
        '“Griezieties pie ražotāja / kurjera / citur” nozīmē, ka klients ar problēmu paliek viens. Uzņemieties to: sazinieties ar viņiem paši vai vismaz pasakiet, ko tieši Jūs izdarīsiet, lai jautājums tiktu atrisināts.',
      source: 'practice: scenario 5 complaint – offer a solution; scenario 7 – take full responsibility (seed 002)',
      replacement: 'es sazināšos ar [uzņēmumu] un informēšu Jūs par rezultātu līdz [datums]',
      weight: 7,
      dimension: 'ownership',
      examples: {
        fires: [
          '[[Dodieties uz tuvāko klientu apkalpošanas centru]].',
          '[[Griezieties Samsung servisā]].',
          'Par pazudušo sūtījumu [[sazinieties ar kurjeru]].',
          '[[Jums pašam jāsazinās ar apdrošinātāju]].',
          '[[Meklējiet kādu citu remonta firmu]].',
          '[[Jautājiet lidostā]].',
          '[[Pamēģiniet citu aptieku]].',
          '[[Paskatieties kādā citā veikalā]].',
          '[[Zvaniet kredītu nodaļai]].',
          'Ar to nodarbojas cita nodaļa, [[rakstiet viņiem]].',
          '[[Pērciet citur]].',
          '[[Vērsieties Samsung pārstāvniecībā]].',
          '[[Rakstiet restorānam]].',
          '[[Jautājiet studiju daļā]].',
          '[[Jums būs jāmeklē cits nomas uzņēmums]].',
          'Par garantiju [[sazinies ar ražotāju]].',
          'Par nodokļu atmaksu [[jautājiet VID]].',
          '[[Sazinieties ar attiecīgo dienestu]].',
          '[[Pretenziju varat nosūtīt pārvadātājam]].',
          'Preci piegādā mūsu partneris, tāpēc [[sazinieties ar viņiem]].',
          '[[Jautājiet recepcijā]].',
          '[[Tas jāprasa organizatoram]].',
          '[[Tas ir jājautā pārdevējam]].',
          'Par garantiju [[kārtojiet to ar pārdevēju]].',
          'Piezvaniet uz noliktavu, [[varbūt kāds zinās]].',
          'Par piekļuvi [[rakstiet IT nodaļai, nevis mums]].',
        ],
        silent: [
          'Jautājiet reģistratūrā pēc Annas, viņa Jūs jau gaidīs plkst. 10.',
          'Es jau sazinājos ar kurjeru, un paciņa tiks piegādāta rīt līdz plkst. 12.',
          'Ja vēlaties, varat vērsties arī tieši pie ražotāja – bet garantijas remontu varam noformēt arī mēs.',
          'Garantijas remontu noformēsim mēs paši, Jums nekur nav jābrauc.',
          'Pamēģiniet mūsu citu filiāli Ulmaņa gatvē, tur šis modelis ir pieejams.',
          'Pamēģiniet citu pārlūkprogrammu un pastāstiet, vai kļūda atkārtojas.',
          'Atvediet ierīci uz mūsu servisa centru, un salabosim to bez maksas.',
          'Garantijas remontu noformē ražotājs – sazinieties ar viņu servisu pa tālruni 67 123 456, un viņi Jums palīdzēs.',
          'Ja izsitumi nepāriet trīs dienu laikā, lūdzu, vērsieties pie sava ģimenes ārsta.',
        ],
        corrections: [
          {
            before: 'Par pazudušo sūtījumu sazinieties ar kurjeru.',
            after: 'Par pazudušo sūtījumu es sazināšos ar [uzņēmumu] un informēšu Jūs par rezultātu līdz [datums].',
          },
          {
            before: 'Griezieties Samsung servisā.',
            after: 'Es sazināšos ar [uzņēmumu] un informēšu Jūs par rezultātu līdz [datums].',
          },
          {
            before: 'Preci piegādā mūsu partneris, tāpēc sazinieties ar viņiem.',
            after:
              'Preci piegādā mūsu partneris, tāpēc es sazināšos ar [uzņēmumu] un informēšu Jūs par rezultātu līdz [datums].',
          },
        ],
      },
    },
    {
      id: 'vague-promise',
      patterns: [
        '(gan jau|kādreiz|kaut kad|kādu dienu) <~2> (salabos|salabosim|salabo|atrisinās|atrisināsim|nomainīs|nomainīsim|sakārtos|sakārtosim|izlabos|izlabosim|novērsīs|novērsīsim|atrisināsies|sakārtosies|nokārtosies)',
        '(redzēsim|paskatīsimies) ?(vēlāk|tad) $',
      ],
      message:
        '“Gan jau kādreiz salabos” atstāj klientu neziņā. Pasakiet konkrēti, kas notiks un kad, un piedāvājiet 2–3 risinājumus, no kuriem izvēlēties.',
      source: 'practice: scenario 5 complaint (seed 002); solve once (seed 001)',
      weight: 4,
      dimension: 'clarity',
      examples: {
        fires: [
          '[[Gan jau kādreiz salabos]].',
          'Liftu [[kaut kad nomainīs]].',
          'Atsūtiet to atpakaļ, un tad [[redzēsim]].',
        ],
        silent: [
          'Tehniķis skrejceliņu salabos līdz trešdienai.',
          'Mēs kļūdu novērsīsim šodien līdz plkst. 17.',
          'Paskatīsimies Jūsu ierīci rīt un piezvanīšu līdz plkst. 14.',
        ],
      },
    },
    {
      id: 'only-a-middleman',
      patterns: [
        '(mēs|es) ?(jau|šeit) (tikai|vienīgi) (piegādājam|pārdodam|vedam|pārvadājam|nododam|izplatām|starpniecējam|piegādāju|pārdodu|izsniedzam)',
        '(mūsu|mans) (uzdevums|darbs) ir ~1 (tikai|vienīgi) (piegādāt|pārdot|aizvest|nodot|izsniegt)',
        'par ~3 (atbild|atbildīgs|atbildīga|atbildīgi|ir atbildīgs|ir atbildīga) ~1 (sūtītājs|pārdevējs|ražotājs|kurjers|pārvadātājs|piegādātājs|veikals|restorāns|aviokompānija|banka|īpašnieks|pārvaldnieks|apsaimniekotājs|operators|tirgotājs)',
        '(atbildību|atbildība) ~2 (nes|uzņemas|ir uz|gulstas uz) ~1 (sūtītāj*|pārdevēj*|ražotāj*|kurjer*|pārvadātāj*|piegādātāj*|restorān*|aviokompānij*|bank*|īpašniek*|pārvaldniek*)',
      ],
      message:
        '“Mēs tikai piegādājam” novel vainu uz citiem, un klients ar problēmu paliek viens. Klienta acīs Jūs esat uzņēmums: atvainojieties, paskaidrojiet, ko darīsiet, un piedāvājiet risinājumu.',
      source: 'practice: scenario 5 complaint; scenario 7 – take full responsibility (seed 002)',
      weight: 7,
      dimension: 'ownership',
      examples: {
        fires: [
          '[[Par iepakojumu atbild sūtītājs]].',
          'Ēdienu gatavo restorāns, [[mēs tikai piegādājam]].',
          '[[Mūsu uzdevums ir tikai piegādāt]] paku.',
          'Par bojājumiem transportēšanas laikā [[atbildību nes pārvadātājs]].',
        ],
        silent: [
          'Mēs ne tikai piegādājam, bet arī pārbaudām katru pasūtījumu, tāpēc atvainojos par kļūdu.',
          'Mēs piegādājam arī svētdienās.',
        ],
      },
    },
    {
      id: 'everything-works',
      patterns: [
        '(sistēmā|sistēma|no mūsu puses|pie mums|mūsu pusē) ~2 viss ~2 (darbojas|strādā|kārtībā|nevainojami)',
        '(tas|tā|šāds|šāda|šādi|šādas) ~2 ir (normāli|normāls|normāla|normālas|pieļaujams|pieļaujama|pieļaujami)',
        '(kļūdas|kļūmes|traucējumi|problēmas|bojājumi|tādas lietas|tādi gadījumi) ~2 (gadās|notiek|mēdz gadīties|mēdz notikt|ir ikdiena)',
        '^ (tā|tas) ~1 (gadās|notiek) $',
        '^ (tas|tā) ~1 nevar (būt|notikt|gadīties) $',
        '(kļūdu|kļūdas|problēmu|problēmas|traucējumu|traucējumi|traucējumus) ~2 (no mūsu puses|pie mums|mūsu sistēmā|mūsu pusē) ~1 (nav|nebija|nekonstatējām|neredzam)',
        '(mūsu pusē|no mūsu puses|pie mums|mūsu sistēmā) ~2 (kļūdu|kļūdas|problēmu|problēmas|traucējumu|traucējumi) (nav|nebija)',
      ],
      unless: [
        '(tāpēc|tādēļ|jo|bet|taču|tomēr|toties)',
        '(varam|varu|piedāvā*|nosūtīsim|atsūtīsim|nosūtīšu|atsūtīšu|pārbaudīsim|pārbaudīšu|apskatīs|apskatīsim|palīdzēšu|palīdzēsim)',
      ],
      message:
        '“Pie mums viss strādā” klientam skan kā “Jums nav taisnība”. Paskaidrojiet, ko tieši pārbaudījāt un kas varēja notikt, un piedāvājiet nākamo soli – citādi klients domā, ka tā notiek vienmēr.',
      source: 'practice: scenario 5 complaint – explain what exactly happened (seed 002)',
      weight: 4,
      dimension: 'clarity',
      examples: {
        fires: [
          'Tehniskas [[kļūmes gadās]].',
          '[[Tas nevar būt]], mūsu virtuve ir ļoti tīra.',
          'Mūsu [[sistēmā viss strādā]] bez kļūdām.',
          '[[No mūsu puses viss ir kārtībā]].',
          '[[Traucējumu pie mums nav]].',
          '[[Tas ir normāli]], jaunas kurpes sākumā mēdz spiest.',
          '[[Tā gadās]], kurjeriem pirms svētkiem ir daudz paku.',
          '[[Mūsu sistēmā kļūdu nebija]].',
        ],
        silent: [
          'Atvainojos, tas nevar būt pieņemami – salabosim šodien.',
          'Kļūdas mūsu sistēmā notiek reti, bet šoreiz tā bija mūsu vaina, un atvainojos.',
          'Pārbaudījām līniju: no mūsu puses viss ir kārtībā, tāpēc rīt pie Jums atbrauks tehniķis un bez maksas pārbaudīs maršrutētāju.',
          'Sistēmā redzu, ka maksājums ir saņemts 3. maijā.',
          'Tagad viss darbojas pareizi – atjauninājums ir uzstādīts.',
          'No mūsu puses viss darbojas, varam attālināti pārbaudīt arī Jūsu maršrutētāju.',
        ],
      },
    },
  ],
  cues: [
    {
      label: 'klients ziņo par bojājumu vai defektu',
      in: 'customer',
      weight: 5,
      patterns: [
        '(nestrādā|nestrādāja|nedarbojas|nedarbojās|nefunkcionē|nefunkcionēja|neiedegas|neieslēdzas|nelādējas|neveras|neaizveras|nepieslēdzas|neskan|nedeg|nesilda|nedzesē)',
        '(salūz*|saplīs*|saplēs*|plīs*|pārplīs*|nolūz*|atlīm*|izjuka|izjucis|sairis|sairusi|ieplīs*|sabojāj*|sabojāt*|bojāts|bojāta|bojāti|bojātas|defekt*)',
        '(sasist*|saspiest*|iespiest*|saplacināt*|saliekt*|salauzt*|sasprāgu*|saplaisāj*)',
        '(ieskrāpēt*|saskrāpēt*|skrāpējum*|iespiedum*|traips|traipi|netīrs|netīra|pelējum*|ieplaisāj*|saplaisāj*)',
        '(parādījās|parādījusies|parādījies|radās|radusies|izveidojās|izveidojusies) ~3 (svītr*|plais*|plank*|traip*|rūs*|pelējum*|caurum*|skramb*|burbul*|mitrum*|sūce*)',
        '(lēns|lēna|lēni|lēnas|raustās|atslēdzas|nestabil*|lausk*|svešķermen*|slapj*|saburzīt*)',
        '(greiz*|šķībs|šķība|šķībi|šķības|atvērās|atdalījās|atlīmējās|nokrita|nolūza|izkrita|vaļīg*|ļogās|ļodzās|mats|matu|mati|kukain*|svešķermen*)',
        '(klaudz*|grab*|dūm*|sūc|sūcas|tek|pil|smird|smaka|dūc|dūkst|čīkst*|vibrē*|troksn*|trokšņ*|dīvain* ~2 (skaņ*|troksn*|klaudz*|smaka))',
        '(sapelēj*|sapuv*|sarūgusi|sarūgis|sasmird*|bojāti pārtik*|beidzies derīguma|derīguma termiņš ~2 beidzies)',
        '(sāka|sācis|sākusi|sākuši|atkal) ~2 (tecēt|klaudzēt|dūkt|smirdēt|čīkstēt|pārkarst|rūsēt|plaisāt|lobīties|bojāties|izjukt|plīst|trūkt|karāties|sprāgt|mirgot|raustīties|grabēt)',
        '(auksts|auksta|auksti|aukstas|atdzis*|piededzis|piedegusi|sapuvis|sapuvusi|sabojājies|sabojājusies|bojājies|bojājusies|sarūsējis|ieplaisājis|ieplaisājusi|izbalējis|izbalējusi|saraujies|sarāvies|sarāvusies)',
      ],
    },
    {
      label: 'klients ziņo par kļūdu, kavēšanos vai nesaņemtu pakalpojumu',
      in: 'customer',
      weight: 4,
      patterns: [
        '(kļūd*|nepareiz*|neatbilst*|neprecīz*|pārmaksāj*|divreiz|dubult*|par daudz|par lielu summu)',
        '(neizdeva|neizsniedza|neatdeva|apēda|paturēja|norakstīja|noņēma|noņemti|norakstīti) ~3 (naud*|kart*|preci|atlikum*|eiro|summ*)',
        '(atteicu|atteicos|atcēlu|nepasūtīju|neizmantoju|neesmu izmantojis|neesmu izmantojusi) ~5 (rēķin*|maks*|naud*)',
        '(rēķin*|maks*|noņem*|iekasē*) ~6 (atteicu|atteicos|atcēlu|nepasūtīju|neizmantoju)',
        '(divas reizes|trīs reizes|trīsreiz|dubulti|atkārtoti) ~3 (noņemt*|iekasēt*|norakstīt*|samaksāj*|maksa|nauda|summa)',
        '(noņemt*|iekasēt*|norakstīt*) ~3 (divas reizes|trīs reizes|divreiz|trīsreiz|dubulti|atkārtoti)',
        '(mazāks|mazāka|lēnāks|lēnāka|zemāks|zemāka|sliktāks|sliktāka|lielāks|lielāka|dārgāks|dārgāka) ~2 (nekā|kā) ~3 (līgum*|solīt*|apsolīt*|norādīt*|reklām*|parasti|mājaslap*|piedāvājum*)',
        '(nesaņēmu|neesmu saņēmis|neesmu saņēmusi|nav pienācis|nav pienākusi|nav atnācis|nav atnākusi|pazudusi|pazuda|aizkavē*|kavējas|kavējās|nokavēj*)',
        '(ir|bija|man|mums) ~2 pazudis',
        '(sods|sodu|soda|sodīja|piestrāde|neesmu pasūtīj*|neesmu pieteic*|nepasūtīju|lai gan ~3 (samaksāj*|biju|esmu|apmaksāj*))',
        '(joprojām|vēl aizvien|vēl joprojām|atkal) ~3 (nav|nestrādā|nedarbojas|nav atrisināt*|nav salabot*|slikti|sliktāk|sāp|neiet)',
        '(jau|vairāk nekā|veselu|veselas) ~1 (nedēļu|mēnesi|dienu|divas|trīs|stundu|stundas|dienas|nedēļas|mēnešus|gadu) ~3 (nav|gaidu|gaidām|nestrādā|nedarbojas|neviens|nevaru)',
      ],
    },
    {
      label: 'klients sūdzas',
      in: 'customer',
      weight: 4,
      patterns: [
        '(sūdzīb*|sūdzos|sūdzēties|neapmierināt*|vīlies|vīlusies|vilšan*|nekvalitatīv*|slikt* (kvalitāt*|serviss|apkalpošan*))',
      ],
    },
    {
      label: 'aģents atvainojas vai risina problēmu',
      in: 'draft',
      weight: 3,
      patterns: [
        '(atvainoj*|atvainošan*|piedodiet|ļoti žēl|patiesi žēl)',
        '(kompensē*|kompensācij*|atlīdzīb*|atmaksāsim|atgriezīsim|apmainīsim|nomainīsim|salabosim|novērsīsim)',
        '(bezmaksas|bez maksas) <~3> (pārbaud*|apskat*|remont*|apmaiņ*|apmainīt|nomainīt|salabot|labot)',
        '(apmainīt|nomainīt|salabot|atmaksāt|kompensēt) ~3 (pret jaunu|jaunu|bez maksas|pirkum*|naudu)',
      ],
    },
    {
      label: 'aģents runā par defektu vai garantiju',
      in: 'draft',
      weight: 3,
      patterns: ['(defekt*|garantij*|bojājum*|reklamācij*|vaina|vainas|vainīg*|sūdzīb*|kļūd*|kļūm*|pārpratum*)'],
    },
  ],
  templates: [
    {
      id: 'default',
      parts: [
        '{greeting}',
        {
          text: 'Atvainojos, ka tā sanāca.',
          skipIf: ['(atvainoj*|atvainošan*|piedodiet|piedod)', '(ļoti|patiesi|mums|man) ~1 žēl'],
        },
        '{body}',
        {
          text: 'Noskaidrošu, kā šo situāciju atrisināt, un atbildēšu Jums līdz [datumam].',
          plain: 'Noskaidrošu, kā šo situāciju atrisināt, un atbildēšu Jums pēc iespējas drīzāk.',
          skipIf: [
            '(pārskaitīsim|atmaksāsim|atgriezīsim|apmainīsim|nomainīsim|salabosim|novērsīsim|kompensēsim|esmu pierakstījusi|esmu pierakstījis|esmu pieteikusi|esmu pieteicis)',
            '(varam|varu) ~3 (piedāvāt|apmainīt|nomainīt|atmaksāt|salabot|atgriezt)',
            'tiks (atgriezt*|atmaksāt*|ieskaitīt*|pārskaitīt*|izlabot*|pārrēķināt*|nosūtīt*|apmainīt*|nomainīt*|salabot*|kompensēt*)',
            '(esmu|esam) ~2 (uzsākusi|uzsācis|uzsākuši|nodevusi|nodevis|nodevuši|reģistrējusi|reģistrējis|reģistrējuši|ieskaitījuši|atmaksājuši)',
          ],
        },
        '{closing}',
      ],
    },
  ],
} satisfies RulePack;
