import type { RulePack } from '../../types';
import { APOLOGY } from './shared';

/** Ways people show they understand how the customer feels. */
const EMPATHY: string[] = [
  '(understand*|understandabl*)',
  '(frustrat*|upset*|annoy*|stress*|disappoint*|infuriat*|maddening|unpleasant|awful|terrible|horrible|exhausting|worrying|worried|inconvenien*|nightmare|difficult|angry|anger|fed up)',
  '(right|entitled|fair|reasonable) to (be|feel|expect|ask|want)',
  '(patience|patient)',
  '(i|we) (hear|feel) (you|how|that|why|what|your)',
  '(can|could) ~1 imagine',
  '(completely|totally|absolutely|entirely) (right|fair|understandable|valid|justified)',
  '(feel|felt) the same',
  '(far|way|much) too long',
  "(not|isn't|wasn't) (good enough|acceptable|okay|ok|the experience|what you)",
];

/** Ways people take ownership: I will fix it, I have done it, it's on us. */
const OWNERSHIP: string[] = [
  "(i'll|i've|let me|me|i'm|i|we'll|we've|we) ~3 (sort*|fix*|resolv*|personally|escalat*|chas*|refund*|replac*|arrang*|book*|credit*|check*|look*|handl*|follow*|contact*|call*|send*)",
  "(i'll|i've|let me|me|i'm|i|we'll|we've|we) ~3 (sent|logg*|rais*|cover*|waiv*|compensat*|reimburs*|process*|approv*|prioritis*|prioritiz*|expedit*|help*|restor*|reconnect*|care|sure|ensure)",
  '(take|taking|takes|accept|accepting) ~1 ?(full) (responsibility|ownership)',
  "(was|is|it's|that's|all|totally|entirely|completely|been|clearly) (my|our) (fault|mistake|error|responsibility)",
  "(i'm|i am) your (contact|point of contact)",
  '(on us|our side|our end)',
];

/**
 * English pack for very angry customers (practice, scenario 7): apologise and own it, sympathise, then help.
 * Never "calm down", "shouting won't help", "it's your choice if you want to leave", or blame the customer.
 */
