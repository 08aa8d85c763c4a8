/** The `tact` command: analyse drafts (JSON Lines or one text), lint saved replies, validate and export packs. */
import { pathToFileURL } from 'node:url';
import { UsageError } from './args';
import { runAnalyze } from './commands/analyze';
import { runLint } from './commands/lint';
import { runPacksExport, runPacksValidate } from './commands/packs';
import type { Io } from './io';

/** Usage text, printed on a usage error and for `tact help`. */
export const USAGE = `usage:
  tact analyze                      JSON Lines on stdin ({id?, draft, customer?, customerName?, lang?}),
                                    one JSON line per input line on stdout
  tact analyze --text "…" [--customer "…"] [--name NAME] [--lang en|et|lv|ru] [--scenario S] [--json]
                                    a readable report for one draft
  tact lint FILE [--json] [--progress] [--lang xx]
                                    audit saved replies: CSV with a "text" column (id, name optional)
                                    or JSON Lines with "text"/"draft"; worst score first
  tact packs validate FILE.json     check a rule pack (or an array of packs) against the schema
  tact packs export [--lang xx]     print the built-in packs as JSON
`;

/** Runs the command line; returns the exit code (2 for usage errors). */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [cmd, ...rest] = argv;
  try {
    switch (cmd) {
      case 'analyze':
        return await runAnalyze(rest, io);
      case 'lint':
        return await runLint(rest, io);
      case 'packs': {
        const [sub, ...more] = rest;
        if (sub === 'validate') return await runPacksValidate(more, io);
        if (sub === 'export') return await runPacksExport(more, io);
        throw new UsageError(sub ? `unknown packs command "${sub}"` : 'packs needs "validate" or "export"');
      }
      case 'help':
      case '--help':
      case '-h':
        io.stdout.write(USAGE);
        return 0;
      case undefined:
        throw new UsageError('missing command');
      default:
        throw new UsageError(`unknown command "${cmd}"`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`tact: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    throw e;
  }
}

// Run when executed directly (tsx lib/cli/main.ts …), not when imported by tests.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // A closed pipe (e.g. `| head`) is not an error worth a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  main(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`tact: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
