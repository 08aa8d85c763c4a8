import { rememberByString } from '../packs/remember';
import { eachRun, isLetterOrMark } from './tokens';
import type { Language } from './types';

/**
 * Language detection for en / et / lv / ru without a model: Cyrillic words vote for Russian; Latin words vote
 * through letters only one language uses (lv: ā ē ī ū ģ ķ ļ ņ č; et: õ ä ö ü), frequent function words and a
 * few typical endings. Every word votes, so the language most of the draft is written in wins over a quoted
 * line or a product name in another language; quoted text votes at a quarter.
 */

/** Per-language votes, exported for tests and for the analysis of very short drafts. */
export type LanguageScores = Record<Language, number>;

// Frequent function words. A word that is common in two languages appears in both with a lower weight.
const EN_WORDS = words(`
  the a an and or but nor to of in on at for with from by about into over after before under between is are was
  were be been being am it it's its this that these those you your you're you've you'll yours we we're we've we'll
  our ours us i i'm i'll i've i'd me my mine he she him her his they them their there here what when where why how
  which who whom whose have has had having do does did doing don't doesn't didn't done can can't cannot could
  couldn't will won't would wouldn't should shouldn't must not yes please thank thanks sorry hi hello hey dear
  regards if so as any all some every each just also very now today tomorrow yesterday let know help again more
  most still get got back right up out than then one our only even because while until unless since though
  already soon sure certainly unfortunately however other another same such much many few well way make
  makes made take see look need needs want wants would like one two three four five twice again
  `);
const ET_WORDS = words(`
  ja ei on see seda selle sellest selles sellele et kas mis ma mina me meie meid meile meil te teie teid teile
  teil teilt sa sina sind sul sulle mul mulle minu mind meile oma palun aitäh tänan tänu tere tervist ka ning
  aga või kui siis nii veel juba kõik kõike midagi mitte pole olen oled oleme olete ole oli olid olnud saan
  saad saate saab saame saavad tuleb tulevad pean peate peab kuni pärast enne ilma kohe täna homme eile hetkel
  praegu seal siin kus miks kuidas millal kes vabandust vabandan vabandame kahjuks lugupidamisega head päeva
  jah jaa selge ainult väga hea tellimus tellimuse ikka üle läbi juurde vastu abil jaoks poolt kaudu ehk muidugi sest seega
  kuid nagu selline sellise mõistan saaksite oleks oleksite kinni lahti ära edasi tagasi uuesti kohta osas
  üks ühe kaks kahe kolm neli viis korda korra maha alla üles siia sinna nüüd enam ikkagi veel mingi
  `);
const LV_WORDS = words(`
  un ir nav jūs jums jūsu jūsų mēs mums mūsu es man mans mana manā manu tu tev tavs tas tā tie tās to tam tai
  šo šī šis šie šajā šeit ar uz par pie līdz pēc bez bet vai arī jau vēl tikai ļoti lūdzu paldies labdien
  sveiki atvainojiet atvainojos atvainojamies diemžēl cieņu kad kur kāpēc kā kas kurš kura tad tur būs bija
  būtu var varat varu varam varētu nevaru nevar esmu esam esat jā nē ne tiks tiek tika visu viss visi kaut
  kāds kāda kādu jo lai gan vairs vairāk mazāk šodien rīt vakar tagad drīz protams noteikti saprotu sapratne
  pasūtījums pasūtījumu pasūtījuma nodaļa nodaļai kolēģis kolēģim viens viena divi divas trīs četri pieci
  reizi reizes atkal vēlreiz jau mūs jūs tikko
  `);
// Russian function words: not for voting (Cyrillic decides), but to tell a capitalised "На" from a name.
const RU_WORDS = words(`
  в во на по с со к ко о об обо от до из за для при про без через после перед у и а но или что это как так не
  ни уже ещё еще вот все всё мы вы я он она оно они его её ее их наш наша наше наши ваш ваша ваше ваши мой моя
  моё мои ли же бы да нет если когда чтобы потому поэтому также тоже только даже очень можно нужно там тут где
  сейчас сегодня завтра вчера пожалуйста спасибо здравствуйте к сожалению уважаемый этот эта эти тот та те
  `);
