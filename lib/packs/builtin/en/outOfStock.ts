import type { RulePack } from '../../types';
import { ALTERNATIVE, FOLLOW_UP } from './shared';

// Words that turn "check / try / call … later" into something the agent does rather than a brush-off.
const AGENT_DOES = [
  "(i|we|i'll|we'll|i'd|we'd) ~2 (call*|ring*|phon*|try*|contact*|com*|check*|get|writ*|email*|e-mail*|text*|message*|keep|look*)",
  "(will|shall|let me|i'm|we're|they'll|he'll|she'll) ~2 (call*|ring*|phon*|try*|contact*|com*|check*|get|writ*|email*|e-mail*|text*|message*|keep|look*)",
];

/**
 * English pack for "the product is not available" (practice, scenario 2): say when it will be back, offer to
 * reserve it, or offer an alternative, instead of a flat "out of stock" or "try again later".
 */
export const outOfStock = {
  id: 'en.out_of_stock',
  language: 'en',
  scenario: 'out_of_stock',
  version: 1,
  name: 'English: product or slot not available',
  description:
    '"Out of stock", "sold out", "fully booked" with no date or alternative, and brush-offs like "check the website later" or "try calling next week".',
  rules: [
    {
      id: 'out-of-stock',
      patterns: [
        'out of stock',
        "(not|no longer|isn't|aren't|none) ~1 in stock",
        '(sold out|run out|ran out|out of it|out of them)',
        "(not|no longer|isn't|aren't|never) ~1 (available|availible|in the shop|on sale|being sold|sold)",
        'unavailable',
        '(gone|discontinued|removed|dropped|withdrawn|off the menu) (for good|forever|permanently|for ever)',
        '(nothing|no plans|no restock|none|not) ~1 (planned|scheduled|expected) $',
        "^ ?(sorry|sadly|unfortunately|they're|they are|it's|it is|we're) all (gone|sold|taken|booked|full) $",
        '(discontinued|no longer (sell|stock|make|carry|offer|produce|supply|available))',
        '(none|no more|not any) ~1 left',
        '(nothing|none) left (in stock|in your size|in that size|on the shelf|on the shelves|at the moment|right now)',
        "(we|they|we'll|they'll) ~1 (won't|will not|aren't|are not|don't|do not|no longer|not) ~2 (get|getting|restock*|stock|stocking|receiv*|order*|reorder*|sell|selling|make|making|carry|carrying) ~2 (more|again|any|it|them|that|this|those|these)",
        '(no|zero) (stock|units|items|pieces|more) ~2 (left|available|at the moment|right now|currently)',
        "(don't|do not|doesn't|does not) ~2 (have|stock|carry) ~3 (in stock|at the moment|right now|currently|anymore|any more|any left)",
      ],
      unless: [...ALTERNATIVE, ...FOLLOW_UP],
      unlessScope: 'draft',
      message:
        'A flat "out of stock" sends the customer to a competitor. Say when it will be available again, offer to reserve it, or suggest an alternative.',
      source: 'practice: scenario 2 product not available ("see toode ei ole hetkel saadaval", seed 002)',
      weight: 6,
      dimension: 'positivity',
      examples: {
        fires: [
          "[[Gone for good]] I'm afraid, [[nothing planned]].",
          'The blue sofa is [[out of stock]].',
          'Sorry, those running shoes are [[sold out]] in size 42.',
          "The 5G router [[isn't available]] at the moment.",
          'This wallpaper is [[no longer in stock]].',
        ],
        silent: [
          'The blue sofa will be back in stock on 4 June, and I can reserve one for you today.',
          'Size 42 has sold out, but the same shoe in navy is available right away if you would like it instead.',
          'There is no extra charge for delivery.',
          'Your policy HI-1234 covers water damage.',
        ],
      },
    },
    {
      id: 'fully-booked',
      patterns: [
        '(fully|completely|totally|all) booked ?(up|out)',
        '(booked|sold|full) (up|out)',
        '(no|not any|zero|none of the) ~1 (free|available|open|spare|empty|vacant) (slots|slot|appointments|appointment|seats|seat|rooms|room|tables|table|times|dates|spaces|space|places|spots|beds|bookings|capacity)',
        '(no|not any|zero) (availability|vacancies|vacancy|capacity|space|room|slots|appointments|seats|tables)',
        "(we're|we are|we're all|it's|it is|they're|they are|the (flight|train|hotel|course|class|workshop|garage|restaurant|event|clinic|day|schedule|diary|calendar) is) ~1 (full|fully booked|at capacity)",
        '(nothing|none) ~1 (free|available|left|open) ~3 (until|before|for|on|this|next|that)',
        "(is|are|we're|it's|they're|was|were|we are) ~1 (full|overbooked) $",
        "(can't|cannot|can not|won't) (fit|squeeze|book|take) you in",
      ],
      unless: ALTERNATIVE,
      unlessScope: 'draft',
      message:
        '"Fully booked" on its own ends the conversation. Offer the nearest free time, a waiting list, or another option the customer can take now.',
      source: 'practice: scenario 2 product not available — say when and offer an alternative (seed 002)',
      weight: 6,
      dimension: 'positivity',
      examples: {
        fires: [
          '[[No free slots]] on Friday.',
          "[[We're fully booked]] this weekend.",
          'The yoga class [[is full]], sorry.',
          "We [[can't fit you in]] before the holidays.",
        ],
        silent: [
          'Friday is fully booked, but the first free slot is Monday at 9:00 – shall I book it for you?',
          'The flight is full, so I have added you to the waiting list and will email you as soon as a seat opens up.',
          'No problem at all, your table is booked for 7 pm.',
        ],
      },
    },
    {
      id: 'check-website-later',
      patterns: [
        '(check|look at|visit|see|try|refresh|browse) ~3 (website|site|web|webpage|page|app|shop|store|online|homepage|faq|portal) ~2 (again|later|regularly|periodically|daily|occasionally|updates|often|frequently|every)',
        '(keep|kept) (checking|an eye on|looking at|watching|refreshing|visiting|monitoring) ~3 (website|site|web|webpage|page|app|shop|store|online|homepage|portal|stock)',
        '(check|look|pop|come) back ~3 (later|tomorrow|soon|week|days|again|time|regularly|sometime|some time|whenever|occasionally|now and then|periodically)',
      ],
      unless: AGENT_DOES,
      message:
        '"Check the website later" leaves the customer to do the work. Tell them when it will be available, or offer to let them know yourself.',
      source: 'practice: scenario 2 product not available (seed 002); make the customer no burden (scenario 6)',
      weight: 5,
      dimension: 'clarity',
      examples: {
        fires: [
          '[[Check the app again]] next week.',
          'Just [[keep checking the app]] for new dates.',
          'Please [[check back in a few days]].',
        ],
        silent: [
          "I'll check the warehouse stock again tomorrow morning and text you.",
          'You can check the coverage map on our website at any time.',
          'I will keep an eye on the shop and email you the moment it is back.',
        ],
      },
    },
    {
      id: 'just-wait',
      patterns: [
        "(you'll|you will|you'd|you) ~1 (have|need) to (wait|be patient|sit tight|hang on)",
        '(just|simply) (wait|be patient|sit tight) ~3 (like|until|till|for) ~2 (everyone|everybody|others|else|it|your|the)',
        '(nothing|not much|nothing else) (to do|you can do|we can do) but wait',
        '(everyone|everybody|all customers|every customer|other customers|others|other people) ~2 (has|have|must|needs|need|got) to (wait|be patient|queue)',
        '(everyone|everybody|all customers|other customers|others|other people) (waits|wait|queues|queue|is waiting|are waiting)',
      ],
      unless: [...ALTERNATIVE, ...AGENT_DOES],
      message:
        '"You\'ll just have to wait" leaves the customer with nothing. Say how long, why, and what you can do in the meantime.',
      source: 'practice: Principles — long waits anger people; explain why and take ownership (seeds 004, 001, 002)',
      weight: 5,
      dimension: 'clarity',
      examples: {
        fires: [
          "[[You'll just have to wait]].",
          '[[You will need to be patient]] like everyone else.',
          "There's [[nothing to do but wait]].",
          'Well, [[everyone has to wait]].',
          '[[Everyone waits]], so do you.',
        ],
        silent: [
          "You'll need to wait until the part arrives on Tuesday, and I'll book the fitting for you the same day.",
          'Thank you for waiting while I checked your account.',
          'There is no need to wait – I can issue the refund now.',
        ],
      },
    },
    {
      id: 'when-it-comes',
      patterns: [
        '(arrive|arrives|arrived) when (it|they) (arrive|arrives)',
        '(come|comes|turn up|turns up|show up|shows up) when (it|they) (come|comes|turn up|turns up|show up|shows up)',
        "(ready|back|done|fixed|sorted|here|there) when (it's|they're|it is|they are) (ready|back|done|fixed|sorted|here|there)",
        '(happen|happens) when (it|they) (happen|happens)',
        '(ship|ships|shipped) when (it|they) (ship|ships)',
        '(get|gets) there when (it|they) (get|gets) there',
        '(gets|get|got|getting) (round|around) to (it|them|that|your|you)',
        '(whenever|when) ~3 (feel|feels) like it',
        '^ when (it|they) (arrive|arrives|come|comes|happen|happens) ~1 (it|they) (arrive|arrives|come|comes|happen|happens) $',
      ],
      message:
        '"It will arrive when it arrives" tells the customer you do not care. Give the best date you have, why it is late, and what you will do to hurry it.',
      source: 'practice: Principles — long waits anger people; explain why and take ownership (seeds 004, 001, 002)',
      weight: 7,
      dimension: 'clarity',
      examples: {
        fires: [
          'It will [[arrive when it arrives]].',
          "The refund will be [[ready when it's ready]].",
          '[[When it comes, it comes]].',
          'Whenever the post office [[gets round to it]].',
        ],
        silent: [
          'Your parcel will be delivered when it arrives at the local depot on Thursday.',
          'The car will be ready when you arrive at 10:00.',
          "I'll ship the charger when it arrives from the supplier on Monday.",
        ],
      },
    },
    {
      id: 'go-elsewhere',
      patterns: [
        '(try|ask|check|visit|go|look|call|ring|phone|contact) ~2 (another|different|other|competitor*|competitors) (shop|shops|store|stores|pharmacy|pharmacies|chemist|supplier|seller|retailer|website|websites|site|sites|dealer|provider|company|gym|hotel|garage|bank|agency|place|places)',
        '(try|look|ask|buy it|get it|shop) (elsewhere|somewhere else)',
      ],
      unless: AGENT_DOES,
      message:
        '"Try another shop" sends the customer to a competitor. Say when it will be back, offer to reserve it, or suggest an alternative you have.',
      source: 'practice: scenario 2 product not available — reserve or offer an alternative (seed 002)',
      weight: 6,
      dimension: 'ownership',
      examples: {
        fires: [
          'Out of stock. [[Try another shop]].',
          'Maybe [[try a different pharmacy]].',
          'You could [[look elsewhere]].',
        ],
        silent: [
          'I can check whether another store near you has it and reserve one for you.',
          "We'll try another supplier and let you know by Friday.",
          'The same model in grey is available today if you would like it instead.',
        ],
      },
    },
    {
      id: 'try-later',
      patterns: [
        '(try*|call*|ring*|phon*|contact*|email*|e-mail*|write|writing|message*|ask*) ~3 (later|tomorrow|week|month|weekend|monday|tuesday|wednesday|thursday|friday)',
        '(try*|call*|ring*|phon*|contact*|email*|e-mail*|write|message*) ~3 (another|some other|a different) (day|time|week|month)',
        '(try*|call*|ring*|phon*|contact*) ~3 (few|couple|several) ~1 (days|weeks|hours)',
        '(try*|call*|ring*|phon*|contact*) ~2 in ~2 (hour|hours|minutes|bit|while)',
        '(come|get) back to us ~3 (later|tomorrow|week|month)',
      ],
      unless: [
        ...AGENT_DOES,
        '(if|in case|should) ~4 (still|again|any|anything)',
        '(by|before) ~1 (today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|end|noon|midday|the end)',
        '(booked|scheduled|arranged|set up|organised|organized) ~3 (call|appointment|visit|callback|call-back)',
        '(calls|call|minutes|messages|texts|emails|sessions|classes) (a|per|each|every) (month|week|day|year)',
      ],
      message:
        '"Ring us another day" makes the customer chase you. Offer a time yourself, or a call-back, and take the task on.',
      source:
        'practice: Principles — long waits anger people; offer a call-back or take ownership instead (seeds 004, 002)',
      weight: 5,
      dimension: 'clarity',
      examples: {
        fires: [
          'Best to [[ring back next month]].',
          'Please [[try again later]].',
          "You'll have to [[ring the surgery tomorrow]].",
          '[[Contact us another day]] when the system is back.',
        ],
        silent: [
          "I'll call you tomorrow morning with the results.",
          'Our technician will ring you on Friday to confirm the time.',
          "If the error still shows tomorrow, just reply here and I'll fix it for you.",
        ],
      },
    },
  ],
  cues: [
    {
      patterns: [
        'out of stock',
        "(not|no longer|isn't|aren't) ~1 in stock",
        '(sold out|back in stock|restock*|fully booked|booked up)',
        '(no|not any) ~1 (free|available|open|spare) (slots|slot|appointments|seats|rooms|tables|times|dates|spaces|places)',
        '(waiting list|waitlist|pre-order|preorder|backorder)',
        "(we're|we are|it's|it is|we're all|we are all) ~1 (full|fully booked|booked up|overbooked)",
        "(we|they|we'll|they'll) ~1 (won't|will not|aren't|are not|don't|do not|no longer|not) ~2 (get|getting|restock*|stock|stocking|receiv*|order*|reorder*|sell|selling|make|making|carry|carrying) ~2 (more|again|any|it|them|that|this|those|these)",
        '(discontinued|run out|ran out|none left|no longer (sell|stock|make|carry|available|in stock))',
        '(no|not any) (slots|appointments|seats|rooms|tables|times|dates|spaces|places|availability|vacancies) ~2 (available|free|left|open|until|this|next)',
      ],
      in: 'draft',
      weight: 7,
      label: 'draft: not in stock / fully booked',
    },
    {
      patterns: [
        "(not|isn't|aren't|no longer) ~1 available",
        'unavailable',
        '(next|new) (delivery|shipment|batch|stock)',
        "(not|isn't|aren't) (in|back) yet",
        '(gone|removed|dropped|withdrawn|discontinued|paused) ~2 (for good|forever|permanently|for the summer|for the season|until)',
        "^ ?(sorry|sadly|they're|we're|it's) all (taken|gone|booked|full|sold) $",
        '(high|huge|big) demand',
        '(reserve|reserved|reserving|set aside|put aside)',
        '(available|in stock) (again|from|on|next)',
      ],
      in: 'draft',
      weight: 3,
      label: 'draft: availability',
    },
    {
      patterns: [
        '(when|how soon|how long) ~5 (back|in stock|available|restock*|get more|have more|come in)',
        '(out of stock|sold out|unavailable|not available|no longer available|not in stock|fully booked|shows as|says ~2 (unavailable|out))',
        '(have|got|stock|carry) ~4 (in stock|any left|left in)',
        '(back|return|returning|coming back) ~2 (on the menu|on sale|in stock|on the shelves|in the shop|in store)',
        "(you|you'll|shop|store) ~2 (get|getting|have|restock*|stock|receive|order) ~1 (more|any more|new ones|new stock)",
        '(any|free|available|vacant|spare|open) ~1 (room*|table*|slot*|seat*|place*|appointment*|space*|spot*|ticket*|dates|availability)',
      ],
      in: 'customer',
      weight: 4,
      label: 'customer asks about availability',
    },
    {
      patterns: [
        '(book|booking|reserve|appointment*|slot*|table*|seat*|room*|ticket*|upgrade)',
        '(size|colour|color|model|version) ~2 (available|in stock|left)',
        '(do|does) you ~1 (sell|stock|carry|have|make|still) ',
      ],
      in: 'customer',
      weight: 2,
      label: 'customer wants to book or buy',
    },
  ],
  templates: [
    {
      id: 'default',
      parts: [
        '{greeting}',
        '{body}',
        {
          text: "I'll let you know as soon as it's back in stock, and if you need it sooner, I can suggest a similar alternative.",
          skipIf: [
            '(instead|alternative*|similar|equivalent|sooner|meantime|meanwhile)',
            '(available|in stock|ready) (right away|straight away|now|today|immediately|tomorrow)',
            '(another|a different|other) (model|colour|color|size|version|option|branch|store|shop|date|day|time|slot|location|flight|room|seat|table)',
            '(i|we) (can|could) ~3 (offer|suggest|recommend)',
          ],
        },
        '{closing}',
      ],
    },
  ],
} satisfies RulePack;
