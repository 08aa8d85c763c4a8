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
        "(isn't|aren't|not) (handled|done|covered|managed|processed|dealt with|looked after) by (this|the|our|my) ~2 (team|department|desk|office|line|branch|service|services)",
        'rather than (by|through|via) (us|me|support|this team|customer service|customer services|the helpdesk|this department|this office)',
        '(is|are|was|were) ~1 not ~1 part of (my|our) (job|role|remit|responsibilities|duties|job description)',
        "(isn't|aren't|wasn't|weren't) ~1 part of (my|our) (job|role|remit|responsibilities|duties|job description)",
        '(is|are|was|were) ~1 not (something|anything) (i|we) (handle|cover|look after|deal with|take care of)',
        "(isn't|aren't|wasn't|weren't) ~1 (something|anything) (i|we) (handle|cover|look after|deal with|take care of)",
      ],
      unless: [
        '(my|our) (job|responsibility|role|place|task|duty) to',
        "(i've|i have|i'll|i will|we've|we have|we'll|we will) ~4 (pass*|forward*|sent|send*|transferr*|referr*|ask*|arrang*|contact*|book*|brief*)",
      ],
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
          'Lost property is [[not dealt with by the station team]].',
          'Refund disputes are handled by our finance office [[rather than by us]].',
        ],
        silent: [
          'Billing is handled by our payments team, who can fix this today – I have passed them your case.',
          'Your satisfaction is our priority.',
          'This is our responsibility, and I will put it right.',
          "Sorting this out is not just my job – it's my responsibility to you, and I'll see it through.",
          "Lost property isn't handled by the station team, so I've passed your details to the depot, who will call you today.",
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
        '(set|decided|made|fixed|determined|agreed) (centrally|nationally|by head office|at head office|by headquarters|by the board|by management)',
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
          'Delivery charges are [[set centrally]].',
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
        'as (mentioned|stated|explained|said|noted|advised|outlined|discussed|detailed|confirmed) (in|on|during) (my|our) ?(last|previous|earlier|prior|first|original|recent) (email|e-mail|message|reply|letter|mail|response|note|conversation|call|chat)',
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
          '[[As explained in our last letter]], the meter is read every quarter.',
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
        "(we've|we have|i've|i have|we|i) (emailed|sent|posted|told|explained|mentioned|shared|published|announced|texted|written) ~3 (three|four|five|several|multiple|many|countless|numerous) times",
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
          'The rota [[we have posted on the noticeboard several times]] shows your shifts.',
        ],
        silent: [
          "I've already sent the replacement, and it should arrive tomorrow.",
          'I already told the courier to leave it with your neighbour, as you asked.',
          'We have already refunded the €20 to your card.',
        ],
      },
    },
    {
      id: 'condescending',
      patterns: [
        "(it's|it is|that's|that is|its|thats) ~1 not (that|so|very|exactly|at all) (hard|difficult|complicated|tricky|complex)",
        "(it's|it is|that's|that is|its|thats) (actually|really|quite|very|pretty|dead|super) ?(quite|very|pretty|really) (simple|easy|straightforward|obvious|basic)",
        'if you (actually|even|bothered to|cared to|took the time to|take the time to) (look*|read*|check*|scroll*|open*)',
        '(took|takes|take) me ~3 (seconds|second|secs) to (find|spot|see|locate)',
        '(like|same as|just like|as with|as on) ~3 (every|any|all) ?(other) (app|apps|website|websites|site|sites|phone|phones|device|devices|browser|browsers|platform|platforms|program|programs|software|system|systems)',
        'as ~4 (clearly|plainly|explicitly) (says|said|states|stated|explains|explained|shows|showed|indicates|indicated|set out|sets out|mentions|written|outlined|specified|marked)',
        'as ~2 (set out|stated|explained|written|outlined|shown|specified|described|detailed|mentioned) ~2 clearly',
        'as ~2 made ~2 clear',
        '(which|that|as) (all|every|any) ~3 (are expected to|is expected to|should|ought to|would|will) (know|read|be familiar|be aware|understand|have read)',
        '(everyone|everybody) (knows|should know|knew)',
        '^ (surely|of course) you (know|knew|understand|realise|realize|can see|appreciate)',
        'most (people|customers|users|members|students|guests|clients|drivers|patients|parents) ~3 (the hang|pick it up|work it out|figure it out|manage fine|have no trouble|have no problem|find it easy|without any (trouble|problem|help))',
        "(hopefully|i hope) (that's|that is|this is|it's|it is) ~1 (clear|clearer|plain|obvious|simple) ~1 (enough|now|this time|at last|finally)",
        "(i'll|i will|let me) spell (it|this|that) out",
        "as (i'm|i am|we're|we are) sure (you|you'll|you'd) ?(will|would|can|must) (appreciate|understand|know|realise|realize|agree|see|be aware)",
        "^ ?(so|and|but|well) obviously (we|you|there's|there is|it|that|this|the|i)",
      ],
      unless: [
        '(easy|simple) to (miss|overlook|get wrong|mix up|confuse|forget)',
        "(should have been|should've been|ought to have been|sorry|apologi*|unclear|confusing)",
        "(i've|i have|i'll|i will|let me) ~3 (done|fixed|sorted|set|changed|show|walk|send|sent)",
        'obviously ~3 (sorry|upset*|frustrat*|disappoint*|worr*|stress*|not (ok|okay|acceptable|good enough|right))',
      ],
      message:
        'Talking down to the customer ("it\'s not that hard", "as clearly stated", "like every other app") makes them feel stupid for asking. Answer the question as if it were a good one, and show the way step by step.',
      source:
        'practice: scenario 1 unknown answer ("that\'s a very good question") and scenario 6 closing — customers must never feel a burden (seed 002)',
      weight: 8,
      dimension: 'warmth',
      examples: {
        fires: [
          'Honestly, [[it is not that difficult]].',
          "[[It's really quite easy]] once you log in.",
          'The button is at the top [[if you actually look]].',
          'It [[took me ten seconds to find]] on your account.',
          'You reset it in the menu, [[same as on nearly every phone]].',
          'Drag the file in, [[just like any other website]].',
          '[[As your contract clearly states]], the notice period is a month.',
          '[[As stated very clearly]] on the form, photos must be in colour.',
          'The deadline, [[as was made perfectly clear]] at enrolment, was Friday.',
          'This is a basic setting, [[which every account owner should know]].',
          'Cards are blocked after three wrong PINs, as [[everyone knows]].',
          '[[Surely you know]] how to reset a router.',
          '[[Most users pick it up]] in a day.',
          '[[Hopefully that is clearer now]].',
          "[[I'll spell it out]] once more.",
          "[[As I'm sure you appreciate]], we can't hold rooms for free.",
          'You changed the date, [[so obviously the]] fee applies.',
        ],
        silent: [
          "It's really easy to miss that box, so I've ticked it for you.",
          "It's quite simple to fix, and I've done it for you already.",
          'The terms should have been stated clearly at checkout, and I am sorry they were not.',
          'Most customers get their refund within five days, and yours was sent today.',
          'Obviously this is frustrating, and I have booked the engineer for tomorrow.',
          'The steps are below, one by one, with a screenshot of each.',
        ],
      },
    },
    {
      id: 'sarcasm',
      patterns: [
        '^ (wow|oh wow|ooh|gosh|well well|oh my) ~2 (great|good|brilliant|excellent|fantastic|amazing|interesting|clever) (question|one|idea|point)',
        "(clue|clue's|hint|hint's|giveaway|giveaway's|answer's) ~1 in the (name|title|word)",
        '^ (oh|ah|so) ~1 you mean',
        '(thank you|thanks) for ~6 (in such detail|in such depth|at such length|in so much detail|life story|essay|novel)',
        "(great|nice|glad|good|lovely|wonderful|pleased|happy) ~3 (you|you've|you have|you'd|you had) ~1 (got round|got around|gotten round|gotten around|found the time|found time|bothered|deigned|remembered)",
        '(finally|eventually|at last) (got|get|gotten) (round|around) to',
        '^ (yes|yeah|yep|well) (amazingly|incredibly|shockingly|astonishingly|believe it or not|funnily enough|surprisingly enough|strangely enough)',
      ],
      unless: ['(helped|helps|helpful|useful|made it easy|makes it easy|means a lot)'],
      message:
        'Sarcasm ("wow, great question", "the clue is in the name") mocks the customer, and in writing it always reads as contempt. Say the answer plainly and kindly.',
      source:
        'practice: Principles — positive language, personal and kind; scenario 7 — end on a good emotion (seed 002)',
      weight: 9,
      dimension: 'warmth',
      examples: {
        fires: [
          '[[Oh wow, what a clever question]].',
          'Well, the [[hint is in the title]].',
          '[[Oh, you mean]] the letter we sent in May?',
          '[[Thanks for telling us about your weekend in such detail]].',
          "[[Nice that you've finally found the time]] to reply.",
          'The form you [[finally got round to]] sending arrived today.',
          "[[Yes, believe it or not]], 'out for delivery' means it's on the van.",
        ],
        silent: [
          "Great question – the free tier covers up to three users, and I've linked the upgrade page.",
          'Thank you for explaining it in such detail, it helped me find the fault straight away.',
          "I'm glad the parcel finally arrived, and sorry it took so long.",
          "The name on the booking is the one we'll use for the boarding pass.",
        ],
      },
    },
    {
      id: 'false-promise',
      patterns: [
        "(it'll|it will|they'll|they will|you'll|you will|that'll|that will|he'll|she'll|everything'll|everything will) ~1 (definitely|certainly|surely|guaranteed)",
        "(you're|you are) definitely (covered|getting|going to|approved|eligible|accepted|fine|okay|ok|safe|in)",
        "definitely ~3 (we'll|we will|it'll|it will|they'll|they will|you'll|you will) ~2 (have|be|get|arrive|come)",
        "(i|we) ?(can|could) (promise|guarantee) ?(you) (it|that|this|they|you|your|it'll|they'll|you'll|we'll|the)",
        "(you have|i give you|you've got) (my|our) word",
        "(will|it'll|that'll|this will|it will) never happen again",
        "(won't|will not) ?(ever) happen again ~2 (guaranteed|promise|promised)",
        "(i'm|i am|we're|we are) ?(quite|very|pretty|fairly|completely|absolutely|totally) (sure|certain|confident|positive) ~3 (will|it'll|they'll|you'll|he'll|she'll|that'll|we'll|won't)",
        "(it'll|it will|you'll|you will|they'll|they will|we'll) ~3 (under the tree|in time for christmas|for christmas|before christmas|by christmas)",
        'for sure ?(100) $',
        '^ guaranteed $',
      ],
      unless: [
        '(love|like|enjoy|understand|appreciate|agree) (it|them|the|this|that|your)',
        '(dispatched|shipped|tracked|tracking|already|order by|ordered by|if you order|if you place|cut-off|cutoff|should|hope|hopefully|aim|aiming|expect*|likely)',
        '(do everything|doing everything|working to|steps to|changed|fixed the process|so that)',
      ],
      message:
        'A promise you cannot keep ("it\'ll definitely arrive today", "it will never happen again") turns a delay into a broken promise. Give the date you can stand behind, say why, and say what you will do if it slips.',
      source:
        'practice: scenario 2 product not available (say when it will be back), Principles — explain why; customers want a realistic solution (seeds 002, 001, 003)',
      weight: 7,
      dimension: 'clarity',
      examples: {
        fires: [
          "[[It'll definitely]] be with you on Monday.",
          "[[You're definitely covered]] for flood damage.",
          "Oh yes, [[definitely, we'll get]] more on Friday!",
          '[[I promise you it]] will be fixed by tonight.',
          '[[We guarantee your]] bag will be on the next flight.',
          'The van will be there at nine, [[you have my word]].',
          'We replaced the valve and [[it will never happen again]].',
          "The line is fixed and [[won't happen again, guaranteed]].",
          "[[I'm absolutely certain it will]] be approved.",
          "Order today and [[you'll have it in time for Christmas]].",
          "It'll be back next week [[for sure]].",
          'It arrives tomorrow, [[guaranteed]].',
        ],
        silent: [
          "I can't promise a delivery date yet, but I'll email you the moment the courier confirms one.",
          "I'm sure you'll love the new colour.",
          "It was dispatched this morning by tracked courier, so you'll have it in time for Christmas.",
          "We've changed the process so that it will never happen again.",
          "I'm not sure it will arrive today, so I've asked the depot for a time slot.",
        ],
      },
    },
    {
      id: 'rude-imperative',
      patterns: [
        '^ ?(and|please|so|just|now|kindly) stop (sending|messaging|calling|emailing|writing|contacting|chasing|asking|phoning|ringing|opening|raising|complaining|posting|saying|chatting|texting|spamming|accusing|threatening|blaming|demanding)',
        "(that's|that is|thats) what (it's|it is|they're|they are|its) ?(there) for",
        '^ ?(please|kindly|just) (ensure|make sure|be sure) ~2 (check|read|look|consult|review) ~4 (before|first|next time)',
        '(read|check|look at|consult|review|study|see|go through) ~6 before (emailing|contacting|writing|calling|messaging|asking|complaining|chatting|getting|raising|opening|phoning|ringing|submitting)',
        '(read|check|consult|look at) ~6 (leaflet|guide|faq|faqs|manual|letter|page|website|booklet|documentation|terms|information|handbook) ~6 before (writing|emailing|contacting|calling|messaging|asking)',
      ],
      unless: [
        "(no need|don't need|won't need|don't have to|needn't|you can|so you can|i'll|i will|we'll|let me|i've)",
      ],
      message:
        'Orders like "stop messaging us" or "read the FAQ before contacting support" tell the customer off for asking. Thank them for getting in touch, answer, and point to self-help only as an extra.',
      source:
        'practice: scenario 6 closing — customers must not feel a burden; Principles — friendliness is the business (seeds 002, 000)',
      weight: 8,
      dimension: 'warmth',
      examples: {
        fires: [
          '[[Please stop chasing]] us every day.',
          "[[And stop texting]] the engineer's personal number.",
          "Look in the manual, [[that's what it's there for]].",
          '[[Please make sure you read the guide before getting]] in touch.',
          '[[Check the order page before emailing]] us.',
          '[[Look at the tracking link we sent you before calling]] again.',
          '[[Read the setup leaflet that came with your router before emailing]] us.',
        ],
        silent: [
          'You can stop the direct debit at any time in your banking app.',
          "No need to chase – I'll email you the moment it's approved.",
          "I'll read through your notes before calling you back tomorrow.",
          'Please read the safety sheet before using the heater for the first time.',
        ],
      },
    },
    {
      id: 'brush-off',
      patterns: [
        '(we|i) trust (this|that) (clarifies|clears|answers|resolves|explains|settles|closes|addresses)',
        "(we'll|we will|i'll|i will) (take|bear) your (comments|feedback|points|concerns|views|remarks) (on board|into account|into consideration|in mind)",
        '(is|are) (reviewed|monitored|checked|assessed|audited|inspected) (regularly|periodically|routinely|constantly|on a regular basis)',
        '(i suppose|i guess) $',
        'up to you to (find out|sort|check|chase|contact|arrange|work out|figure out|deal|ask|look into|get)',
        "(something|one) (you'll|you will|you'd|you) (have|need) to (sort|deal|take|figure|work|look|chase) ~2 (yourself|out|with|up|into)",
        'you can always ~4 (in the meantime|meanwhile|at home|elsewhere|yourself)',
        "(that is|that's|it is|it's) ~2 (your|entirely your) prerogative",
        "(up to you|your call|your decision|your choice) (if|whether) (you|you'd|you're)",
        '^ whatever (you prefer|suits you|works for you|you like|you want|you think) $',
        "(not|isn't) ~1 (something|anything) ~4 (can|could) do (anything|much) about",
        '^ ?(just|please) (check|watch|follow|see) (the|your) ~1 (news|forecast|weather|radio|tv|socials|social media)',
        '^ ?(just|so|then) (pick|choose|order|try|get|select) (something|anything) (else|different)',
        "(not able|unable|not in a position|can't|cannot) ?(to) (chase|follow up|check on|look into|track) ~3 (individual|single|specific|each|every|one-off) (orders|order|cases|case|requests|parcels|complaints|bookings)",
      ],
      unless: ["(i've|i have|i'll|i will|we've|we have|let me|i can|we can|i'd|we'd|happy to|glad to)"],
      message:
        'A brush-off ("we trust this clarifies the matter", "we\'ll take your comments on board", "whatever suits you") tells the customer the conversation is over and nothing will change. Say what you will do about it, and when.',
      source:
        'practice: Principles — answers that answer nothing; scenario 5 complaint — explain and offer a solution (seed 002)',
      weight: 7,
      dimension: 'warmth',
      examples: {
        fires: [
          '[[We trust this answers]] your question.',
          "[[We'll take your feedback into account]].",
          'Our kitchen hygiene [[is checked regularly]].',
          'Try the other entrance, [[I guess]].',
          "It's your account, so it's [[up to you to check]] the statements.",
          "That's [[something you'll need to sort out with]] the venue.",
          '[[You can always eat at home in the meantime]].',
          'Should you wish to cancel, [[that is of course your prerogative]].',
          '[[Up to you whether you]] keep the order.',
          '[[Whatever suits you]], really.',
          "It's [[not something reception can do anything about]].",
          '[[Check the news]].',
          '[[Just pick something else]] from the list.',
          "We're [[unable to chase the supplier on individual orders]].",
        ],
        silent: [
          "I'll take your feedback to the kitchen team today, and I've refunded the dessert.",
          'Whatever you prefer, I can book it for you now.',
          'The boiler is serviced every year, and I have booked an extra check for Friday.',
          'You can always reach me on this number if anything else comes up.',
        ],
      },
    },
  ],
} satisfies RulePack;
