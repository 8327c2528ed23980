import { csvFormatters } from './csv.js';
import { jsonFormatters } from './json.js';
import { markdownFormatters } from './markdown.js';
import { tableFormatters } from './table.js';
import type { CommandName, FormatName, Formatter } from './types.js';

/** The registry whose keys are the `--format` choices. */
export const formatters = {
  table: tableFormatters,
  json: jsonFormatters,
  csv: csvFormatters,
  markdown: markdownFormatters,
} satisfies Record<FormatName, Record<CommandName, Formatter>>;

export {
  commandNames,
  formatNames,
  type CommandName,
  type FormatName,
  type FormatOptions,
} from './types.js';
