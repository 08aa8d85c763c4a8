/** `tact packs validate FILE.json` and `tact packs export [--lang xx]`. */
import { readFile } from 'node:fs/promises';
import { LANGUAGES } from '../../engine/types';
import { BUILTIN_PACKS } from '../../packs/builtin';
import { formatPackError, PACK_LIMITS, validatePackJson, validatePackSet } from '../../packs/schema';
import { parseArgs, str, UsageError } from '../args';
import { type Io, write } from '../io';

/** Runs `tact packs validate FILE.json`: one pack or an array of packs; exit 1 when invalid. */
export async function runPacksValidate(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, {});
  if (args.positionals.length !== 1) throw new UsageError('packs validate needs exactly one FILE.json');
  const file = args.positionals[0]!;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    await write(io.stderr, `tact packs validate: cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : e}\n`);
    return 1;
  }
  const trimmed = text.trimStart();
  let errors: string[] = [];
  let summary: string[] = [];
  let ids: string[] = [];
  if (trimmed.startsWith('[')) {
    if (new TextEncoder().encode(text).length > PACK_LIMITS.maxJsonBytes * 20) errors = ['pack set: file too large'];
    else {
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (e) {
        errors = [`invalid JSON: ${e instanceof Error ? e.message : e}`];
      }
      if (Array.isArray(value)) {
        const v = validatePackSet(value);
        if (v.ok) {
          summary = v.packs.map((p) => `ok: pack "${p.id}" (${p.language}, ${p.scenario}, ${p.rules.length} rules)`);
          ids = v.packs.map((p) => p.id);
        } else errors = v.errors.map(formatPackError);
      }
    }
  } else {
    const v = validatePackJson(text);
    if (v.ok) {
      summary = [`ok: pack "${v.pack.id}" (${v.pack.language}, ${v.pack.scenario}, ${v.pack.rules.length} rules)`];
      ids = [v.pack.id];
    } else errors = v.errors.map(formatPackError);
  }
  // An imported pack with a built-in id would replace the built-in one: worth saying.
  const clash = ids.filter((id) => BUILTIN_PACKS.some((b) => b.id === id));
  if (errors.length) {
    await write(io.stderr, `${errors.map((e) => `${file}: ${e}`).join('\n')}\n`);
    await write(io.stderr, `${errors.length} error${errors.length === 1 ? '' : 's'}\n`);
    return 1;
  }
  await write(io.stdout, `${summary.join('\n')}\n`);
  if (clash.length) await write(io.stderr, `note: same id as a built-in pack: ${clash.join(', ')}\n`);
  return 0;
}

/** Runs `tact packs export [--lang xx]`: the built-in packs as JSON. */
export async function runPacksExport(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, { lang: { type: 'string' } });
  if (args.positionals.length) throw new UsageError(`unexpected argument "${args.positionals[0]}"`);
  const lang = str(args, 'lang');
  if (lang !== undefined && !(LANGUAGES as readonly string[]).includes(lang))
    throw new UsageError(`--lang must be one of ${LANGUAGES.join(', ')}`);
  const packs = lang ? BUILTIN_PACKS.filter((p) => p.language === lang) : BUILTIN_PACKS;
  await write(io.stdout, `${JSON.stringify(packs, null, 2)}\n`);
  return 0;
}
