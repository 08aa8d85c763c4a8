import type { RulePack } from '../../../lib/packs/types';

/**
 * A small, fixed pack set for the engine's tests, independent of the built-in packs (which change as they
 * grow): English and Estonian, a tone pack each and a few scenario packs with cues and templates.
 */

const enTone: RulePack = {
  id: 'en.tone',
  language: 'en',
  scenario: 'tone',
  version: 1,
  name: 'English tone (test)',
  phrases: {
    greetingNamed: 'Hi {customerName},',
    greetingPlain: 'Hello,',
    closing: "{customerName}, is there anything else I can do for you? I'm always glad to help.",
    closingPlain: "Is there anything else I can do for you? I'm always glad to help.",
    factsIntro: 'Regarding {facts}:',
  },
  rules: [
    {
      id: 'not-my-job',
      patterns: ["(that's|it's|this|that|it) ~1 not (my|our) (job|department|problem)"],
      message: '"Not my job" answers nothing.',
      source: 'practice: Principles',
      weight: 9,
      dimension: 'ownership',
      examples: { fires: ["That's not my job."], silent: ['It is my job to help.'] },
    },
    {
      id: 'not-our-fault',
      patterns: ['not our fault'],
      message: 'Blame blocks the solution.',
      source: 'practice: scenario 7',
      weight: 8,
      dimension: 'ownership',
      examples: { fires: ["It's not our fault."], silent: ["It's our fault."] },
    },
    {
      id: 'check-website',
      patterns: ['(check|look at) ~2 (website|site) ~2 (later|again)'],
      message: 'Sending the customer away to check again later leaves them alone with it.',
      source: 'practice: scenario 2',
      replacement: "I'll keep an eye on it for you and let you know",
      weight: 5,
      dimension: 'positivity',
      examples: { fires: ['Check the website again later.'], silent: ['Our website lists the shops.'] },
    },
  ],
};

const enUnknown: RulePack = {
  id: 'en.unknown_answer',
  language: 'en',
  scenario: 'unknown_answer',
  version: 1,
  name: 'English unknown answer (test)',
  rules: [
    {
      id: 'bare-dont-know',
      patterns: ["(i|we) (don't|do not) know"],
      unless: ["(i'll|i will|let me) ~2 (find out|check|ask)"],
      message: 'A bare "I don\'t know" says nobody will look.',
      source: 'practice: scenario 1',
      replacement: "that's a very good question – let me find out for you right away",
      weight: 6,
      dimension: 'ownership',
      examples: { fires: ["I don't know."], silent: ["I don't know yet, but I'll find out by Friday."] },
    },
  ],
  cues: [
    { patterns: ["(i|we) (don't|do not) know"], in: 'draft', weight: 6, label: "agent doesn't know" },
    { patterns: ['(does|will|can|is) ~4 (work|fit|cover|available)'], in: 'customer', weight: 2, label: 'question' },
  ],
  templates: [
    {
      id: 'default',
      parts: [
        '{greeting}',
        {
          text: "That's a very good question – let me find out for you right away.",
          skipIf: ['(find out|good question)'],
        },
        '{body}',
        "I'll get back to you by [date].",
        '{closing}',
        '{signature}',
      ],
    },
  ],
};

const enComplaint: RulePack = {
  id: 'en.complaint',
  language: 'en',
  scenario: 'complaint',
  version: 1,
  name: 'English complaint (test)',
  rules: [
    {
      id: 'no-apology',
      kind: 'missing',
      patterns: ['(sorry|apologi*)'],
      scenarios: ['complaint', 'angry_customer'],
      message: 'Empathy first: say you are sorry it happened.',
      source: 'practice: scenario 5',
      weight: 6,
      dimension: 'warmth',
      examples: { fires: ['The sensor was installed correctly.'], silent: ["I'm so sorry this happened."] },
    },
    {
      id: 'blame-customer',
      patterns: ["(you've|you have) probably", 'you should have'],
      message: 'Blaming the customer makes it worse.',
      source: 'practice: scenario 7',
      weight: 9,
      dimension: 'positivity',
      examples: { fires: ["You've probably been slamming the door."], silent: ['You have been patient.'] },
    },
  ],
  cues: [
    { patterns: ['(broken|dead pixel|fallen off|damaged|defect*)'], in: 'customer', weight: 5, label: 'defect' },
    { patterns: ['(not happy|disappointed)'], in: 'customer', weight: 3, label: 'unhappy' },
  ],
  templates: [
    {
      id: 'default',
      parts: [
        '{greeting}',
        {
          text: "I'm very sorry – it's terrible that this happened to you.",
          skipIf: ['(sorry|apologi*)'],
        },
        '{body}',
        'I can offer you [option 1] or [option 2] – which would suit you best?',
        '{closing}',
        '{signature}',
      ],
    },
  ],
};

