/**
 * The interface's own words in Tact's four languages: the popup and settings page here, the badge's and panel's
 * in `panelMessages.ts` (#15). The build writes both to `_locales/<lang>/messages.json` (the manifest's name and
 * description, and the browser's pick of a language); the pages read the tables through a translator for the
 * agent's interface language.
 */
import {
  PANEL_MESSAGES,
  type PanelKey,
  type Translate as PanelTranslate,
  translatorOver,
  UI_LANGUAGES,
  type UiLanguage,
} from './panelMessages';

export { COUNTS, type CountNoun, isUiLanguage, UI_LANGUAGES, type UiLanguage } from './panelMessages';

const pagesEn = {
  extName: 'Tact',
  extDescription:
    'Coaches customer-support replies as you write: tone, scenario and a better reply. Nothing leaves your browser.',
  optionsTitle: 'Tact settings',
  popupTitle: 'Tact',
  sectionPacks: 'Rule packs',
  sectionPacksHelp: 'Switch off the packs your team does not need. A silenced rule is never flagged again.',
  sectionLanguage: 'Language of drafts',
  languageAuto: 'Detect automatically',
  sectionUiLanguage: 'Language of the interface',
  uiLanguageAuto: 'Same as the browser',
  sectionProfile: 'Your profile',
  profileName: 'Your name',
  profileCompany: 'Company',
  profileSignature: 'Signature',
  save: 'Save',
  saved: 'Saved',
  sectionTemplates: 'Templates',
  sectionTemplatesHelp:
    'One paragraph per part; slots in braces: {slots}. Square brackets mark what the agent fills in.',
  templatePack: 'Scenario',
  templatePreview: 'Preview on a sample draft',
  templateReset: 'Restore the built-in template',
  templateUnknownSlot: 'Unknown slot {$1}. Use one of: $2',
  templateUnbalanced: 'A brace is not closed in part $1.',
  sectionCustomPacks: 'Your own rule packs',
  importPack: 'Import a pack (JSON)',
  exportPacks: 'Export all packs',
  importOk: 'Pack “$1” added.',
  importFailed: 'The pack was not imported; nothing changed:',
  removePack: 'Remove',
  sectionSites: 'Sites',
  sectionSitesHelp:
    'Tact runs on Gmail, Outlook, Zendesk, Freshdesk, Help Scout, Intercom and Front, and on the sites you add.',
  sitesOn: 'On',
  sitesOff: 'Off',
  sitesNone: 'No sites added.',
  resetAll: 'Reset all settings',
  resetConfirm:
    'Reset every setting to its default? Your templates, silenced rules and imported packs will be removed.',
  cancel: 'Cancel',
  confirmReset: 'Reset',
  locked: 'Set by your organisation',
  silenced: 'Silenced rules',
  silenceRule: 'Never flag this',
  restoreRule: 'Flag again',
  on: 'On',
  off: 'Off',
  popupNoBox: 'No reply box is focused on this page. Paste a draft to check it:',
  popupDraft: 'Draft',
  popupCustomer: "Customer's message (optional)",
  popupAnalyze: 'Check draft',
  popupEnableSite: 'Turn Tact on for this site',
  popupDisableSite: 'Turn Tact off for this site',
  popupOptions: 'Settings',
  copied: 'Copied',
  sc_tone: 'Tone (all scenarios)',
};

/** A message key. */
export type MessageKey = keyof typeof pagesEn | PanelKey;
type PagesTable = Record<keyof typeof pagesEn, string>;

