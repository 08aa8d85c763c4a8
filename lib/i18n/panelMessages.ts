/**
 * The words of the in-page badge and panel (and the words they share with the popup and settings page) in Tact's
 * four languages (#15). Kept apart from the pages' own words so the content script, loaded into every matching
 * tab, carries only these; `messages.ts` adds the pages' words for the popup, the settings page and `_locales`.
 */
export const UI_LANGUAGES = ['en', 'et', 'lv', 'ru'] as const;
/** A language the interface speaks. */
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Whether a value names a language the interface speaks. */
export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

const en = {
  // The table's own language: `browser.i18n.getMessage('uiLanguage')` tells which table the browser picked.
  uiLanguage: 'en',
  replaceDraft: 'Replace draft',
  insertAtCursor: 'Insert at cursor',
  restoreOriginal: 'Restore original',
  copy: 'Copy',
  close: 'Close',
  closeTitle: 'Close (Esc)',
  score: 'Score',
  scenario: 'Scenario',
  scenarioAuto: 'Automatic',
  scenarioAutoWith: 'Automatic: $1',
  tone: 'Tone',
  findings: 'Suggestions',
  noFindings: 'Nothing to change: this reply reads well.',
  noSuggestions: 'no suggestions',
  rewrite: 'Suggested reply',
  applyFix: 'Replace “$1” with “$2”',
  badgeReady: 'Tact: score $1, $2',
  badgeChecking: 'Tact: checking your draft',
  badgeError: "Tact: couldn't check this draft",
  badgeIdle: 'Tact: write your reply to get suggestions',
  panelSummary: 'Score $1 of 100 · $2 · $3',
  panelChecking: 'Checking your draft…',
  panelError: 'This draft could not be checked. Keep typing to try again.',
  panelIdle: 'Write your reply and Tact will coach it here.',
  panelNoCustomer:
    "Tact did not find the customer's message on this page. Select it on the page and Tact will take it into account.",
  keysToggle: 'opens and closes',
  keysBack: 'returns to your draft',
  noticeReplaced: 'Draft replaced. “Restore original” brings your text back.',
  noticeInserted: 'Suggested reply inserted at the cursor.',
  noticeStale: 'The draft changed since it was checked. Checking it again…',
  noticeFixed: 'Replaced “$1”.',
  noticeRestored: 'Original draft restored.',
  noticeCopied: 'Suggested reply copied to the clipboard.',
  noticeCopyFailed: 'The browser did not allow copying. Select the suggested reply and copy it by hand.',
  noticeWriteFailedCopied:
    'This editor did not accept the text, so your draft is untouched. The text is on your clipboard: paste it with Ctrl+V (⌘V on a Mac).',
  noticeWriteFailed:
    'This editor did not accept the text, so your draft is untouched. Copy the suggested reply and paste it by hand.',
  dim_warmth: 'Warmth',
  dim_ownership: 'Ownership',
  dim_positivity: 'Positivity',
  dim_clarity: 'Clarity',
  dim_closing: 'Closing',
  sc_unknown_answer: 'Answer not known yet',
  sc_out_of_stock: 'Out of stock',
  sc_transfer: 'Transfer to another team',
  sc_refusal: 'Refusal',
  sc_complaint: 'Complaint',
  sc_angry_customer: 'Angry customer',
  sc_general: 'General',
  lang_en: 'English',
  lang_et: 'Estonian',
  lang_lv: 'Latvian',
  lang_ru: 'Russian',
};

/** A key of the badge's and panel's words. */
export type PanelKey = keyof typeof en;

