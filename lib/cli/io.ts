/** The streams a command talks to, so tests can pass their own. */
import type { Readable, Writable } from 'node:stream';

/** An output stream, possibly a terminal. */
export type Out = Writable & { isTTY?: boolean; columns?: number };

/** What a command reads and writes. */
export interface Io {
  stdin: Readable;
  stdout: Out;
  stderr: Out;
  env: Readonly<Record<string, string | undefined>>;
}

/** Writes text, waiting for the stream to drain when its buffer is full (keeps memory flat on long runs). */
export function write(out: Writable, text: string): Promise<void> | undefined {
  if (out.write(text)) return undefined;
  return new Promise((resolve) => out.once('drain', () => resolve()));
}

/** Whether to use ANSI styling on a stream (a terminal, and NO_COLOR not set). */
export function ansiFor(out: Out, env: Io['env']): boolean {
  return Boolean(out.isTTY) && !env.NO_COLOR && env.TERM !== 'dumb';
}