const pagesEt: PagesTable = {
  extName: 'Tact',
  extDescription:
    'Nõustab klienditoe vastuste kirjutamisel: toon, olukord ja parem sõnastus. Miski ei lahku sinu brauserist.',
  optionsTitle: 'Tacti seaded',
  popupTitle: 'Tact',
  sectionPacks: 'Reeglipaketid',
  sectionPacksHelp: 'Lülita välja paketid, mida su meeskond ei vaja. Vaigistatud reeglit ei märgita enam kunagi.',
  sectionLanguage: 'Mustandite keel',
  languageAuto: 'Tuvasta automaatselt',
  sectionUiLanguage: 'Liidese keel',
  uiLanguageAuto: 'Sama mis brauseris',
  sectionProfile: 'Sinu profiil',
  profileName: 'Sinu nimi',
  profileCompany: 'Ettevõte',
  profileSignature: 'Allkiri',
  save: 'Salvesta',
  saved: 'Salvestatud',
  sectionTemplates: 'Mallid',
  sectionTemplatesHelp:
    'Iga osa eraldi lõiguna; kohatäited loogelistes sulgudes: {slots}. Nurksulud märgivad, mida tuleb täita.',
  templatePack: 'Olukord',
  templatePreview: 'Eelvaade näidismustandil',
  templateReset: 'Taasta sisseehitatud mall',
  templateUnknownSlot: 'Tundmatu kohatäide {$1}. Kasuta üht neist: $2',
  templateUnbalanced: 'Osas $1 on sulg sulgemata.',
  sectionCustomPacks: 'Sinu reeglipaketid',
  importPack: 'Impordi pakett (JSON)',
  exportPacks: 'Ekspordi kõik paketid',
  importOk: 'Pakett „$1“ on lisatud.',
  importFailed: 'Paketti ei imporditud, midagi ei muutunud:',
  removePack: 'Eemalda',
  sectionSites: 'Saidid',
  sectionSitesHelp:
    'Tact töötab Gmailis, Outlookis, Zendeskis, Freshdeskis, Help Scoutis, Intercomis ja Frontis ning sinu lisatud saitidel.',
  sitesOn: 'Sees',
  sitesOff: 'Väljas',
  sitesNone: 'Saite pole lisatud.',
  resetAll: 'Lähtesta kõik seaded',
  resetConfirm: 'Kas lähtestada kõik seaded? Sinu mallid, vaigistatud reeglid ja imporditud paketid eemaldatakse.',
  cancel: 'Loobu',
  confirmReset: 'Lähtesta',
  locked: 'Selle on määranud sinu organisatsioon',
  silenced: 'Vaigistatud reeglid',
  silenceRule: 'Ära seda enam märgi',
  restoreRule: 'Märgi uuesti',
  on: 'Sees',
  off: 'Väljas',
  popupNoBox: 'Sellel lehel pole ükski vastusekast aktiivne. Kleebi mustand siia, et seda kontrollida:',
  popupDraft: 'Mustand',
  popupCustomer: 'Kliendi sõnum (valikuline)',
  popupAnalyze: 'Kontrolli mustandit',
  popupEnableSite: 'Lülita Tact sellel saidil sisse',
  popupDisableSite: 'Lülita Tact sellel saidil välja',
  popupOptions: 'Seaded',
  copied: 'Kopeeritud',
  sc_tone: 'Toon (kõik olukorrad)',
};

const pagesLv: PagesTable = {
  extName: 'Tact',
  extDescription:
    'Palīdz rakstīt klientu atbalsta atbildes: tonis, situācija un labāka atbilde. Nekas neatstāj jūsu pārlūku.',
  optionsTitle: 'Tact iestatījumi',
  popupTitle: 'Tact',
  sectionPacks: 'Noteikumu pakotnes',
  sectionPacksHelp:
    'Izslēdziet pakotnes, kas jūsu komandai nav vajadzīgas. Apklusināts noteikums vairs netiek atzīmēts.',
  sectionLanguage: 'Melnrakstu valoda',
  languageAuto: 'Noteikt automātiski',
  sectionUiLanguage: 'Saskarnes valoda',
  uiLanguageAuto: 'Tāda pati kā pārlūkā',
  sectionProfile: 'Jūsu profils',
  profileName: 'Jūsu vārds',
  profileCompany: 'Uzņēmums',
  profileSignature: 'Paraksts',
  save: 'Saglabāt',
  saved: 'Saglabāts',
  sectionTemplates: 'Veidnes',
  sectionTemplatesHelp:
    'Katra daļa savā rindkopā; vietturi figūriekavās: {slots}. Kvadrātiekavās ir tas, kas jāaizpilda.',
  templatePack: 'Situācija',
  templatePreview: 'Priekšskatījums ar parauga melnrakstu',
  templateReset: 'Atjaunot iebūvēto veidni',
  templateUnknownSlot: 'Nezināms vietturis {$1}. Izmantojiet kādu no šiem: $2',
  templateUnbalanced: 'Daļā $1 iekava nav aizvērta.',
  sectionCustomPacks: 'Jūsu noteikumu pakotnes',
  importPack: 'Importēt pakotni (JSON)',
  exportPacks: 'Eksportēt visas pakotnes',
  importOk: 'Pakotne “$1” pievienota.',
  importFailed: 'Pakotne netika importēta, nekas netika mainīts:',
  removePack: 'Noņemt',
  sectionSites: 'Vietnes',
  sectionSitesHelp:
    'Tact darbojas Gmail, Outlook, Zendesk, Freshdesk, Help Scout, Intercom un Front, kā arī jūsu pievienotajās vietnēs.',
  sitesOn: 'Ieslēgts',
  sitesOff: 'Izslēgts',
  sitesNone: 'Nav pievienotu vietņu.',
  resetAll: 'Atiestatīt visus iestatījumus',
  resetConfirm:
    'Atiestatīt visus iestatījumus? Jūsu veidnes, apklusinātie noteikumi un importētās pakotnes tiks noņemtas.',
  cancel: 'Atcelt',
  confirmReset: 'Atiestatīt',
  locked: 'Iestatījusi jūsu organizācija',
  silenced: 'Apklusinātie noteikumi',
  silenceRule: 'Vairs neatzīmēt',
  restoreRule: 'Atzīmēt atkal',
  on: 'Ieslēgts',
  off: 'Izslēgts',
  popupNoBox: 'Šajā lapā nav aktīva atbildes lauka. Ielīmējiet melnrakstu, lai to pārbaudītu:',
  popupDraft: 'Melnraksts',
  popupCustomer: 'Klienta ziņa (nav obligāta)',
  popupAnalyze: 'Pārbaudīt melnrakstu',
  popupEnableSite: 'Ieslēgt Tact šajā vietnē',
  popupDisableSite: 'Izslēgt Tact šajā vietnē',
  popupOptions: 'Iestatījumi',
  copied: 'Nokopēts',
  sc_tone: 'Tonis (visas situācijas)',
};

