import { benchBrowser, browserSection } from './browser';
import { loadCases } from './corpus';
import { table } from './stats';
const { cases } = loadCases();
const t0 = performance.now();
const b = await benchBrowser({
  drafts: cases.filter((c) => c.lang === 'en').map((c) => c.draft),
  runs: 1,
  keystrokes: 3,
  coldStarts: 1,
  longWords: 8,
  log: console.error,
});
console.log(JSON.stringify(b.runs, null, 0).slice(0, 3000));
console.log(browserSection(b, table).join('\n'));
console.error('took', (performance.now() - t0) / 1000);
