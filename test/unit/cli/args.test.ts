import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../../../lib/cli/args';

const spec = { text: { type: 'string' }, json: { type: 'boolean' } } as const;

describe('parseArgs', () => {
  it('reads --name value, --name=value, flags and positionals', () => {
    expect(parseArgs(['f.csv', '--text', 'hi', '--json'], spec)).toEqual({
      positionals: ['f.csv'],
      options: { text: 'hi', json: true },
    });
    expect(parseArgs(['--text=a=b', '--', '--json'], spec)).toEqual({
      positionals: ['--json'],
      options: { text: 'a=b' },
    });
  });
  it('refuses unknown options, missing values and values on flags', () => {
    expect(() => parseArgs(['--nope'], spec)).toThrow(UsageError);
    expect(() => parseArgs(['--text'], spec)).toThrow('--text needs a value');
    expect(() => parseArgs(['--json=1'], spec)).toThrow('--json takes no value');
    expect(() => parseArgs(['-x'], spec)).toThrow('unknown option -x');
  });
});
