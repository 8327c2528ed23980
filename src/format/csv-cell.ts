import { formatText } from '../core/messages.js';
import { visibleStandIn } from './terminal-text.js';

/**
 * Makes one text cell safe to open in a spreadsheet (OWASP "CSV Injection", CWE-1236).
 *
 * Excel, LibreOffice Calc and Google Sheets evaluate a cell as a formula when it starts with
 * `=`, `+`, `-` or `@`. OWASP also lists a leading tab or CR and the full-width forms `＝＋－＠`;
 * OWASP ASVS 5 (1.2.10) adds NUL. Such a cell gets a leading `'`, which spreadsheets read as
 * "this is text" and do not display.
 *
 * Decision on leading whitespace: we also look past leading whitespace, control and invisible
 * format characters before the trigger (` =HYPERLINK(…)`, `\n=1+1`, `\u200B=1`). Importers
 * with "trim spaces" (LibreOffice's CSV dialog, several scripts and BI tools) strip those and
 * then evaluate what follows; a false positive only costs one `'`, a miss runs a formula.
 *
 * The controls a terminal obeys (ESC, BEL, C1) are shown as `␛`, `␇`, `<U+009B>`: a CSV is also
 * read with `cat` or `less`, where an escape sequence in a post would clear the screen or plant a
 * link. Everything else stays verbatim, including tabs and newlines (the CSV writer quotes them).
 */

/** Maximum number of characters (UTF-16 code units) in one Excel cell. */
export const spreadsheetCellLimit = 32_767;

const formulaStart = /^(?:[\t\r\0]|[\s\p{Cc}\p{Cf}]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/u;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

// eslint-disable-next-line no-control-regex -- matching control characters is the purpose
const terminalControl = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/gu;

export function spreadsheetSafe(value: string): string {
  const marked = formulaStart.test(value) ? `'${value}` : value;
  const text = marked.replace(terminalControl, visibleStandIn);
  return text.length > spreadsheetCellLimit ? cutToCellLimit(text, value.length) : text;
}

// A spreadsheet cannot hold a longer cell and drops or spills the rest without telling the
// reader, so we cut where we choose and say so in the cell.
function cutToCellLimit(text: string, originalLength: number): string {
  const marker = formatText.cellCut({ length: originalLength });
  const end = graphemeStartAtOrBefore(text, spreadsheetCellLimit - marker.length);
  return text.slice(0, end) + marker;
}

function graphemeStartAtOrBefore(text: string, index: number): number {
  return graphemes.segment(text).containing(index)?.index ?? index;
}
