import type { RulePack } from '../../types';

// A sentence that goes on to give a reason or an alternative is not a bare refusal.
const REASON_OR_OFFER = [
  '(because|since|otherwise|so that|fair to|instead|alternatively)',
  'what (i|we) (can|could) ~2 (do|offer)',
  '(i|we) (can|could) ~2 (offer|suggest|arrange|give you|do instead)',
  "(i'd|i would|we'd|we would) be (happy|glad|delighted) to",
  "(however|but) ~4 (i|we|i'll|we'll|i've|we've|i'd|our)",
];

// What an agent puts before "there's nothing I can do" or "we can't make exceptions". The hits take it in, so
// that the replacement reads in its place ("Unfortunately, let me see …" would not).
const SOFTENER = "?(unfortunately|sadly|i'm afraid|i am afraid)";
const SOFTENER_SHORT = "?(unfortunately|sadly|i'm afraid)";

// "Sorry" or "I'm afraid" next to a bare "No": the hit takes them in, so that "I'm sorry" does not come twice.
const BARE_NO_BEFORE = "?(sorry|i'm sorry|i am sorry|unfortunately|sadly|i'm afraid|i am afraid)";
const BARE_NO_AFTER = "?(sorry|i'm sorry|unfortunately|sadly|i'm afraid|i am afraid)";
// The same, shorter, for the patterns whose own alternatives are phrases (a pattern expands to at most 64).
const BARE_NO_BEFORE_SHORT = "?(sorry|unfortunately|i'm afraid)";
const BARE_NO_AFTER_SHORT = "?(sorry|i'm afraid)";

/**
 * English pack for things you cannot do (practice, scenario 4): no bare "no", no "rules are rules" or "our
 * policy doesn't allow"; use the name, give the reason, offer what you can do instead.
 */
