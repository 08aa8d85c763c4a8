import { rememberByString } from '../packs/remember';
import { fold } from '../packs/text';
import type { RulePack } from '../packs/types';
import type { Language } from './types';

/**
 * The closing offer of further help (practice §6, "dot the i"): whether a draft already has one, and the
 * language's default phrases when a tone pack gives none. Patterns run on folded text (lower case, no
 * diacritics), so they are written without diacritics.
 */
const CLOSING_OFFERS: Record<Language, RegExp> = {
  en: /\b(anything else (i|we) can|any (other|further|more) questions|(let|tell) (me|us) know|feel free to|happy to help|glad to help|(don't|do not) hesitate|(here|around) (to help|for you|if you need)|reach out|if you need anything|(get back|write back|reply) to (me|us|this)|just reply|is there anything else|anything more (i|we) can|further questions|(always|gladly) (here|happy|glad)|reply here|(write|reply|email|message) (to )?(me|us) (directly|any ?time|here)|(just|simply) (write|email|message|call) (me|us))/,
  et: /(veel (kusimusi|midagi)|kas (saan|saaksin|oskan|voin) (teid |teile )?(veel )?(kuidagi )?(aidata|abiks)|(alati|hea meelega) (abiks|aitan|valmis|olemas|teie jaoks)|kusimuste (korral|tekkimisel)|julgelt (uhendust|kusida|kirjutada|kirjutage|poorduda)|andke (julgelt )?(teada|marku)|votke (julgelt )?uhendust|vastake (otse |lihtsalt |julgelt )?(sellele|meile)|(kirjutage|helistage) (mulle|meile) (otse|julgelt|lihtsalt)|kui (teil )?(on|tekib|tekkis) (veel )?(kusimusi|kusimus|muresid)|aitan (hea meelega|meeleldi))/,
  lv: /(ja (vel )?(varu|varam) (vel )?(kaut )?(ka )?palidzet|(vel|citi|kadi) jautajum|vai (es )?(varu|varam|varetu) (jums )?(vel )?(ka )?(kaut )?(ka )?(palidzet|noderet)|(vienmer|labprat|prieks) (palidzesu|palidzet|palidzam|gatav|esam)|(sazinieties|rakstiet|jautajiet|zvaniet) (droši|drosi|ar mums|mums)|ja (jums )?(rodas|ir|radisies|bus) (vel )?(kadi )?(jautajumi|jautajums)|dodiet (ziņu|zinu)|atbildiet (uz so|uz šo)|(vienkarsi|vienkārši) (atbildiet|rakstiet|uzrakstiet)|(rakstiet|zvaniet) (man|mums) (tiesi|droši|drosi))/,
  ru: /((еще|ещ) (вопросы|чем|какие)|(чем|как) (еще |ещ )?(я |мы )?(могу|можем|смогу) (вам |еще вам )?(помочь|быть полез)|(всегда |буду |будем )?(рад|рада|рады) (помочь|вам помочь)|(обращаитесь|пишите|звоните)(,)? (если|в любое|пожалуиста|при)|если (у вас )?(возникнут|появятся|будут|остались|есть) (еще |ещ )?(какие-то |какие-либо )?(вопросы|вопрос)|(просто )?ответьте на (это|данное) (письмо|сообщение)|(просто )?(пишите|напишите|звоните|позвоните) (прямо |просто )?(мне|нам)|даите (знать|мне знать))/,
};

// The same offers on folded text as written: a space in a pattern stands for a run of whitespace (a line break
// too), an optional space for any whitespace or none.
const CLOSING_OFFERS_ANY_SPACE = Object.fromEntries(
  Object.entries(CLOSING_OFFERS).map(([lang, re]) => [
    lang,
    new RegExp(re.source.replace(/ \?/g, '\\s*').replace(/ /g, '\\s+'), re.flags),
  ]),
) as Record<Language, RegExp>;

/** Default rewrite phrases per language, used when no tone pack of the language supplies them. */
export const DEFAULT_PHRASES: Record<Language, Record<string, string>> = {
  en: {
    greetingNamed: 'Hi {customerName},',
    greetingPlain: 'Hello,',
    closing: "{customerName}, is there anything else I can do for you? I'm always glad to help.",
    closingPlain: "Is there anything else I can do for you? I'm always glad to help.",
    factsIntro: 'Regarding your request ({facts}):',
  },
  et: {
    greetingNamed: 'Tere, {customerName}!',
    greetingPlain: 'Tere!',
    closing: '{customerName}, kas saan Teid veel millegagi aidata? Aitan alati hea meelega.',
    closingPlain: 'Kas saan Teid veel millegagi aidata? Aitan alati hea meelega.',
    factsIntro: 'Teie pöördumise kohta ({facts}):',
  },
  lv: {
    greetingNamed: 'Labdien, {customerName}!',
    greetingPlain: 'Labdien!',
    closing: '{customerName}, vai varu Jums vēl kā palīdzēt? Vienmēr labprāt palīdzēšu.',
    closingPlain: 'Vai varu Jums vēl kā palīdzēt? Vienmēr labprāt palīdzēšu.',
    factsIntro: 'Par Jūsu jautājumu ({facts}):',
  },
  ru: {
    greetingNamed: 'Здравствуйте, {customerName}!',
    greetingPlain: 'Здравствуйте!',
    closing: '{customerName}, могу ли я ещё чем-то Вам помочь? Всегда рад помочь.',
    closingPlain: 'Могу ли я ещё чем-то Вам помочь? Всегда рад помочь.',
    factsIntro: 'По Вашему вопросу ({facts}):',
  },
};

/** The rewrite phrases of a language: the tone packs' phrases, then the defaults. */
export function phrasesFor(packs: readonly RulePack[], lang: Language): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of packs) {
    if (p.language !== lang || !p.phrases) continue;
    for (const [k, v] of Object.entries(p.phrases)) if (typeof v === 'string' && v && !(k in out)) out[k] = v;
  }
  for (const [k, v] of Object.entries(DEFAULT_PHRASES[lang])) if (!(k in out)) out[k] = v;
  return out;
}

/** Folded core of a phrase without slots, e.g. "is there anything else i can do for you". */
function phraseCore(phrase: string): string {
  return fold(phrase.replace(/\{\w+\}/g, ' '))
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// A phrase's first sentence as a test on folded text: its words in order, with anything but letters, digits
// and apostrophes between them (null when too short to tell). By phrase; a reply's phrases rarely change.
const firstSentenceTest = rememberByString((phrase: string): RegExp | null => {
  const first = phraseCore(phrase.split(/[.!?](?:\s|$)/)[0] ?? '');
  const words = first.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return first.length >= 8
    ? new RegExp(`(?<![\\p{L}\\p{N}'])${words.join("[^\\p{L}\\p{N}']+")}(?![\\p{L}\\p{N}'])`, 'u')
    : null;
}, 256);

/**
 * True when the text offers further help: a known closing offer of the language, or the first sentence of
 * the language's own closing phrase (so a rewrite closed with the tone pack's phrase counts).
 */
export function hasClosingOffer(text: string, lang: Language, phrases: Record<string, string>): boolean {
  const tail = text.length > 20_000 ? text.slice(-20_000) : text;
  const folded = fold(tail);
  if (CLOSING_OFFERS_ANY_SPACE[lang].test(folded)) return true;
  for (const key of ['closingPlain', 'closing']) {
    const phrase = phrases[key];
    if (phrase && firstSentenceTest(phrase)?.test(folded)) return true;
  }
  return false;
}
