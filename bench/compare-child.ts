/**
 * Times one tool of the comparison in a process of its own: `compare-child.ts TOOL DRAFTS.json RUNS` prints a
 * ChildReport as JSON (see benchCompare in ./node.ts).
 */
import { readFileSync } from 'node:fs';
import { BUILTIN_PACKS } from '../lib/packs/builtin';
import { loadTool, TOOL_IDS, type ToolId, timeTool } from './node';

const [id, file, runs] = process.argv.slice(2);
if (!TOOL_IDS.includes(id as ToolId) || !file) throw new Error('usage: compare-child.ts TOOL DRAFTS.json RUNS');
const drafts = JSON.parse(readFileSync(file, 'utf8')) as string[];
const tool = await loadTool(id as ToolId, BUILTIN_PACKS);
const report = await timeTool(tool, drafts, Number(runs) || 5);
process.stdout.write(`${JSON.stringify(report)}\n`);
