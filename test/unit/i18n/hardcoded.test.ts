import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Every word the badge, panel, popup and settings page show comes from the message tables (#15): this reads the
 * sources of components/ and lib/page/ and fails on user-visible text written into them.
 */
const ROOT = join(import.meta.dirname, '../../..');
const DIRS = ['components', 'lib/page'];
/** Attributes a person reads or hears. */
const VISIBLE_ATTRS = new Set(['aria-label', 'title', 'placeholder', 'alt', 'aria-description', 'label']);
/** Text that is the same in every language: the product's name, a key's name, a one-letter logo, a host name. */
const SAME_IN_EVERY_LANGUAGE = [/^Tact$/, /^(Esc|Enter|Tab)$/, /^\p{L}$/u, /^[a-z0-9-]+(\.[a-z0-9-]+)+$/];
/** Code in a string: CSS rules, selectors, media queries. */
const CODE = /[{}[\]]|^\(.*\)$/;
/** Sample drafts in each draft language (the templates' preview), not interface text. */
const DATA_FILES = new Set(['components/options/samples.ts']);
/** Calls whose string arguments are not shown: errors, selectors, DOM and CSS names. */
const SILENT_CALLS =
  /^(Error|TypeError|RangeError|querySelector|querySelectorAll|closest|matches|setAttribute|getAttribute|hasAttribute|removeAttribute|createElement|addEventListener|removeEventListener|setProperty|getPropertyValue|log|warn|error|debug|t|count)$/;
/** Object properties that never reach the screen (an editor's internal error, a CSS class). */
const SILENT_PROPS = new Set(['error', 'className', 'method', 'kind', 'reason']);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const hasLetters = (s: string) => /\p{L}/u.test(s);
const twoWords = (s: string) => /\p{L}{2,}[\s,.:;!?…]+\p{L}{2,}/u.test(s) && /\s/.test(s);
const exempt = (s: string) => SAME_IN_EVERY_LANGUAGE.some((re) => re.test(s.trim())) || CODE.test(s.trim());

function calleeName(call: ts.CallExpression | ts.NewExpression): string {
  const e = call.expression;
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e)) return e.name.text;
  return '';
}

/** Whether a string literal sits where it is never shown (import, error, selector, class name, type). */
function silentPlace(node: ts.Node): boolean {
  for (let p: ts.Node | undefined = node.parent; p; p = p.parent) {
    if (ts.isImportDeclaration(p) || ts.isExportDeclaration(p) || ts.isTypeNode(p)) return true;
    if ((ts.isCallExpression(p) || ts.isNewExpression(p)) && SILENT_CALLS.test(calleeName(p))) return true;
    if (ts.isThrowStatement(p)) return true;
    if (ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && SILENT_PROPS.has(p.name.text)) return true;
    if (ts.isJsxAttribute(p)) return !VISIBLE_ATTRS.has(p.name.getText());
    if (ts.isBinaryExpression(p) && /^[=!]==?$/.test(p.operatorToken.getText())) return true;
    if (ts.isCaseClause(p)) return true;
    if (ts.isBlock(p) || ts.isSourceFile(p)) return false;
  }
  return false;
}

/** The user-visible strings written into one source file, as "file:line: text". */
function hardCodedStrings(path: string, text = readFileSync(path, 'utf8')): string[] {
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, s: string) => {
    const { line } = file.getLineAndCharacterOfPosition(node.getStart());
    found.push(`${relative(ROOT, path)}:${line + 1}: ${s.trim()}`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) {
      if (hasLetters(node.text) && !exempt(node.text)) report(node, node.text);
    } else if (ts.isStringLiteral(node) && ts.isJsxAttribute(node.parent)) {
      // An attribute's text: one word is enough ("Close").
      if (VISIBLE_ATTRS.has(node.parent.name.getText()) && hasLetters(node.text) && !exempt(node.text))
        report(node, node.text);
    } else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (twoWords(node.text) && !exempt(node.text) && !silentPlace(node)) report(node, node.text);
    } else if (ts.isTemplateExpression(node)) {
      const pieces = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
      if (twoWords(pieces) && !exempt(pieces) && !silentPlace(node)) report(node, pieces);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('user-visible text comes from the message tables', () => {
  it('components/ and lib/page/ hold no hard-coded interface text', () => {
    const files = DIRS.flatMap((d) => sources(join(ROOT, d))).filter((p) => !DATA_FILES.has(relative(ROOT, p)));
    const found = files.flatMap((p) => hardCodedStrings(p));
    expect(found).toEqual([]);
  });

  it('catches text in JSX, in visible attributes and in notices', () => {
    const sample = [
      'export const A = () => <p title="Close panel">Nothing to change</p>;',
      "export const B = () => <button aria-label={'Close'} className=\"tact-button tact-button--ghost\">{t('copy')}</button>;",
      "export function c(n: number) { return { kind: 'info', text: `Replaced ${n} words.` }; }",
      "export function d() { return { kind: 'info', text: 'Original draft restored.' }; }",
      "export function e() { throw new Error('no reply box on this page'); }",
      'export const f = () => <input placeholder="support.example.com" />;',
      'export const g = () => <kbd>Esc</kbd>;',
    ].join('\n');
    const found = hardCodedStrings(join(ROOT, 'components/Sample.tsx'), sample).map((s) => s.replace(/^.*?: /, ''));
    expect(found).toEqual(['Close panel', 'Nothing to change', 'Replaced   words.', 'Original draft restored.']);
  });
});
