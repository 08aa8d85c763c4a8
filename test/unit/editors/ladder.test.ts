// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { expectedText, type Rung, runLadder, type WriteTarget } from '../../../lib/editors/ladder';

/** A box holding a string, with an undo stack, standing in for an editor. */
function fakeBox(initial: string) {
  const history: string[] = [];
  const element = document.createElement('div');
  let selection = { start: initial.length, end: initial.length };
  const state = { text: initial };
  const target: WriteTarget = {
    element,
    read: () => state.text,
    select(start, end) {
      selection = { start, end };
    },
    selection: () => selection,
    undo() {
      const previous = history.pop();
      if (previous !== undefined) state.text = previous;
    },
  };
  const write = (text: string) => {
    history.push(state.text);
    state.text = text;
  };
  return { target, state, write, getSelection: () => selection };
}

const ignored: Rung = { name: 'ignored', apply: () => false };

describe('runLadder', () => {
  test('the first rung that gives the expected text wins; the caret goes after the insertion', async () => {
    const box = fakeBox('Calm down now.');
    const good: Rung = {
      name: 'good',
      apply: (_t, plan) => {
        box.write(expectedText(box.state.text, plan));
        return true;
      },
    };
    const result = await runLadder(box.target, [ignored, good], { start: 0, end: 9, text: 'I hear you', all: false });
    expect(result).toEqual({ ok: true, method: 'good' });
    expect(box.state.text).toBe('I hear you now.');
    expect(box.getSelection()).toEqual({ start: 10, end: 10 });
  });

  test('a wrong write is undone before the next rung, and never retried', async () => {
    const box = fakeBox('old');
    let wrongCalls = 0;
    const firstLineOnly: Rung = {
      name: 'firstLineOnly',
      apply: (_t, plan) => {
        wrongCalls++;
        box.write(plan.text.split('\n')[0] ?? '');
        return true;
      },
    };
    const good: Rung = {
      name: 'good',
      apply: (_t, plan) => {
        box.write(plan.text);
        return true;
      },
    };
    const result = await runLadder(box.target, [firstLineOnly, good], { start: 0, end: 0, text: 'a\nb', all: true });
    expect(result).toEqual({ ok: true, method: 'good' });
    expect(box.state.text).toBe('a\nb');
    expect(wrongCalls).toBe(1);
  });

  test('a wrong write that cannot be undone stops the ladder', async () => {
    const box = fakeBox('old');
    box.target.undo = () => {};
    let laterCalled = false;
    const wrong: Rung = {
      name: 'wrong',
      apply: () => {
        box.state.text = 'garbage';
        return true;
      },
    };
    const later: Rung = {
      name: 'later',
      apply: () => {
        laterCalled = true;
        return true;
      },
    };
    const result = await runLadder(box.target, [wrong, later], { start: 0, end: 0, text: 'new', all: true });
    expect(result.ok).toBe(false);
    expect(laterCalled).toBe(false);
  });

  test('when no rung takes the text the draft stays exactly as it was', async () => {
    const box = fakeBox('Calm down.');
    const result = await runLadder(box.target, [ignored, ignored], { start: 0, end: 4, text: 'Relax', all: false });
    expect(result.ok).toBe(false);
    expect(box.state.text).toBe('Calm down.');
  });

  test('a rung that applies late (after reporting success) is waited for, not repeated', async () => {
    const box = fakeBox('x');
    let calls = 0;
    const late: Rung = {
      name: 'late',
      apply: (_t, plan) => {
        calls++;
        setTimeout(() => box.write(plan.text), 100);
        return true;
      },
    };
    const result = await runLadder(box.target, [late, late], { start: 0, end: 0, text: 'hello', all: true });
    expect(result).toEqual({ ok: true, method: 'late' });
    expect(calls).toBe(1);
    expect(box.state.text).toBe('hello');
  });

  test('a draft that changes under the ladder is not written', async () => {
    const box = fakeBox('abc');
    box.target.select = () => {
      box.state.text = 'abcd';
    };
    const result = await runLadder(box.target, [ignored], { start: 0, end: 1, text: 'z', all: false });
    expect(result).toMatchObject({ ok: false });
    expect(box.state.text).toBe('abcd');
  });

  test('a rung that reported nothing but applies late, after the next rung wrote, is undone, not left doubled (#13)', async () => {
    const box = fakeBox('');
    let pending: (() => void) | null = null;
    // Like Lexical: the write is queued, the rung sees no change and says so, and the editor applies it with its
    // next update, which the following rung's write starts.
    const lateOne: Rung = {
      name: 'late',
      apply: (_t, plan) => {
        pending = () => box.write(expectedText(box.state.text, plan));
        return false;
      },
    };
    const next: Rung = {
      name: 'next',
      apply: (_t, plan) => {
        box.write(expectedText(box.state.text, plan));
        const queued = pending;
        if (queued) setTimeout(queued, 0);
        return true;
      },
    };
    const plan = { start: 0, end: 0, text: 'I hear you.', all: false };
    const result = await runLadder(box.target, [lateOne, next], plan);
    expect(result).toEqual({ ok: true, method: 'next' });
    expect(box.state.text).toBe('I hear you.');
  });

  test('the text arriving twice in one update is taken back to once (#13)', async () => {
    const box = fakeBox('');
    const twice: Rung = {
      name: 'twice',
      apply: (_t, plan) => {
        box.write(plan.text);
        box.write(plan.text + plan.text);
        return true;
      },
    };
    const result = await runLadder(box.target, [twice], { start: 0, end: 0, text: 'Thanks!', all: true });
    expect(result).toEqual({ ok: true, method: 'twice' });
    expect(box.state.text).toBe('Thanks!');
  });
});