const enAngry: RulePack = {
  id: 'en.angry_customer',
  language: 'en',
  scenario: 'angry_customer',
  version: 1,
  name: 'English angry customer (test)',
  rules: [
    {
      id: 'calm-down',
      patterns: ['calm down'],
      message: '"Calm down" makes an angry customer angrier.',
      source: 'practice: scenario 7',
      weight: 10,
      dimension: 'warmth',
      examples: { fires: ['Please calm down.'], silent: ['I understand.'] },
    },
  ],
  cues: [
    { patterns: ['(joke|pathetic|useless|ridiculous|disgrace)'], in: 'customer', weight: 4, label: 'anger' },
    { patterns: ['(broken|fallen off)'], in: 'customer', weight: 1, label: 'defect' },
  ],
  templates: [
    {
      id: 'default',
      parts: [
        '{greeting}',
        { text: "I'm truly sorry, and I take full responsibility for this.", skipIf: ['(sorry|apologi*)'] },
        'I completely understand how unpleasant this is for you.',
        '{body}',
        '{closing}',
        '{signature}',
      ],
    },
  ],
};

const enTransfer: RulePack = {
  id: 'en.transfer',
  language: 'en',
  scenario: 'transfer',
  version: 1,
  name: 'English transfer (test)',
  rules: [],
  cues: [{ patterns: ['transfer* you'], in: 'draft', weight: 7, label: 'transfer' }],
};

const enGeneral: RulePack = {
  id: 'en.general',
  language: 'en',
  scenario: 'general',
  version: 1,
  name: 'English general (test)',
  rules: [],
  templates: [{ id: 'default', parts: ['{greeting}', '{body}', '{closing}', '{signature}'] }],
};

const etTone: RulePack = {
  id: 'et.tone',
  language: 'et',
  scenario: 'tone',
  version: 1,
  name: 'Eesti toon (test)',
  phrases: {
    greetingNamed: 'Tere, {customerName}!',
    greetingPlain: 'Tere!',
    closing: '{customerName}, kas saan Teid veel millegagi aidata? Aitan alati hea meelega.',
    closingPlain: 'Kas saan Teid veel millegagi aidata? Aitan alati hea meelega.',
    factsIntro: 'Mis puudutab {facts}:',
  },
  rules: [
    {
      id: 'not-our-fault',
      patterns: ['(pole|ei ole) meie süü', 'meie süü see pole'],
      message: 'Süüdlase otsimine takistab lahendust.',
      source: 'practice: scenario 7',
      weight: 8,
      dimension: 'ownership',
      examples: { fires: ['See pole meie süü.'], silent: ['See on meie viga.'] },
    },
    {
      id: 'calm-down',
      patterns: ['rahune*'],
      message: '"Rahunege" vihastab klienti veelgi.',
      source: 'practice: scenario 7',
      weight: 10,
      dimension: 'warmth',
      examples: { fires: ['Palun rahunege.'], silent: ['Mõistan Teid.'] },
    },
  ],
};

const etComplaint: RulePack = {
  id: 'et.complaint',
  language: 'et',
  scenario: 'complaint',
  version: 1,
  name: 'Eesti kaebus (test)',
  rules: [
    {
      id: 'no-apology',
      kind: 'missing',
      patterns: ['(vabandu*|vabanda*|kahju)'],
      scenarios: ['complaint', 'angry_customer'],
      message: 'Kõigepealt empaatia.',
      source: 'practice: scenario 5',
      weight: 6,
      dimension: 'warmth',
      examples: { fires: ['Andur paigaldati õigesti.'], silent: ['Vabandan väga.'] },
    },
  ],
  cues: [{ patterns: ['(katki|maha kukkunud|logiseb|defekt*)'], in: 'customer', weight: 5, label: 'viga' }],
  templates: [
    {
      id: 'default',
      parts: [
        '{greeting}',
        { text: 'Mul on väga kahju, et see Teiega juhtus.', skipIf: ['(vabandu*|vabanda*|kahju)'] },
        '{body}',
        'Saan pakkuda [variant 1] või [variant 2] – kumb sobib Teile paremini?',
        '{closing}',
        '{signature}',
      ],
    },
  ],
};

/** Every fixture pack. */
export const FIXTURE_PACKS: readonly RulePack[] = [
  enTone,
  enUnknown,
  enComplaint,
  enAngry,
  enTransfer,
  enGeneral,
  etTone,
  etComplaint,
];
