import type { Analysis } from '../../../lib/engine/types';

/** A made-up analysis in the engine's shape, for component tests (the components only display it). */
export function sampleAnalysis(overrides: Partial<Analysis> = {}): Analysis {
  const draft = 'Calm down, there is nothing we can do.';
  return {
    language: 'en',
    scenario: 'angry_customer',
    scenarioConfidence: 0.8,
    scenarioReasons: ['customer: "third time I am writing"'],
    score: 42,
    dimensions: {
      warmth: { score: 30, reasons: [] },
      ownership: { score: 50, reasons: [] },
      positivity: { score: 60, reasons: [] },
      clarity: { score: 100, reasons: [] },
      closing: { score: 90, reasons: [] },
    },
    findings: [
      {
        rule: 'en.angry.calm-down',
        start: 0,
        end: 9,
        text: draft.slice(0, 9),
        message: 'Telling an upset customer to calm down makes them angrier.',
        replacement: 'I completely understand how frustrating this is',
        dimension: 'warmth',
        weight: 10,
      },
      {
        rule: 'en.refusal.nothing-we-can-do',
        start: 11,
        end: 37,
        text: draft.slice(11, 37),
        message: 'Say what you can do instead.',
        dimension: 'ownership',
        weight: 7,
      },
    ],
    rewrite: 'Hi Emma,\n\nI completely understand how frustrating this is.\n\nIs there anything else I can do for you?',
    ...overrides,
  };
}
