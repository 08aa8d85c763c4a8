import type { RulePack } from '../../types';

/**
 * English pack for everyday questions (general): brush-offs that send the customer to read the terms, the
 * manual or the FAQ instead of answering. Its template is the fallback shape: greeting, answer, closing offer.
 */
export const general = {
  id: 'en.general',
  language: 'en',
  scenario: 'general',
  version: 1,
  name: 'English: general',
  description:
    '"Read the terms and conditions", "it\'s all in the FAQ", "figure it out yourself" instead of an answer.',
  rules: [
    {
      id: 'read-the-terms',
      patterns: [
        '(read|reread|re-read|study|consult|check|see|through|at) ~3 (terms|conditions|print|manual|faq|faqs|instructions|guide|documentation|contract|handbook|pages|leaflet|booklet) ~4 (answer|answers|probably|everything|there|explained|yourself|first|properly|carefully|again)',
        '(read|reread|re-read) ~2 (the|our|your) (terms|conditions|small print|fine print|manual|faq|faqs|instructions|documentation|contract|handbook)',
        '^ ?(just|please) (look at|check|see|read) (the|our) (price list|tariff|tariffs|pricing page|fee schedule|rate card|price sheet|timetable)',
        "(it's|that's|everything's|all|everything|its|thats) ~2 (in|on) the (terms|conditions|print|manual|faq|faqs|instructions|guide|documentation|contract|website|handbook|pages)",
        '(it|that|everything) is ~2 (in|on) the (terms|conditions|print|manual|faq|faqs|instructions|guide|documentation|contract|website|handbook|pages)',
        '(answer|answers|information|info|everything|details) (is|are|should be) ~2 (there|in there|on there|in the (terms|manual|faq|contract|conditions))',
        '(google|look) it up',
        '(read|check|look) ~3 before (contacting|calling|asking|emailing|writing|messaging|bothering) (us|me|our)',
        '(read|reread|re-read) ~2 (properly|carefully next time|more carefully)',
        '^ (figure|work) (it|that|this) out',
        '(figure|work|sort) (it|that|this) out (yourself|for yourself|on your own|by yourself)',
        "(if you'd|if you had|if you) (bothered|cared|taken the time) to (look|read|check)",
      ],
      unless: [
        "(i|i've|we|we've|i'll|we'll|me|i'd) ~2 (read|reread|re-read|check*|studied|study|look*|been|went|go|gone)",
        "(don't|do not|won't|will not|needn't|need not|no need to|never) ~3 (sort|figure|work|deal)",
        "(i've|i have|i'll|i will|let me|here's|here is|i've attached|attached|link|linked|section|step|steps|page) ~4 (sent|attached|link*|copied|quote*|highlight*|summar*|explain*|walk|show|point|here)",
      ],
      message:
        'Sending the customer to "read the terms" or "figure it out" answers nothing and makes them feel a burden. Give the answer in your own words; link the page only as extra help.',
      source:
        'practice: Principles — answers that answer nothing; customers want a realistic solution (seeds 002, 003)',
      weight: 6,
      dimension: 'clarity',
      examples: {
        fires: [
          '[[Read your contract again, everything]] you need is in there.',
          "[[It's all in the FAQ]].",
          '[[Work it out]] from the user guide.',
          'Please [[read the instructions properly before contacting us]].',
          '[[Please check our price list]].',
          '[[Everything is clearly in the manual]].',
          'The [[answer is all there in the FAQ]].',
          'Just [[look it up]] on our website.',
          "You'll have to [[sort it out yourself]].",
          "[[If you had bothered to read the terms]], you'd know.",
        ],
        silent: [
          'You can change the PIN yourself under Settings > Security – I have copied the steps from the manual below.',
          'The terms allow a free change up to 24 hours before departure, so I have moved your flight.',
          'I read the terms again and you are covered for this.',
          "Our payments team will handle the claim, so you won't have to sort it out yourself.",
        ],
      },
    },
  ],
  templates: [
    {
      id: 'default',
      parts: ['{greeting}', '{body}', '{closing}'],
    },
  ],
} satisfies RulePack;