export const angryCustomer = {
  id: 'en.angry_customer',
  language: 'en',
  scenario: 'angry_customer',
  version: 1,
  name: 'English: very angry customer',
  description:
    '"Calm down", "shouting won\'t help", "leaving us is up to you", blaming the customer, and replies to an angry customer with no empathy or ownership.',
  rules: [
    {
      id: 'calm-down',
      patterns: [
        "?(please|just|pls|you need to|you have to|you should|try to|i need you to|i'd ask you to|can you|could you) (calm|settle|chill) (down|out|yourself)",
        '^ ?(just|please|pls|now) (relax|chill) $',
        '(take|have) a (deep breath|breath|breather|chill pill)',
        '(lower|watch|mind|moderate) your (voice|tone|language|words|manners)',
        '(please|just|try to|you need to|you have to|you should|you must) (stay|keep|remain) calm',
        "(please|just|so|then|you need to|you'll have to|you will have to|try to|you must|you should) be patient",
        '^ be patient',
        '^ ?(whoa|woah|now) (easy|steady|hold on|hold your horses) ?(now|there|tiger) $',
        '^ (easy|steady) (now|there|tiger) $',
        "(don't|do not) take (that|this) tone ?(with me|with us)",
      ],
      message:
        '"Calm down" makes an upset customer angrier: it says their feelings are the problem. Show you understand instead.',
      source: 'practice: scenario 7 angry customer — avoid "calm down" (seed 002)',
      replacement: 'I completely understand how frustrating this is',
      weight: 10,
      dimension: 'warmth',
      examples: {
        fires: [
          '[[Easy now]].',
          '[[Please calm down]], sir.',
          '[[You need to calm down]] before we can continue.',
          '[[Just relax]], the bank will sort it.',
          'Please [[watch your tone]].',
          'Everybody on your street is in the same boat, [[so be patient]].',
        ],
        silent: [
          'I completely understand how frustrating this is.',
          'The fan will slow down once the update finishes.',
          'Let the oven cool down before you clean it.',
        ],
      },
    },
    {
      id: 'shouting-wont-help',
      patterns: [
        "(shouting|yelling|screaming|swearing|cursing|capitals|caps|threats|threatening|insulting|rudeness|abuse) ~3 (won't|doesn't|isn't|wouldn't|cannot|can't|not|never)",
        "(there's|there is|theres) no (need|reason|call) (to|for) ~2 (shout*|yell*|scream*|swear*|rude*|angry|capital*|caps|upset|aggressive|abusive|tone|language|threat*|that)",
        '(please|kindly) be (polite|civil|respectful|reasonable|nice)',
        '(no|not any) (need|reason|call) (to|for) (shout*|yell*|scream*|swear*|rudeness|that tone|that language|capitals|caps|threats)',
        "(don't|stop|quit|not) (shout*|yell*|scream*|swear*|insult*|threaten*)",
        "(don't|stop|quit|not) (being|using|typing|writing) (rude|aggressive|abusive|capitals|caps|in capitals|in caps)",
        "(we|i) (won't|will not|don't|do not) (tolerate|accept) ~3 (language|tone|abuse|behaviour|behavior|rudeness|shouting)",
      ],
      message:
        '"Shouting won\'t help" lectures the customer and turns the problem into a fight. Acknowledge the feeling and move to the fix.',
      source: 'practice: scenario 7 angry customer — avoid "shouting won\'t help" (seed 002)',
      weight: 10,
      dimension: 'warmth',
      examples: {
        fires: [
          "[[Shouting at me won't]] get your refund any faster.",
          "[[There's no need to use that language]].",
          'Please [[stop writing in capitals]].',
        ],
        silent: [
          'I can hear how upset you are, and I would be too.',
          'There is no need to send the form again – I have it.',
          "You don't need to call again; I'll keep you updated by email.",
        ],
      },
    },
    {
      id: 'your-choice-to-leave',
      patterns: [
        '(cancel*|leave us|leaving us|elsewhere|switch*|terminate) ~6 (your choice|your decision|up to you|your call|your right|your problem|your prerogative|free to)',
        '(your choice|your decision|up to you|your prerogative|free to) ~6 (cancel*|leave us|go elsewhere|switch*|terminate|shop elsewhere|go somewhere else|take your business)',
        "(that's|that is|it's|it is) ~1 (your|entirely your) (problem|lookout|look-out|funeral)",
        '(go|shop|take your business|take your custom|look) elsewhere',
        '(take it or leave it|go ahead and (cancel|leave|complain|switch))',
        '(cancel|leave|go elsewhere|complain|switch) (then|if you must) $',
        '(nobody|no one|noone) is (forcing|stopping|keeping|making) you',
        "(feel free|you are welcome|you're welcome) to (leave us|cancel|go elsewhere|switch|complain)",
        "(if you're not happy|if you are not happy|if you aren't happy|if you don't like it|if you do not like it) ~6 (leave|cancel*|go|switch*|elsewhere|complain|somewhere)",
      ],
      unless: [
        "(sorry|hope|hate|would love|i'd love|rather you|don't want to lose|understand)",
        '(within|no cost|free of charge|no charge|no fee|at any time|anytime|penalty|cooling-off|notice period)',
      ],
      message:
        "\"If you'd rather leave us, that's up to you\" tells an angry customer you don't care if they leave. A problem solved well makes them more loyal than before: solve it.",
      source:
        'practice: scenario 7 angry customer ("it\'s your choice if you want to leave") and Principles — loyalty (seeds 002, 000)',
      weight: 9,
      dimension: 'warmth',
      examples: {
        fires: [
          "If you want to [[switch to another gym, that's your decision]].",
          "You're [[free to switch]] provider whenever you like.",
          'Feel [[free to take your business elsewhere]].',
        ],
        silent: [
          "I'm sorry it has come to this, and I'd love the chance to put it right before you decide to cancel.",
          'You can choose between a refund and a replacement – whichever suits you.',
          'The choice of colour is up to you.',
        ],
      },
    },
    {
      id: 'your-choice-bare',
      scenarios: ['angry_customer'],
      patterns: [
        "^ ?(well|fine|ok|okay|sorry) (that's|that is|it's|it is) ~1 (your|entirely your|totally your) (choice|decision|call|business) $",
        "^ (that's|that is|it's|it is) ~1 (your|entirely your|totally your) (choice|decision|call|business) $",
        '^ (your choice|your decision|your call|up to you) $',
      ],
      message:
        'To an angry customer, "that\'s your choice" sounds like "we don\'t care if you leave". Show you want to keep them: solve the problem first.',
      source: 'practice: scenario 7 angry customer ("it\'s your choice if you want to leave", seed 002)',
      weight: 7,
      dimension: 'warmth',
      examples: {
        fires: ["[[That's your choice]].", "[[Well, it's entirely your decision]].", '[[Up to you]].'],
        silent: [
          'You can choose a refund or a replacement, whichever suits you best.',
          "I'd love the chance to put this right before you decide.",
          'The choice of date is yours, and I will hold both slots until Friday.',
        ],
      },
    },
    {
      id: 'blame-customer',
      patterns: [
        'you (should|ought to|could) have (read|checked|looked|known|called|contacted|told|asked|booked|ordered|kept|followed|paid)',
        'you (should|ought to|could) have (noticed|thought|realised|realized|measured|registered|updated|saved|tested|double-checked|charged|cancelled|canceled|listened|used|installed)',
        "you (should've|could've|shouldve) (read|checked|looked|known|called|contacted|told|asked|booked|ordered|kept|followed|paid)",
        "you (should've|could've|shouldve) (noticed|thought|realised|realized|measured|registered|updated|saved|tested|double-checked|charged|cancelled|canceled|listened|used|installed)",
        "(you|you've|you have|you're|you are|you were) (probably|obviously|clearly|evidently|apparently|presumably)",
        "you (must have|must've) ~1 (entered|typed|pressed|used|done|made|missed|forgotten|forgot|deleted|changed|dropped|broken|damaged|ignored)",
        "you (must have|must've) ~1 (misread|misunderstood|clicked|selected|put|installed|lost|left|set|knocked|slammed|overloaded|mixed|confused|skipped)",
        "(it's|that's|it is|that is|its|this is|was|it was) your ?(own) fault",
        "(you're|you are|you were) (to blame|at fault|responsible for (this|that|the damage))",
        "(that's|this is|that is) on you",
        '(user error|operator error|human error on your)',
        "you (didn't|did not|never|failed to|forgot to|neglected to) (read|check|follow|bother|look|listen|register|update|save|ask|tell|mention|notice|install|charge|measure|lock|close)",
        "you (haven't|have not) (read|checked|followed|bothered|looked|listened|registered|updated|saved|installed|charged)",
        "if (you'd|you had|you'd have|you would have|youd) ~1 (bothered|read|checked|looked|listened|followed|paid attention|done)",
        '(problem|issue|fault|cause|trouble) ~2 (probably|likely|clearly|obviously|most likely|definitely|must be) ~2 (your|you)',
        '(problem|issue|fault) (is|lies|must be) (on|at|with) your (end|side|router|device|phone|computer|network|connection|equipment|wiring|settings)',
        "(because|since|as) you ~2 (didn't|did not|never|failed|forgot|ignored|misused|dropped|broke)",
        'did you (even|actually|bother to|really) ~1 (read|check|look|try|listen)',
        "(you're|you are|you were) (using|doing|holding|installing|reading|fitting|connecting) (it|this|that|them) (wrong|wrongly|incorrectly)",
        '^ next time ~2 (read|check|make sure|look|pay attention|be more careful)',
      ],
      unless: [
        '(probably|clearly|obviously|likely|apparently|presumably) ~2 (know|knew|want|wanted|noticed|saw|seen|heard|remember|right|aware|expect*|wonder*|received|got|tired|frustrated|fed up|upset|busy|had enough|looking forward|need)',
        '(probably|clearly|obviously|likely|apparently|presumably) ~2 (eligible|entitled|due|owed|covered|able|correct|waiting|keen|looking|going|getting|annoyed|disappointed|worried|thinking|asking|hoping|glad|pleased|happy)',
        '(if|in case|unless|whether) ~1 you',
        "(it's|it is|that's|that is|was|wasn't) not ~1 your ~1 fault",
        'not ~1 (your|you) (fault|to blame)',
        '(definitely|probably|clearly|likely|certainly) not (you|your)',
      ],
      message:
        'Blaming the customer ("you should have read…", "you probably…") makes them defend themselves instead of letting you help. Take responsibility for fixing it, whoever caused it.',
      source: 'practice: scenario 7 angry customer — take full responsibility, avoid blaming the customer (seed 002)',
      weight: 9,
      dimension: 'warmth',
      examples: {
        fires: [
          '[[You should have checked]] the small print before you paid.',
          "[[You've probably]] been overloading the washing machine.",
          'The [[problem is probably your]] router.',
          "[[You didn't follow]] the installation guide.",
          '[[It was your own fault]] for missing the deadline.',
        ],
        silent: [
          'You should have received a confirmation email by now – I have re-sent it just in case.',
          "It's not your fault at all, and I've fixed the setting for you.",
          'You must have been so worried when the alarm went off.',
          "If you didn't receive the code, I can send a new one.",
        ],
      },
    },
    {
      id: 'blame-hindsight',
      patterns: [
        "you (should|should've|shouldve|could) ?have been (home|there|present|available|around|careful|ready|awake|watching|clearer|more|paying|at)",
        "you (should|should've|shouldve) ?have (made|backed|bought|reported|waited|brought|stored|packed|locked|unplugged|turned|switched|returned)",
        "you (should|should've|shouldve) ?have (submitted|uploaded|printed|signed|taken|insured|photographed|come|gone|opened|inspected|tried|done|asked|cancelled|canceled|renewed|topped)",
        '(caused|done|made|damaged|broken|scratched|dropped|dented|lost|deleted) by (you|your own|your|yourself)',
        "(probably|must have|must've|likely|clearly|obviously|presumably) ~3 your ?(own) (movers|kids|children|child|son|daughter|dog|cat|pet|builder|builders|installer|neighbour|neighbor|partner|husband|wife|family|plumber|electrician|friend|flatmate|tenant)",
        "your ?(own) (movers|kids|children|child|son|daughter|dog|cat|pet|builder|builders|installer|neighbour|neighbor|partner|husband|wife|family|plumber|electrician|friend|flatmate|tenant) ~2 (must have|must've|probably|obviously|clearly|likely)",
        "you (must have|must've|mustve|probably|obviously|clearly) ~1 (hit|bumped|crashed|scraped|kicked|ran|rode|ridden|sat|stood|stepped|washed|soaked|bent|overfilled|forced|yanked|pulled|twisted|spilled|spilt|sat|leaned)",
        "(that's|that is|it's|it is) what (happens|you get) (when|if) you",
        "(looks like|seems like|looks as if|seems|appears|sounds like|i suspect|i guess) ~1 (you|you've|you have) (handled|dropped|broke|broken|damaged|used|forgot|forgotten|missed|entered|typed|opened)",
        "(looks like|seems like|looks as if|seems|appears|sounds like|i suspect|i guess) ~1 (you|you've|you have) (installed|misread|misunderstood|mixed|left|lost|deleted|pressed|clicked|overloaded|knocked|spilled|spilt|ignored|skipped)",
        "^ ?(you|you've|you have) (forgot|forgotten|failed|neglected) to",
        '^ ?(are you|you) (sure|certain) you (read|checked|looked|saw|followed|did|used|entered|typed|plugged|switched|turned|paid)',
        '^ did you (read|check|see|look at|follow) the (notice|sign|signs|terms|email|instructions|manual|guide|small print|conditions|website)',
      ],
      unless: [
        '(if|in case|unless|whether) ~1 you',
        '(should|ought to) have been (told|informed|notified|sent|contacted|given|offered|warned|called|emailed|refunded|charged)',
        "(not|wasn't|isn't|never) ~2 (caused|done|made|damaged|broken|scratched|dropped|dented|lost|deleted) by (you|your)",
        '(love|loves|enjoy|enjoys|prefer|prefers|happy|glad|safe)',
        '(will|would|can|could) (probably|likely)',
        "(no problem|no worries|don't worry|happens to|i've|i have|easy fix|easily fixed)",
      ],
      message:
        'Telling the customer what they should have done makes them defend themselves instead of letting you help. Take responsibility for fixing it, whoever caused it.',
      source: 'practice: scenario 7 angry customer — take full responsibility, avoid blaming the customer (seed 002)',
      weight: 9,
      dimension: 'warmth',
      examples: {
        fires: [
          '[[You forgot to]] end the ride.',
          '[[You should have been home]] to receive it.',
          '[[You should have made]] a backup.',
          "It was fine when it left us, so [[you must've hit]] something.",
          '[[Probably your movers]] did it.',
          '[[Your movers must have]] dropped it.',
          'The dent was [[probably made by your own movers]].',
          '[[Sure you read]] the notice? It was on the door.',
          '[[Looks like you handled]] the box roughly when it arrived.',
        ],
        silent: [
          'You should have been told about the fee, and I am sorry that you were not.',
          'You should have received a text with the code – I have sent a new one.',
          'The damage was not caused by you, and I have booked a free repair.',
        ],
      },
    },
    {
      id: 'dismissive',
      patterns: [
        "(you're|you are|you were|you're just|you are just) ~1 (being|a bit|a little|too|very|rather|quite|so) ~1 (picky|fussy|demanding|dramatic|unreasonable|oversensitive|sensitive|difficult|paranoid|impatient|emotional|hysterical|rude)",
        "(you're|you are) (overreacting|exaggerating|imagining|making (it|this|that) up|making a fuss|making a big deal)",
        "(i|we) (doubt|don't believe|do not believe|find it hard to believe) (that|it|this|you|your)",
        '^ (whatever|so what|big deal|who cares|if you say so|deal with it|get over it) $',
        "(that's|that is|it's|it is) (hardly|not) (our|my) (concern|problem|headache)",
        'before (complaining|moaning|whining|getting angry|getting upset|shouting|accusing|kicking off|writing in)',
        "(you're|you are|you were) (wrong|mistaken|incorrect|confused)",
        "(i'm|i am) ~1 (busy|too busy|swamped|snowed under) $",
        "(stop|quit|don't|do not) ~1 (wasting|waste) (my|our) time",
        "(i|we) (don't|do not|haven't|have not) (have|got) (time|all day) (for this|for that|to)",
        '^ how (would|should|am|do|could|can) (i|we) ~2 know',
        "(app|system|computer|records|data|tracking|meter|gps|camera|cameras|machine|till|scanner) (doesn't|does not|don't|do not|never|can't|cannot|won't) (lie|lies|make mistakes|get it wrong)",
        '(works|working|worked|work) (fine|perfectly|ok|okay|normally) for (everyone|everybody|all|other|others|the rest)',
        '(no one|nobody|no-one|no other customer) ?(else) (has|had|is|have) ~1 (reported|complained|mentioned|problems|issues|trouble|having)',
        '(was|were|had been) already (rotten|broken|damaged|cracked|worn|faulty|scratched|dented|like that)',
        '(supervisors|managers|manager|supervisor|engineers|technicians|doctors|people|they) (are|is) ~1 busy ?(people|men|women)',
      ],
      unless: [
        "(but|however|i've|i have|i can|i'll|i will|we've|we can|we'll)",
        "(if|unless|in case) ~1 (you|you're)",
        "(you're|you are|you were) (not|never) (wrong|mistaken|confused)",
      ],
      message:
        'Brushing the customer off ("whatever", "you\'re overreacting", "I doubt that") tells them their problem does not matter. Acknowledge how they feel and move to the fix.',
      source: 'practice: scenario 7 angry customer — sympathise, never argue (seed 002)',
      weight: 9,
      dimension: 'warmth',
      examples: {
        fires: [
          "The [[app doesn't lie]].",
          '[[Works fine for everyone]] else.',
          'He says the fence [[was already rotten]].',
          '[[Supervisors are busy people]].',
          '[[Whatever]].',
          "Maybe [[you're being picky]].",
          '[[I doubt that]], the room was cleaned.',
          "[[You're overreacting]].",
          'Check your spam folder [[before complaining]].',
          "The system says otherwise, so [[you're wrong]].",
          "Look at the price list, [[I'm busy]].",
          'The [[manager is busy]], [[stop wasting my time]].',
          '[[How would I know]], read the manual.',
        ],
        silent: [
          "I'd be upset too if the room wasn't clean, and I'm sorry.",
          "You're right to be upset, and I'm sending housekeeping now.",
          'Whatever you choose, I will set it up today.',
        ],
      },
    },
    {
      id: 'no-empathy',
      kind: 'missing',
      scenarios: ['angry_customer'],
      patterns: [
        ...EMPATHY,
        '(truly|really|so|very|deeply|terribly|incredibly|extremely|genuinely) sorry',
        '(sincere|sincerest|deepest|heartfelt|unreserved) apolog*',
        '(take|taking|accept) ~1 (full|complete) responsibility',
        ...APOLOGY,
      ],
      message:
        'An angry customer needs to hear that you understand before any fix lands: "I completely understand how unpleasant this is for you; I would be just as upset."',
      source: 'practice: scenario 7 angry customer, step 2 — sympathise (seed 002)',
      weight: 8,
      dimension: 'warmth',
      examples: {
        fires: [
          'Your bag from flight BT 204 is being traced.',
          'There is no outage in your area.',
          'The payment was sent on Monday.',
        ],
        silent: [
          'I completely understand how frustrating this is.',
          "You're right to be upset – five weeks is far too long.",
          'Thank you for your patience while we sort this out.',
        ],
      },
    },
    {
      id: 'no-ownership',
      kind: 'missing',
      scenarios: ['angry_customer'],
      patterns: [...OWNERSHIP, ...APOLOGY],
      message:
        'An angry customer needs someone to own the problem: apologise, take responsibility whoever caused it, and say what you are doing about it now.',
      source: 'practice: scenario 7 angry customer, steps 1 and 3 — take full responsibility, then help (seed 002)',
      weight: 6,
      dimension: 'ownership',
      examples: {
        fires: [
          'There is no outage in your area.',
          'The bag is being traced by the airport.',
          'Claims take six weeks.',
        ],
        silent: [
          "I've escalated your claim so the payment reaches you by Friday.",
          "I'll personally make sure the engineer comes tomorrow.",
          'I take full responsibility for this.',
        ],
      },
    },
  ],
  cues: [
    {
      patterns: [
        '(unacceptable|ridiculous|ludicrous|joke|joking|disgrace*|disgust*|pathetic|appalling|outrageous|shocking|shameful|incompetent|useless|rubbish|garbage)',
        '(stupid|idiot*|scam*|thieves|cowboys|clowns|worst|furious|livid|fuming|outraged|hopeless|shambles|farce|nightmare|insulting|atrocious|abysmal|diabolical|clueless)',
        '(fed up|sick of|sick and tired|had enough|last straw|never again|how dare|what a joke|taking the piss|waste of (time|money|space)|absolute (joke|disgrace|shambles))',
        '(angry|infuriated|infuriating|enraged|seething|beyond annoyed|beyond frustrated|so annoyed)',
        "(or i'm|or i am|or i will|or i'll) ~3 (cancel*|leav*|switch*|go|going|sue|report|complain)",
        '(i want|i demand|give me) ~4 (manager|supervisor|someone in charge|compensation|my money back|responsibility)',
        '(terrible|awful|horrible|dreadful|lousy|poor) (service|company|support|customer service|experience)',
      ],
      in: 'customer',
      weight: 6,
      label: 'customer is hostile',
    },
    {
      patterns: [
        "(i'm|i am|i'll be|i will be) (cancelling|canceling|leaving|switching|going elsewhere|taking my business)",
        '(nobody|no one|noone) ~3 (called|replied|answered|responded|helped|cares|care|bothered|got back)',
        '(every time|each time|again and again|over and over|for the (third|fourth|fifth|umpteenth) time)',
        '(third|fourth|fifth|3rd|4th|5th) (time|outage|complaint|call|email|week|month)',
        '(weeks|months|days|hours) (now|already|and still|later)',
        '(frustrat*|annoyed|irritated|exasperated|not impressed)',
        '(still|yet again) ~4 (charge|charging|charged|waiting|nothing|broken)',
        '(stuck|stranded) ~3 (at|in|on|abroad|airport|station|outside|without)',
        '(kidding|joking|messing) (me|with me)',
        '(three|four|five|six|seven|several|multiple|countless|ten|dozen|umpteen) times',
        '(without|with no|with zero) (telling|warning|notice|asking|notifying|explanation|informing)',
        '(you|they|he|she|your colleague|your agent|your website|was|were|been) promised',
        '(on hold|waiting|waited|queue|queued) ~2 (for|over) ~3 (minutes|hour|hours|days|weeks|ages|forever)',
        '(nobody|no one|noone) ~2 (answers|responds|replies|picks up|calls back|gets back|helps|listens)',
      ],
      in: 'customer',
      weight: 3,
      label: 'customer has had enough',
    },
    {
      patterns: [
        '(calm|settle) down',
        "(shouting|yelling|swearing) ~3 (won't|doesn't|isn't|not)",
        "(you're|you are) (right|entitled) to be (upset|angry|frustrated|annoyed)",
        '(i|we) (completely|totally|fully) understand ~4 (frustrat*|upset*|stress*|angry|annoy*|unpleasant)',
        '(admire|appreciate|thank you for) your patience',
        '^ (relax|whatever|chill) $',
        '(take|have) a (breath|deep breath|breather)',
        "(don't|stop|quit) (yell*|shout*|scream*|swear*)",
        '(as i|like i) ~2 (said|told you|explained|mentioned)',
        "(i've|i have) already (told|explained|said)",
      ],
      in: 'draft',
      weight: 3,
      label: 'draft answers anger',
    },
  ],
  templates: [
    {
      id: 'default',
      parts: [
        '{greeting}',
        {
          text: "I'm so sorry – I completely understand how frustrating this is, and I'll make sure we put it right.",
          skipIf: APOLOGY,
        },
        '{body}',
        {
          text: "I'll personally keep you updated until it's resolved.",
          skipIf: OWNERSHIP,
        },
        '{closing}',
      ],
    },
  ],
} satisfies RulePack;
