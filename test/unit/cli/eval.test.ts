import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Regression floors for the evaluation on the dev set. They are 0 for now: raise each to the measured value
// (minus a little noise) once the engine and packs settle, so a change that makes things worse fails here.
const MINIMUMS: Record<string, number> = {
  scenario_acc: 0,
  language_acc: 0,
  neg_detected: 0,
  span_recall: 0,
  clean_specificity: 0,
  score_auc: 0,
  rewrite_keeps_facts: 0,
  rewrite_drops_flagged: 0,
  rewrite_uses_name: 0,
  rewrite_self_clean: 0,
  rewrite_same_language: 0,
};

const SCORER = '../shared/eval/score.mjs';
const DEV = '../shared/eval/dev.jsonl';
const present = existsSync(SCORER) && existsSync(DEV);

if (!present) console.warn(`eval test skipped: ${SCORER} and ${DEV} are not next to the project`);

describe('evaluation on the dev set (skipped when ../shared/eval is absent)', () => {
  it.skipIf(!present)(
    'every metric is at least its regression floor',
    () => {
      const r = spawnSync('node', [SCORER, DEV, '--json'], { encoding: 'utf8', maxBuffer: 1 << 26 });
      expect(r.status, r.stderr).toBe(0);
      const line = r.stdout.trim().split('\n').pop()!;
      const metrics = JSON.parse(line) as Record<string, unknown>;
      for (const [key, min] of Object.entries(MINIMUMS)) {
        const v = metrics[key];
        expect(typeof v, `metric ${key} missing`).toBe('number');
        expect(v as number, key).toBeGreaterThanOrEqual(min);
      }
    },
    300_000,
  );
});
