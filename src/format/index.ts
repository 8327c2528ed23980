/** The `--format` choices and the commands they format; the CLI loads each format on demand. */
export {
  commandNames,
  formatNames,
  type CommandName,
  type FormatName,
  type FormatOptions,
} from './types.js';