export const refusal = {
  id: 'en.refusal',
  language: 'en',
  scenario: 'refusal',
  version: 1,
  name: "English: things you can't do",
  description:
    'A bare "no", "nothing I can do", "our policy doesn\'t allow", "rules are rules", "we can\'t make exceptions", "we don\'t deal with that".',
  rules: [
    {
      id: 'bare-no',
      patterns: [
        `^ ${BARE_NO_BEFORE} (no|nope|nah|never) ${BARE_NO_AFTER} $`,
        `^ ${BARE_NO_BEFORE} (absolutely|definitely|certainly|simply) not ${BARE_NO_AFTER} $`,
        `^ ${BARE_NO_BEFORE_SHORT} (no way|not a chance|no chance) ${BARE_NO_AFTER_SHORT} $`,
        `^ ${BARE_NO_BEFORE_SHORT} (the answer is no|that's a no|that is a no) ${BARE_NO_AFTER_SHORT} $`,
      ],
      unless: [
        '(need|needs|problem|problems|worries|worry|charge|charges|cost|costs|fee|fees|extra|rush|obligation|hurry|trouble|penalty|risk|impact)',
        '(effect|affect|affects|harm|catch|difference|free|included|automatic*|correct|exactly|fine|okay|ok|sure|course|indeed|stress|pressure)',
        "(you|your) ~3 (won't|will not|don't|do not|aren't|are not|needn't|shouldn't)",
        "(it|that|this) (won't|will not|doesn't|does not|isn't|is not) ~2 (affect|change|cost|matter|apply|count|be a problem|hurt|damage)",
        '(oh|ah|uh) no',
        '(only|just|takes|works|includes|covers|stays|remains|still|already|both|anytime|whenever|welcome)',
        "(but|however) ~4 (we|we're|we'll|we've|i|i'll|i've|i'd|i'm|you can|you're|you'll|our|there's|there is|it's)",
        '(instead|alternatively)',
      ],
      message:
        'A bare "No" closes the door. If you truly cannot do it, say so kindly, give the reason, and offer what you can do instead.',
      source: 'practice: scenario 4 refusal ("Ei, nii ma kahjuks teha ei saa", seed 002)',
      replacement: "I'm sorry",
      weight: 6,
      dimension: 'positivity',
      examples: {
        fires: [
          "[[No]], I can't do that.",
          '[[No]]. The voucher has expired.',
          "[[No]], unfortunately we can't change the date.",
          '[[Absolutely not]].',
          '[[Not a chance]].',
          "[[That's a no, I'm afraid]].",
          '[[No, sorry]].',
        ],
        silent: [
          'No problem at all, I have changed it for you.',
          "No, there's no extra charge for the second driver.",
          "No, you don't need to do anything else.",
          'Oh no, I am so sorry to hear the parcel arrived wet.',
          "No, it won't affect your credit score.",
          'No, it only takes two minutes.',
          'No, but we can send you a new one today.',
          "No, we'll refund the card instead.",
        ],
        corrections: [
          { before: "No, I can't do that.", after: "I'm sorry, I can't do that." },
          { before: 'No. The voucher expired last month.', after: "I'm sorry. The voucher expired last month." },
          { before: "Sorry, no, we can't change the date.", after: "I'm sorry, we can't change the date." },
        ],
      },
    },
    {
      id: 'nothing-i-can-do',
      patterns: [
        // "… help you with" runs on to its end: "let me see what I can do you with" would not read.
        `${SOFTENER} ?(there's|there is) nothing ~2 (i|we|anyone|anybody) (can|could) help ?(you) with ?(that|this|it)`,
        `${SOFTENER} ?(there's|there is|theres) nothing ~2 (i|we|anyone|anybody) (can|could) (do|help)`,
        `${SOFTENER} (i|we) (can't|cannot|can not|couldn't|could not) (do|offer) (anything|much) ?(more|else|further)`,
        `${SOFTENER_SHORT} (i'm|i am|we're|we are) (unable|not able) to help ?(you|further)`,
        `${SOFTENER_SHORT} (i'm|i am|we're|we are) (unable|not able) to help ?(you) any further`,
        // With its subject ("it's out of my hands"); "the delay is beyond our control" is not-our-fault's.
        `${SOFTENER_SHORT} (it's|it is|that's|that is|this is|it was|that was) ?(completely|totally|entirely|simply|really) out of (my|our) (hands|control)`,
        `${SOFTENER_SHORT} (it's|it is|that's|that is|this is|it was|that was) ?(completely|totally|entirely|simply|really) beyond (my|our) control`,
        `^ ${SOFTENER_SHORT} (out of|beyond) (my|our) (hands|control) ?(i'm afraid|unfortunately|sadly)`,
        `${SOFTENER_SHORT} ?(there's|there is|theres) (not much|not a lot|little|nothing much) (i|we) (can|could) (do|change|help)`,
        `${SOFTENER} (my|our) hands are tied`,
        // The same with the softener after it ("…, I'm afraid"): one hit from the first word to the last, so that
        // the replacement stands for all of it (of two overlapping hits, the engine keeps only the longer).
        `${SOFTENER_SHORT} ?(there's|there is) nothing ~2 (i|we|anyone|anybody) (can|could) (do|help) ~3 (i'm afraid|i am afraid|unfortunately|sadly) $`,
        `${SOFTENER_SHORT} (i|we) (can't|cannot|can not|couldn't|could not) (do|offer) (anything|much) ~3 (i'm afraid|unfortunately|sadly) $`,
        "(i'm|i am|we're|we are) (unable|not able) to help ~3 (i'm afraid|unfortunately|sadly) $",
        "(it's|it is|that's|that is|this is|it was|that was) ~1 (out of|beyond) (my|our) (hands|control) ~2 (i'm afraid|unfortunately|sadly) $",
        "?(there's|there is|theres) (not much|not a lot|little|nothing much) (i|we) (can|could) (do|change|help) ~3 (i'm afraid|unfortunately|sadly) $",
        "(my|our) hands are tied ~2 (i'm afraid|i am afraid|unfortunately|sadly) $",
      ],
      message:
        '"Nothing I can do" answers nothing. There is always something: a reason, a next step, an alternative, a call-back. Say what you can do.',
      source:
        'practice: Principles ("no, unfortunately I can\'t do that") and scenario 4 refusal — offer what you can do (seed 002)',
      replacement: 'let me see what I can do',
      weight: 7,
      dimension: 'ownership',
      examples: {
        fires: [
          "The spa is full today, [[there's nothing we can do]] about that.",
          "[[There's nothing more we can do]].",
          "[[I'm afraid my hands are tied]].",
          "[[I can't do anything more]] for you.",
          '[[Not much I can do]] about the weather.',
          "[[I'm unable to help]] with that.",
          "[[Unfortunately, it's out of our hands]] now.",
          "Sorry, [[there's nothing I can help you with]] there.",
          "[[I'm afraid we're not able to help you any further]].",
          '[[That is beyond our control]].',
          '[[Out of my hands]] now, sorry.',
          "[[There's nothing we can do about that, I'm afraid]].",
          "[[We can't do anything more, unfortunately]].",
          "[[We're unable to help with this one, I'm afraid]].",
          "[[It's out of our hands, sadly]].",
          '[[Not much we can do, unfortunately]].',
          "[[My hands are tied, I'm afraid]].",
        ],
        silent: [
          'Here is what I can do for you: a free upgrade to the next room size.',
          'Is there anything else I can do for you?',
          "There's nothing you need to do – the refund goes back to your card automatically.",
        ],
        corrections: [
          {
            before: "The spa is full today, there's nothing we can do about that.",
            after: 'The spa is full today, let me see what I can do about that.',
          },
          { before: "I'm afraid my hands are tied.", after: 'Let me see what I can do.' },
          { before: "Sorry, it's out of our hands now.", after: 'Sorry, let me see what I can do now.' },
        ],
      },
    },
    {
      id: 'policy-doesnt-allow',
      patterns: [
        "(our|company|company's|store|shop|bank's|hotel's|airline's|agency's) ?(returns|refund|cancellation|booking|internal|strict|current|new) (policy|policies|rules|regulations|procedures|terms|procedure) ~2 (doesn't|does not|don't|do not|won't|will not|wouldn't|can't|cannot) (allow|permit|let|accept)",
        "(against|outside|contrary to) ~1 (our|company|company's|the|store|shop) ?(returns|refund|cancellation|internal) (policy|policies|rules|regulations|procedures|terms)",
        "(i'm|we're|i am|we are) not (allowed|permitted|authorised|authorized|able by policy) to",
        "(policy|policies|rules|regulations|system) (doesn't|does not|don't|do not|won't|will not) (allow|permit|let) (me|us|you|that|this|it)",
        "(it's|it is|that's|that is) ~1 (company|our|store|shop|strict) (policy|policies|rules)",
        '^ ?(just|simply|strict) (company|store|shop|bank|hotel|school|office|house|our) (policy|rules) $',
        '(policy|policies|rules|regulations) (says|say|state|states) ~1 (no|not)',
      ],
      unless: [
        '(for your|to protect|because|since|by law|the law|legally|data protection|gdpr|privacy|security reasons|safety reasons)',

        '(your|you) (policy|policies|insurance|cover|plan|contract) ~4 (covers|includes|allows|lets|permits|gives)',
        '(policy|policies|rules) (to|that we)',
      ],
      message:
        '"Our policy doesn\'t allow it" hides behind the rules. Give the real reason in plain words (e.g. fairness to other customers) and offer what you can do instead.',
      source:
        'practice: Principles ("our policy doesn\'t allow it") and scenario 4 refusal — always give the reason (seed 002)',
      weight: 6,
      dimension: 'positivity',
      examples: {
        fires: [
          "[[Our policy doesn't allow]] refunds on sale items.",
          "[[That's against company policy]].",
          "[[I'm not allowed to]] change the name on the ticket.",
          "[[It's our policy]], sorry.",
          "The [[system doesn't let me]] change it.",
          'Sorry, [[company policy]].',
          'Our [[policy says no]] refunds after 30 days.',
        ],
        silent: [
          'Your policy HI-1234 covers accidental damage, so I have opened the claim for you.',
          'Our returns policy gives you 60 days, so you are well within it.',
          'Sale items are final because they are priced below cost, but I can offer you store credit instead.',
          "It's our policy to replace faulty items free of charge.",
        ],
      },
    },
    {
      id: 'never-allow',
      patterns: [
        "(we|i) (never|don't ever|do not ever|won't ever|will never|can never) (allow|permit|accept|do|make|give|grant|approve|offer|refund|exchange) (it|that|this|them|those|exceptions|refunds|exchanges|returns|pets|animals|dogs|smoking|changes|discounts|extensions|transfers)",
        "(isn't|aren't|is not|are not|not) (something|anything) (we|i) (do|offer|allow|provide|permit|accept|give|refund|exchange)",
        "(we|i) (don't|do not) (do|allow|permit|accept) (that|this|it|those|them) ~1 (here|ever|at all|period|full stop) $",
        "^ (we|i) (don't|do not) (allow|permit|accept) (that|this|it|those|them) $",
        "(we|i) (don't|do not|never) (give|do|offer|issue|make|pay) (money back|refunds|refund|cash back|cashback|compensation|exchanges)",
        "(we|i) (don't|do not) (do|offer|allow|give|provide|accept) (early|late|same-day|partial|cash|any|free) ~1 (check-ins|check-in|checkouts|check-outs|refunds|exchanges|exceptions|discounts|returns|deliveries|pauses|extensions|upgrades|bookings|payments|transfers|changes|cancellations)",
      ],
      unless: REASON_OR_OFFER,
      message:
        '"We never allow it" closes the door with no reason. Say why in plain words and offer what you can do instead.',
      source: 'practice: scenario 4 refusal — name it, give the reason, offer what you can do (seed 002)',
      weight: 6,
      dimension: 'positivity',
      examples: {
        fires: [
          'No. [[We never allow it]].',
          "Refunds [[aren't something we do]].",
          "[[We don't do that here]].",
          "[[We don't do early check-ins]], sorry.",
          "[[We don't give money back]], repairs only.",
          "Vouchers from other shops? [[We don't accept those]].",
        ],
        silent: [
          'We never allow pets in the rooms because of guests with allergies, but I can book the partner pet hotel next door.',
          'We never charge for changing the pickup time.',
          "That isn't something you need to do – I've already updated it.",
          'We never give refunds on used tickets, so what I can do is move your booking to May.',
          "We don't do early check-ins, but I can offer you luggage storage from 9.",
          "We never allow dogs inside, but we'd be happy to seat you on the terrace.",
        ],
      },
    },
    {
      id: 'flat-not-possible',
      patterns: [
        "^ ?(that's|it's|this|that|it|sorry|unfortunately) ?(is|just|simply|totally|completely) (not possible|impossible|out of the question|not an option|not happening) $",
        "^ (we|i) (can't|cannot|can not|won't|will not) (do|allow|accept|offer|give) (that|this|it|refunds|exchanges) $",
        '^ (not possible|impossible|out of the question|no can do|never happening|not happening|not going to happen|never going to happen) $',
        "^ ?(that's|that is|it's|it is|that|it|sorry) (not|never|ain't) (gonna|going to) happen $",
        "(isn't|is not|aren't|are not|not) (an|really an) option",
        "(is|are|a|that's|it's|its|thats) ~1 no-go",
        "^ ?(it|that|this) (can't|cannot|can not) be done $",
      ],
      unless: [...REASON_OR_OFFER, '^ (no|nope|nah) $'],
      message:
        '"That\'s not possible" with nothing after it closes the door. Give the reason, and offer what you can do instead.',
      source: 'practice: scenario 4 refusal — always give the reason and what you can do (seed 002)',
      weight: 5,
      dimension: 'positivity',
      examples: {
        fires: [
          'Extensions [[are a no-go]].',
          "[[That's not possible]].",
          "Sorry, [[we can't do that]].",
          '[[Out of the question]].',
          'Name changes? [[Never happening]].',
          '[[Not gonna happen]].',
          "Sorry, pausing [[isn't an option]].",
          "[[That can't be done]].",
        ],
        silent: [
          "That's not possible on a Basic fare because the seat is resold, but I can move you to a Flex fare for €20.",
          'Anything is possible with a bit of planning!',
          'We can do that for you today.',
          "That's not possible, but what I can do is move you to Friday.",
          "Out of the question, I'm afraid, but I can offer you a voucher.",
          "Pausing isn't an option, but we'd be glad to move you to the cheaper plan.",
          "No, that's not possible.",
        ],
      },
    },
    {
      id: 'rules-are-rules',
      patterns: [
        '(rules|rule|policy|policies|law|terms) (are|is) (rules|rule|policy|policies|law|terms)',
        "(that's|those are|it's|these are|them's|that is|it is) ~1 the rules",
        "(i|we) (don't|do not|didn't|did not) (make|write|set) the (rules|policy|policies|terms)",
        '(i|we) (just|only) (work here|follow ~2 (rules|procedure|procedures|policy|process|orders|instructions))',
        '(no|without) exceptions',
        'it is what it is',
        "(i'm|i am) (just|only) the messenger",
        "(we|i) (can't|cannot|can not) ~1 (bend|break|change) the rules",
        '(rules|rule|policy|terms|system) (say|says|state|states|allow|allows) ~3 (max|maximum|only|at most|no more than|minimum|must|limit)',
        "(in|signed|committed|agreed|paid|bought|booked|done) ~3 (you're|you've|it's) ?(locked) (in|signed|committed|agreed|paid|bought|booked|done) $",
        '^ ?(and) (end of story|end of discussion|end of|full stop|period|no discussion|no arguments) $',
        "(that's|it's|thats|its|is) ~1 (how|way) ~1 (system|it|things|rules|process) (works|work|is|are|goes|go)",
        "^ (that's|that is|it's|it is|this is) ~1 (the|our) (process|procedure|system|protocol) $",
      ],
      unless: REASON_OR_OFFER,
      message:
        '"Rules are rules" tells the customer you won\'t even try. Explain the reason behind the rule and offer what you can do.',
      source: 'practice: scenario 4 refusal ("reeglid on reeglid", seed 002)',
      weight: 7,
      dimension: 'positivity',
      examples: {
        fires: [
          "Once you're locked [[in, you're locked in]].",
          '[[Rules say two weeks max]].',
          '[[Rules are rules]].',
          'Sorry, [[those are the rules]].',
          "[[I don't make the rules]], [[I just work here]].",
          'The deposit is non-refundable, [[no exceptions]].',
          'Deposits are non-refundable, [[end of story]].',
          "[[That's how the system works]].",
          "[[That's the process]].",
          "[[It is what it is]], I'm afraid.",
          "[[I'm just the messenger]] here.",
          "[[We can't just change the rules]].",
        ],
        silent: [
          "We can't waive the fee because it covers the engineer's visit, but I can spread it over three bills instead.",
          'The rules for carry-on bags changed in May, so here is what now fits.',
          'I have made an exception for you this time.',
          'The cooling-off period is 14 days.',
          "Here's how the system works: you pick a slot and we confirm it by text.",
          'Rules are rules on deposits, but what I can do is split the payment into three.',
          'Those are the rules for hand luggage, though I can arrange a free checked bag for you.',
          "It is what it is with the fare rules, but we'd be happy to rebook you for free.",
        ],
      },
    },
    {
      id: 'no-exceptions',
      patterns: [
        `${SOFTENER} (we|i) (can't|cannot|can not|won't|will not|don't|do not|never) ~2 (exception|exceptions)`,
        `${SOFTENER} (exception|exceptions) (are|is) (not|never) (possible|allowed|made|given)`,
      ],
      unless: REASON_OR_OFFER,
      message:
        '"We can\'t make exceptions" without a reason sounds like a wall. Say why (one exception would mean doing it for everyone) and what you can do instead.',
      source:
        'practice: scenario 4 refusal — give the reason (one exception is for everyone) and an alternative (seed 002)',
      replacement: "as much as I'd like to help, we can't make an exception",
      weight: 6,
      dimension: 'positivity',
      examples: {
        fires: [
          "[[We can't make exceptions]] for late returns.",
          "Sorry, [[I can't make an exception]].",
          '[[We never make exceptions]] to the booking deadline.',
          '[[Exceptions are not possible]] on sale items.',
        ],
        silent: [
          "We can't make an exception here because we would have to do it for every guest, but I can offer you a late check-out instead.",
          'I was able to make an exception and extend your return window.',
          'Exceptions are rare, but I have asked my manager to review yours today.',
          "We can't make exceptions to the deadline, so what I can do is extend your next one.",
          "I can't make an exception on the fee, but I'd be happy to waive next month's.",
        ],
        corrections: [
          {
            before: "We can't make exceptions for late returns.",
            after: "As much as I'd like to help, we can't make an exception for late returns.",
          },
          {
            before: "I'm afraid we don't make exceptions to the booking deadline.",
            after: "As much as I'd like to help, we can't make an exception to the booking deadline.",
          },
          {
            before: 'Sorry, exceptions are not possible.',
            after: "Sorry, as much as I'd like to help, we can't make an exception.",
          },
        ],
      },
    },
    {
      id: 'we-dont-deal-with',
      patterns: [
        "(i|we) ?(just|simply|really|actually) (don't|do not|dont) (deal|handle|do|cover|offer|provide|support|process|manage) ?(with) (that|this|those|these|it|them|such|anything)",
        "(i|we) ?(just|simply|really|actually) (don't|do not|dont) (do|offer|give) (refunds|discounts|exchanges|returns|exceptions|deliveries|repairs|installations|collections|price-matching|cash|loans|credit|compensation)",
        "(i|we) (don't|do not|dont) (take care of|look after|work on|sort out|get involved) ~2 (that|this|those|these|it|them|such|anything|claims|refunds|billing|complaints|payments|returns|repairs)",
        "(i|we) ?(just|simply|really|actually) (don't|do not|dont) (deal|handle|process|manage) ?(with) ~1 (claims|refunds|billing|complaints|payments|returns|repairs|bookings|questions|requests|queries|issues|enquiries|inquiries|defects|faults|connections|installations)",
        "(i|we) ?(just|simply|really|actually) (don't|do not|dont) (deal|handle|process|manage) ?(with) ~1 (cases|problems|orders|deliveries|damage|medical|technical|new|screen|warranty|insurance|personal|business|online|phone|account|accounts|lost|third-party|external|international)",
        "(company|business|firm|shop|store|team|department|office|branch|we|service) ~1 (doesn't|does not|don't|do not) (deal with|handle|get involved)",
        "(not|isn't) (something|a thing|a service|an area|anything) (we|i) ~2 (do|handle|deal|offer|cover|provide|support|get involved)",
        "(that's|that is|this is|it's) not what we do",
        "(not|isn't) (something|anything) (we|i) (can|could) (help|assist) ~2 (with|on)",
        "(i|we) (can't|cannot|can not|won't|couldn't) (help|assist) ~2 (with that|with this|with it|there|on that|on this|any further|further)",
        "(i|we) (can't|cannot|can not|couldn't) (help|assist) ?you $",
      ],
      unless: [...REASON_OR_OFFER, "(so|so that) (we|i) (don't|do not)"],
      message: '"We don\'t deal with that" answers nothing. Say who can help and how, or what you can do yourself.',
      source:
        'practice: Principles ("our company doesn\'t deal with that") and scenario 4 refusal ("we don\'t do that", seed 002)',
      weight: 7,
      dimension: 'ownership',
      examples: {
        fires: [
          "[[We don't handle installations]] over the phone.",
          "Sorry, [[we don't handle warranty claims]].",
          "That's [[not something we do]].",
          'Our [[office does not deal with]] parking permits.',
          "[[We don't deal with that]].",
          "[[We don't offer refunds]] on gift cards.",
          "[[We don't get involved in billing]] disputes.",
          "Sorry, [[that's not what we do]].",
          "That's [[not something we can help with]].",
          "[[I can't help you with that]].",
          "Sorry, [[we can't help you]].",
        ],
        silent: [
          "We don't charge for the first visit.",
          'Warranty repairs are handled by our service centre, and I have booked your drop-off for Monday.',
          "We don't do same-day delivery to the islands because the ferry runs once a day, but I can send it on Tuesday's ferry.",
          "We don't handle returns by post, so what we can do is collect it from your door.",
          "We don't do installations, but we could suggest a local fitter.",
          "We don't handle insurance claims, but I'd be glad to send you the form and help you fill it in.",
          "I'll fix it now so that we don't deal with this again.",
        ],
      },
    },
  ],
  cues: [
    {
      patterns: [
        '(rules are rules|no exceptions|company policy|non-refundable|nonrefundable|not refundable)',
        "(policy|policies|rules|terms) ~2 (doesn't|does not|don't|do not|won't|not) (allow|permit|let|cover)",
        "(can't|cannot|can not|won't) ~2 (exception|exceptions)",
        "as much as (i'd|i would|we'd|we would) like",
        "^ no ~2 (i|we) (can't|cannot|won't|don't|do not)",
        "(it is what it is|i just work here|just the messenger|not possible|impossible|out of the question|can't be done|cannot be done)",
        '(period|window|deadline|guarantee|warranty) ~2 (ended|expired|has passed|is over|ran out|has run out|closed)',
        'against ~2 (policy|policies|terms|rules|regulations)',
        '(nothing|not much|not anything) ~2 (i|we) (can|could) do',
        "(i'm|we're|i am|we are) not (allowed|permitted|authorised|authorized)",
        "(we|i) (can't|cannot|won't) (do|allow|accept|offer|give|refund|change|swap|exchange|make|waive|extend|cancel) (that|this|it|refunds|exceptions|exchanges|that for you)",
        "(we|i) (never|don't ever|do not ever|will never) (allow|permit|accept|make|grant|approve) ",
        "(isn't|aren't|is not|are not|not) (something|anything) (we|i) (do|offer|allow|provide|permit|accept|give)",
        "(i|we) (don't|do not) make the (rules|decisions|policy)",
        '(final sale|non-returnable|nonreturnable|not returnable|non-transferable|nontransferable|never happening|not happening|not an option)',
        "(not|never|ain't) (gonna|going to) happen",
        '(no-go|locked in|rules say|rules state|policy says|terms say)',
      ],
      in: 'draft',
      weight: 6,
      label: 'draft: refusal',
    },
    {
      patterns: [
        "(unfortunately|i'm afraid|i am afraid|sadly|regrettably) ~4 (can't|cannot|can not|not able|unable|won't|not possible|isn't possible|no longer)",
        "(not possible|isn't possible|impossible|not allowed|not permitted)",
        '(what i can do|what we can do) ~2 instead',
        "(we|i) (can't|cannot|won't|couldn't) (allow|accept|refund|waive|extend|permit|make|exchange|return|reimburse|help|assist|match|price-match|honour|honor|approve)",
        '(we|i) (can|could) only',
        "(we|i) (don't|do not) (do|offer|give|accept|allow) (discounts|refunds|exchanges|returns|exceptions|deliveries|that|this|those)",
        "(we|i) (don't|do not|cannot|can't|can not) (ship|deliver|send|post|sell|stock|serve|accept|take|fit|install|allow|permit) ",
        "(can't|cannot|can not|won't) be (refund*|return*|exchang*|chang*|cancel*|transferr*|extend*|waiv*|reimburs*|moved|reversed|undone)",
        '(would|will) mean (paying|losing|a fee|a charge)',
        '(we|i) (only|just) (fit|sell|accept|offer|use|install|supply|ship|deliver|refund|work with|take)',
        '(we|i) (fit|sell|accept|offer|use|install|supply|ship|deliver) only',
        "(can't|cannot|can not|aren't allowed|are not allowed|isn't allowed|is not allowed|not permitted|no longer) ~6 (because|since|due to|as a result)",
        "(not|isn't|wasn't) ~1 (my|our) (decision|call|rule|rules|policy)",
        '(set|decided|fixed) by (head office|headquarters|management|the bank|the company|law|the board)',
      ],
      in: 'draft',
      weight: 4,
      label: 'draft: cannot do it',
    },
    {
      patterns: [
        '(can|could|may) i ~3 (get|have|claim) ~4 (refund|money back|exception|discount|compensation|extension|voucher|credit)',
        '(refund|money back|make an exception|waive|waiver|exception)',
        '(without|no) (paying|charge|fee|penalty|cost)',
        '(can|could|may) i (still|also) ~2 (return|cancel|change|swap|exchange|get)',
        '(could|can|would) you ~3 (fit|install|accept|allow|let|bend|extend|waive|make|use|bring|deliver|open|price-match|match|reduce|lower|discount|ship|send)',
      ],
      in: 'customer',
      weight: 3,
      label: 'customer asks for something special',
    },
    {
      patterns: [
        '(can|could|may) i ~2 (swap|exchange|transfer|move|cancel|return|extend|upgrade|postpone|reschedule|defer|bring|use|change|pause|freeze|split)',
        '(am i|are we|is it|are pets|are dogs|are children|are kids) ~1 (allowed|permitted|ok|okay) to',
        '(want|would like|need|demand|expect) (a|my|our|the|full) ?(full) (refund|money back)',
        '(can|could|may) (i|we) (pay|bring|smoke|park|stay|take|keep|skip|split|pause|freeze)',
      ],
      in: 'customer',
      weight: 2,
      label: 'customer asks to change something',
    },
    {
      patterns: [
        '(discuss|negotiate|lower|reduce|waive) ~3 (rate|interest|fee|fees|price|charge|penalty)',
        '(i bought|bought|buy) ~4 (myself|elsewhere|online|second-hand|secondhand|abroad)',
        '(cancel|terminate|end) ~3 (contract|subscription|membership|plan|agreement|booking)',
      ],
      in: 'customer',
      weight: 1,
      label: 'customer wants to cancel or bring their own',
    },
  ],
  templates: [
    {
      id: 'default',
      parts: [
        '{greeting}',
        {
          text: "As much as I'd like to help, we can't do it this time, because [reason].",
          skipIf: [
            "as much as (i'd|i would|we'd|we would) like",
            "(because|since|as otherwise|so that|that's how|that is how|which means|would mean)",
          ],
        },
        '{body}',
        {
          text: 'What I can do instead is [alternative] – would that work for you?',
          skipIf: [
            '(instead|alternatively|alternative)',
            '(i|we) (can|could) ~3 (offer|suggest|arrange|give|move|book|do)',
            "(i'd|i would|we'd|we would) be (happy|glad|delighted) to",
            'here is what i can do',
          ],
        },
        '{closing}',
      ],
    },
  ],
} satisfies RulePack;
