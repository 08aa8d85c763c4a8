import type { RulePack } from '../../types';
import { FOLLOW_UP } from './shared';

/**
 * English pack for "you don't know the answer" (practice, scenario 1): a bare "no idea" or "I'm new here"
 * tells the customer nobody will look; repeat the question, promise to find out, and say when.
 */
export const unknownAnswer = {
  id: 'en.unknown_answer',
  language: 'en',
  scenario: 'unknown_answer',
  version: 1,
  name: "English: you don't know the answer",
  description:
    'Bare "I don\'t know", "no idea", "I\'m new here" and "ask someone else", unless the reply promises to find out.',
  rules: [
    {
      id: 'bare-dont-know',
      patterns: [
        "(i|we) ?(honestly|really|just|simply|actually|genuinely|truly|unfortunately|currently|still) (don't|do not|dont) know",
        '(i|we) (have|had|got) ?(absolutely|really|honestly) no (idea|clue)',
        "(i|we) (don't|do not|dont) (really|honestly|actually|exactly|even|quite) know",
        "(i|we) (can't|cannot|can not|couldn't|could not) (say|tell) $",
        "(i've|we've|i'd|we'd) ?(got|have) ?(absolutely|really) no (idea|clue)",
        '^ ?(absolutely|honestly|really) no (idea|clue)',
        "(i|we) (haven't|have not|don't have|do not have|dont have) ~3 (idea|clue)",
        '(nobody|no one|noone|none of us) (knows|can say|can tell|has any idea)',
        '^ who knows',
        "(dunno|idk|no clue|beats me|haven't the foggiest|not the foggiest|no earthly idea|not the faintest)",
        '^ not a clue',
        "(i|we) (wouldn't|would not) know",
        "?(i|we) (couldn't|could not|can't|cannot) (tell you|answer that|answer this|answer your question|help with that question)",
        "(i|we|i've|we've) (have|got) no (information|info|details|data) (on|about) (that|this|it) ?(yet|now|right now|at the moment|so far)",
        'your guess is as good as mine',
        // Not "I can't say when …": the replacement would take the "when" with it.
        "(i|we) (can't|cannot|can not) (say|tell) ?(you) ?(for|with) (sure|certain|certainty|exactly|precisely|yet)",
        "(i'm|i am|we're|we are) ?(really|honestly|just) not ?(really|entirely|totally|quite|100) sure",
        '^ ?(honestly|really|just|sorry) not ?(really|entirely|totally|quite|100) (sure|certain) $',
        '^ ?(honestly|really|just|sorry) not ?(really|entirely|totally|quite|100) (sure|certain) ~3 (to be honest|tbh|honestly|sorry|mate|really|either)',
        "(i|we) (don't|do not|dont) have (that|this|the|any|an) ~1 (information|info|answer|answers|details|data) ?(to hand|on hand|at hand|in front of me|yet|right now|at the moment|just now)",
      ],
      unless: [
        ...FOLLOW_UP,
        '(tell you|say) how (sorry|much|grateful|glad|pleased|happy)',
        // Asking what the customer means is not a bare "don't know".
        "(sure|certain) ~2 (you mean|you meant|you're asking|you are asking|i follow)",
        // "I don't know yet whether …, because it depends on …": the reason is the answer so far.
        'know yet (whether|if) ~6 (needs|need|requires|require|depends|depend|because|since)',
        '(because|as|since) ?(it|that|this|the answer) (depends|hinges|relies) on',
        // "… our events manager, who knows which dates are free" is a relative clause, not a shrug.
        '(manager|team|colleague|specialist|expert|adviser|advisor|engineer|planner|coordinator|officer|technician|pharmacist|doctor|nurse|vet|someone|somebody|person|lead|head) ~3 who knows',
      ],
      message:
        'A bare "I don\'t know" shows you are not interested in finding the answer. Customers don\'t expect perfection, they expect persistence: say you will find out, and when.',
      source: 'practice: scenario 1 unknown answer ("Ma ei tea", seed 002)',
      replacement: "that's a very good question – let me find out for you right away",
      weight: 6,
      dimension: 'ownership',
      examples: {
        fires: [
          "Sorry, [[I really don't know]].",
          'Honestly, [[I have no idea]] whether the policy covers that.',
          "[[We don't know]] when the engineer will be free.",
          "[[I'm not sure]] if the charger fits that model.",
          "[[I don't even know]] which warehouse it's in.",
          "Sorry, [[I can't say]].",
          "[[I've got no idea]] why the payment was declined.",
          "[[Honestly no idea]], the tracking hasn't moved since Monday.",
          "[[I haven't got a clue]] where the parcel is.",
          '[[Nobody knows]] when the road will reopen.',
          "[[Who knows]] when they'll restock.",
          "[[Dunno]], the system doesn't show it.",
          '[[idk]] tbh.',
          '[[Not a clue]] where it went, sorry.',
          "[[I wouldn't know]], the warehouse handles that.",
          "[[I couldn't tell you]] why the price went up.",
          '[[We have no information on that yet]].',
          '[[Your guess is as good as mine]].',
          "[[I can't say for sure]] whether the fee applies.",
          '[[Honestly, not 100% sure]].',
          '[[Not really sure tbh]].',
          '[[Not sure about Sundays, to be honest]].',
          "[[I don't have that information to hand]].",
        ],
        silent: [
          "We don't know the delivery slot yet, but I'll find out and text you by Thursday.",
          'Let me know if you need anything else.',
          "If you don't know your PIN, I can reset it for you.",
          "I'm not sure off the top of my head, so let me check with our technicians and call you back today.",
          "I don't know the exact date yet, but you'll get an email from us the moment it's booked.",
          "I'm not sure which depot has it, so I'll message you as soon as I hear back.",
          "I can't tell you how sorry I am about the mix-up.",
          "I'm not sure what you mean by the second charge – could you send me a screenshot?",
          "I don't know yet if the frame needs a new hinge: the technician has to open it first.",
          "I'm not sure which day it will be, as it depends on the courier's route.",
          'Our wedding planner Jo, who knows the venue well, can suggest what fits the tables.',
        ],
        corrections: [
          {
            before: "I don't know when the engineer will be free.",
            after: "That's a very good question – let me find out for you right away when the engineer will be free.",
          },
          {
            before: 'Honestly, I have no idea whether the policy covers that.',
            after:
              "Honestly, that's a very good question – let me find out for you right away whether the policy covers that.",
          },
          {
            before: "Sorry, I'm not sure if the charger fits that model.",
            after:
              "Sorry, that's a very good question – let me find out for you right away if the charger fits that model.",
          },
        ],
      },
    },
    {
      id: 'no-information',
      patterns: [
        "^ (don't|dont|do not) know $",
        "(i|we|i've|we've) (have|got|hold) no (information|info|details|data|visibility|update|updates) (on|about|of|regarding|for)",
        '(unable|not able|not in a position|not allowed|not permitted) to (advise|comment|confirm|give advice|offer advice|provide advice|give guidance)',
        "(can't|cannot|can not|don't|do not) (advise|give advice|offer advice|provide advice|give guidance|comment) (on|about|regarding) (that|this|it|the|those|these|such|any|individual|specific|your|whether)",
        "(i|we) (can't|cannot|can not|don't|do not) see (a|any|the) ~2 (date|decision|update|information|details|reason|time|status|note|timeline|outcome)",
        "(not|isn't) (something|anything) (i|we) (know|know about|have information on|can tell you|can answer|can say)",
        "(i|we) (don't have|do not have|dont have|haven't got|have not got|haven't had|have not had) (a|any) (date|eta|timeframe|timescale|timeline|estimate|update)",
      ],
      unless: [...FOLLOW_UP, '(but|however|because|since|although|though)'],
      message:
        '"We have no information on that" or "we can\'t advise on that" closes the question without an answer. Say what you do know, find out the rest, and say when the customer will hear back.',
      source: 'practice: scenario 1 unknown answer — "let me find out for you right away", and say when (seed 002)',
      weight: 6,
      dimension: 'ownership',
      examples: {
        fires: [
          "[[Don't know]], sorry.",
          '[[We have no information about]] the new tariffs.',
          "We're [[not able to advise]] on tax matters.",
          "We [[can't give advice on whether]] it is safe.",
          "[[I can't see a delivery date]] on the system.",
          "That's [[not something we know]].",
          "[[We haven't got a timescale]] for the upgrade.",
        ],
        silent: [
          "I can't see a delivery date yet, so I'll chase the warehouse and email you by Friday.",
          "We can't give medical advice, but your pharmacist can check it with you today.",
          'I have no information on that yet, but I will find out and call you tomorrow.',
          "I don't know if you saw our email, but the parcel is out for delivery.",
          "I can't see a decision date yet; you'll get an email update from us the moment it's set.",
          'We have no update on the repair, and I will email you as soon as we hear from the workshop.',
          "We're not able to comment on the claim because it's with the insurer, who'll reply by Monday.",
          "We don't have a date from the supplier yet, but I'll email you as soon as we hear.",
        ],
      },
    },
    {
      id: 'im-new',
      patterns: [
        "(i'm|i am|im) ~2 new (here|to|on|in|at|myself)",
        "(i'm|i am|im) ~2 new $",
        "(this is|it's|its|it is) ~1 my first (day|week|shift|month)",
        "(i|i've|i have) ~1 (only|just) (started|joined) ~3 (here|week|today|monday|yesterday|month|job|team|company)",
        "(i'm|i am) ~1 ?(a|only|just) (trainee|temp|new starter|new hire)",
      ],
      unless: FOLLOW_UP,
      message:
        '"I\'m new here" doesn\'t help the customer and makes them doubt the answer. You can still own the question: say you will find out for them, and when.',
      source: 'practice: scenario 1 unknown answer ("ma olen alles uus inimene", seed 002)',
      weight: 5,
      dimension: 'ownership',
      examples: {
        fires: [
          "Sorry, [[I'm new here]].",
          "[[It's my first week]], so I can't help with roaming charges.",
          "[[I only started last month]] and don't really know the loyalty scheme.",
          "Sorry, [[I'm quite new]].",
          "[[I'm only a trainee]], so I can't see refunds.",
        ],
        silent: [
          "I'm new to this product line too, so let me check with our specialists and reply by 3 pm.",
          "I'm sending you a new card today.",
          'The new model is in stock from Monday.',
          "I'm new here, so I'll find out from my team lead and call you back.",
          "It's my first week, but I'll get back to you with the answer today.",
          "I only started on Monday, so you'll get a reply from my supervisor within the hour.",
          "I'm still new to the loyalty scheme, so I'll confirm your points balance as soon as I know.",
        ],
      },
    },
    {
      id: 'ask-someone-else',
      patterns: [
        '(ask|try|contact|call|email|e-mail|phone|ring|check with|speak to|talk to) ~2 (someone|somebody|anyone|anybody|someplace|somewhere) else',
        '(ask|try|check with|contact|call|phone|ring|speak to|talk to) ~1 (another|a different|other) (colleague|agent|person|department|branch|store|shop|office|team|advisor|adviser)',
        '(ask|try) (the|your) (shop|store|branch|office|dealer|seller) ~2 (instead|maybe|perhaps)',
      ],
      unless: [
        "(i'll|i will|let me|i've|i have|we'll|we will|i can|we can|i'm|we're) ~2 (ask|contact|call|check|speak|talk|email|ring|phone|pass|forward)",
        '(reserve*|in stock|available|set aside|put aside|hold one|held)',
      ],
      message:
        '"Ask someone else" sends the customer away to start again. Find the answer yourself, or pass the question to the right colleague with the details.',
      source:
        'practice: scenario 1 unknown answer and scenario 3 transfer (seed 002); being bounced between departments (seed 004)',
      weight: 7,
      dimension: 'ownership',
      examples: {
        fires: [
          'Not sure, [[ask someone else]].',
          "You'd better [[ask somebody else]] at the branch.",
          '[[Try another department]], they might know.',
          '[[Try the shop instead]], they sold it to you.',
        ],
        silent: [
          "I'll ask a colleague in our billing team and get back to you today.",
          'Is there anything else I can help with?',
          'Someone else on your account can also sign for the parcel.',
          'If you need it today, try another branch – the Kings Road store has two in stock.',
        ],
      },
    },
    {
      id: 'guessing',
      patterns: [
        "(i'd|i would|i'll|i will|i'm going to|i am going to|we'd|we would) ~1 (have to|need to|just|only be able to) guess",
        "(at a|my|our|best|wild|rough) guess ~2 (maybe|probably|around|about|it's|it is|would be|is|i'd say)",
        "(don't|do not) (quote|hold) me (on|to)",
      ],
      unless: FOLLOW_UP,
      message:
        'A guess sounds like an answer and may turn out wrong. Say you will check, and when you will come back with the exact answer.',
      source: 'practice: scenario 1 unknown answer — restate, find out, say when (seed 002)',
      weight: 5,
      dimension: 'clarity',
      examples: {
        fires: [
          "[[I'd have to guess]], maybe £300?",
          "[[At a guess, it's about]] two weeks, but [[don't quote me on]] that.",
        ],
        silent: [
          "I don't want to guess, so I'll check the exact excess and email you by 3 pm.",
          'Your excess is £300, as shown on page 2 of your policy.',
          "I'd have to guess, so let me find out the exact figure for you.",
          "At a guess it's about two weeks, but I'll get back to you today with the exact date.",
          "Don't quote me on the price yet – you'll get a written quote by email tomorrow.",
          "I'd only be able to guess right now, so I'll text you as soon as we know the delivery date.",
        ],
      },
    },
    {
      id: 'look-elsewhere',
      patterns: [
        '(maybe|perhaps|just|try|better|best|could|might) ~2 (try|ask|check|visit|look|go|call|contact|phone|ring|search) ~3 (supermarket*|chemist*|pharmac*|shop|shops|store|stores|site|sites|website|websites|company|seller|retailer|outlet|market|booking|internet|forum|forums|elsewhere)',
        '(get in touch with|reach out to|speak to|talk to|go to|get on to|take it to) (the|your|a) ~2 (company|leasing|manufacturer|maker|seller|retailer|vendor|insurer|landlord|council|provider|operator|agency|branch|airline|airport|courier|shop|store|dealer|garage|post|office|carrier)',
        '^ (look|check|search|see) (on|at|in) ~3 (site|website|web|internet|forum|forums|online)',
        '^ ?(maybe|just|please|perhaps) (try|ring|call|contact|ask|email|phone) (the|your) ~2 (office|helpline|hotline|desk|authority|ministry|agency|registry|department|council|line|number|team)',
        '^ (someone|somebody) else (does|handles|deals|covers|can|will) ?(it|that|this|those|them|with it|with that) $',
        '^ ?(just|so|then|please) (email|call|ring|phone|contact|message|ask|try) them $',
        "(that's|that is|this is|it's|it is|that'd be|that would be) (a|one) ~1 (question|matter|query) for (the|your|a|them|him|her|apple|google|microsoft|samsung|amazon|sony)",
        "(not|isn't) (a|an|our|my) ~2 matter $",
        "(you're|you are) (welcome|free) to (contact|submit|email|call|ring|write|raise|send|message|ask|apply|complain) ~4 (them|they|their|directly)",
      ],
      unless: [
        "(our|us|we'll|i'll|i've|we've|let me|for you|on your behalf|i can|we can|i will|we will)",
        '(if|in case|should you|anytime|any time|24)',
        '(because|since|who can|who will|who know|they can|they will|as they)',
      ],
      message:
        '"Try the supermarket" or "get in touch with the leasing company" leaves the customer to start again elsewhere. Find the answer or the alternative yourself, or hand over with the details.',
      source:
        'practice: scenario 1 unknown answer, scenario 2 product not available and scenario 3 transfer — never make the customer start again (seed 002)',
      weight: 6,
      dimension: 'ownership',
      examples: {
        fires: [
          "[[Ring the billing line]], they'll explain.",
          'All gone. [[Maybe try the supermarket]].',
          '[[Get in touch with the leasing company]], they own the vans.',
          'Not my problem, [[talk to the post office]].',
          "Couldn't tell you, [[look on the booking site]].",
          'Pensions are not my area. [[Try the pensions office]].',
          "I don't handle exams. [[Someone else does]].",
          'The airline lost it. [[Just email them]].',
          "[[That's a question for the]] landlord.",
          'Noise from next door is [[not a police matter]].',
          "[[You're welcome to write to them]] via the online form.",
        ],
        silent: [
          'You can also check the live status on our website at any time.',
          "I've spoken to the leasing company for you and they'll fix the light tomorrow.",
          'Someone else can collect the parcel if you give them the code.',
          "That's really a question for your GP, because they can see your full medical history.",
        ],
      },
    },
    {
      id: 'send-elsewhere',
      patterns: [
        '(ask|contact|call|ring|phone|email|e-mail|message|try|visit|google|check|search|look) ~2 (apple|samsung|google|microsoft|amazon|sony|huawei|xiaomi|lenovo|dell|manufactur*|maker|makers|brand|vendor*|developer*|reception|council)',
        "(you'll|you'd|you|will) ~2 (have|need|got|better|want) to (phone|call|ring|contact|email|visit|ask|go|write) ~3 (branch|office|reception|council|counter|desk|depot|them|someone)",
        '(maybe|perhaps|just|try|better|best) (ask|enquire|inquire|check) ~1 (at|with|in) ~1 (reception|desk|counter|branch|store|shop|pharmacy|office|them)',
        '^ ?(just|simply|maybe|perhaps|then|so|try) (google|search) ~1 (it|that|this|online|yourself|for it|the web|the internet) $',
        '^ (google|search) (it|that|this|online|for it) $',
        '(ask|check with|contact|call) (google|your search engine|the internet|chatgpt|reddit|a forum|the forums|the community)',
      ],
      unless: [
        "(i'll|i will|let me|i've|i have|we'll|we will|i can|we can|i'm|we're|i|we|i'd|we'd) ~3 (ask*|contact*|call*|check*|speak*|talk*|email*|e-mail*|ring*|phon*|pass*|forward*|message*|raise*|writ*|arrang*|book*)",
        '(on your behalf|for you)',
        '(message|contact|email|e-mail|call|ask|ring|phone|chat to|write to) (us|me)',
        '(our|my) ~2 (technician|technicians|engineer|engineers|team|colleague|colleagues|specialist|specialists|pharmacist|expert|experts|staff|manager|adviser|advisor) (will|can|shall|is going to|are going to)',
      ],
      message:
        '"Ask Apple" or "contact the manufacturer" sends the customer away to start again. Find out yourself, contact them on the customer\'s behalf, or hand over with the details so the customer need not repeat anything.',
      source:
        'practice: scenario 1 unknown answer and scenario 3 transfer — never make the customer start again (seed 002)',
      weight: 7,
      dimension: 'ownership',
      examples: {
        fires: [
          '[[Ask Apple]], they made the phone.',
          "[[Contact the manufacturer]] about the GPS, it's not something we handle.",
          'Honestly no clue. [[Maybe ask at reception]].',
          "[[You'll have to phone the branch]].",
          '[[Google it]].',
          '[[Check Google]] Maps.',
          '[[Ask the community]] forum, someone there will know.',
        ],
        silent: [
          "I've contacted the manufacturer on your behalf and will update you by Friday.",
          "I'll ask our pharmacist and call you back within the hour.",
          'Reception is open 24 hours, and I have already let them know you will arrive late.',
          'For anything else during your stay, just ask at reception or message us on this chat.',
          "Our engineer will check the maker's manual and reply by noon.",
        ],
      },
    },
  ],
  cues: [
    {
      patterns: [
        "(i|we) ?(honestly|really|just|simply|actually) (don't|do not|dont) know",
        'no (idea|clue)',
        "(i'm|i am) ~2 new (here|to|on|in|at)",
        '(dunno|beats me|nobody knows|no one knows)',
        "(i|we) (wouldn't|would not) know",
        "(i|we|i've|we've) (have|got) no (information|info|details|data)",
        '^ who knows $',
        "(haven't|have not|don't have) ~3 (idea|clue)",
        "(i|we) (couldn't|could not|can't|cannot|can not) (tell you|say|answer that|answer this|help with that question)",
        '(above|beyond) (my|our) pay ?grade',
        '^ ?(just|maybe|try) (google|search) (it|that|online)',
        "^ (couldn't|can't|cannot) (tell|say)",
        '(not a|no) clue',
        "(i'd|i would|i'll) ~1 (have to|just) guess",
        '^ how (would|should|could|am) (i|we) ~2 know',
      ],
      in: 'draft',
      weight: 6,
      label: "agent doesn't know",
    },
    {
      patterns: [
        '(good|great|excellent|fair|interesting) question',
        '(find|found|finding) out',
        "(don't|do not) want to guess",
        "(i'm|i am|we're|we are) not ~1 sure",
        '^ not ~1 (sure|certain)',
        "(i'm|i am|we're|we are) not ~1 (certain|positive|clear)",
        '(hard|difficult|impossible|tricky) to (say|tell)',
        '(it|that) (all )?depends',
        "(i|we) (don't|do not) have ~4 (answer|information|details|info|exact|figures|figure|data|status|result|results|update|confirmation|date) ~4 (hand|front|yet|moment)",
      ],
      in: 'draft',
      weight: 4,
      label: 'agent will find out',
    },
    {
      patterns: [
        "(i've|i have|we've|we have) (asked|contacted|checked with|emailed|messaged) ~4 (team|colleague|colleagues|specialist|specialists|experts|engineers|technicians|department|manager|supplier|manufacturer)",
        'let me (check|look into|ask|find|confirm|investigate)',
        "(i'll|i will) ~3 (check|ask|look into|confirm|investigate)",
      ],
      in: 'draft',
      weight: 2,
      label: 'agent checks',
    },
    {
      patterns: [
        '^ (does|do|will|would|is|are|can|could|should) ~6 (cover|covers|include|includes|work|fit|compatible|support|apply|affect|count|qualify|possible|allowed|need|require)',
        '(is it possible|is there a way|do you know|any idea|how long|how much longer|how soon|what happens if|what if)',
        '(will|would|does|do) ~4 (work with|fit|be compatible|compatible with|support|suit|be suitable|be right for)',
      ],
      in: 'customer',
      weight: 2,
      label: 'customer asks a question',
    },
    {
      patterns: ['^ (does|do|is|are|will|would|should|has|have|did)'],
      in: 'customer',
      weight: 1,
      label: 'customer question form',
    },
  ],
  templates: [
    {
      id: 'default',
      parts: [
        '{greeting}',
        '{body}',
        {
          text: "I'll find out and get back to you by [day].",
          plain: "I'll find out and get back to you as soon as I can.",
          skipIf: ['(good|great|excellent|fair) question', ...FOLLOW_UP],
        },
        '{closing}',
      ],
    },
  ],
} satisfies RulePack;
