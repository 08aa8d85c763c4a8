import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/engine/analyze';
import { angerSignals } from '../../../lib/engine/scenario';
import { FIXTURE_PACKS } from './fixturePacks';

const run = (draft: string, customer?: string, scenario?: Parameters<typeof analyze>[0]['scenario']) =>
  analyze({ draft, customer, scenario }, FIXTURE_PACKS);

describe('scenario recognition', () => {
  it('picks the scenario whose cues reach the threshold, with the cues as reasons', () => {
    const a = run("Hi, I don't know yet.", 'Will the dock work with my laptop?');
    expect(a.scenario).toBe('unknown_answer');
    expect(a.scenarioReasons.some((r) => r.startsWith('draft: "I don\'t know"'))).toBe(true);
    expect(a.scenarioConfidence).toBeGreaterThan(0.5);
    expect(a.scenarioConfidence).toBeLessThanOrEqual(1);
  });

  it("stays 'general' below the threshold", () => {
    const a = run('Your parcel left our warehouse today.', 'Can it work faster?');
    // Only the weight-2 customer cue matches.
    expect(a.scenario).toBe('general');
    expect(a.scenarioReasons).toEqual([]);
  });

  it('lets an angry customer win over a complaint when both reach the threshold', () => {
    const customer = 'The sensor has fallen off again. This is a JOKE and NOBODY called me back!!';
    const a = run('We will send a technician.', customer);
    expect(a.scenario).toBe('angry_customer');
    expect(a.scenarioReasons.join(' ')).toContain('NOBODY');
    const calm = run('We will send a technician.', 'The sensor has fallen off again.');
    expect(calm.scenario).toBe('complaint');
  });

  it('reads anger from capitals, "!!" and "?!" in any language', () => {
    expect(angerSignals('This is a JOKE and NOBODY cares').reduce((s, e) => s + e.weight, 0)).toBeGreaterThanOrEqual(3);
    expect(angerSignals('Kas teil seal üldse keegi tööd teeb?!').length).toBe(1);
    expect(angerSignals('ВЫСТАВИЛИ СЧЁТ!!!').reduce((s, e) => s + e.weight, 0)).toBeGreaterThanOrEqual(4);
    // Acronyms are not shouting.
    expect(angerSignals('My PIN and SMS code do not work.')).toEqual([]);
  });

  it("reads a customer writing in another language with that language's cues", () => {
    const a = run(
      'We will send a technician tomorrow morning to fix it.',
      'Tere! Andur on juba kaks korda maha kukkunud.',
    );
    expect(a.language).toBe('en');
    expect(a.scenario).toBe('complaint');
    expect(a.scenarioReasons[0]).toContain('maha kukkunud');
  });

  it('takes a forced scenario over recognition', () => {
    const a = run("I don't know.", undefined, 'refusal');
    expect(a.scenario).toBe('refusal');
    expect(a.scenarioConfidence).toBe(1);
  });
});
