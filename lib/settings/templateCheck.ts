import { TEMPLATE_SLOTS } from '../packs/types';

/** A problem in a template part being edited. */
export interface TemplateProblem {
  /** 1-based part number. */
  part: number;
  kind: 'unknown-slot' | 'unbalanced';
  /** The unknown slot's name. */
  slot?: string;
}

/** Checks template parts as the agent types: every {slot} known, every brace closed. */
export function checkTemplateParts(parts: readonly string[]): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  parts.forEach((text, i) => {
    let depth = 0;
    let name = '';
    for (const ch of text) {
      if (ch === '{') {
        if (depth > 0) break;
        depth = 1;
        name = '';
      } else if (ch === '}') {
        if (depth === 0) {
          depth = -1;
          break;
        }
        depth = 0;
        if (!(TEMPLATE_SLOTS as readonly string[]).includes(name)) {
          problems.push({ part: i + 1, kind: 'unknown-slot', slot: name });
        }
      } else if (depth > 0) name += ch;
    }
    if (depth !== 0) problems.push({ part: i + 1, kind: 'unbalanced' });
  });
  return problems;
}
