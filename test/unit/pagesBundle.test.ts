import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILT, staticScripts } from './builtScripts';
import { describe, expect, it } from 'vitest';
import { BUILTIN_PACKS } from '../../lib/packs/builtin';

/**
 * The popup and the settings page draw from the packs' index and never load the engine or the packs' patterns
 * to draw themselves (#15): the scripts their HTML loads, and everything those import statically, hold no
 * pattern of a built-in pack. `npm test` builds the extension first.
 */
const OUT = BUILT;

/** Patterns of built-in packs that are not also words of a message or template (which the index carries). */
function patternProbes(): string[] {
  const shown = JSON.stringify(BUILTIN_PACKS.map((p) => [p.name, p.rules.map((r) => r.message), p.templates]));
  const patterns = BUILTIN_PACKS.flatMap((p) => p.rules.flatMap((r) => r.patterns)).filter(
    (x) => x.length > 12 && !shown.includes(x),
  );
  return patterns.slice(0, 20);
}

describe.skipIf(!existsSync(join(OUT, 'options.html')))('pages draw without the engine (#15)', () => {
  const probes = patternProbes();

  it.each(['options.html', 'popup.html'])('%s loads no pack pattern and no analyze() before it draws', (page) => {
    const code = staticScripts(page)
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    expect(probes.length).toBeGreaterThan(5);
    for (const probe of probes) expect(code.includes(JSON.stringify(probe).slice(1, -1)), probe).toBe(false);
  });

  it('popup.html loads only the index it reads: no rule messages but those of missing rules', () => {
    const code = staticScripts('popup.html')
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const phrase = BUILTIN_PACKS.flatMap((p) => p.rules.filter((r) => r.kind !== 'missing').map((r) => r.message));
    const inOptions = staticScripts('options.html')
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const probes = phrase
      .filter((m) => m.length > 40 && inOptions.includes(JSON.stringify(m).slice(1, -1)))
      .slice(0, 20);
    expect(probes.length).toBeGreaterThan(5);
    for (const probe of probes) expect(code.includes(JSON.stringify(probe).slice(1, -1)), probe).toBe(false);
  });

  it('the background worker does carry them (the probes are real)', () => {
    const code = readFileSync(join(OUT, 'background.js'), 'utf8');
    expect(probes.some((probe) => code.includes(JSON.stringify(probe).slice(1, -1)))).toBe(true);
  });
});
