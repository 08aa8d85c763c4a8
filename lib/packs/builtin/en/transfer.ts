import type { RulePack } from '../../types';
import { WHEN } from './shared';

// What makes a hand-over warm: who takes over and why they are the best people for it, and that they already
// have the details so the customer need not tell the story again.
const WARM_HANDOVER = [
  '(specialist|specialists|expert|experts|engineer|engineers|technician|technicians|adviser|advisers|advisor|advisors)',
  '(best|right|most competent|most qualified|most experienced|best-placed|best placed) (person|people|team|colleague|colleagues|one|ones)',
  '(who|which|they) (can|are able to|know|specialise|specialize|handle|deal) ',
  // "… who will be in touch" is only warm with a time: "who will call you by 3 pm".
  "(who|which|they|they'll) ~3 (today|tonight|tomorrow|within|by|before|monday|tuesday|wednesday|thursday|friday)",
  '(so|because|since|as) ~3 (they|she|he|the team|our team|colleague) ~3 (can|will|know|have|handle)',
  '(details|summary|case notes|notes|all the information|everything you told me|your story|the background)',
  "(won't|will not|don't|do not|needn't|need not|no need to|never) ~3 (repeat|explain ~2 again|start again|start over|tell ~3 again)",
];

/**
 * English pack for transferring the customer (practice, scenario 3): no "please hold", no "your call is
 * important to us", no cold transfer; say who takes over and why, and pass on the case yourself.
 */
