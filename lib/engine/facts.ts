import { rememberByString } from '../packs/remember';
import { isSpaceAt } from '../packs/text';
import { isFunctionWord } from './language';
import { codePointBefore, eachRun, isWordChar } from './tokens';

/**
 * Facts of a piece of the draft that the rewrite must not lose when it drops the sentence: order numbers,
 * booking codes, dates, amounts, product names, addresses, quoted names, e-mails, links, phone numbers.
 * Each fact is a verbatim slice of the draft (never reworded, never invented).
 */

const URL = /(?:https?:\/\/|www\.)[^\s<>"«»„“”]+[^\s<>"«»„“”.,;:!?)]/giu;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
const PHONE = /\+?\d[\d ()-]{6,}\d/g;
const QUOTED = /„[^„“”"\n]{1,80}[“”"]|“[^“”\n]{1,80}”|«[^«»\n]{1,80}»|"[^"\n]{1,80}"/gu;
// Characters that join two words into one token (WH-1000XM5, 5W-30, 38,40, 10:30, 12.03.2025, e-mail).
const TOKEN_JOINERS = new Set([0x2d, 0x27, 0x2019, 0x2e, 0x2c, 0x3a, 0x2f]);
// Symbols that stand as tokens of their own (€, >, –).
const SIGNS = new Set([...'€$£₽¥#№%>–&/-'].map((c) => c.charCodeAt(0)));
const DIGIT = /\p{N}/u;
// A digit, or a capital after the first letter: "S8", "AirPods", "WH-1000XM5", "M".
const MODEL_LIKE = /\p{N}|^.+\p{Lu}|^\p{Lu}$/u;
const UPPER_START = /^\p{Lu}/u;
// Signs that belong to the number next to them: currencies, and "#"/"№" before order numbers.
const CURRENCY = /[€$£₽¥#№]/;
// Lower-case start, capital inside: iPhone, eSIM, iPad.
const INNER_CAPS = /^\p{Ll}+\p{Lu}/u;

// Month and weekday stems of the four languages (folded to lower case).
const CALENDAR = new RegExp(
  `^(?:${[
    // English names are capitalised, so inside a sentence they are caught as names anyway; "may" is a verb.
    'january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec',
    'monday|tuesday|wednesday|thursday|friday|saturday|sunday',
    '(?:jaanuar|veebruar|märts|aprill|juuni|juuli|august|september|oktoober|november|detsember)(?:i|il|ist|iks|ini|s|t|ks|l|ni|st)?',
    '(?:septembri|oktoobri|novembri|detsembri)(?:l|st|ks|ni)?|mail|maini|maist',
    '(?:esmaspäev|teisipäev|kolmapäev|neljapäev|reede|laupäev|pühapäev)(?:a|al|aks|ani|ast|iti)?',
    '(?:janvār|februār|mart|aprīl|maij|jūnij|jūlij|august|septembr|oktobr|novembr|decembr)(?:s|is|ī|a|am|im|u|ā)?',
    '(?:pirmdien|otrdien|trešdien|ceturtdien|piektdien|sestdien|svētdien)(?:a|ā|u|as|ās)?',
    '(?:январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр)(?:ь|я|е|ю|ём|ем)?|март(?:а|е|у|ом)?|ма(?:й|я|е|ю|ем)|август(?:а|е|у|ом)?',
    'понедельник(?:а|у|ом|е)?|вторник(?:а|у|ом|е)?|сред(?:а|у|ы|е)|четверг(?:а|у|ом|е)?|пятниц(?:а|у|ы|е)|суббот(?:а|у|ы|е)|воскресень(?:е|я|ю)',
  ].join('|')})\\.?$`,
  'u',
);
// Number words up to twelve (and a few more) in the four languages.
const NUMBER_WORDS =
  /^(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|üks|ühe|kaks|kahe|kolm|kolme|neli|nelja|viis|viie|kuus|kuue|seitse|seitsme|kaheksa|üheksa|kümme|kümne|viisteist|kakskümmend|viie|viena|vienu|divas|divām|divi|trīs|četras|četri|piecas|pieci|sešas|septiņas|astoņas|deviņas|desmit|piecpadsmit|divdesmit|trīsdesmit|один|одна|одну|два|две|двух|три|трёх|трех|четыре|пять|шесть|семь|восемь|девять|десять|пятнадцать|двадцать|тридцать)$/u;
// Short words that belong to a number before them: units and counted things.
const UNITS =
  /^(mm|cm|m|km|kg|g|l|ml|gb|tb|mb|kb|w|kw|kwh|v|mah|hz|ghz|mhz|h|min|s|eur|euro|eurot|eurost|eiro|евро|руб|рублей|рубля|вт|мм|см|км|кг|гб|мб|ч|мин|pcs|tk|gab|шт|day|days|hours|hour|minutes|weeks|week|months|month|years|päev|päeva|päevad|päevaga|tööpäeva|tööpäevaga|tundi|tunni|nädalat|nädala|kuud|kuu|aastat|diena|dienas|dienu|dienām|dienās|darba|stundas|stundu|nedēļas|nedēļu|mēneši|mēnešus|gadi|gadus|день|дня|дней|часа|часов|недели|недель|неделю|месяца|месяцев|лет|рабочих|рабочий|inch|tolli|collas|дюймов|%)$/iu;
// Words before a number that say what the number is: "order 310982", "page 12", "flight BT 204", "size 42".
const COUNTED =
  /^(size|sizes|suurus|suuruse|suurust|suuruses|suurusega|izmērs|izmēra|izmēru|izmērā|размер|размера|размеру|размере|order|booking|policy|page|flight|room|ticket|case|invoice|contract|reference|ref|nr|number|account|claim|seat|gate|platform|line|tellimus|tellimuse|tellimusega|tellimust|tellimusel|broneering|broneeringu|broneeringut|arvet|lepingut|poliis|poliisi|lend|lennu|lennult|lennul|arve|lepingu|leping|lk|number|numbri|pasūtījum|pasūtījums|pasūtījuma|pasūtījumu|pasūtījumam|rezervācij|rezervācija|rezervācijas|rezervāciju|polis|polise|polisi|polises|reiss|reisā|reisa|reisu|rēķin|rēķins|rēķina|rēķinu|līgum|līgums|līguma|līgumu|lpp|lapa|lapā|заказ|заказа|заказу|заказе|заказом|брон|брони|бронь|полис|полиса|полису|рейс|рейса|рейсе|счёт|счет|счета|счёта|договор|договора|договору|номер|номеру|стр|страниц|страница|странице|страницу)\.?$/iu;
// Words that finish a name before them, whole token with it: "Business plan", "Basic fares", "size 42"'s kin
// ("Premium pakett", "Biznesa plāns", "тариф Базовый" stays as found) (#11: facts are whole tokens).
const NAME_TAILS =
  /^(plan|plans|fare|fares|package|tariff|subscription|membership|edition|card|account|bundle|tier|pakett|paketti|paketi|tariif|tariifi|plāns|plāna|plānu|tarifs|tarifa|tarifu|pakete|paketi|paketes|тариф|тарифа|тарифе|пакет|пакета|пакете)$/iu;
// Connectors inside one fact: "18. līdz 20. septembrim", "Settings > Vehicles", "9–17".
const CONNECTORS = /^(līdz|to|until|kuni|до|по|–|-|>|\/|&|x|×)$/iu;
// Polite pronouns written with a capital letter in et/lv/ru, and "I" words: capitalised but not names.
const POLITE = new Set(
  "i i'm i'll i've i'd teie teid teile teil teilt te sina jūs jums jūsu jūs jūsų jūsos вы вас вам ваш ваша ваше ваши вашего вашей вашу вашим вашему вами".split(
    ' ',
  ),
);

/** What a token is on its own, before its neighbours and capitals are looked at. */
function kindOfToken(t: string): Tok['kind'] {
  let kind: Tok['kind'];
  const lower = t.toLowerCase();
  if (CURRENCY.test(t) || t === '%') kind = 'unit';
  else if (DIGIT.test(t)) kind = 'core';
  else if (CALENDAR.test(lower)) kind = 'core';
  else if (NUMBER_WORDS.test(lower)) kind = 'numword';
  else if (CONNECTORS.test(t)) kind = 'conn';
  else if (COUNTED.test(t)) kind = 'counted';
  else if (UNITS.test(t)) kind = 'unit';
  else if (INNER_CAPS.test(t)) kind = 'core';
  else kind = 'other';
  return kind;
}

// Kinds by token as written: the same words come back in every piece and every analysis.
const kindOf = rememberByString(kindOfToken, 20_000);

interface Tok {
  start: number;
  end: number;
  text: string;
  kind: 'core' | 'maybe' | 'unit' | 'counted' | 'conn' | 'numword' | 'other';
}

/**
 * Facts in `text[start, end)`, in order, each a verbatim slice. `sentenceStart` marks the sentence's first
 * word (capitalised for grammar, not as a name); `exclude` tells names that are not facts (the customer's).
 */
export function extractFacts(
  text: string,
  start: number,
  end: number,
  sentenceStart = start,
  exclude: (fact: string) => boolean = () => false,
  known: ReadonlySet<string> = new Set(),
): string[] {
  const piece = text.slice(start, end);
  const found: [number, number][] = [];
  // Each pattern only where its sign is there at all (most pieces have no link, address, quote or number).
  const special: RegExp[] = [];
  if (piece.includes('://') || /www\./i.test(piece)) special.push(URL);
  if (piece.includes('@')) special.push(EMAIL);
  if (/[„“«"]/u.test(piece)) special.push(QUOTED);
  if (/\d/.test(piece)) special.push(PHONE);
  for (const re of special) {
    for (const m of piece.matchAll(re)) found.push([start + m.index, start + m.index + m[0].length]);
  }
  // Spans are sorted and disjoint; tokens come in order, so one pointer tells whether a token is inside one.
  const spans = disjoint(found);
  let sp = 0;
  const taken = (a: number, b: number) => {
    while (sp < spans.length && spans[sp]![1] <= a) sp++;
    const cur = spans[sp];
    return cur !== undefined && cur[0] < b;
  };
  // Tokens outside those spans, with symbols (€, >, –) as tokens of their own.
  const toks: Tok[] = [];
  eachRun(
    text,
    start,
    end,
    isWordChar,
    TOKEN_JOINERS,
    (a, b) => {
      if (taken(a, b)) return;
      const t = text.slice(a, b);
      const lower = t.toLowerCase();
      let kind: Tok['kind'] = kindOf(t);
      if (kind === 'other' && UPPER_START.test(t) && !POLITE.has(lower)) {
        // A capitalised word is a name unless it only starts the sentence (then it joins a following name).
        // A sentence-initial word is a name when it is capitalised elsewhere too ("Samsung" in the customer's message).
        // A word written in lower case elsewhere in the text is a common word ("Check", "Contact"), and one
        // right after a comma or dash often starts a run-on sentence ("…, Contact Apple"): neither is a name
        // on its own.
        const initial =
          a <= sentenceStart || isFunctionWord(lower) || afterClauseMark(text, a) || lowerWords(text).has(lower);
        kind = initial && !known.has(t) ? 'maybe' : 'core';
      }
      toks.push({ start: a, end: b, text: t, kind });
    },
    SIGNS,
  );
  // A number word counts as a number when a unit follows it: "two working days", "kaks nädalat".
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.kind !== 'numword') continue;
    const next = toks[i + 1];
    const after = toks[i + 2];
    if (next && adjacent(text, t, next) && next.kind === 'unit') t.kind = 'core';
    else if (next && after && adjacent(text, t, next) && adjacent(text, next, after) && after.kind === 'unit') {
      // One qualifier between: "two working days", "kolm tööpäeva" is one word anyway.
      t.kind = 'core';
      next.kind = 'unit';
    }
  }
  // Grow groups around core tokens.
  const used = new Array<boolean>(toks.length).fill(false);
  for (let i = 0; i < toks.length; i++) {
    if (toks[i]?.kind !== 'core' || used[i]) continue;
    let a = i;
    let b = i;
    // Extend right: cores, units after a number, connectors or a short lower-case word between two cores.
    for (;;) {
      const next = toks[b + 1];
      if (!next || !adjacent(text, toks[b]!, next)) break;
      if (next.kind === 'core' || next.kind === 'unit') {
        b++;
        continue;
      }
      const after = toks[b + 2];
      const bridge =
        next.kind === 'conn' || (next.kind === 'other' && next.text.length <= 5 && DIGIT.test(after?.text ?? ''));
      if (bridge && after && after.kind === 'core' && adjacent(text, next, after)) {
        b += 2;
        continue;
      }
      if (next.kind === 'maybe' && after?.kind === 'core' && adjacent(text, next, after)) {
        b += 2;
        continue;
      }
      if (next.kind === 'other' && NAME_TAILS.test(next.text) && UPPER_START.test(toks[b]!.text)) b++;
      break;
    }
    // Extend left: a sentence-initial capitalised word before a model-like group, a counted noun, a currency sign.
    for (;;) {
      const prev = toks[a - 1];
      if (!prev || !adjacent(text, prev, toks[a]!)) break;
      // A sentence-initial word joins a model-like name after it ("Roborock S8", "Apple AirPods", "Mobiil M"),
      // not a plain one ("Contact Apple").
      if (prev.kind === 'maybe' && UPPER_START.test(prev.text) && !isFunctionWord(prev.text.toLowerCase())) {
        if (!toks.slice(a, b + 1).some((t) => MODEL_LIKE.test(t.text))) break;
        // "Regarding booking R4TX9M": a word before a counted noun is no part of a name.
        if (toks[a]!.kind === 'counted') break;
        a--;
      } else if (prev.kind === 'counted' || (prev.kind === 'unit' && CURRENCY.test(prev.text))) a--;
      else break;
    }
    for (let k = a; k <= b; k++) used[k] = true;
    spans.push([toks[a]!.start, toks[b]!.end]);
  }
  spans.sort((x, y) => x[0] - y[0]);
  const out: string[] = [];
  for (const [a, b] of spans) {
    const f = text.slice(a, b).trim();
    if (f && !out.includes(f) && !exclude(f)) out.push(f);
  }
  return out;
}

// Quotes that may stand between a word and the mark before it.
const QUOTES = new Set([0x22, 0x27, 0x201e, 0x201c, 0x201d, 0xab, 0xbb]);
const CLAUSE_MARKS = new Set([0x2c, 0x3b, 0x3a, 0x2013, 0x2014, 0x28]);
// Marks after which a capitalised word may only start a sentence or a clause.
const SENTENCE_OR_CLAUSE_MARKS = new Set([0x2e, 0x21, 0x3f, 0x2026, 0x3a, 0x3b, 0x2c, 0x2013, 0x2014, 0x0a]);

/** The position of the last character before `at` that is neither a space nor a quote (nor "(" when asked); -1 if none. */
function markBefore(text: string, at: number, skipBracket: boolean): number {
  let j = at - 1;
  while (j >= 0) {
    const c = text.charCodeAt(j);
    if (!isSpaceAt(text, j) && !QUOTES.has(c) && !(skipBracket && c === 0x28)) break;
    j--;
  }
  return j;
}

/** True when the word at `at` follows a comma, semicolon, colon, dash or bracket. */
function afterClauseMark(text: string, at: number): boolean {
  const j = markBefore(text, at, false);
  return j >= 0 && CLAUSE_MARKS.has(text.charCodeAt(j));
}

// The latest texts' words written in lower case: a text is asked about many times in a row, and an analysis
// goes back and forth between the draft, the customer's message and the rewrite.
const lowerCache = new Map<string, Set<string>>();
const MAX_LOWER_CACHE = 4;

/** Words that occur in lower case somewhere in the text (first 50,000 characters). */
function lowerWords(text: string): Set<string> {
  const known = lowerCache.get(text);
  if (known) return known;
  const words = new Set<string>();
  const head = text.length > 50_000 ? text.slice(0, 50_000) : text;
  eachWord(head, (a, b, kase) => {
    if (kase === LOWER) words.add(head.slice(a, b));
  });
  if (lowerCache.size >= MAX_LOWER_CACHE) lowerCache.delete(lowerCache.keys().next().value!);
  lowerCache.set(text, words);
  return words;
}

/** Facts without repeats: a fact inside a longer one ("Lenovo" in "Lenovo Legion 5") is left out. */
export function distinctFacts(facts: readonly string[]): string[] {
  const out: string[] = [];
  for (const f of facts) {
    if (out.includes(f)) continue;
    const inside = facts.some(
      (g) =>
        g !== f &&
        g.length > f.length &&
        g.includes(f) &&
        new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRe(f)}($|[^\\p{L}\\p{N}])`, 'u').test(g),
    );
    if (!inside) out.push(f);
  }
  return out;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** True when only spaces (no punctuation that ends a clause) stand between two tokens. */
function adjacent(text: string, x: { end: number }, y: { start: number }): boolean {
  const gap = text.slice(x.end, y.start);
  return gap.length <= 3 && /^[\s.]*$/u.test(gap) && !/\.\s+\p{Lu}/u.test(text.slice(x.end, y.start + 1));
}

/** Sorted, disjoint spans: of overlapping ones, the earlier (then the longer) wins. */
function disjoint(found: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const sp of found.sort((x, y) => x[0] - y[0] || y[1] - x[1])) {
    const last = out[out.length - 1];
    if (!last || sp[0] >= last[1]) out.push(sp);
  }
  return out;
}

const LOWER_START = /^\p{Ll}/u;

// What a word starts with: a capital, a lower-case letter, or something else (a digit, a mark).
const UPPER = 1;
const LOWER = 2;

function caseOf(cp: number): number {
  if (cp < 0x80) return cp >= 0x41 && cp <= 0x5a ? UPPER : cp >= 0x61 && cp <= 0x7a ? LOWER : 0;
  const ch = String.fromCodePoint(cp);
  return UPPER_START.test(ch) ? UPPER : LOWER_START.test(ch) ? LOWER : 0;
}

// Hyphens and apostrophes join two words into one ("e-mail", "don't").
const WORD_JOINERS = new Set([0x2d, 0x27, 0x2019]);

/** Calls `visit` with the start, end and first letter's case of every word of the text. */
function eachWord(text: string, visit: (start: number, end: number, kase: number) => void): void {
  eachRun(text, 0, text.length, isWordChar, WORD_JOINERS, (a, b) => visit(a, b, caseOf(codePointBefore(text, a, b))));
}

/** Capitalised words that stand inside a sentence somewhere in the texts: names, not sentence starts. */
export function knownNames(texts: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const full of texts) {
    const text = full.length > 50_000 ? full.slice(0, 50_000) : full;
    // A capitalised word after anything but a sentence or clause mark stands inside its sentence.
    eachWord(text, (a, b, kase) => {
      if (kase !== UPPER) return;
      const j = markBefore(text, a, true);
      if (j < 0 || SENTENCE_OR_CLAUSE_MARKS.has(text.charCodeAt(j))) return;
      const word = text.slice(a, b);
      const lower = word.toLowerCase();
      if (!isFunctionWord(lower) && !POLITE.has(lower)) out.add(word);
    });
  }
  if (out.size === 0) return out;
  // A word also written in lower case is a common word, capitalised by habit ("Please Contact us"). Names with
  // an ASCII capital are looked up by their lower-case form; other words are capitalised to compare.
  const byLowerForm = new Map<string, string>();
  for (const name of out) {
    const c = name.charCodeAt(0);
    if (c >= 0x41 && c <= 0x5a) byLowerForm.set(String.fromCharCode(c + 0x20) + name.slice(1), name);
  }
  for (const full of texts) {
    for (const w of lowerWords(full.length > 50_000 ? full.slice(0, 50_000) : full)) {
      const c = w.charCodeAt(0);
      if (c >= 0x61 && c <= 0x7a) {
        const name = byLowerForm.get(w);
        if (name !== undefined) out.delete(name);
      } else out.delete(w.charAt(0).toUpperCase() + w.slice(1));
    }
  }
  return out;
}