const et: Record<PanelKey, string> = {
  uiLanguage: 'et',
  replaceDraft: 'Asenda mustand',
  insertAtCursor: 'Lisa kursori kohale',
  restoreOriginal: 'Taasta algne',
  copy: 'Kopeeri',
  close: 'Sulge',
  closeTitle: 'Sulge (Esc)',
  score: 'Skoor',
  scenario: 'Olukord',
  scenarioAuto: 'Automaatne',
  scenarioAutoWith: 'Automaatne: $1',
  tone: 'Toon',
  findings: 'Soovitused',
  noFindings: 'Midagi pole vaja muuta: vastus on hea.',
  noSuggestions: 'soovitusi pole',
  rewrite: 'Soovitatud vastus',
  applyFix: 'Asenda „$1“ tekstiga „$2“',
  badgeReady: 'Tact: skoor $1, $2',
  badgeChecking: 'Tact: mustandit kontrollitakse',
  badgeError: 'Tact: mustandit ei õnnestunud kontrollida',
  badgeIdle: 'Tact: kirjuta vastus, et saada soovitusi',
  panelSummary: 'Skoor $1/100 · $2 · $3',
  panelChecking: 'Mustandit kontrollitakse…',
  panelError: 'Seda mustandit ei õnnestunud kontrollida. Kirjuta edasi, et uuesti proovida.',
  panelIdle: 'Kirjuta vastus ja Tact annab siin nõu.',
  panelNoCustomer: 'Tact ei leidnud sellelt lehelt kliendi sõnumit. Märgista see lehel ja Tact võtab selle arvesse.',
  keysToggle: 'avab ja sulgeb',
  keysBack: 'viib tagasi mustandi juurde',
  noticeReplaced: 'Mustand on asendatud. „Taasta algne“ toob sinu teksti tagasi.',
  noticeInserted: 'Soovitatud vastus on lisatud kursori kohale.',
  noticeStale: 'Mustand muutus pärast kontrollimist. Kontrollime uuesti…',
  noticeFixed: '„$1“ on asendatud.',
  noticeRestored: 'Algne mustand on taastatud.',
  noticeCopied: 'Soovitatud vastus on kopeeritud lõikelauale.',
  noticeCopyFailed: 'Brauser ei lubanud kopeerida. Märgista soovitatud vastus ja kopeeri see käsitsi.',
  noticeWriteFailedCopied:
    'See redaktor ei võtnud teksti vastu, seega jäi sinu mustand puutumata. Tekst on lõikelaual: kleebi see klahvidega Ctrl+V (Macis ⌘V).',
  noticeWriteFailed:
    'See redaktor ei võtnud teksti vastu, seega jäi sinu mustand puutumata. Kopeeri soovitatud vastus ja kleebi see käsitsi.',
  dim_warmth: 'Soojus',
  dim_ownership: 'Vastutus',
  dim_positivity: 'Positiivsus',
  dim_clarity: 'Selgus',
  dim_closing: 'Lõpetus',
  sc_unknown_answer: 'Vastus pole veel teada',
  sc_out_of_stock: 'Toodet pole saadaval',
  sc_transfer: 'Edastamine teisele meeskonnale',
  sc_refusal: 'Keeldumine',
  sc_complaint: 'Kaebus',
  sc_angry_customer: 'Vihane klient',
  sc_general: 'Üldine',
  lang_en: 'Inglise keel',
  lang_et: 'Eesti keel',
  lang_lv: 'Läti keel',
  lang_ru: 'Vene keel',
};

