/**
 * RFC 4180 CSV: quoted fields with "" for a quote, line breaks inside quotes, CRLF or LF records, a leading BOM.
 * The delimiter is sniffed from the header (`,`, `;` as spreadsheet programs write in many locales, or tab).
 */

/** A malformed CSV (an unterminated quote), with the 1-based line where the field began. */
export class CsvError extends Error {
  readonly line: number;
  constructor(message: string, line: number) {
    super(`${message} (line ${line})`);
    this.name = 'CsvError';
    this.line = line;
  }
}

/** Picks the delimiter that splits the header line (outside quotes) most: ',', ';' or tab. */
export function sniffDelimiter(text: string): string {
  let inQuotes = false;
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (c === '\n' || c === '\r')) break;
    else if (!inQuotes && c in counts) counts[c]!++;
  }
  let best = ',';
  for (const d of [';', '\t']) if (counts[d]! > counts[best]!) best = d;
  return best;
}

/** Parses CSV text into rows of fields. Blank lines are skipped. Throws CsvError on an unterminated quote. */
export function parseCsv(input: string, delimiter?: string): string[][] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const d = delimiter ?? sniffDelimiter(text);
  const dc = d.charCodeAt(0);
  const rows: string[][] = [];
  const n = text.length;
  let row: string[] = [];
  let i = 0;
  let line = 1;
  // Reads one field starting at i; leaves i on the delimiter, the line break or the end.
  while (i <= n) {
    let field: string;
    if (text.charCodeAt(i) === 0x22) {
      // A quoted field: runs of text between quotes, "" for a quote; slices, not characters, for speed.
      const startLine = line;
      const parts: string[] = [];
      let from = i + 1;
      for (;;) {
        const q = text.indexOf('"', from);
        if (q < 0) throw new CsvError('unterminated quoted field', startLine);
        const chunk = text.slice(from, q);
        for (let k = chunk.indexOf('\n'); k >= 0; k = chunk.indexOf('\n', k + 1)) line++;
        parts.push(chunk);
        if (text.charCodeAt(q + 1) === 0x22) {
          parts.push('"');
          from = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      field = parts.join('');
      // Anything between the closing quote and the delimiter is kept, as spreadsheets do.
      let j = i;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === dc || c === 0x0a || c === 0x0d) break;
        j++;
      }
      if (j > i) field += text.slice(i, j);
      i = j;
    } else {
      let j = i;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === dc || c === 0x0a || c === 0x0d) break;
        j++;
      }
      field = text.slice(i, j);
      i = j;
    }
    row.push(field);
    if (i < n && text.charCodeAt(i) === dc) {
      i++;
      continue;
    }
    // End of record: a blank line (one empty field) is not a record.
    if (row.length > 1 || row[0] !== '') rows.push(row);
    row = [];
    if (i >= n) break;
    i += text.charCodeAt(i) === 0x0d && text.charCodeAt(i + 1) === 0x0a ? 2 : 1;
    line++;
    if (i >= n) break;
  }
  return rows;
}

/** Parses CSV with a header row into records keyed by the (trimmed, lower-cased) header names. */
export function parseCsvRecords(input: string): { header: string[]; records: Record<string, string>[] } {
  const rows = parseCsv(input);
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  const records = rows.slice(1).map((r) => {
    const rec: Record<string, string> = {};
    header.forEach((h, k) => {
      if (h && !(h in rec)) rec[h] = r[k] ?? '';
    });
    return rec;
  });
  return { header, records };
}
