import type { LanguageProfile } from './types';

/** English: greetings, closings and the cues of sentence roles. */
export const en: LanguageProfile = {
  language: 'en',
  greeting: { named: 'Hi {customerName},', plain: 'Hello,' },
  factLead: { text: 'About {facts}', and: 'and' },
  reasons: {
    nameMissing: "the customer's name is not used",
    greetingMissing: 'the reply does not greet the customer',
    tooShort: 'a reply this short rarely explains why or what happens next',
    closingMissing: 'no closing offer of further help',
  },
  closings: {
    problem: [
      "Let me know if there's anything else I can do.",
      'If anything else comes up, just reply to this message.',
      "I'm here if you need anything else.",
    ],
    followUp: [
      'If anything comes up in the meantime, just reply here.',
      'Let me know if you need anything in the meantime.',
      "In the meantime, I'm here if you need anything.",
    ],
    general: [
      'Is there anything else I can help with?',
      'If you have any other questions, just let me know.',
      "I'm happy to help with anything else.",
    ],
  },
  roles: {
    // Thanks for the message or the wait, or congratulations: what a reply says before anything else.
    acknowledgement: ['(thank you|thanks|many thanks) ~2 (for|so much|a lot)', '(congratulations|congrats)'],
    apology: [
      '(sorry|apologi*|apologis*|apologiz*|regret|regrets)',
      "(was|is|it's|that's|totally|entirely|completely) (my|our) (fault|mistake|error|oversight)",
      "(shouldn't|should not|should never) have happened",
    ],
    // Sympathy is not an apology: an angry customer is owed both (practice: scenario 7, steps 1 and 2).
    empathy: [
      '(understand|can imagine|must be) ~3 (frustrat*|upset*|disappoint*|annoy*|stress*|worr*|inconvenien*)',
      '(frustrating|disappointing|annoying|unpleasant|upsetting|stressful) ~2 (for you|to hear)',
    ],
    reason: [
      '(because|since|due to|caused by|the reason|reason is|which is why|that is why|this is why|so that|otherwise)',
      "(that's|it's) (because|why)",
    ],
    alternative: [
      '(you|they) (can|could|may) ~2 (still|also|instead|move|switch|buy|book|order|use|try|choose|pick|collect|return|exchange|bring|upgrade|downgrade|apply|add|get|keep|cancel|change)',
      'or (you|we|i) (can|could)',
      '(instead|alternative*|alternatively|similar|equivalent|comparable|meantime|meanwhile)',
      '(another|a different|other) (model|colour|color|size|version|option|date|day|time|slot|flight|room|seat|store|branch)',
      '(i|we) (can|could) ~3 (offer|suggest|recommend|reserve|book|arrange|send|order|move|switch|upgrade|refund|replace|credit)',
      "(i'd|i would|we'd|we would) be (happy|glad) to",
      '(reserve*|reservation|waiting list|waitlist|pre-order*|preorder*|notify you)',
      '(back|available|in stock) (again|from|on|by|next)',
    ],
    next_step: [
      "(i'll|i will|we'll|we will) ~3 (refund*|replac*|swap*|ship*|send*|fix*|repair*|credit*|redo|cover*|compensat*|waive*|reissue*|redeliver*|collect*|take*|give*|add*|put*|sort*|cancel*|reset*|book*)",
      '(i|we) (have|just|already) ~2 (refunded|credited|issued|sent|shipped|booked|arranged|added|applied|cancelled|canceled|reset|waived|reissued|replaced|fixed|opened|raised|logged)',
      "(i've|we've) ~2 (refunded|credited|issued|sent|shipped|booked|arranged|added|applied|cancelled|canceled|reset|waived|reissued|replaced|fixed|opened|raised|logged)",
      '(find|finding) out',
      "(i'll|i will|we'll|we will|let me|i've|i have|we've|we have) ~4 (check*|ask*|look*|confirm*|investigat*|chas*|contact*|send*|forward*|pass*|arrang*|book*|escalat*|call*|email*|follow*|updat*)",
      "(i'll|we'll|will) ~4 (get back|let you know|update you|email you|call you|contact you|reply|be in touch)",
      "(you'll|you will) (hear|get|receive) ~4 (answer|reply|update|email|call|message)",
      'as soon as (i|we) (know|hear|have|get)',
    ],
    time: [
      '(by|within|before|until|on) ~3 (today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|end|hours|hour|days|day|week|weekend|morning|afternoon|evening|noon)',
      '(today|tonight|tomorrow)',
      '(january|february|march|april|may|june|july|august|september|october|november|december)',
    ],
  },
};
