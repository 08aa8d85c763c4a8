import type { RulePack } from '../../types';

// Nouns people put after "not my …" when they push a problem away.
const NOT_MINE =
  "(job|department|responsibility|problem|remit|area|role|concern|business|department's|team|division|field|domain|issue|thing|bag|headache|side|lane|wheelhouse|patch)";

/**
 * English tone pack: phrases that answer nothing in any scenario (practice, Principles) and the language-level
 * phrases the rewrite uses for greeting, closing and kept facts.
 */
export const tone = {
  id: 'en.tone',
  language: 'en',
  scenario: 'tone',
  version: 1,
  name: 'English: tone',
  description:
    'Phrases that push the customer away in any situation ("not my job", "not our fault", "as I already said"), and the greeting and closing used in rewrites.',
  phrases: {
    greetingNamed: 'Hi {customerName},',
    greetingPlain: 'Hello,',
    closing: "{customerName}, is there anything else I can do for you? I'm always here and glad to help.",
    closingPlain: "Is there anything else I can do for you? I'm always here and glad to help.",
    factsIntro: 'Regarding {facts}:',
  },
  rules: [
    {
      id: 'not-my-job',
      patterns: [
        `(that's|it's|this|that|it|thats|its) ~1 not ~1 (my|our) ${NOT_MINE}`,
        `(that|it|this) (isn't|wasn't|is not|was not) ~1 (my|our) ${NOT_MINE}`,
        // The subject is part of the hit: the replacement stands for the whole "that's not my job" clause.
        "(that's|it's|thats|its|this|that|it) ~1 (not|isn't) ~1 part of (my|our) (job|role|remit|responsibilities|duties|job description)",
        '^ not ~1 part of (my|our) (job|role|remit|responsibilities|duties|job description)',
        "(that's|it's|thats|its|this|that|it) ~1 not ~2 (my|our) job description",
        "(that's|it's|thats|its|this|that|it) ~1 (not|isn't) ~1 (something|anything) (i|we) (handle|cover|look after|deal with|take care of)",
        `^ not (my|our) ${NOT_MINE}`,
        // A whole clause, so that the replacement stands for all of it ("… on sale items" would dangle). Not "we
        // don't do refunds": that is a refusal (refusal pack), not a hand-off.
        "^ ?(sorry) (i|we) (don't|do not) (handle|deal with|look after|manage) ~1 (exams|bills|billing|payments|refunds|complaints|bookings|claims|returns|repairs|accounts|tickets|orders|deliveries|subscriptions|contracts|that|those|these|them) $",
      ],
      unless: [
        '(my|our) (job|responsibility|role|place|task|duty) to',
        "(but|however|who|team|colleague|colleagues|i'll|i've|i have|i will) ~6 (help|handle|handles|deal|deals|sort|fix|passed|pass|forward*|sent|contact*|today|tomorrow)",
      ],
      message:
        '"Not my job / not my department" answers nothing: the customer only hears that nobody will help. Say who can help and why they are the best people for it.',
      source:
        'practice: Principles ("that\'s not my job") and scenario 3 transfer ("this isn\'t our department") (seed 002)',
      replacement: 'our [department] specialists are the best people to help with this',
      weight: 9,
      dimension: 'ownership',
      examples: {
        fires: [
          "Sorry, [[that's not my area]].",
          'I can see the charge, but [[that is not really my area]].',
          "[[That isn't our problem]], the parcel left our warehouse on time.",
          "Honestly, [[it's not part of my job]].",
          "[[I don't handle exams]].",
          "[[Sorry, we don't deal with billing]], it's a separate company.",
          "Refund disputes? [[That's not in my job description]].",
          "Sorry, [[that's not something we handle]].",
          '[[Not my department]], sorry.',
          '[[Not really part of my role]], I just do bookings.',
        ],
        silent: [
          'Our billing specialists are the best people to help with this, so I have passed them your case.',
          "It's my job to make sure this gets sorted, so I'll follow it up today.",
          "It's not your fault at all, and I'll fix it right away.",
          "I don't handle refunds myself, but our payments team does and I've passed them your case.",
        ],
        corrections: [
          {
            before: "Sorry, that's not my department.",
            after: 'Sorry, our [department] specialists are the best people to help with this.',
          },
          {
            before: "Honestly, it's not part of my job.",
            after: 'Honestly, our [department] specialists are the best people to help with this.',
          },
          {
            before: "That isn't my area.",
            after: 'Our [department] specialists are the best people to help with this.',
          },
        ],
      },
    },
    {
      id: 'not-my-department',
      patterns: [
        `(is|are|was|were) ~1 not ~1 (my|our) ${NOT_MINE}`,
        `(isn't|aren't|wasn't|weren't) ~1 (my|our) ${NOT_MINE}`,
        '(above|beyond) (my|our) (pay grade|paygrade|pay-grade)',
        '(outside|beyond|not within|not in) (my|our) (remit|area|scope|responsibilities|job description|department)',
        "(isn't|aren't|not) (handled|done|covered|managed|processed|dealt) ?(with) (here|by me|by us)",
        '(is|are|was|were) ~1 not ~1 part of (my|our) (job|role|remit|responsibilities|duties|job description)',
        "(isn't|aren't|wasn't|weren't) ~1 part of (my|our) (job|role|remit|responsibilities|duties|job description)",
        '(is|are|was|were) ~1 not (something|anything) (i|we) (handle|cover|look after|deal with|take care of)',
        "(isn't|aren't|wasn't|weren't) ~1 (something|anything) (i|we) (handle|cover|look after|deal with|take care of)",
      ],
      unless: ['(my|our) (job|responsibility|role|place|task|duty) to'],
      message:
        '"Billing is not my department" answers nothing: the customer only hears that nobody will help. Say who can help, why they are the best people for it, and pass the case on yourself.',
      source:
        'practice: Principles ("that\'s not my job") and scenario 3 transfer ("this isn\'t our department") (seed 002)',
      weight: 8,
      dimension: 'ownership',
      examples: {
        fires: [
          'I can see the charge, but billing [[is not really my area]].',
          'Roaming charges [[are not our department]].',
          "Sorry, warranty repairs [[aren't my responsibility]].",
          "Pensions [[aren't handled here]].",
          'Changing the contract terms is [[above my pay grade]].',
          'Refund disputes are [[outside my remit]].',
          'Meter readings [[are not really part of my job]].',
          "Roaming bundles [[aren't part of our remit]].",
          'Gas bills [[are not something we handle]].',
          "Parking fines [[aren't something I deal with]].",
        ],
        silent: [
          'Billing is handled by our payments team, who can fix this today – I have passed them your case.',
          'Your satisfaction is our priority.',
          'This is our responsibility, and I will put it right.',
          "Sorting this out is not just my job – it's my responsibility to you, and I'll see it through.",
        ],
      },
    },
    {
      id: 'not-my-job-to',
      patterns: [
        "(that's|it's|this|that|it|thats|its) ~1 not ~1 (my|our) (job|responsibility|role|place|task|duty) to",
        "(that|it|this) (isn't|wasn't|is not|was not) ~1 (my|our) (job|responsibility|role|place|task|duty) to",
      ],
      message:
        '"It\'s not my job to …" tells the customer you will not help. Point to the people who can, and say why they are the best people for it.',
      source: 'practice: Principles ("that\'s not my job", seed 002)',
      replacement: 'our [department] specialists are the best people to',
      weight: 9,
      dimension: 'ownership',
      examples: {
        fires: [
          "[[It's not my job to]] check your meter readings.",
          '[[It is not our responsibility to]] chase the courier.',
          "[[That isn't really my place to]] decide, ask the manager.",
        ],
        silent: [
          "It's my job to make sure your refund arrives, so I'll keep an eye on it.",
          'Our claims specialists are the best people to assess the damage.',
          'I will make it my task to sort this out today.',
        ],
        corrections: [
          {
            before: "It's not my job to check your meter readings.",
            after: 'Our [department] specialists are the best people to check your meter readings.',
          },
          {
            before: "Honestly, it's not really my place to decide that.",
            after: 'Honestly, our [department] specialists are the best people to decide that.',
          },
        ],
      },
    },
    {
      id: 'not-my-decision',
      patterns: [
        "(not|isn't|wasn't|never) ~1 (my|our) (decision|call|choice|say|doing|rule|rules|policy|idea)",
        '(decision|call|choice|rule|rules|policy|idea) ~2 not (mine|ours|me|us)',
        "(not|isn't|wasn't) ~1 up to (me|us)",
        "(i|we) (don't|do not|didn't|did not|never) (make|set|write|decide|choose|pick) (the|these|those|that|this|our|any) ?(rules|rule|decisions|decision|policy|policies|prices|tariffs|rates|terms)",
        '(i|we) (have|had|get) (no|zero|little) (say|control|influence) (in|over|on)',
        "(i|we) (can't|cannot|can not|don't|do not) control (the|what|how|when|their|other|courier*|carrier*|weather|traffic|bank*|supplier*)",
        '(decided|decision|decisions|made|set|changed) ~3 (above|over) (my|our) (head|heads)',
        '^ ?(and) not (by|from) (me|us) $',
        '(the|our) (system|computer|algorithm) (did|decided|decides|does|cancelled|canceled|blocked|changed|made) (it|that|this) ?(not me|not us)',
        '?(head) (management|headquarters|company|bosses|board|manager|boss|office) (decided|decides|made|makes|set|sets) ~2 (it|that|this|rules|decision|call|rule|policy)',
      ],
      unless: [
        "(but|however|still|though) ~4 (i|we|i'll|we'll|i've|we've|i'm|we're|i'd|here's|what i|let me)",
        '(your|you) (decision|call|choice)',
      ],
      message:
        '"Not my decision" tells the customer nobody owns the problem. Explain the reason in plain words and what you can do about it.',
      source:
        'practice: Principles ("that\'s not my job", take ownership) and scenario 4 refusal — give the reason (seed 002)',
      weight: 8,
      dimension: 'ownership',
      examples: {
        fires: [
          '[[Not my decision]], the tariff was changed by management.',
          "It's the fraud team's [[decision, not mine]].",
          "[[I don't make the rules]].",
          "That's [[not up to me]].",
          "[[We can't control the]] courier.",
          'That [[decision was made above my head]].',
          'The booking was cancelled by the system, [[not by me]].',
          "Sorry, [[we have no say over]] the courier's delivery slots.",
          '[[The system cancelled it, not me]].',
          '[[Head office made that call]] last spring.',
        ],
        silent: [
          "It's your decision, and whichever you choose I'll set it up today.",
          'The new rate was set because wholesale prices rose in March, and I can spread the cost over three months.',
          "It isn't up to you to chase it; I'll follow it up myself.",
          "It's not my decision alone, but I'll put your case to my manager today.",
        ],
      },
    },
    {
      id: 'not-our-fault',
      patterns: [
        "(not|isn't|wasn't) ~2 (my|our) fault",
        "(we're|we are|i'm|i am|we were|i was) not ~1 (responsible|liable|to blame|at fault|accountable)",
        "(we|i) (can't|cannot|can not) be ~1 (responsible|liable|blamed)",
        '(we|i|company) (take|takes|accept|accepts|bear|bears) no (responsibility|liability|blame)',
        '(nothing|not anything) to do with (us|me|our)',
        '^ not (us|me|ours|mine) $',
        "(that's|it's|that is|it is|this is|that's something|that's a matter) ~2 between you and (the|your|them|him|her)",
        "(that's|that is|it's|it is|this is|this one's) not on (us|me)",
        '(is|are|was|were) ~1 (out of|beyond) (my|our) (hands|control)',
      ],
      message:
        '"It\'s not our fault" starts a blame game the customer cannot win. Take responsibility for putting it right, whoever caused it.',
      source: 'practice: Principles ("it\'s not my fault") and scenario 7 angry customer step 1 (seed 002)',
      weight: 8,
      dimension: 'ownership',
      examples: {
        fires: [
          'The delay is [[not our fault]], the weather grounded the flight.',
          '[[We are not responsible]] for items left in the car.',
          "That has [[nothing to do with us]], it's your bank.",
          'Lost parcels are handled by the courier, [[not us]].',
          "[[That's between you and the]] courier.",
          "Your bank declined it, [[that's not on us]].",
          "[[We can't be held responsible]] for delays at customs.",
          '[[We accept no liability]] for valuables left in the room.',
          'The strike [[was beyond our control]].',
        ],
        silent: [
          "It's not your fault at all, and I'm sorry for the trouble.",
          'I take full responsibility for the mix-up and have sent the right size today.',
          'This was our mistake, and the refund is already on its way.',
        ],
      },
    },
    {
      id: 'as-i-said',
      patterns: [
        "as (i|we|i've|we've|i'd|we'd) ~2 (said|explained|mentioned|stated|wrote|noted|told you|pointed out|advised) $",
        'as i ~2 (said|explained|mentioned|told|wrote|stated|advised) ~4 (email|e-mail|message|mail|reply|call|letter|chat|week|time|before|earlier|yesterday|times|conversation|you|above|below|already|previously|again|twice|ago|days) $',
        'like i ~2 (said|explained|mentioned|told you) $',
        'like i ~2 (said|explained|mentioned|told) ~4 (email|message|mail|reply|call|week|time|before|earlier|yesterday|times|you|already|again|twice|ago) $',
        'as (previously|already|earlier) ~1 (mentioned|stated|explained|discussed|advised|said)',
        // The same, running on to the end of its clause, so that the recap stands for all of it.
        'as (previously|already|earlier) ~1 (mentioned|stated|explained|discussed|advised|said) ~3 (email|e-mail|message|reply|letter|call|chat|conversation|phone|before|above|below|yesterday|you) $',
        'as (mentioned|stated|explained|discussed|said|noted|advised|pointed out) ~2 (before|earlier|previously|above|already|below|last time) $',
        'as per (my|our) ?(last|previous|earlier|prior|original) (email|e-mail|message|reply|letter|mail|response|note|conversation|call) ?(yesterday|today|earlier|this morning|last week)',
      ],
      message:
        '"As I already said" sounds like a telling-off and makes the customer feel a burden. Just give the answer again, kindly.',
      source:
        'practice: scenario 6 closing (customers must not feel a burden) and scenario 7 angry customer (seed 002)',
      replacement: 'just to recap',
      weight: 6,
      dimension: 'warmth',
      examples: {
        fires: [
          '[[As I wrote in my last message]], your parcel ships on Thursday.',
          'The warranty covers water damage, [[as I already told you yesterday]].',
          '[[Like I said]], the form is on the portal.',
          '[[As mentioned before]], the form is in the app.',
          "[[As we explained]], the fee covers the engineer's visit.",
          '[[Like I told you on the phone yesterday]], the engineer comes on Monday.',
          '[[As previously mentioned]], the store closes at 6 on Sundays.',
          '[[As already explained in my email]], the deposit comes back within 10 days.',
          '[[As per my last email]], your refund went out on the 3rd.',
          '[[As per our call yesterday]], I have cancelled the old plan.',
        ],
        silent: [
          'As you mentioned, the heating stopped on Sunday, so I have booked an engineer.',
          'As I understand it, the parcel was left with a neighbour, and I am checking with the courier now.',
          'Just to recap, the technician comes on Monday between 8 and 12.',
        ],
        corrections: [
          {
            before: 'As I said, the refund takes 3 to 5 working days.',
            after: 'Just to recap, the refund takes 3 to 5 working days.',
          },
          {
            before: 'As previously mentioned in my email, your new card is on its way.',
            after: 'Just to recap, your new card is on its way.',
          },
          {
            before: 'Like I said before, the warranty covers the battery.',
            after: 'Just to recap, the warranty covers the battery.',
          },
        ],
      },
    },
    {
      id: 'already-told-you',
      patterns: [
        "(i've|we've|i|we) already (told you|explained this|explained that|explained it|answered this|answered that|said this|said that|said it|explained to you|told you this|told you that)",
        '(i|we) have already (told you|explained this|explained that|explained it|answered this|answered that|said this|said that|said it|explained to you|told you this|told you that)',
        "(i|i've|i have) (said|told you|explained) ~1 (this|that|it) ~1 (twice|before|already|several times|many times|a few times|three times)",
        "(i've|i have|we've|we have) (told|explained|said|answered) (you|this|that|it) ~1 already",
        '^ for the (second|third|fourth|fifth|last|hundredth|umpteenth|nth) time $',
        '(read|check|see|look at|reread|re-read|scroll up to) ~1 (my|our) (previous|last|earlier|prior|first|original) (email|e-mail|message|reply|letter|answer|response|note)',
        '^ ?(please|just) (read|reread|re-read|check) ~1 (the|my|our) (reply|email|e-mail|message|answer|letter|response) ~3 already',
      ],
      message:
        '"I\'ve already told you" makes the customer feel a burden for asking. Answer again as if it were the first time.',
      source:
        'practice: scenario 6 closing (customers must not feel a burden) and scenario 7 angry customer (seed 002)',
      weight: 6,
      dimension: 'warmth',
      examples: {
        fires: [
          "[[I've already told you this]] twice.",
          '[[We have already explained this]] to you in our letter of 3 May.',
          '[[I said it before]]: the gym closes at ten.',
          '[[Read my previous email]].',
          '[[Read the reply we already]] sent you.',
          "[[I've answered this already]]: the deposit is refundable.",
          '[[For the third time]], the shop is closed on Sundays.',
        ],
        silent: [
          "I've already sent the replacement, and it should arrive tomorrow.",
          'I already told the courier to leave it with your neighbour, as you asked.',
          'We have already refunded the €20 to your card.',
        ],
      },
    },
  ],
} satisfies RulePack;