const lv: Record<PanelKey, string> = {
  uiLanguage: 'lv',
  replaceDraft: 'Aizstāt melnrakstu',
  insertAtCursor: 'Ievietot kursora vietā',
  restoreOriginal: 'Atjaunot sākotnējo',
  copy: 'Kopēt',
  close: 'Aizvērt',
  closeTitle: 'Aizvērt (Esc)',
  score: 'Vērtējums',
  scenario: 'Situācija',
  scenarioAuto: 'Automātiski',
  scenarioAutoWith: 'Automātiski: $1',
  tone: 'Tonis',
  findings: 'Ieteikumi',
  noFindings: 'Nekas nav jāmaina: atbilde ir laba.',
  noSuggestions: 'nav ieteikumu',
  rewrite: 'Ieteiktā atbilde',
  applyFix: 'Aizstāt “$1” ar “$2”',
  badgeReady: 'Tact: vērtējums $1, $2',
  badgeChecking: 'Tact: melnraksts tiek pārbaudīts',
  badgeError: 'Tact: melnrakstu neizdevās pārbaudīt',
  badgeIdle: 'Tact: uzrakstiet atbildi, lai saņemtu ieteikumus',
  panelSummary: 'Vērtējums $1 no 100 · $2 · $3',
  panelChecking: 'Melnraksts tiek pārbaudīts…',
  panelError: 'Šo melnrakstu neizdevās pārbaudīt. Turpiniet rakstīt, lai mēģinātu vēlreiz.',
  panelIdle: 'Uzrakstiet atbildi, un Tact šeit sniegs padomus.',
  panelNoCustomer: 'Tact šajā lapā neatrada klienta ziņu. Atlasiet to lapā, un Tact to ņems vērā.',
  keysToggle: 'atver un aizver',
  keysBack: 'atgriež pie melnraksta',
  noticeReplaced: 'Melnraksts aizstāts. Ar “Atjaunot sākotnējo” varat atgūt savu tekstu.',
  noticeInserted: 'Ieteiktā atbilde ievietota kursora vietā.',
  noticeStale: 'Melnraksts pēc pārbaudes ir mainījies. Tas tiek pārbaudīts vēlreiz…',
  noticeFixed: 'Aizstāts “$1”.',
  noticeRestored: 'Sākotnējais melnraksts atjaunots.',
  noticeCopied: 'Ieteiktā atbilde nokopēta starpliktuvē.',
  noticeCopyFailed: 'Pārlūks neļāva kopēt. Atlasiet ieteikto atbildi un nokopējiet to pašrocīgi.',
  noticeWriteFailedCopied:
    'Šis redaktors nepieņēma tekstu, tāpēc jūsu melnraksts netika mainīts. Teksts ir starpliktuvē: ielīmējiet to ar Ctrl+V (Mac datorā ⌘V).',
  noticeWriteFailed:
    'Šis redaktors nepieņēma tekstu, tāpēc jūsu melnraksts netika mainīts. Nokopējiet ieteikto atbildi un ielīmējiet to pašrocīgi.',
  dim_warmth: 'Sirsnība',
  dim_ownership: 'Atbildība',
  dim_positivity: 'Pozitīva attieksme',
  dim_clarity: 'Skaidrība',
  dim_closing: 'Noslēgums',
  sc_unknown_answer: 'Atbilde vēl nav zināma',
  sc_out_of_stock: 'Prece nav pieejama',
  sc_transfer: 'Nodošana citai komandai',
  sc_refusal: 'Atteikums',
  sc_complaint: 'Sūdzība',
  sc_angry_customer: 'Dusmīgs klients',
  sc_general: 'Vispārīga situācija',
  lang_en: 'Angļu valoda',
  lang_et: 'Igauņu valoda',
  lang_lv: 'Latviešu valoda',
  lang_ru: 'Krievu valoda',
};

const ru: Record<PanelKey, string> = {
  uiLanguage: 'ru',
  replaceDraft: 'Заменить черновик',
  insertAtCursor: 'Вставить в позицию курсора',
  restoreOriginal: 'Вернуть исходный текст',
  copy: 'Копировать',
  close: 'Закрыть',
  closeTitle: 'Закрыть (Esc)',
  score: 'Оценка',
  scenario: 'Ситуация',
  scenarioAuto: 'Автоматически',
  scenarioAutoWith: 'Автоматически: $1',
  tone: 'Тон',
  findings: 'Замечания',
  noFindings: 'Менять ничего не нужно: ответ написан хорошо.',
  noSuggestions: 'замечаний нет',
  rewrite: 'Предлагаемый ответ',
  applyFix: 'Заменить «$1» на «$2»',
  badgeReady: 'Tact: оценка $1, $2',
  badgeChecking: 'Tact: черновик проверяется',
  badgeError: 'Tact: не удалось проверить черновик',
  badgeIdle: 'Tact: напишите ответ, чтобы получить подсказки',
  panelSummary: 'Оценка $1 из 100 · $2 · $3',
  panelChecking: 'Черновик проверяется…',
  panelError: 'Не удалось проверить черновик. Продолжайте печатать, чтобы попробовать ещё раз.',
  panelIdle: 'Напишите ответ, и Tact подскажет здесь, что улучшить.',
  panelNoCustomer: 'Tact не нашёл на этой странице сообщение клиента. Выделите его на странице, и Tact его учтёт.',
  keysToggle: 'открывает и закрывает',
  keysBack: 'возвращает к черновику',
  noticeReplaced: 'Черновик заменён. Кнопка «Вернуть исходный текст» вернёт ваш текст.',
  noticeInserted: 'Предлагаемый ответ вставлен в позицию курсора.',
  noticeStale: 'Черновик изменился после проверки. Проверяем ещё раз…',
  noticeFixed: 'Заменено: «$1».',
  noticeRestored: 'Исходный черновик восстановлен.',
  noticeCopied: 'Предлагаемый ответ скопирован в буфер обмена.',
  noticeCopyFailed: 'Браузер не разрешил копирование. Выделите предлагаемый ответ и скопируйте его вручную.',
  noticeWriteFailedCopied:
    'Редактор не принял текст, поэтому черновик не изменён. Текст в буфере обмена: вставьте его клавишами Ctrl+V (⌘V на Mac).',
  noticeWriteFailed:
    'Редактор не принял текст, поэтому черновик не изменён. Скопируйте предлагаемый ответ и вставьте его вручную.',
  dim_warmth: 'Теплота',
  dim_ownership: 'Ответственность',
  dim_positivity: 'Позитивность',
  dim_clarity: 'Ясность',
  dim_closing: 'Завершение',
  sc_unknown_answer: 'Ответ пока неизвестен',
  sc_out_of_stock: 'Нет в наличии',
  sc_transfer: 'Передача другому специалисту',
  sc_refusal: 'Отказ',
  sc_complaint: 'Жалоба',
  sc_angry_customer: 'Рассерженный клиент',
  sc_general: 'Общий случай',
  lang_en: 'Английский',
  lang_et: 'Эстонский',
  lang_lv: 'Латышский',
  lang_ru: 'Русский',
};