const pagesRu: PagesTable = {
  extName: 'Tact',
  extDescription: 'Помогает писать ответы клиентам: тон, ситуация и лучший ответ. Ничего не покидает ваш браузер.',
  optionsTitle: 'Настройки Tact',
  popupTitle: 'Tact',
  sectionPacks: 'Наборы правил',
  sectionPacksHelp: 'Отключите наборы, которые не нужны вашей команде. Игнорируемое правило больше не отмечается.',
  sectionLanguage: 'Язык черновиков',
  languageAuto: 'Определять автоматически',
  sectionUiLanguage: 'Язык интерфейса',
  uiLanguageAuto: 'Как в браузере',
  sectionProfile: 'Ваш профиль',
  profileName: 'Ваше имя',
  profileCompany: 'Компания',
  profileSignature: 'Подпись',
  save: 'Сохранить',
  saved: 'Сохранено',
  sectionTemplates: 'Шаблоны',
  sectionTemplatesHelp:
    'Каждая часть — отдельный абзац; поля в фигурных скобках: {slots}. В квадратных скобках — то, что нужно заполнить.',
  templatePack: 'Ситуация',
  templatePreview: 'Предпросмотр на примере черновика',
  templateReset: 'Вернуть встроенный шаблон',
  templateUnknownSlot: 'Неизвестное поле {$1}. Доступные поля: $2',
  templateUnbalanced: 'В части $1 не закрыта скобка.',
  sectionCustomPacks: 'Ваши наборы правил',
  importPack: 'Импортировать набор (JSON)',
  exportPacks: 'Экспортировать все наборы',
  importOk: 'Набор «$1» добавлен.',
  importFailed: 'Набор не импортирован, ничего не изменилось:',
  removePack: 'Удалить',
  sectionSites: 'Сайты',
  sectionSitesHelp:
    'Tact работает в Gmail, Outlook, Zendesk, Freshdesk, Help Scout, Intercom и Front, а также на добавленных вами сайтах.',
  sitesOn: 'Вкл.',
  sitesOff: 'Выкл.',
  sitesNone: 'Сайты не добавлены.',
  resetAll: 'Сбросить все настройки',
  resetConfirm: 'Сбросить все настройки? Ваши шаблоны, игнорируемые правила и импортированные наборы будут удалены.',
  cancel: 'Отмена',
  confirmReset: 'Сбросить',
  locked: 'Задано вашей организацией',
  silenced: 'Игнорируемые правила',
  silenceRule: 'Больше не отмечать',
  restoreRule: 'Отмечать снова',
  on: 'Вкл.',
  off: 'Выкл.',
  popupNoBox: 'На этой странице нет активного поля ответа. Вставьте черновик, чтобы проверить его:',
  popupDraft: 'Черновик',
  popupCustomer: 'Сообщение клиента (необязательно)',
  popupAnalyze: 'Проверить черновик',
  popupEnableSite: 'Включить Tact на этом сайте',
  popupDisableSite: 'Выключить Tact на этом сайте',
  popupOptions: 'Настройки',
  copied: 'Скопировано',
  sc_tone: 'Тон (все ситуации)',
};

/** Every table, by interface language: the pages' words and the panel's. */
export const MESSAGES: Record<UiLanguage, Record<MessageKey, string>> = {
  en: { ...pagesEn, ...PANEL_MESSAGES.en },
  et: { ...pagesEt, ...PANEL_MESSAGES.et },
  lv: { ...pagesLv, ...PANEL_MESSAGES.lv },
  ru: { ...pagesRu, ...PANEL_MESSAGES.ru },
};

/** Translates any key of the interface in one language. */
export type Translate = PanelTranslate<MessageKey>;

/** A translator over one language's tables, falling back to English for a missing key. */
export function tableTranslator(lang: UiLanguage = 'en'): Translate {
  return translatorOver(MESSAGES, lang);
}

/** The `_locales/<lang>/messages.json` files of the extension. */
export function localeFiles(): { relativeDest: string; contents: string }[] {
  return UI_LANGUAGES.map((lang) => {
    const json: Record<string, { message: string }> = {};
    // Chrome and Firefox substitute $1…$9 in a message themselves.
    for (const [k, v] of Object.entries(MESSAGES[lang])) json[k] = { message: v };
    return { relativeDest: `_locales/${lang}/messages.json`, contents: JSON.stringify(json, null, 2) };
  });
}
