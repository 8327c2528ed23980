import Papa from 'papaparse';
import type { TableSpec } from '../catalog/schema.js';
import { HeaderSearch, isBlankRow, type TableEnd, type TableRow } from './table-header.js';
import { checkRowLength, maxRowCharacters } from './oversized-text.js';
import { BackslashPairs, withBackslashes } from './backslash-pairs.js';
import { RowRepairs, unquoteWholeField } from './repairs.js';

/**
 * A table's line break: the first one outside quotes decides. LinkedIn writes LF or CRLF
 * (export-format.md §1.3); a lone CR comes from a file re-saved as an old spreadsheet program's
 * "CSV (Macintosh)", and is read as LF rather than as one endless row.
 */
export type LineBreak = '\n' | '\r\n' | '\r';

export interface TableStreamOptions {
  /** Comments.csv of 2026 escapes quotes as `\"` (export-format.md §1.4 (3)); decided per file. */
  backslashEscapes: boolean;
}

/**
 * The most text made into one string at a time, in bytes decoded and in characters parsed. V8
 * puts a string of 128 KiB or more (64 Ki characters of UTF-16) in a space of its own, mapped
 * fresh for each one: at 64 Ki characters, papaparse's flattening of the unparsed text took a
 * third of the large export's page faults, about 0.5 s of its 3.8 s (docs/performance.md, "Page
 * faults"). Below it, strings live and die in the young generation, whose pages are reused.
 */
export const textPieceLength = 32 * 1024;

/** Text parsed at a time; a longer unfinished row waits for as much again (linear on huge fields). */
const minimumParseLength = textPieceLength;

/**
 * Line breaks inside cells as LF. export-format.md §1.3: S2's CRLF files (Mar 2024) hold CRLF in
 * their multi-line posts and comments, and Learning.csv in its descriptions, where the same text
 * exported later holds LF: read as written, a post's text kept its CRs and its id (a hash of its
 * cells) changed between the two exports, so `diff` called it deleted and new.
 */
function withLineFeeds(cells: string[]): void {
  for (let index = 0; index < cells.length; index++) {
    const cell = cells[index];
    if (cell?.includes('\r')) cells[index] = cell.replace(/\r\n?/gu, '\n');
  }
}

/** Looks at the start only: the text may be a line of many megabytes. */
function startsWithIgnoringCase(text: string, start: string): boolean {
  return text.slice(0, start.length).toLowerCase() === start.toLowerCase();
}

/**
 * Reads one CSV table from text pushed in chunks, the way its catalog entry says: header by
 * content, repairs, blank rows out. Rows come back from `push` as soon as they are complete, so
 * no table is ever held whole; any chunking gives the same rows as reading the text at once.
 */
export class TableStream {
  private prefix = '';
  /**
   * The text the search for the first line break outside quotes has still to look at, and its
   * quote state. Only what came since is looked at: the whole text indexed at every piece was
   * copied flat each time, 8 s for a 16 MiB line.
   */
  private unscanned = '';
  private scanInQuotes = false;
  private parser: Papa.Parser | null = null;
  private newline: LineBreak = '\n';
  private unparsed = '';
  private nextParseLength = minimumParseLength;
  private started = false;
  private ended = false;
  private stub = false;
  private readonly headerSearch: HeaderSearch;
  /**
   * export-format.md §1.4 (4), §3.28: a table LinkedIn wrote without quoting its free text, so a
   * quote only quotes a field it wraps whole (csv/repairs.ts), and a row is one line.
   */
  private readonly quotesWrapWholeFields: boolean;
  private dataRowNumber = 0;
  private repairs: RowRepairs | null = null;
  private emitted = 0;
  private raggedRows = 0;
  private unclosedQuoteRow: number | null = null;
  /** Whether the text ended inside quotes, header found or not. */
  private quoteLeftOpen = false;
  /** Whether a CR was seen in the file: only then are its cells looked at for one. */
  private carriageReturns = false;
  private readonly backslashPairs: BackslashPairs | null;
  /** Where the text's first character other than white space is; -1 until it came. */
  private contentStart = -1;
  /** How much of the text is white space only, while `contentStart` is -1. */
  private blankLength = 0;

