import type { RulePack } from '../../types';
import { APOLOGY } from './shared';

// Third parties an agent pushes the blame on.
const PARTIES =
  "(manufactur*|courier*|airport*|supplier*|carrier*|developer*|retailer*|landlord*|insurer*|vendor*|airline*|partner*|postal|factory|bank|bank's|banks|hotel*|provider*|installer*|contractor*|seller*|dealer*|brand)";

/**
 * English pack for something wrong with a product or service (practice, scenario 5): empathy first, explain
 * what happened, offer 2–3 options; never push the blame onto the manufacturer, courier or customer.
 */
export const complaint = {
  id: 'en.complaint',
  language: 'en',
  scenario: 'complaint',
  version: 1,
  name: 'English: something is wrong',
  description:
    'No apology to a complaint, blaming the manufacturer or courier, "contact them directly", and brushing the problem off as nothing.',
  rules: [
    {
      id: 'missing-apology',
      kind: 'missing',
      scenarios: ['complaint', 'angry_customer'],
      patterns: [
        ...APOLOGY,
        'not (the experience|what you|good enough|acceptable|okay|ok|how we|the service|the standard)',
        '(terrible|awful|frustrating|disappointing|annoying|unfortunate|upsetting|horrible|unpleasant) ~2 (that|this|to hear|for you)',
        '(understand|understandable|can imagine|must be) ~3 (frustrat*|upset*|disappoint*|annoy*|how|stress*|worr*)',
        '(let you down|let down)',
        'the last thing you (need|needed|want|wanted)',
      ],
      message:
        'The customer has a problem and hears no "sorry". Start with empathy: "I\'m very sorry – it\'s terrible that this happened to you."',
      source: 'practice: scenario 5 complaint ("empathy first") and scenario 7 angry customer step 1 (seed 002)',
      weight: 7,
      dimension: 'warmth',
      examples: {
        fires: [
          'The router was configured properly on Thursday.',
          'Please send us a photo of the damaged box.',
          'Your refund will be processed within 14 days.',
        ],
        silent: [
          "I'm so sorry the sofa arrived scratched – that's not what you should get from us.",
          'Please accept our apologies for the delay with your order.',
          "That was our mistake, and I've already sent a new charger.",
          'Our mistake – the label was printed with your old address, and a new parcel goes out today.',
          "We let you down on this order, and I've sent a replacement today.",
          "This shouldn't have happened, and I've refunded the delivery fee.",
          'Please forgive us for the mix-up with your booking.',
          "How awful for you – I've booked an engineer for first thing tomorrow.",
          'I can imagine how annoying it is to wait in all day for nothing.',
          'A broken boiler in December is the last thing you need.',
        ],
      },
    },
    {
      id: 'blame-third-party',
      patterns: [
        `${PARTIES} (problem|problems|issue|issues|fault|faults|responsibility|matter|job|business|concern|error|mistake|side)`,
        `(blame|fault of|responsibility of|problem of|issue of|problem is with|issue is with|fault lies with|fault is with) ~1 ${PARTIES}`,
        `${PARTIES} ~2 not (us|me|we|our|ours)`,
        "(their|they're|they are) ~1 (problem|fault|responsibility|to blame)",
        `${PARTIES} (is|are) ~1 (responsible|liable|to blame|at fault|accountable)`,
        `(that's|it's|that is|it is|this is) (down to|up to|on|for) (the|your|their) ~1 ${PARTIES}`,
        '(blame|fault of|problem of) (the|your|their) ~2 (company|firm|service|people|team|guys|shop|store|post|weather)',
      ],
      unless: [
        "(i've|i have|we've|we have|i'll|i will|we'll|we will|let me|i'm|we're|i am|we are) ~4 (contact*|report*|rais*|sort*|fix*|resolv*|chas*|escalat*|look*|claim*|handl*|deal*|tak*|follow*|replac*|refund*|send*|arrang*|book*|repair*|cover*)",
        "(i've|i have|we've|we have|i'll|i will|we'll|we will|let me|i'm|we're|i am|we are) ~4 (check*|ask*|speak*|talk*|call*|email*|phon*|ring*|collect*|credit*|compensat*|reimburs*|pay|paid)",
      ],
      message:
        'Blaming the manufacturer, courier or airport leaves the customer with nowhere to go. Whoever caused it, own it and take care of it for them.',
      source:
        'practice: Principles ("it\'s not my fault") and scenario 7 angry customer — take responsibility whoever\'s fault it was (seed 002)',
      weight: 8,
      dimension: 'ownership',
      examples: {
        fires: [
          "It's a [[manufacturer issue, not ours]].",
          "That's the [[courier's problem]].",
          'Card refunds are processed by the [[bank, not us]].',
          '[[Blame the delivery company]] for that.',
          'The [[fault lies with the courier]].',
          "The supplier sent the wrong part, so it's [[their fault]].",
          'The [[airline is responsible]] for lost luggage.',
          "[[That's down to the courier]].",
        ],
        silent: [
          "I've contacted the courier about the delay and they will deliver tomorrow.",
          'The manufacturer fixes faults like this under warranty, and I have arranged the collection for you.',
          'The fault was ours, and I am sorry.',
        ],
      },
    },
    {
      id: 'contact-directly',
      patterns: [
        '(contact|call|ring|email|e-mail|phone|ask|write to|speak to|talk to|complain to|reach out to|get in touch with|go to|message|visit) ~3 directly',
        'take (it|this|that|the matter|the issue|the problem|that one) up with',
        '(contact|call|ring|email|e-mail|phone|chase|ask|speak to|talk to|complain to|write to|reach out to|get in touch with) ~3 (yourself|themselves)',
        `^ ?(please|just|simply) (contact|call|ring|ask|email|phone|try) (your|the) ${PARTIES}`,
        `(you'll|you'd|you|will) (need|have|better) to (contact|call|ring|ask|complain|write|claim|speak|talk|go|take|email|message) ~3 ${PARTIES}`,
        `(contact|call|ring|ask|speak to|talk to|complain to|write to|claim from) (the|your) ${PARTIES} ~1 (yourself|instead|themselves)`,
        // Making the customer tell the story again (practice, scenario 3).
        'and (provide|give|repeat|explain|quote|resubmit|re-send|resend) (your|the|all|all your) ~2 (details|information|info|story|reference|case|problem|issue|documents) (again|once more|all over again|from scratch)',
      ],
      unless: [
        "(i'll|we'll|i've|we've|i|we|me|i'm|we're) ~3 (contact*|call*|email*|e-mail*|speak*|talk*|get|reach*|rais*|chas*|follow*|ask*|writ*|message*|ring*|phon*)",
        'on your behalf',
        '(me|us|my|myself) ~1 directly',
        "(no need|don't need|do not need|won't need|won't have|don't have|needn't) to",
      ],
      message:
        '"Contact them directly" dumps the problem back on the customer. Contact them yourself on the customer\'s behalf, or make the hand-over easy and say what happens next.',
      source:
        'practice: scenario 3 transfer (never make the customer start again) and scenario 5 complaint — offer a solution (seed 002)',
      weight: 6,
      dimension: 'ownership',
      examples: {
        fires: [
          '[[Contact Samsung directly]] about the screen.',
          'You will need to [[take it up with]] the landlord.',
          "[[You'll have to contact the courier]] about the missing parcel.",
          'Please [[chase the insurer yourself]].',
          '[[Just ring your bank]].',
          'Please [[contact our claims team directly]].',
          'You can [[claim from your insurer instead]].',
          'Please ring the lettings office [[and explain the problem again]].',
        ],
        silent: [
          "I've contacted the manufacturer directly on your behalf and will update you on Friday.",
          'You can reach me directly on this number if anything else comes up.',
          "I'll call the courier directly and ask them to redeliver tomorrow.",
          "You don't need to contact the courier yourself.",
          "I've sent the surveyor your case, so you won't need to call and explain the problem again.",
        ],
      },
    },
    {
      id: 'minimising',
      patterns: [
        "(it'll|it will|that'll|that will|you'll|you will|everything will|everything'll) ~1 be (fine|ok|okay|alright|all right)",
        '(not|no|hardly) ~1 (a big deal|big deal|the end of the world|a disaster|a drama)',
        '(these|such|those) things happen',
        '^ it happens $',
        '(happens|happen|it happens) (all the time|sometimes|a lot|to everyone|quite often|with every|with all|with any|to every|to all|everywhere)',
        'just (stick|put|glue|tape|plug|screw|clip|push|press|pop|slot) (it|them|this|that) back',
        '(stop|no need for) (complaining|the drama|making a fuss)',
        "(don't|do not) (make a fuss|overreact|exaggerate)",
        '(only|just) a (small|tiny|minor|little) (scratch|dent|mark|crack|delay|issue|problem|fault|thing)',
        "(it's|it has|it is|has|it's|that's) (only|just) been ~2 (minutes|minute|hour|hours|day|days|week|weeks)",
        '(things|it|we|everyone|everybody) (get|gets|got) (busy|hectic|crazy|mad|chaotic)',
        '^ oh well $',
        "(there's|there is|there was) nothing wrong with (it|the|your|them)",
        '(works|working|worked|runs|running) (fine|perfectly|normally|ok|okay|as it should) (on|at|for|from) (our|my|us|me) ?(end|side)',
        "(hour|hours|minutes|minute|day|days|week|weeks|wait|delay|mark|scratch|dent|difference|amount) ~2 (isn't|is not|wasn't|was not|aren't|are not|not) (that|so|very|too|really) (long|bad|big|serious|noticeable|late)",
        "(isn't|wasn't|aren't|is not|won't be|will not be|it's not|that's not) ~1 (a big deal|the end of the world|a disaster|a drama|a catastrophe)",
        '(was|is|only|just|merely|fairly|pretty|quite|relatively|really) ?(a|an) (minor|slight|trivial) (inconvenience|hiccup|blip|annoyance|niggle)',
        "(is|are|was|it's|that's|looks) (fairly|pretty|quite|relatively|very|really|only) (minor|trivial|insignificant)",
        '(hardly|barely|scarcely) ~1 (noticeable|notice|visible)',
        "(it was|it's|it is|that's|that was|it'll be|it's been) (only|just|merely) ~2 (day|days|hour|hours|minute|minutes|week|weeks|night|nights)",
      ],
      unless: [
        "(i'll|i will|we'll|we will|i've|i have|we've|we have|our (technician|engineer|team)) ~4 (replac*|repair*|fix*|send*|come|visit*|refund*|cover*|sort*|book*|arrang*|mov*|chang*|updat*|extend*|add*|credit*|cancel*|rebook*|reschedul*)",
      ],
      message:
        'Brushing the problem off ("it\'ll be fine", "these things happen") tells the customer their problem doesn\'t matter. Acknowledge it, explain what happened, and offer a real fix.',
      source: 'practice: scenario 5 complaint — empathy, explain what happened, offer options (seed 002)',
      weight: 5,
      dimension: 'warmth',
      examples: {
        fires: [
          '[[Just plug it back]] in, [[it will be fine]].',
          "It's [[only a small scratch]], [[not a big deal]].",
          '[[These things happen]] with new boilers.',
          "Chill, [[it's only been 20 minutes]].",
          '[[Oh well]], [[things get busy]].',
          '[[It happens]], parcels get delayed.',
          'This [[happens all the time]] with new phones.',
          'Power cuts [[happen with every]] supplier.',
          "There's [[no need for the drama]], it's one late parcel.",
          "[[Don't overreact]], it's a tiny mark.",
          "[[There's nothing wrong with it]], the heater is brand new.",
          "It's [[working fine on our end]].",
          "A two-day [[wait isn't that long]] over a bank holiday.",
          "Being late once [[isn't the end of the world]].",
          'It [[was a minor inconvenience]].',
          'The crack [[is fairly minor]].',
          'The stain will [[hardly be noticeable]].',
          '[[It was only two hours]] without power.',
        ],
        silent: [
          "Our engineer will replace the valve on Tuesday, so it'll be fine for the weekend.",
          "I'm sorry the door sensor fell off – I'll send a technician to refit it with a stronger mount.",
          'The scratch should not have happened, and I can offer a replacement or a partial refund.',
          'Delays like this happen with every courier, and I have booked a free redelivery for tomorrow.',
        ],
      },
    },
    {
      id: 'shrug-off',
      patterns: [
        "(it's|it is|that's|that is|they're|they are) (just|only|merely) (a|an|some)",
        "^ but at least (you|you've|you're|it|it's|they|there)",
        '(delay|wait|late|lateness|minutes|hour|hours) ~6 within (our|the) (normal|usual|standard|expected|acceptable)',
        "(will|they'll|he'll|she'll|you'll|we'll) ~1 get over it",
        "^ (it's|it is|they're|they are|that's) (only|merely) ~2 (and|so) ~3 (other|another|plenty|more|lots|loads|several|many|two|three|four|five)",
      ],
      unless: [
        '(just|only) (a|an|some) ~2 (case|matter|question|formality|precaution|quick|few|couple|short|small|minute|second|click|step|reset|form|moment|one-off|temporary|simple|routine)',
        '(just|only) (a|an|some) ~2 (check|reminder|note|guide|estimate|sample|preview|display|pre-authorisation|hold)',
        "(i've|i have|i'll|i will|we'll|we will|we've|we have) ~4 (replac*|repair*|fix*|send*|sent|refund*|cover*|sort*|book*|arrang*|credit*)",
        'only (available|possible|valid|open|sold|offered|stocked|made|for|in|on|by|until|from|after|when|if|takes|costs|needs)',
      ],
      message:
        'Shrugging the problem off ("it\'s just a table", "but at least you have…", "within our normal window") tells the customer their disappointment does not count. Acknowledge what it means to them and offer a real fix.',
      source:
        'practice: scenario 5 complaint — empathy first, explain, offer options; scenario 7 — end on a good emotion (seed 002)',
      weight: 6,
      dimension: 'warmth',
      examples: {
        fires: [
          "Come on, [[it's just a]] lamp.",
          "[[They're only some]] cushions, really.",
          "The sofa is late, [[but at least you've]] still got the old one.",
          'A 20-minute [[delay is within our normal]] range.',
          'The kids [[will soon get over it]].',
          "[[They're only cushions, and there are loads more]] in the shop.",
        ],
        silent: [
          "It's just a quick form, and I've filled in most of it for you.",
          "It's only a precaution, so there's nothing you need to do.",
          "It's just a reminder – your payment went through fine.",
          "It's just a lamp to you maybe, but I know it was a gift – I've sent a replacement today.",
          "It's only sold online, and there are two other stockists near you.",
        ],
      },
    },
  ],
  cues: [
    {
      patterns: [
        '(charged|billed|took|debited) ~5 (instead of|rather than)',
        '(keeps|kept|keep) (crashing|freezing|failing|dropping|disconnecting|logging|breaking|leaking|tripping)',
      ],
      in: 'customer',
      weight: 4,
      label: 'customer reports a wrong charge or a recurring fault',
    },
    {
      patterns: [
        '(broken|broke|damaged|defect*|faulty|fault|cracked|crack|scratched|scratch|dented|leaking|leaks|leak|torn|ripped|smashed|shattered|stained|mould*|mold*|rotten|spoiled|melted)',
        '(dead pixel|missing part|missing parts|wrong item|wrong size|wrong colour|wrong color|wrong order|wrong product|wrong one)',
        '(is|are|was|were|went|goes|gone) missing',
        'missing (the|a|an|my|some|one|two|parts|items|pieces|part|item|piece|screws|cable|charger|lid|button|page|pages)',
        '(dirty|filthy|unclean|smelly|stinks|cockroach*|mice|insects|bedbugs|hair in|undercooked|raw|stale|inedible)',
        '(arrived|came|turned up|showed up|delivered|was|were) ~3 (cold|late|wet|open|opened|empty|dirty|damaged|broken|crushed|squashed|leaking|spoilt|incomplete)',
        '(hours|days|weeks|minutes|hour|day|week) late',
        "(didn't|did not|never|hasn't|has not|haven't|have not|wasn't|weren't|nobody|no one) ~2 (come|came|show|showed|turn|turned|appear*|arriv*|call*|answer*|repl*|respond*|ring*|pick*|collect*|deliver*|fix*|repair*|refund*)",
        '(no|not any|without) (hot water|heating|power|electricity|signal|internet|connection|service|water|wifi|wi-fi|gas|reception|sound|picture|dial tone|network|coverage)',
        'wrong (name|address|date|time|amount|price|item|size|colour|color|order|product|one|model)',
        'wrong (part|bill|invoice|charge|room|seat|ticket|dish|meal|parcel|delivery|tariff|number|reading)',
        '(i|we) (lost|have lost|have just lost) (my|our|all)',
        '(logged|kicked|locked|thrown|signed) ~1 out',
        '(crashed|crashes|crashing|froze|freezes|freezing|glitch*|bug|buggy|error message)',
        '(burning|burnt|burned|strange|weird|funny|odd|bad|awful|horrible|loud) (smell|noise|sound|taste|odour|odor)',
        '(smells|stinks|smelt|smelled|tastes) ~2 (bad|off|burnt|strange|weird|awful|funny)',
        '(flat|punctured|puncture|dead|drained) (tyre|tire|tyres|tires|battery)',
      ],
      in: 'customer',
      weight: 4,
      label: 'customer reports a service failure',
    },
    {
      patterns: [
        "(has|have|had|with|there's|there is|got) (a|an) (tear|hole|rip|stain|chip|dent|mark|crack|scratch|gap|leak|bug|fault|defect)",
        "(doesn't|won't|isn't|stopped|not|never|didn't|hasn't|haven't|cannot|can't) ~2 (work*|start*|charg*|connect*|load*|open*|clos*|print*|heat*|cool*|arriv*|deliver*|fit|fits|hold|holds|stick|sticks)",
        "(doesn't|won't|stopped|not|never|didn't|hasn't|haven't|cannot|can't) ~2 (respond*|boot*|sync*|switch*|pair*|log*|sign*|flush*|drain*|lock*|unlock*|play*|scan*|send*|receiv*|show*|display*|recogni*|detect*|accept*)",
        '(doubled|tripled|went up|gone up|go up|goes up|jumped|shot up|soared|skyrocketed|rose|risen|increased|hiked) <~3> (bill|price|charge|tariff|premium|fee|rate|payment|invoice|cost|subscription|rent)',
        '(lines|line|spots|stripes|dots|pixels|flickering|flicker) (on|across) (the|my) (screen|display|picture|monitor)',
        '(stopped|stops|quit) (sucking|spinning|pumping|running|ringing|blowing|washing|drying|cooking|printing|scanning|flushing|heating|cooling|charging|working|responding|loading)',
        '(bent|warped|wobbly|buckled|loose|snapped|split|peeling|faded|shrunk|shrank)',
        "(power's|power|electricity|water|water's|heating|gas|internet|internet's|wifi|wi-fi|signal|lights|phone|line|tv) ~2 (off|out|down|gone|cut|dead)",
        '(taking|takes|took|take) (so|too|this|that|forever|ages) ?(long|much)',
        '(declined|rejected|refused|bounced|blocked) ~4 (but|even though|although|though)',
        "(told|promised|said|assured) ~3 (you'd|you'll|someone'd|they'd) ~2 (call|ring|email|get|reply|contact|come|fix|send|refund)",
        '(ruined|soaked|drenched|destroyed|wrecked|unusable|unwearable|inedible|mouldy|moldy|expired)',
        "(says|shows|marked|status|tracking|tracker) ~3 delivered ~3 (but|yet|though|never|not|don't|haven't|didn't)",
        "(never|didn't|did not|haven't|have not|not yet) ~1 (received|got|gotten|arrived)",
        "(doesn't|won't|isn't|not|never) ~2 (turn|switch) on",
        '(fell|fallen|falling|came|come|coming|comes|keeps) (off|apart|loose)',
        '(fell|fallen|falling) out',
        '(rattl*|squeak*|grind*|buzz*|beep*|overheat*|flicker*|crash*|freez*|froze|frozen|keeps|kept) ',
        '(charged twice|double charge|double-charged|charged me twice|overcharged|charged me ~2 (wrong|twice|too much|again)|incorrect (bill|invoice|charge)|fine even though|fined)',
        "(still|yet) ~3 (not|no|hasn't|haven't|isn't|doesn't|waiting|broken|missing|wrong)",
      ],
      in: 'customer',
      weight: 4,
      label: 'customer reports a fault',
    },
    {
      patterns: [
        "(not happy|unhappy|disappointed|dissatisfied|not satisfied|complain*|complaint|poor|problem|issue|went wrong|what's wrong|error|bug|glitch|wrong|incorrect|mistake)",
        '(by itself|on its own|again|twice|second time|third time)',
        '(as|was|were) (booked|promised|agreed|arranged|scheduled|ordered|advertised)',
      ],
      in: 'customer',
      weight: 2,
      label: 'customer is unhappy',
    },
    {
      patterns: APOLOGY,
      in: 'draft',
      weight: 2,
      label: 'draft apologises',
    },
    {
      patterns: ['(replacement|repair|refund|courtesy|free of charge|re-deliver|redeliver|re-send|resend|warranty)'],
      in: 'draft',
      weight: 1,
      label: 'draft offers a fix',
    },
  ],
  templates: [
    {
      id: 'default',
      parts: [
        '{greeting}',
        {
          text: "I'm really sorry about this – it shouldn't have happened.",
          skipIf: APOLOGY,
        },
        '{body}',
        {
          text: "I'll look into how to put this right and get back to you by [day].",
          plain: "I'll look into how to put this right and get back to you as soon as I can.",
          skipIf: [
            "(i've|i have|we've|we have) (booked|arranged|sent|refunded|credited|ordered|replaced|scheduled|cancelled|fixed|covered|added|escalated)",
            "(we'll|we will|i'll|i will) (cover|replace|refund|repair|send|book|arrange|credit|fix|waive|reimburse|collect|exchange)",
            '(i|we) (can|could) ~3 (offer|send|replace|refund|repair|book|arrange|credit)',
            '(free of charge|courtesy|replacement|discount|voucher|goodwill|compensation)',
            '(rebook*|re-book*|reschedul*|rearrang*|reissu*|redeliver*|re-deliver*|resend*|re-send*|resent)',
          ],
        },
        '{closing}',
      ],
    },
  ],
} satisfies RulePack;
