import { clipboardFallback } from './clipboard';
import { normalizeText } from './text';
import type { WriteResult } from './types';

/** What a rung writes: text in place of [start, end) of the box's text, or of everything with `all`. */
export interface WritePlan {
  start: number;
  end: number;
  text: string;
  all: boolean;
}

/** The box as the ladder sees it: read, select, caret and undo, whatever the editor. */
export interface WriteTarget {
  /** The element events are dispatched on (the editable root, or the field). */
  element: HTMLElement;
  read(): string;
  /** Focuses the box and selects [start, end) of its text. */
  select(start: number, end: number): void;
  /** The selection as text offsets, or null when it is not in the box. */
  selection(): { start: number; end: number } | null;
  /** Reverts the last edit through the editor's own undo (used only to take back a wrong write). */
  undo(): void;
}

/** One way of writing; resolves false when it knows the editor did not take it (nothing to wait for). */
export interface Rung {
  name: string;
  apply(target: WriteTarget, plan: WritePlan): boolean | Promise<boolean>;
}

/** How long to wait for an editor to show a write it accepted (Lexical and React editors apply it later). */
const SETTLE_MS = 800;
/** How long to watch a rung that reported it did nothing, in case it still applies late. */
const QUIET_MS = 60;

/** Waits one macrotask, then one frame when there is one, so selectionchange and renders run. */
export function tick(view: Window | typeof globalThis = globalThis): Promise<void> {
  return new Promise((done) => {
    setTimeout(() => {
      if (typeof view.requestAnimationFrame === 'function' && !document.hidden) {
        // rAF does not fire in hidden documents; the timer below covers that.
        const timer = setTimeout(done, 50);
        view.requestAnimationFrame(() => {
          clearTimeout(timer);
          done();
        });
      } else done();
    }, 0);
  });
}

/** Polls the box until it reads `expected`, or `ms` pass; returns the last text read. */
async function readBack(target: WriteTarget, expected: string, ms: number): Promise<string> {
  const want = normalizeText(expected);
  const deadline = Date.now() + ms;
  let text = target.read();
  while (normalizeText(text) !== want && Date.now() < deadline) {
    await new Promise((done) => setTimeout(done, 15));
    text = target.read();
  }
  return text;
}

/** The text the box should read after the plan is applied to `before`. */
export function expectedText(before: string, plan: WritePlan): string {
  if (plan.all) return plan.text;
  return before.slice(0, plan.start) + plan.text + before.slice(plan.end);
}

/** How many times needle occurs in text (not overlapping). */
function occurrences(text: string, needle: string): number {
  if (!needle) return 0;
  let n = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) n++;
  return n;
}

/** Whether the box holds the inserted text once more than the expected result does. */
function insertedTwice(text: string, expected: string, inserted: string): boolean {
  const [t, e, i] = [normalizeText(text), normalizeText(expected), normalizeText(inserted)];
  return i.trim() !== '' && t.length > e.length && occurrences(t, i) === occurrences(e, i) + 1;
}

/** Takes back the editor's last edit and reads until the box holds expected (or the wait is over). */
async function undoOnce(target: WriteTarget, expected: string): Promise<string> {
  target.undo();
  return readBack(target, expected, SETTLE_MS);
}

/**
 * Tries the rungs in order. After each, reads the box back: the expected text means done (the caret goes to
 * the end of the inserted text); an unchanged box means the next rung may try; anything else is a wrong
 * write, which is undone and verified before going on, and stops the ladder if it cannot be undone. No rung is
 * ever retried, since a write that lands late would then land twice; and after a rung's write is read back,
 * the box is read once more, so that a late write of an earlier rung is undone rather than left doubled.
 */
export async function runLadder(target: WriteTarget, rungs: readonly Rung[], plan: WritePlan): Promise<WriteResult> {
  const before = target.read();
  const resolved: WritePlan = plan.all ? { ...plan, start: 0, end: before.length } : plan;
  const expected = expectedText(before, resolved);
  const savedSelection = target.selection();
  const caretAfter = resolved.start + resolved.text.length;
  if (normalizeText(before) === normalizeText(expected)) return { ok: true, method: 'unchanged' };
  const errors: string[] = [];
  for (const rung of rungs) {
    target.select(resolved.start, resolved.end);
    await tick();
    if (normalizeText(target.read()) !== normalizeText(before)) {
      return { ok: false, method: 'none', error: 'the draft changed while writing' };
    }
    let handled: boolean;
    try {
      handled = await rung.apply(target, resolved);
    } catch (error) {
      handled = false;
      errors.push(`${rung.name}: ${String(error)}`);
    }
    let after = await readBack(target, expected, handled ? SETTLE_MS : QUIET_MS);
    if (normalizeText(after) === normalizeText(expected)) {
      // Model-owned editors (React) may re-render over a DOM change a moment later, bringing the old text back;
      // anything else now is the agent already typing on.
      await tick();
      const again = target.read();
      if (normalizeText(again) === normalizeText(before)) after = before;
      else if (insertedTwice(again, expected, resolved.text)) {
        // An earlier rung that reported nothing applied late, on top of this one (#13): take that copy back.
        after = await undoOnce(target, expected);
        if (normalizeText(after) !== normalizeText(expected)) {
          return { ok: false, method: 'none', error: `${rung.name}: the text arrived twice and could not be undone` };
        }
      }
    }
    if (normalizeText(after) === normalizeText(expected)) {
      target.select(caretAfter, caretAfter);
      return { ok: true, method: rung.name };
    }
    if (normalizeText(after) === normalizeText(before)) {
      errors.push(`${rung.name}: not taken`);
      continue;
    }
    // The text twice at once (a late rung and this one in the same editor update): one undo leaves it once.
    if (insertedTwice(after, expected, resolved.text)) {
      if (normalizeText(await undoOnce(target, expected)) === normalizeText(expected)) {
        target.select(caretAfter, caretAfter);
        return { ok: true, method: rung.name };
      }
    }
    // A wrong write (e.g. CKEditor 5 taking only the first line of an insertText): take it back.
    target.undo();
    const reverted = await readBack(target, before, SETTLE_MS);
    if (normalizeText(reverted) !== normalizeText(before)) {
      return { ok: false, method: 'none', error: `${rung.name} wrote something else and could not be undone` };
    }
    errors.push(`${rung.name}: wrote something else (undone)`);
  }
  const copied = await clipboardFallback(target, resolved);
  if (savedSelection && !copied) target.select(savedSelection.start, savedSelection.end);
  return {
    ok: false,
    method: copied ? 'clipboard' : 'none',
    error: copied
      ? `The editor did not accept the text; it is on the clipboard: press Ctrl+V to paste. (${errors.join('; ')})`
      : `The editor did not accept the text. (${errors.join('; ')})`,
  };
}