  constructor(
    private readonly spec: TableSpec,
    private readonly options: TableStreamOptions,
  ) {
    this.headerSearch = new HeaderSearch(spec);
    this.quotesWrapWholeFields = spec.repairs.includes('quotes-wrap-whole-fields');
    this.backslashPairs = options.backslashEscapes ? new BackslashPairs() : null;
  }

  /** The header, once found; rows are only handed out after it. */
  get columns(): readonly string[] | null {
    return this.headerSearch.header;
  }

  push(pushed: string): TableRow[] {
    if (this.ended) throw new Error('TableStream: push after end');
    return this.pushText(this.backslashPairs ? this.backslashPairs.push(pushed) : pushed);
  }

  private pushText(text: string): TableRow[] {
    if (this.parser) return this.feed(this.asLineFeeds(text), false);
    // The decoder drops a byte-order mark; a second one (a re-saved file) is dropped here, in
    // the first text that arrives, however the bytes were cut into chunks.
    const added = this.started ? text : text.replace(/^\uFEFF/u, '');
    this.prefix += added;
    this.unscanned += added;
    if (text !== '') this.started = true;
    const rows = this.tryStart(false);
    // Still waiting for the first line break outside quotes (the parser emptied it once found):
    // all of it is one row so far.
    checkRowLength(this.prefix.length);
    return rows;
  }

  end(): { rows: TableRow[]; result: TableEnd } {
    const odd = this.backslashPairs?.end() ?? '';
    const before = odd === '' ? [] : this.pushText(odd);
    const rows = [...before, ...(this.parser ? this.feed('', true) : this.tryStart(true))];
    this.ended = true;
    const tail = this.repairs ? this.accept(this.repairs.end()) : [];
    return { rows: [...rows, ...tail], result: this.result() };
  }

  private result(): TableEnd {
    return this.headerSearch.end({
      content: !this.stub && (this.prefix.trim() !== '' || this.parser !== null),
      records: this.emitted,
      raggedRows: this.raggedRows,
      rejoinedLines: this.repairs?.rejoinedLines ?? 0,
      unclosedQuoteRow: this.unclosedQuoteRow,
      quoteLeftOpen: this.quoteLeftOpen,
    });
  }

  /**
   * Before parsing: the stub sentence (§1.3), an all-blank file, and the line break LinkedIn used
   * (the first one outside quotes decides) need the start of the text, not all of it.
   */
  private tryStart(final: boolean): TableRow[] {
    const text = this.prefix;
    // Looked for once, however many pieces come before the first line break: trimmed and
    // lowered whole at every piece, a file of one endless line took 28 s to reach its limit.
    if (this.contentStart === -1) {
      const found = text.slice(this.blankLength).search(/\S/u);
      if (found === -1) this.blankLength = text.length;
      else this.contentStart = this.blankLength + found;
    }
    const leading = this.contentStart === -1 ? '' : text.slice(this.contentStart);
    if (leading === '' && !final) return [];
    const { stubText } = this.spec;
    if (stubText && leading.length < stubText.length && !final) return [];
    if (stubText && startsWithIgnoringCase(leading, stubText)) {
      this.stub = true;
      return [];
    }
    if (leading === '') return [];
    const newline = this.findNewline(final);
    if (newline === null) return [];
    this.newline = newline;
    this.parser = new Papa.Parser({
      delimiter: ',',
      newline: newline === '\r' ? '\n' : newline,
      // NUL never reaches the parser (csv/decode.ts drops it): no quote then starts a field.
      quoteChar: this.quotesWrapWholeFields ? '\u0000' : '"',
      escapeChar: this.options.backslashEscapes ? '\\' : '"',
      skipEmptyLines: false,
      dynamicTyping: false,
    });
    this.prefix = '';
    return this.feed(this.asLineFeeds(text), final);
  }

