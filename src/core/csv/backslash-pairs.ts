const backslashCode = 0x5c;

/** Stands for an escaped backslash while papaparse reads; the decoder drops every real NUL. */
const escapedBackslash = '\u0000';

/**
 * export-format.md §1.4 (3): a file that escapes quotes with a backslash escapes a backslash the
 * member wrote too, as such dialects do: `\\` is one backslash, and `\\"` closes the field.
 * papaparse knows only the escaped quote; it took a comment ending in a backslash to run on into
 * the next comment. Pairs are taken from the left; an odd backslash at the end of a piece waits
 * for the next, which may pair with it.
 */
export class BackslashPairs {
  private carry = '';
  found = false;

  push(text: string): string {
    let input = this.carry + text;
    this.carry = '';
    // Counted from the end: a pattern anchored at the end is tried at every backslash.
    let run = 0;
    while (run < input.length && input.charCodeAt(input.length - 1 - run) === backslashCode) run++;
    if (run % 2 === 1) {
      this.carry = '\\';
      input = input.slice(0, -1);
    }
    if (!input.includes('\\\\')) return input;
    this.found = true;
    return input.replaceAll('\\\\', escapedBackslash);
  }

  end(): string {
    const rest = this.carry;
    this.carry = '';
    return rest;
  }
}

/** The backslashes that stood in for pairs while papaparse read, back in the cells. */
export function withBackslashes(cells: string[]): void {
  for (let index = 0; index < cells.length; index++) {
    const cell = cells[index];
    if (cell?.includes(escapedBackslash)) cells[index] = cell.replaceAll(escapedBackslash, '\\');
  }
}