// Words shared by two Latin languages vote for each with these weights instead of the full 1.
const SHARED: Record<string, Partial<LanguageScores>> = {
  no: { en: 1, lv: 0.6 },
  on: { en: 0.6, et: 0.8 },
  see: { en: 0.4, et: 0.8 },
  ja: { et: 0.8, lv: 0.5 },
  ka: { et: 0.5, lv: 0.7 },
  kas: { et: 0.6, lv: 0.6 },
  te: { et: 0.5, lv: 0.4 },
  tas: { lv: 0.8 },
  et: { et: 0.8 },
  ei: { et: 1 },
  me: { en: 0.4, et: 0.6 },
  a: { en: 0.6 },
  i: { en: 0.6 },
  pie: { lv: 0.8 },
  par: { lv: 0.8 },
  man: { lv: 0.8, en: 0.3 },
  tie: { lv: 0.6, en: 0.2 },
  tur: { lv: 0.8 },
  ar: { lv: 0.8 },
  es: { lv: 0.8 },
  tad: { lv: 0.8 },
  kui: { et: 0.8 },
  oma: { et: 0.8 },
};

// Typical endings: weak evidence, only for words of 5+ letters that are not in the lists above.
const ET_ENDINGS = ['ga', 'le', 'lt', 'sse', 'st', 'ks', 'tud', 'mine', 'mise', 'ame', 'ate', 'sin', 'nud', 'gi', 'te'];
const LV_ENDINGS = ['ties', 'šana', 'šanu', 'ām', 'ās', 'iem', 'ējs', 'iet', 'ot', 'jam', 'jām', 'ija', 'ijas', 'ēt'];
const EN_ENDINGS = ['ing', 'tion', 'ly', 'ness', 'ment', "'s", "n't", "'ll", "'re", "'ve", "'d", 'ould', 'ght'];

const LV_LETTERS = /[āēīūģķļņč]/;
const ET_LETTERS = /[õäöü]/;
const CYRILLIC = /[\u0400-\u04ff]/;
const LATIN = /[a-zà-ɏ]/;

// Quoted text: votes at a quarter. Pairs of typographic quotes, guillemets and straight double quotes.
const QUOTED = /„[^„“”"\n]{0,400}[“”"]|“[^“”\n]{0,400}”|«[^«»\n]{0,400}»|"[^"\n]{0,400}"/g;
// Words are letters and marks, with apostrophes inside ("don't").
const APOSTROPHES = new Set([0x27, 0x2019]);
// Enough text to decide; a megabyte of draft is not read in full.
const MAX_CHARS = 20_000;

function words(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}

function emptyScores(): LanguageScores {
  return { en: 0, et: 0, lv: 0, ru: 0 };
}

/** Votes of one word (lower case, ’ folded to '), before the quote weight. */
function wordVotes(w: string, into: LanguageScores): void {
  if (CYRILLIC.test(w)) {
    into.ru += 1;
    return;
  }
  if (!LATIN.test(w)) return;
  const shared = Object.hasOwn(SHARED, w) ? SHARED[w] : undefined;
  if (shared) {
    for (const [lang, v] of Object.entries(shared) as [Language, number][]) into[lang] += v;
    return;
  }
  let hit = false;
  if (LV_LETTERS.test(w)) {
    into.lv += 1.5;
    hit = true;
  }
  if (ET_LETTERS.test(w)) {
    into.et += 1.5;
    hit = true;
  }
  if (EN_WORDS.has(w)) {
    into.en += 1;
    hit = true;
  }
  if (ET_WORDS.has(w)) {
    into.et += 1;
    hit = true;
  }
  if (LV_WORDS.has(w)) {
    into.lv += 1;
    hit = true;
  }
  if (hit || w.length < 5) return;
  if (EN_ENDINGS.some((e) => w.endsWith(e))) into.en += 0.3;
  if (ET_ENDINGS.some((e) => w.endsWith(e))) into.et += 0.3;
  if (LV_ENDINGS.some((e) => w.endsWith(e))) into.lv += 0.3;
}