  /** A file whose lines end in CR alone is read as if they ended in LF, in-cell breaks too. */
  private asLineFeeds(text: string): string {
    return this.newline === '\r' ? text.replaceAll('\r', '\n') : text;
  }

  private findNewline(final: boolean): LineBreak | null {
    const text = this.unscanned;
    let inQuotes = this.scanInQuotes;
    let index = 0;
    for (; index < text.length; index++) {
      const char = text[index];
      if (char === '"' && !this.quotesWrapWholeFields) inQuotes = !inQuotes;
      else if (inQuotes) continue;
      else if (char === '\n') return text[index - 1] === '\r' ? '\r\n' : '\n';
      else if (char === '\r' && index + 1 < text.length && text[index + 1] !== '\n') return '\r';
      else if (char === '\r' && index + 1 === text.length && !final) break;
    }
    // A CR at the end waits for the next piece, which says whether an LF follows it.
    this.unscanned = text.slice(index);
    this.scanInQuotes = inQuotes;
    return final ? (this.prefix.endsWith('\r') && !inQuotes ? '\r' : '\n') : null;
  }

  private feed(text: string, final: boolean): TableRow[] {
    if (!this.carriageReturns && text.includes('\r')) this.carriageReturns = true;
    this.unparsed += text;
    if (!final && this.unparsed.length < this.nextParseLength) return [];
    const parser = this.parser;
    if (!parser) return [];
    // @types/papaparse types the low-level parser's result as any.
    const parsed = parser.parse(this.unparsed, 0, !final) as Papa.ParseResult<string[]>;
    this.unparsed = final ? '' : this.unparsed.slice(parsed.meta.cursor);
    checkRowLength(this.unparsed.length);
    // No later than one character past the longest row: the check above then sees it.
    this.nextParseLength = Math.min(
      Math.max(minimumParseLength, 2 * this.unparsed.length),
      maxRowCharacters + 1,
    );
    const rows = parsed.data;
    if (this.newline === '\n') {
      // export-format.md §1.3: a file can mix CRLF rows into LF ones; a stray CR is no content.
      for (const row of rows) {
        const last = row.length - 1;
        const cell = row[last];
        if (cell?.endsWith('\r')) row[last] = cell.slice(0, -1);
      }
    }
    if (this.carriageReturns) for (const row of rows) withLineFeeds(row);
    if (this.backslashPairs?.found) for (const row of rows) withBackslashes(row);
    const taken = this.take(rows);
    // Only the last row can hold a quote that is never closed: it took the rest of the file.
    if (parsed.errors.some((error) => error.code === 'MissingQuotes')) {
      if (final) this.quoteLeftOpen = true;
      if (this.repairs) this.unclosedQuoteRow = this.dataRowNumber;
    }
    return taken;
  }

  private take(rows: string[][]): TableRow[] {
    const ready: TableRow[] = [];
    for (const cells of rows) {
      if (this.headerSearch.header === null) {
        this.findHeader(cells);
        continue;
      }
      this.dataRowNumber++;
      const repairs = this.repairs;
      if (!repairs) continue;
      for (const row of repairs.push({ row: this.dataRowNumber, cells })) ready.push(row);
    }
    return this.accept(ready);
  }

  private findHeader(cells: string[]): void {
    const header = this.headerSearch.offer(
      this.quotesWrapWholeFields ? cells.map(unquoteWholeField) : cells,
    );
    if (header) this.repairs = new RowRepairs(header, this.spec);
  }

  /** Blank lines go only after the repairs: inside an unquoted comment they are paragraph breaks. */
  private accept(rows: TableRow[]): TableRow[] {
    const width = this.headerSearch.header?.length ?? 0;
    const kept = rows.filter((row) => !isBlankRow(row.cells));
    for (const row of kept) if (row.cells.length !== width) this.raggedRows++;
    this.emitted += kept.length;
    return kept;
  }
}
