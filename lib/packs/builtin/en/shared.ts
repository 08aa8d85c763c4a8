/**
 * Phrase-language patterns that several English packs share: the agent committing to act ("I'll find out",
 * "let me check"), a time promise ("by Friday"), an alternative offer ("instead", "I can offer"). They are used
 * in `unless` lists and template `skipIf` lists, so one wording is recognised the same way everywhere.
 */

/** The agent commits to finding out, checking or getting back (cancels "no idea", "I'm new here"). */
export const FOLLOW_UP: string[] = [
  '(find|found|finding) out',
  "(i'll|i will|we'll|we will|let me|i've|i have|we've|we have|i'm|we're|i am|we are) ~4 (check*|ask*|look*|confirm*|investigat*|enquir*|inquir*|chas*|research*|verif*|test*|contact*|consult*|send*|resend*|re-send*|forward*|attach*)",
  "(i'll|we'll|will|me|to|shall) ~4 (get back|come back|let you know|update you|email you|e-mail you|call you|ring you|phone you|contact you|reply|text you|message you|write to you|send you|confirm|tell you|inform you|notify you|keep you posted|keep you updated|keep you informed|find the answer)",
  "(you'll|you will) (hear|get|receive) ~4 (answer|reply|update|email|e-mail|call|message|news)",
  'as soon as (i|we) (know|hear|have|get|find)',
];

/** A concrete time promise ("by Friday", "within two working days", "tomorrow"). */
export const WHEN: string[] = [
  '(by|within|before|until|on) ~3 (today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|end|hours|hour|days|day|minutes|week|weekend|morning|afternoon|evening|noon|midday)',
  '(today|tonight|tomorrow|asap)',
  '(later|end) (today|this (week|afternoon|morning|evening))',
];

/** The agent offers something the customer can have now: a date it is back, a reservation, an alternative. */
export const ALTERNATIVE: string[] = [
  'restock* ~3 (on|in|by|next|from|soon|early|end|every|this|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month)',
  '(next|new) (delivery|deliveries|shipment|shipments|batch|consignment|stock|supply|order)',
  '(expected|due|arriving|arrives|arrive) ~3 (on|in|by|from|at|next|early|end|start|beginning|week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)',
  '(available|availability|in stock|back) (again|from|on|by|next|tomorrow)',
  '(reserve*|reservation|held|holding|set one aside|set it aside|hold one|hold it|put one aside|put it aside|earmark*|waiting list|waitlist|wait list|cancellation list|pre-order*|preorder*|backorder*|back-order*|notify you|alert you)',
  '(instead|alternative*|similar|equivalent|comparable|substitute|replacement model|how about|what about)',
  '(another|a different|other) (model|colour|color|size|version|option|date|day|time|slot|flight|room|seat|table)',
  '(in|at|from|to|with) (another|a different|our other|our) ?(nearby|local) (branch|store|shop|location|warehouse|pharmacy)',
  '(i|we) (can|could) ~3 (offer|suggest|recommend|order|book|reserve|get|fit|squeeze|move|put|add|arrange|source|send|ship|transfer|upgrade|switch|change|enable|activate|set)',
  "(back|is|are|it's|they're|still) (in stock|available|ready)",
  "(i'd|i would|we'd|we would) be (happy|glad|delighted) to",
  '(next|first|earliest|nearest) (free|available|open|possible) ?(slot|slots|appointment|date|time|day|seat|table|room|delivery)',
  '(still|also) (have|got|has|had) ~3 (free|available|open|left|spare|in stock)',
  '(shall|should|can|could|may) (i|we) (book|reserve|order|hold|put|add|offer|send|arrange|suggest|recommend|pre-order)',
  '(as soon as|the moment|once) ~3 (arrives|arrive|comes in|come in|reaches|available|back|in stock|opens up|free)',
];

/** Ways people say sorry in a reply (used by the missing-apology rule and the template). */
export const APOLOGY: string[] = [
  '(sorry|apologi*|apologis*|apologiz*|regret|regrets|regrettable)',
  "(was|is|it's|that's|all|totally|entirely|completely|been|clearly) (my|our) (fault|mistake|error|bad|oversight)",
  '^ (my|our) (fault|mistake|error|bad|apologies)',
  '(we|i) (let you down|got this wrong|got it wrong|messed up|dropped the ball|made a mistake)',
  "(shouldn't|should not|should never) have happened",
  '(forgive|excuse) (us|me)',
];