export const transfer = {
  id: 'en.transfer',
  language: 'en',
  scenario: 'transfer',
  version: 1,
  name: 'English: transferring the customer',
  description:
    '"Please hold", "your call is important to us", and transfers that do not say who takes over, why, or that they already have the details.',
  rules: [
    {
      id: 'please-hold',
      patterns: [
        '(please|kindly|pls|plz) ~1 hold',
        '(hold|stay|remain|wait) on the line',
        '(put|place|putting|placing|keep|keeping) you on hold',
        '(next|first) available (agent|advisor|adviser|operator|representative|colleague|consultant|member|person|specialist)',
        '(put|place|putting|placing|keep|keeping) you ~3 queue',
        '(all|our) ~2 (agents|advisors|advisers|operators|colleagues|lines|representatives|consultants) (are|are currently|are all) ~1 (busy|engaged|occupied)',
        "(you are|you're|your call is|your chat is|your request is) ~2 (queue|queued)",
        '(please|kindly) (wait|stand by|bear with us) ~4 (transfer*|connect*|put through|agent|operator|available|line)',
      ],
      unless: [
        'hold (down|both|onto|off|back|them|it|your|on to)',
        'hold the (button|key|power|reset|item|parcel|receipt|card|table|room|booking|reservation|order|seat|product|goods|date)',
        '(please|kindly) ~1 hold (off|back)',
        '(keep|kept|get|got) hold',
        'hold of',
        "(won't|will not|not going to|never|no need to|don't need to) ~2 (put|place|keep) you on hold",
        // Someone staying on the line with the customer is care, not a queue.
        '(stay|stays|remain|remains) on the line with you',
        "(i'll|i will|he'll|he will|she'll|she will|we'll|we will) ~1 (stay|remain) on the line",
      ],
      message:
        '"Please hold" and queues are what anger callers most. Offer a call-back or take the question on yourself.',
      source:
        'practice: scenario 3 transfer ("palun oodake, teie kõne suunatakse", seed 002); waiting and hold music (seed 004)',
      weight: 6,
      dimension: 'clarity',
      examples: {
        fires: [
          '[[Please hold]] while I look for someone.',
          '[[Stay on the line]] and the [[next available agent]] will answer.',
          "I'll [[put you on hold]] for a moment.",
          "I'll [[put you back in the queue]].",
          '[[All our agents are currently busy]].',
          '[[Your call is queued]] and will be answered shortly.',
          '[[Please wait while I transfer]] you.',
        ],
        silent: [
          'Your order is on hold until the payment clears.',
          'We can hold the table for you until 8 pm.',
          'Please hold on to your receipt in case you need it for the warranty.',
          "I won't put you on hold – I can fix this right now.",
          "Please hold off on paying the invoice until we've corrected it.",
          'Please keep hold of the old router until the courier collects it.',
          'Our nurse will stay on the line with you until the ambulance arrives.',
          "I'll stay on the line while you check the meter.",
        ],
      },
    },
    {
      id: 'call-important',
      patterns: [
        '(call|calls|query|queries|enquiry|inquiry|email|e-mail|message|request|business|custom) ~2 important to us',
        '(thank you for|thanks for) ~1 (holding|waiting in the queue|your patience while you wait)',
        '(we value|we appreciate) your (call|custom|business) ~2 (please|hold|wait)',
        '(answered|dealt with|handled|processed) in (turn|the order ~3 received)',
      ],
      message:
        '"Your call is important to us" is a canned line that no customer believes. Show it instead: take the question on and say what happens next.',
      source:
        'practice: scenario 3 transfer ("teie kõne on meie jaoks väga oluline", seed 002); personal, not canned (seed 001)',
      weight: 5,
      dimension: 'warmth',
      examples: {
        fires: [
          'Your [[call is very important to us]].',
          'Your [[enquiry is important to us]] and will be [[answered in turn]].',
          '[[Thank you for holding]], your [[message is really important to us]].',
          '[[We value your call, please hold]].',
        ],
        silent: [
          "It's important to us that you get a refund before your trip, so I've sent it today.",
          'Your feedback helps us improve, thank you for taking the time.',
          'This matters to me, so I will personally follow it up.',
        ],
      },
    },
    {
      id: 'cold-transfer',
      patterns: [
        '(transfer*|redirect*|connect*|refer*|reroute*|re-rout*|divert*) (you|your call|your chat|your case|your query|your question|your enquiry|your inquiry)',
        '(put|putting) you (through|across)',
        '(pass*|hand*|bounc*) you (over|on|to|along|around|back)',
        '(send*) you (over to|on to|back to|to|over|on) (another|a|the|our|their) ~2 (department|team|colleague|desk|line|number|office)',
        "(you'll|you will|you) ~1 be (transferred|put through|redirected|connected|passed on|passed over|forwarded)",
        '(forward*|pass*|send*|refer*|transfer*|direct*|escalat*) ~4 to (the|another|a|our) (relevant|appropriate|right|correct|other|responsible|competent|proper) (department|team|person|colleague|unit|office|people)',
        '(pass|passing|passed) (this|it|that|your query|your question|your request|your complaint|your case|your email) on',
        '(question|matter|query|one) for (another|a different|the other|our other|a separate) (department|team|office|desk)',
        '(someone|somebody) ?else (will|should|can|may|might) ~2 (pick|help|take|call|contact|answer|deal|handle|get|respond|reply)',
        '(another|different|next) (agent|colleague|person|advisor|adviser|operator) (will|should|can|may|might) ~2 (pick|help|take|call|contact|answer|deal|handle|get|be|respond|reply)',
        '(someone|somebody) else ~3 (pick up|help|call|contact|answer|take|deal|handle|get back|respond|reply)',
        '(another|a different|the other|other) (department|team|line|number|desk|office|section|division) ~4 (deals|handles|will|can|should|look*|takes|is responsible|are responsible)',
        "^ ((forwarded|forwarding|passed|passing|reassigned|escalated|escalating|referred|handed|handing) ?(it|this|over|on) (to|over to|on to)|?(i've|we've|i have|we have) (sent|moved|pushed) (it|this|that|your case|your query|your ticket|your request) (over|across|through) to)",
        '(reassign*|re-assign*|mov*|assign*|realloc*|rerout*|forward*|pass*|transferr*|escalat*|hand*) ~3 to (another|a different|the other|a separate|the relevant|the appropriate|the responsible|a new) ~2 (queue|team|department|group|desk|unit|colleague|person|agent|section)',
        '(raised|logged|flagged|passed|forwarded|referred|escalated|sent|reported) ~2 (with|to) the (relevant|appropriate|correct|responsible|other|concerned) (team|department|people|person|colleague|colleagues|unit|parties|party)',
        "^ (they'll|they will|someone will|somebody will|the team will|a colleague will) (pick|take) (it|this|that) up $",
        '^ ?(please|kindly|just) (await|wait for) (their|a|the|his|her) (response|reply|answer|call|email|decision|contact) $',
        '(has|have|had|was|were) been (passed|handed|forwarded|referred) (on|over|along)',
        '(someone|somebody|a member of|someone from|somebody from|one of) ~3 (will|should|may|might) ~2 (contact|call|email|be in touch|get back|reach out|respond|reply)',
        '(be in touch|contact you|get back to you|be in contact|respond|reply|hear from them|hear back) ~1 (in due course|at some point|eventually|when they can|when possible)',
      ],
      unless: [
        ...WARM_HANDOVER,
        'transfer* ~3 (money|funds|amount|refund|payment|sum|balance|credit|deposit|cash|eur|euro|euros|pounds|dollars|points|miles|ownership|licence|license|booking|ticket)',
        ...WHEN,
        // "Tickets can't be transferred to another person" is about the ticket, not the customer.
        '(ticket|tickets|booking|bookings|membership|memberships|voucher|vouchers|licence|name|account|policy|points|reservation) ~4 (transferr*|moved|move)',
        '(over|across|through) to (you|your)',
      ],
      message:
        'A transfer without a word about who takes over and why makes the customer feel bounced, and often tell the story again. Say who is the best person to help, and pass them a short summary yourself.',
      source:
        'practice: scenario 3 transfer (seed 002: the author was transferred 4 times in one call); being bounced between departments (seed 004)',
      weight: 8,
      dimension: 'ownership',
      examples: {
        fires: [
          '[[Redirecting your call]] now.',
          "I'll [[put you through]] to another department.",
          "I don't do mortgage questions, [[someone else will get back]] to you.",
          '[[Somebody else will call]] you back.',
          '[[Someone will be in touch]].',
          "I'll [[pass you to]] billing.",
          "I'm [[sending you over to our returns team]].",
          "[[You'll be transferred]] shortly.",
          "I've [[forwarded your email to the relevant department]].",
          "I'll [[pass this on]].",
          "That's a [[question for another department]].",
          '[[Another agent will pick]] this up.',
          '[[A different team handles]] refunds.',
          '[[Escalated to]] the warehouse.',
          "[[We've pushed your ticket across to]] Accounts.",
          "I've [[reassigned your ticket to another queue]].",
          "I've [[flagged it with the appropriate department]].",
          "[[They'll take it up]].",
          '[[Please wait for their reply]].',
          'Your complaint [[has been handed on]].',
          '[[A member of the billing team will be in touch]].',
          'The supplier will [[get back to you in due course]].',
        ],
        silent: [
          "I'm transferring you to our roaming specialist, who is the best person to help, and I've passed her a summary so you won't need to repeat anything.",
          'Refunds are handled by our payments team, so I have passed your case to them with all the details.',
          "I can transfer the booking to your partner's name free of charge.",
          "I'm transferring you to Anna, who can reset the meter remotely.",
          "I'll put you through to billing, because they can see the full payment history.",
          "I've passed your case to the relevant team, who will call you by 3 pm today.",
          'Another agent will pick this up later this afternoon.',
          'Gift vouchers can be transferred to another person by email.',
          'A season ticket can be moved to a different person once a year.',
          "I've sent it over to your work address as you asked.",
        ],
      },
    },
    {
      id: 'not-our-department',
      patterns: [
        '(wrong|incorrect) (department|team|desk|office|channel|chat|helpline|inbox)',
        "(you've|you have|you're|you are|you) ~2 (to|at|on|through) the (wrong|incorrect) (number|line|address|place|person|email)",
        "(i'm|we're|i am|we are) not the (right|correct|relevant) (person|people|team|department|place|channel)",
        "(not|isn't) ~2 (our|my) (line|desk|area) of (work|business|responsibility)",
        "(i'm|i am|we're|we are|this is) (only|just) (sales|billing|reception|retail|the sales|the billing|the shop|the front desk|bookings|the bookings)",
        '(call|ring|contact|phone|email|try|use) (the|our|a|their) ~2 (line|number|department|team|desk|office|helpline|hotline) ~2 instead',
        "(isn't|is not|aren't|are not) (this|my|our) (team|department|desk|office|line|section) $",
      ],
      unless: [
        ...WARM_HANDOVER.filter((p) => !p.includes('right|')),
        // "I'm not the right person to judge that" before a vet or doctor takes over is honest, not a brush-off.
        'not the right person to (judge|assess|advise|diagnose|say|decide)',
      ],
      message:
        '"You\'ve come to the wrong department" makes the customer feel it is their mistake. Say who can help best, and connect them yourself.',
      source: 'practice: scenario 3 transfer ("see ei ole meie osakonna rida", seed 002)',
      weight: 7,
      dimension: 'ownership',
      examples: {
        fires: [
          "You've come to the [[wrong department]].",
          "[[I'm not the right person]] for broadband faults.",
          '[[Wrong team]], sorry, this is sales.',
          "That's [[not really my area of responsibility]].",
          '[[This is only the front desk]].',
          '[[Call the support line instead]].',
          "[[You've come through to the wrong line]], this is sales.",
          "Parking permits [[aren't this desk]], try the council.",
        ],
        silent: [
          'Our broadband engineers are the right people for this, and I have passed them your case.',
          "I'm so sorry the wrong size was sent.",
          'The right team is already looking at it.',
          'The parcel was sent to the wrong address record, and I have corrected it.',
          "Swelling after a bite can be serious and I'm not the right person to judge it, so please ring your GP now.",
          "Wrong team, but I've passed it to billing, who can fix it today.",
          "This is only sales, so I've asked billing to call you back because they can see your account.",
          "Wrong department, sorry – I've sent your details to the billing team.",
          "I'm not the right person for this, so I've briefed my colleague and you won't need to repeat anything.",
          "The delay isn't this team's doing, but I'm sorry and I'll chase it.",
        ],
      },
    },
  ],
  cues: [
    {
      patterns: [
        '(transfer|transferring|redirect|redirecting|connect|connecting) (you|your call|your chat) ~2 (to|now|through|over|shortly|in|with)',
        '(transferring|transfer) your (call|chat)',
        '(put|putting) you through',
        "(not|isn't) ~2 (my|our) (department|team|area)",
        '(wrong|another|a different|other) (department|team)',
        '(someone|somebody) else (will|can|should|may) ~2 (help|pick|take|call|answer|deal|handle|get|be)',
        '^ (someone|somebody) else (does|handles|deals|covers) ?(it|that|this|those|them|with it|with that) $',
        "(isn't|aren't|not) (handled|done|dealt with|managed|processed) (here|by me|by us|in this)",
        "(i|we) (don't|do not) (handle|deal with|look after|manage) (exams|bills|billing|payments|refunds|complaints|bookings|claims|returns|repairs|accounts|tickets|orders|deliveries|subscriptions|contracts)",
        '(pass*|hand*) you (on|over|to)',
        '(your call|your query|your enquiry|your inquiry) ~2 important',
        "(i'm|i am|we're|we are|this is) (only|just) (sales|billing|reception|retail|the sales|the billing|the shop|the front desk|customer service|bookings|support)",
        '(line|number|department|team|desk|office) ~1 instead',
        '(please hold|hold the line|next available)',
        '(put|putting|place|placing) you on hold',
        '(relevant|appropriate|right|correct|other|responsible) (department|team|colleague|colleagues|person|people|unit)',
        'be (transferred|put through|redirected|connected|passed on)',
        '(pass|passing|passed) (this|it|that|your query|your case|your request) on',
        '(agents|advisors|advisers|operators|lines) ~2 busy',
      ],
      in: 'draft',
      weight: 7,
      label: 'draft: transfer',
    },
    {
      patterns: [
        '(handled|dealt with|managed|done|processed|looked after|taken care of|covered|checked|reviewed) by (our|the|a) ~3 (team|department|colleague|colleagues|specialist|specialists|experts|unit|office|desk)',
        '(ring|call|phone|contact|email) (the|our) ~2 (line|team|department|desk|helpline|hotline)',
      ],
      in: 'draft',
      weight: 5,
      label: 'draft: handled by another team',
    },
    {
      patterns: [
        '(passed|forwarded|handed|referred|escalated|transferred|sent|assigned) ~4 (to|over to|on to) ~3 (team|department|colleague|colleagues|specialist|specialists|experts|them|him|her|unit|office)',
      ],
      in: 'draft',
      weight: 5,
      label: 'draft: passes the case on',
    },
    {
      patterns: [
        '(asked|arranged for|booked) ~4 (manager|specialist|specialists|colleague|supervisor|expert|experts|engineer|technician|team) ~6 (call|contact|email|get back|ring|reply)',
        '(sent|given|passed|forwarded|handed) (them|him|her) ~3 (details|number|notes|summary|case|information|everything)',
        '(has|have|already has|already have) ~2 (notes|details|summary|case notes|your case|the background)',
        "(won't|will not|don't|do not|needn't) ~2 (start again|start over|repeat|explain ~2 again)",
      ],
      in: 'draft',
      weight: 4,
      label: 'draft: warm hand-over',
    },
    {
      patterns: ['(specialist|specialists|colleague|colleagues|department)'],
      in: 'draft',
      weight: 2,
      label: 'draft: colleague or department',
    },
    {
      patterns: [
        '(who|which department|which team) ~3 (should|do|can) i ~2 (talk|speak|contact|call)',
        '(transfer|put) me (through|to)',
        '(right|correct) (department|person|team)',
        '(been|was|got) (transferred|passed|bounced|put through)',
        '(speak|talk) to (a|the|your|someone|somebody) ?(manager|supervisor|human|person|specialist|senior)',
      ],
      in: 'customer',
      weight: 3,
      label: 'customer asks who can help',
    },
  ],
  templates: [
    {
      id: 'default',
      parts: [
        '{greeting}',
        '{body}',
        {
          text: "I've passed your details to the right team, so you won't need to explain anything again.",
          skipIf: [
            '(specialist|specialists|expert|experts) ~6 (summary|details|case|notes|information)',
            '(passed|forwarded|handed|sent|shared|given|referred) ~6 (details|summary|case|notes|information|application|request|query|everything)',
            "(won't|will not|don't|do not|needn't|no need to) ~3 (repeat|explain|do anything|tell ~3 again|start again|start over)",
          ],
        },
        '{closing}',
      ],
    },
  ],
} satisfies RulePack;
