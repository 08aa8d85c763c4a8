import { describe, expect, it } from 'vitest';
import { CsvError, parseCsv, parseCsvRecords, sniffDelimiter } from '../../../lib/cli/csv';

describe('parseCsv (RFC 4180)', () => {
  it('parses plain fields and CRLF or LF records', () => {
    expect(parseCsv('a,b\r\n1,2\n3,4')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
  });
  it('handles quotes, escaped quotes, delimiters and line breaks inside quotes', () => {
    expect(parseCsv('id,text\n1,"Hello, ""friend""\nsecond line"\n2,""')).toEqual([
      ['id', 'text'],
      ['1', 'Hello, "friend"\nsecond line'],
      ['2', ''],
    ]);
  });
  it('strips a BOM and skips blank lines, keeps empty fields', () => {
    expect(parseCsv('\ufeffa,b\n\n,x\n')).toEqual([
      ['a', 'b'],
      ['', 'x'],
    ]);
  });
  it('keeps a trailing empty field', () => {
    expect(parseCsv('a,b,\n')).toEqual([['a', 'b', '']]);
  });
  it('sniffs ; and tab delimiters from the header', () => {
    expect(sniffDelimiter('id;text\n1;"a,b"')).toBe(';');
    expect(sniffDelimiter('id\ttext')).toBe('\t');
    expect(sniffDelimiter('"a;b",c')).toBe(',');
    expect(parseCsv('id;text\n1;"a, b; c"')).toEqual([
      ['id', 'text'],
      ['1', 'a, b; c'],
    ]);
  });
  it('reports an unterminated quote with its line', () => {
    expect(() => parseCsv('a,b\n1,"open\nstill open')).toThrow(CsvError);
    expect(() => parseCsv('a,b\n1,"open\nstill open')).toThrow('unterminated quoted field (line 2)');
  });
  it('reads records by lower-cased header', () => {
    const { header, records } = parseCsvRecords('ID,Text\n7,"hi"\n8');
    expect(header).toEqual(['id', 'text']);
    expect(records).toEqual([
      { id: '7', text: 'hi' },
      { id: '8', text: '' },
    ]);
  });
});
