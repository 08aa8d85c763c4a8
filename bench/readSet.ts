/**
 * The read set (data/rewrite/read, issue #11): conversations kept for a native-level reader to rate the
 * rewrites, never tuned on. `npm run read:rewrites -- --lang lv` prints each conversation with the draft and the
 * rewrite as markdown, ready to be read and rated (grammar, naturalness, faithfulness, usefulness, 1–5).
 */
import { join } from 'node:path';
import { analyzeCase, REWRITE_DIR, rewriteCases } from './rewriteSet';

const i = process.argv.indexOf('--lang');
const lang = i >= 0 ? (process.argv[i + 1] ?? 'en') : 'en';
const cases = rewriteCases(lang, join(REWRITE_DIR, 'read'));
const out: string[] = [`# Rewrites to read: ${lang} (${cases.length} conversations)`];
for (const c of cases) {
  const a = analyzeCase(c);
  out.push(
    `\n## ${c.id} — ${c.industry}, ${c.scenario}, ${c.good ? 'good draft' : 'draft to fix'}`,
    `**Customer${c.customerName ? ` (${c.customerName})` : ''}:** ${c.customer}`,
    `\n**Draft:**\n\n${c.draft}`,
    `\n**Flagged:** ${a.findings.map((f) => `“${f.text}”`).join(', ') || 'nothing'} · scenario ${a.scenario}`,
    `\n**Rewrite:**\n\n${a.rewrite}`,
  );
}
console.log(out.join('\n'));