/** The badge's and panel's words, by interface language. */
export const PANEL_MESSAGES: Record<UiLanguage, Record<PanelKey, string>> = { en, et, lv, ru };

/** A counted noun: "1 rule", "5 rules". */
export type CountNoun = 'rules' | 'suggestions';
type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * Counted nouns by the plural categories of `Intl.PluralRules` for each language (CLDR): English and Estonian
 * one/other ("1 reegel", "5 reeglit"); Latvian zero (0, 10–20, 30…: genitive plural), one (1, 21, 31…) and other;
 * Russian one (1, 21), few (2–4, 22–24), many (5–20, 25…) and other (fractions).
 */
export const COUNTS: Record<UiLanguage, Record<CountNoun, PluralForms>> = {
  en: {
    rules: { one: '$1 rule', other: '$1 rules' },
    suggestions: { one: '$1 suggestion', other: '$1 suggestions' },
  },
  et: {
    rules: { one: '$1 reegel', other: '$1 reeglit' },
    suggestions: { one: '$1 soovitus', other: '$1 soovitust' },
  },
  lv: {
    rules: { zero: '$1 noteikumu', one: '$1 noteikums', other: '$1 noteikumi' },
    suggestions: { zero: '$1 ieteikumu', one: '$1 ieteikums', other: '$1 ieteikumi' },
  },
  ru: {
    rules: { one: '$1 правило', few: '$1 правила', many: '$1 правил', other: '$1 правила' },
    suggestions: { one: '$1 замечание', few: '$1 замечания', many: '$1 замечаний', other: '$1 замечания' },
  },
};

/** Translates a key in one interface language; `$1`, `$2` … are replaced by the substitutions. */
export interface Translate<K extends string = PanelKey> {
  (key: K, ...subs: (string | number)[]): string;
  /** A number with its noun in the right plural form, e.g. "1 rule", "21 noteikums", "5 правил". */
  count(noun: CountNoun, n: number): string;
  /** The language it translates into. */
  readonly lang: UiLanguage;
}

function fill(text: string, subs: readonly (string | number)[]): string {
  return text.replace(/\$(\d)/g, (_, n: string) => String(subs[Number(n) - 1] ?? ''));
}

/** A translator over tables by language, falling back to English for a missing key. */
export function translatorOver<K extends string>(
  tables: Record<UiLanguage, Record<K, string>>,
  lang: UiLanguage,
): Translate<K> {
  const rules = new Intl.PluralRules(lang);
  const t = (key: K, ...subs: (string | number)[]) => fill(tables[lang][key] ?? tables.en[key], subs);
  return Object.assign(t, {
    count: (noun: CountNoun, n: number) => {
      const forms = COUNTS[lang][noun];
      return fill(forms[rules.select(n)] ?? forms.other, [n]);
    },
    lang,
  });
}

/** A translator of the badge's and panel's words. */
export function panelTranslator(lang: UiLanguage = 'en'): Translate {
  return translatorOver(PANEL_MESSAGES, lang);
}
