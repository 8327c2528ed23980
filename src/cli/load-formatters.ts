import type { CommandName, FormatName, Formatter } from '../format/types.js';

type CommandFormatters = Readonly<Record<CommandName, Formatter>>;

/**
 * The `--format` registry, one module per format (src/format/) loaded on demand: a JSON
 * run then never loads the table renderer and its dependencies, nor the Markdown and CSV writers.
 */
const loaders = {
  table: async () => (await import('../format/table.js')).tableFormatters,
  json: async () => (await import('../format/json.js')).jsonFormatters,
  csv: async () => (await import('../format/csv.js')).csvFormatters,
  markdown: async () => (await import('../format/markdown.js')).markdownFormatters,
} satisfies Record<FormatName, () => Promise<CommandFormatters>>;

export function loadFormatters(format: FormatName): Promise<CommandFormatters> {
  return loaders[format]();
}
