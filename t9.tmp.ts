import { BUILTIN_PACKS } from './lib/packs/builtin';
import { compilePacks, compilePatterns } from './lib/packs/compile';
import { indexText } from './lib/packs/text';
import { loadCases } from './bench/corpus';
const cases = loadCases().cases;
for (const lang of ['en','et','lv','ru'] as const) {
  const set = compilePacks(BUILTIN_PACKS.filter(p=>p.language===lang));
  const ps = compilePatterns(set.patterns);
  const st = {steps:0, starts:0}; let words = 0;
  const ixs = cases.filter(c=>c.lang===lang).map(c=>indexText(c.draft));
  for (const ix of ixs) { words += ix.words.length; ps.scan(ix, st); }
  const c0 = process.cpuUsage(); for (let r=0;r<400;r++) for (const ix of ixs) ps.scan(ix); const c = process.cpuUsage(c0);
  console.log(lang, 'steps/word', (st.steps/words).toFixed(1), 'cpu µs/word', ((c.user+c.system)/(400*words)).toFixed(2));
}
