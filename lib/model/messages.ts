/**
 * What a model tone finding tells the agent, per category and language (#12): one sentence each, in the
 * draft's language, traceable to a line of the service practice (practice.md; the section is named).
 */

/** The languages messages are written in. */
export type MessageLanguage = 'en' | 'et' | 'lv' | 'ru';

/** A category's message in every language and the practice line it comes from. */
export interface ToneMessage {
  practice: string;
  en: string;
  et: string;
  lv: string;
  ru: string;
}

/** Messages for every tone category of the corpus. */
export const TONE_MESSAGES: Readonly<Record<string, ToneMessage>> = {
  dismissive: {
    practice: 'Principles: answers like "that\'s not my job" are answers that answer nothing',
    en: 'This brushes the customer off: answer what they asked and show that you are on it.',
    et: 'See lükkab kliendi eemale: vastake sellele, mida ta küsis, ja näidake, et tegelete asjaga.',
    lv: 'Tā klientu atraida: atbildiet uz to, ko viņš jautāja, un parādiet, ka jūs ar to nodarbojaties.',
    ru: 'Так от клиента отмахиваются: ответьте на его вопрос и покажите, что вы им занимаетесь.',
  },
  blaming: {
    practice: "Very angry customers: take full responsibility, whoever's fault it was; blame blocks the solution",
    en: "Don't blame the customer: take responsibility and move on to the solution.",
    et: 'Ärge süüdistage klienti: võtke vastutus enda peale ja liikuge lahenduse juurde.',
    lv: 'Nevainojiet klientu: uzņemieties atbildību un pārejiet pie risinājuma.',
    ru: 'Не обвиняйте клиента: возьмите ответственность на себя и переходите к решению.',
  },
  condescending: {
    practice: 'Dot the i: inviting questions tells customers they are no burden',
    en: 'This talks down to the customer: answer plainly and let them feel their question is welcome.',
    et: 'See kõlab ülevalt alla: vastake lihtsalt ja andke kliendile tunda, et tema küsimus on oodatud.',
    lv: 'Tas izklausās augstprātīgi: atbildiet vienkārši un ļaujiet klientam just, ka viņa jautājums ir gaidīts.',
    ru: 'Это звучит свысока: ответьте просто и дайте клиенту почувствовать, что его вопрос уместен.',
  },
  bare_refusal: {
    practice: 'Things you cannot do: avoid a bare "no"; always give the reason and offer what you can do',
    en: 'A bare "no" answers nothing: give the reason and offer what you can do instead.',
    et: 'Paljas „ei“ ei vasta millelegi: öelge põhjus ja pakkuge, mida saate selle asemel teha.',
    lv: 'Sauss „nē“ neko neatbild: paskaidrojiet iemeslu un piedāvājiet, ko varat izdarīt tā vietā.',
    ru: 'Голое «нет» ничего не объясняет: назовите причину и предложите, что можете сделать взамен.',
  },
  bare_unknown: {
    practice: 'You don\'t know the answer: not a bare "I don\'t know"; find out and say when they will hear back',
    en: 'Instead of a bare "I don\'t know", say that you will find out and when they will hear back.',
    et: 'Palja „ma ei tea“ asemel öelge, et uurite järele, ja millal klient vastuse saab.',
    lv: 'Sausa „nezinu“ vietā pasakiet, ka to noskaidrosiet, un kad klients saņems atbildi.',
    ru: 'Вместо голого «не знаю» скажите, что всё выясните, и когда клиент получит ответ.',
  },
  passing_buck: {
    practice: 'Principles: "our company doesn\'t deal with that"; being bounced between departments angers people most',
    en: "Don't send the customer elsewhere: take ownership, or hand the case over yourself and say why.",
    et: 'Ärge saatke klienti mujale: võtke asi enda kanda või andke juhtum ise üle ja öelge, miks.',
    lv: 'Nesūtiet klientu citur: uzņemieties lietu paši vai nododiet to kolēģiem un pasakiet, kāpēc.',
    ru: 'Не отсылайте клиента в другое место: возьмите вопрос на себя или сами передайте его и объясните почему.',
  },
  minimising: {
    practice: 'Something is wrong: empathy first, then explain what exactly happened',
    en: "Don't play the problem down: show empathy first, then explain what happened.",
    et: 'Ärge pisendage probleemi: näidake kõigepealt kaasatundmist ja selgitage siis, mis juhtus.',
    lv: 'Nemaziniet problēmu: vispirms izrādiet līdzjūtību un tad paskaidrojiet, kas notika.',
    ru: 'Не преуменьшайте проблему: сначала посочувствуйте, затем объясните, что произошло.',
  },
  sarcastic: {
    practice: "Principles: positive language; the facts stay the same, the customer's mood turns around",
    en: 'Drop the sarcasm: keep the facts and say them in positive, solution-minded words.',
    et: 'Jätke iroonia kõrvale: öelge samad faktid positiivselt ja lahendusele suunatult.',
    lv: 'Atmetiet ironiju: pasakiet tos pašus faktus pozitīvi un uz risinājumu vērsti.',
    ru: 'Уберите сарказм: изложите те же факты доброжелательно и с упором на решение.',
  },
  rude_imperative: {
    practice: 'Very angry customers: avoid "calm down"; apologise, sympathise, help',
    en: 'Orders like "calm down" make it worse: apologise, show you understand, and help.',
    et: 'Käsud nagu „rahunege maha“ teevad asja hullemaks: vabandage, näidake mõistmist ja aidake.',
    lv: 'Pavēles kā „nomierinieties“ situāciju tikai pasliktina: atvainojieties, izrādiet sapratni un palīdziet.',
    ru: 'Приказы вроде «успокойтесь» только злят: извинитесь, проявите понимание и помогите.',
  },
  policy_hiding: {
    practice:
      'Principles: "our policy doesn\'t allow it" answers nothing; Things you cannot do: always give the reason',
    en: '"That\'s our policy" answers nothing: explain why the rule exists and what you can do.',
    et: '„Sellised on meie reeglid“ ei vasta millelegi: selgitage, miks see reegel on, ja mida saate teha.',
    lv: '„Tādi ir mūsu noteikumi“ neko neatbild: paskaidrojiet, kāpēc šis noteikums ir, un ko varat izdarīt.',
    ru: '«Такие у нас правила» — не ответ: объясните, зачем это правило, и что вы можете сделать.',
  },
  cold_transfer: {
    practice: 'Transferring the customer: explain the benefit and pass a short summary to the colleague yourself',
    en: 'Say why you are transferring them, who will help, and that you will pass on the case yourself.',
    et: 'Öelge, miks te klienti edasi suunate, kes teda aitab, ja et annate juhtumi kokkuvõtte ise üle.',
    lv: 'Pasakiet, kāpēc pāradresējat klientu, kurš viņam palīdzēs, un ka lietas kopsavilkumu nodosiet paši.',
    ru: 'Объясните, почему переводите клиента, кто ему поможет, и что суть обращения вы передадите сами.',
  },
  false_promise: {
    practice: 'What agents wish customers knew: a realistic solution; say when they will hear back',
    en: 'Promise only what you can keep: give a realistic time and the next step.',
    et: 'Lubage ainult seda, mida suudate pidada: öelge realistlik aeg ja järgmine samm.',
    lv: 'Soliet tikai to, ko spējat izpildīt: nosauciet reālu termiņu un nākamo soli.',
    ru: 'Обещайте только то, что сможете выполнить: назовите реальный срок и следующий шаг.',
  },
};

/** The message for a tone category in a language (English when the language has none; undefined for 'fine'). */
export function toneMessage(lang: string, category: string): string | undefined {
  const m = TONE_MESSAGES[category];
  if (!m) return undefined;
  return lang === 'et' || lang === 'lv' || lang === 'ru' ? m[lang] : m.en;
}