// Votes by word as written: texts repeat their words, and drafts repeat each other's.
const votesOf = rememberByString((written: string): LanguageScores => {
  const v = emptyScores();
  wordVotes(written.toLowerCase().replace(/’/g, "'"), v);
  return v;
}, 20_000);

// Enough evidence to stop reading a long draft: this many words read, and the leading language ahead of every
// other by this factor and this many votes (a later part of the draft cannot turn that around).
const DECISIVE_WORDS = 300;
const DECISIVE_FACTOR = 4;
const DECISIVE_VOTES = 60;

function decided(s: LanguageScores): boolean {
  const v = [s.en, s.et, s.lv, s.ru].sort((a, b) => b - a);
  return v[0]! >= DECISIVE_VOTES && v[0]! >= DECISIVE_FACTOR * v[1]!;
}

/**
 * Scores every language on a text; higher means more evidence. `untilDecided`: stop reading once one language
 * leads decisively (for choosing the language; comparing two texts' scores needs them read in full).
 */
export function languageScores(text: string, untilDecided = false): LanguageScores {
  const scores = emptyScores();
  const sample = text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
  const quoted: [number, number][] = [];
  for (const m of sample.matchAll(QUOTED)) quoted.push([m.index, m.index + m[0].length]);
  let q = 0;
  let read = 0;
  eachRun(sample, 0, sample.length, isLetterOrMark, APOSTROPHES, (a, b) => {
    if (untilDecided && ++read % 100 === 0 && read >= DECISIVE_WORDS && decided(scores)) return false;
    while (q < quoted.length && (quoted[q]?.[1] ?? 0) <= a) q++;
    const inQuote = q < quoted.length && (quoted[q]?.[0] ?? Infinity) <= a;
    const weight = inQuote ? 0.25 : 1;
    const v = votesOf(sample.slice(a, b));
    scores.en += v.en * weight;
    scores.et += v.et * weight;
    scores.lv += v.lv * weight;
    scores.ru += v.ru * weight;
    return true;
  });
  return scores;
}

/** The language with the highest score and its lead over the runner-up. */
function best(scores: LanguageScores): { lang: Language; top: number; lead: number } {
  const ranked = (Object.entries(scores) as [Language, number][]).sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  return { lang: first?.[0] ?? 'en', top: first?.[1] ?? 0, lead: (first?.[1] ?? 0) - (second?.[1] ?? 0) };
}

/**
 * Detects the draft's language. When the draft gives too little evidence (a bare "No." is English and
 * Latvian), the customer's message decides among the languages the draft is compatible with; with no
 * evidence at all, English.
 */
export function detectLanguage(draft: string, customer?: string): Language {
  const scores = languageScores(draft, true);
  const { lang, top, lead } = best(scores);
  if (top > 0 && lead >= 1) return lang;
  if (customer) {
    const c = best(languageScores(customer));
    if (c.top > 0) {
      // The customer's language wins when the draft does not speak against it.
      if (top === 0 || scores[c.lang] >= top - 1) return c.lang;
    }
  }
  return top > 0 ? lang : 'en';
}

/** True for a frequent function word of en/et/lv ("the", "ja", "un"): never a product or place name. */
export function isFunctionWord(lowerWord: string): boolean {
  return (
    EN_WORDS.has(lowerWord) ||
    ET_WORDS.has(lowerWord) ||
    LV_WORDS.has(lowerWord) ||
    RU_WORDS.has(lowerWord) ||
    Object.hasOwn(SHARED, lowerWord)
  );
}
