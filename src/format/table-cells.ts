// Each from its module, not from core/index.js (see src/cli/report-command.ts).
import { scopeLabel } from '../core/messages.js';
import type { Scope } from '../core/index.js';
import type { Palette } from './ansi.js';
import { oneLine } from './terminal-text.js';
import type { FormatOptions } from './types.js';

/** Every value from the export passes through here before it reaches the terminal. */
export function cell(value: string | null | undefined, maxColumns: number): string {
  return value ? oneLine(value, maxColumns) : '';
}

export function scopeText(scope: Scope, colors: Palette): string {
  if (scope === 'in-scope') return colors.red(scopeLabel[scope]);
  if (scope === 'excluded') return colors.green(scopeLabel[scope]);
  return colors.dim(scopeLabel[scope]);
}

/** What is left of the terminal's width for a text column beside `fixedColumns` of others. */
export function textBudget(options: FormatOptions, fixedColumns: number): number {
  return Math.max(20, options.width - fixedColumns);
}

/** cli-table3's colours for every table the CLI draws: a cyan head and grey borders, or none. */
export function tableStyle(options: Pick<FormatOptions, 'color'>): {
  head: string[];
  border: string[];
} {
  return { head: options.color ? ['cyan'] : [], border: options.color ? ['grey'] : [] };
}
