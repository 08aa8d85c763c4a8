import type { LanguageProfile } from './types';

/** Latvian: greetings, closings, the vocative of men's names, and the cues of sentence roles. */
export const lv: LanguageProfile = {
  language: 'lv',
  greeting: { named: 'Labdien, {customerName}!', plain: 'Labdien!' },
  factLead: { text: 'Kas attiecas uz {facts}', and: 'un' },
  reasons: {
    nameMissing: 'klients netiek uzrunāts vārdā',
    greetingMissing: 'atbilde nesākas ar sveicienu',
    tooShort: 'tik īsa atbilde parasti nepaskaidro, kāpēc vai kas notiks tālāk',
    closingMissing: 'beigās netiek piedāvāta turpmāka palīdzība',
  },
  closings: {
    problem: [
      'Ja vēl varu kaut kā palīdzēt, rakstiet droši.',
      'Ja rodas vēl kādi jautājumi, labprāt palīdzēšu.',
      'Ja vēl kas nepieciešams, dodiet ziņu.',
    ],
    followUp: [
      'Ja pa to laiku rodas vēl kādi jautājumi, rakstiet droši.',
      'Ja pa to laiku kas mainās, dodiet ziņu.',
      'Ja pa to laiku vēl kas vajadzīgs, dodiet ziņu.',
    ],
    general: [
      'Vai varu Jums vēl kā palīdzēt?',
      'Ja kas vēl nav skaidrs, rakstiet droši.',
      'Ja rodas citi jautājumi, labprāt palīdzēšu.',
    ],
  },
  // Men's names of the first and second declension lose -s/-š or take -i/-u (Jānis → Jāni, Edgars → Edgar,
  // Mārtiņš → Mārtiņ, Ingus → Ingu); women's names (-a, -e) are addressed as they are.
  vocative: [
    { suffix: 'is', replace: 'i' },
    { suffix: 'us', replace: 'u' },
    { suffix: 's', replace: '' },
    { suffix: 'š', replace: '' },
  ],
  roles: {
    // Thanks for the message or the wait, or congratulations: what a reply says before anything else.
    acknowledgement: ['(paldies|pateicos|pateicamies)', '(apsveicu|apsveicam)'],
    apology: ['(atvainoj*|atvainojos|atvainojamies|nožēl*|žēl)', '(mūsu|mana) (kļūda|vaina)'],
    // Sympathy is not an apology: an angry customer is owed both (practice: scenario 7, steps 1 and 2).
    empathy: [
      '(saprotu|saprotam|varu iedomāties) ~4 (nepatīkam*|kaitinoš*|sarūgtin*|neērt*|satrauc*|grūt*|sašutum*|dusm*)',
    ],
    reason: ['(jo|tāpēc|iemesl*|dēļ|tādēļ|sakarā ar|citādi)'],
    alternative: [
      '(varat|variet|var|varēsiet) ~3 (tomēr|arī|pasūtīt|rezervēt|iegādāties|nopirkt|apmainīt|atgriezt|izvēlēties|izmantot|mēģināt|pāriet|pieslēgt|saņemt|mainīt|atcelt)',
      'vai (arī )?(varat|variet|varam|varu)',
      '(vietā|alternatīv*|līdzīg*|līdzvērtīg*|pa to laiku|tikmēr)',
      '(varu|varam|varētu|varētum) ~3 (piedāvāt|ieteikt|rezervēt|pasūtīt|nosūtīt|apmainīt|atmaksāt|kompensēt|mainīt|pārcelt)',
      '(rezervēju|rezervējam|rezervēt|gaidīšanas sarakst*|priekšpasūt*)',
      '(atkal|no jauna) ~2 (pieejam*|noliktavā|tirdzniecībā)',
      '(cit*) (model*|krās*|izmēr*|datum*|laik*|veikal*|filiāl*|variant*)',
    ],
    next_step: [
      '(atmaksāsim|aizstāsim|apmainīsim|salabosim|izlabosim|nosūtīsim|pārrēķināsim|ieskaitīsim|kompensēsim|atcelsim|piegādāsim|atvedīsim|veiksim)',
      '(atmaksāju|ieskaitīju|atcēlu|nosūtīju|noformēju|reģistrēju|izlaboju|pārcēlu|pievienoju|atvēru)',
      '(noskaidroš*|noskaidrošu|noskaidrosim|pārbaudīš*|pārbaudīšu|pārbaudīsim|pajautāšu|pajautāsim|sazināšos|sazināsimies|nosūtīšu|nosūtīsim|informēšu|informēsim|piezvanīšu|piezvanīsim|pārsūtīju|pārsūtīšu|nodevu|nodošu)',
      '(došu|dosim) ~2 ziņu',
      '(sazināsies|piezvanīs|atbildēs|sazinās)',
      '(atbildēšu|atbildēsim|uzrakstīšu|uzrakstīsim|sekošu|sekosim|nododu|pārsūtu|apjautāšos|pārjautāšu|pavaicāšu)',
    ],
    time: [
      '(šodien|rīt|parīt|pirmdien*|otrdien*|trešdien*|ceturtdien*|piektdien*|sestdien*|svētdien*)',
      '(janvār*|februār*|mart*|aprīl*|maij*|jūnij*|jūlij*|august*|septembr*|oktobr*|novembr*|decembr*)',
      '(stundas|stundu|dienas|dienu|darba dienu|nedēļas) (laikā|ietvaros)',
    ],
  },
};
