import Papa from 'papaparse';

export interface CsvParseOptions {
  /** Comments.csv of 2026 escapes quotes as `\"` (export-format.md §1.4 (3)). */
  backslashEscapes: boolean;
}

/** The line break LinkedIn used between records: the first one outside quotes decides. */
function detectNewline(text: string): '\n' | '\r\n' {
  let inQuotes = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '"') inQuotes = !inQuotes;
    else if (char === '\n' && !inQuotes) return text[index - 1] === '\r' ? '\r\n' : '\n';
  }
  return '\n';
}

// export-format.md §3.21: `\"` inside a quoted field, followed by text rather than a field end.
const backslashEscapedQuote = /\\"[^",\r\n]/u;

export function usesBackslashEscapes(text: string): boolean {
  return backslashEscapedQuote.test(text);
}

/** RFC 4180 reading (multi-line quoted fields, doubled quotes) of a whole table into rows. */
export function parseCsv(text: string, options: CsvParseOptions): string[][] {
  const newline = detectNewline(text);
  const result = Papa.parse<string[]>(text, {
    delimiter: ',',
    newline,
    quoteChar: '"',
    escapeChar: options.backslashEscapes ? '\\' : '"',
    skipEmptyLines: false,
    dynamicTyping: false,
  });
  const rows = result.data;
  if (newline === '\n') {
    // export-format.md §1.3: a file can mix CRLF rows into LF ones; a stray CR is no content.
    for (const row of rows) {
      const last = row.length - 1;
      const cell = row[last];
      if (cell?.endsWith('\r')) row[last] = cell.slice(0, -1);
    }
  }
  return rows;
}
