import { InvalidArgumentError, Option, type Command } from 'commander';
import { defaultOlderThan, regionIdsText } from '../core/defaults.js';
import { formatNames, type FormatName } from '../format/types.js';

function formatNamed(value: string): FormatName {
  const format = formatNames.find((name) => name === value.toLowerCase());
  if (format === undefined) {
    throw new InvalidArgumentError(`Allowed choices are ${formatNames.join(', ')}.`);
  }
  return format;
}

/** `--output`'s file: an empty name (an unset shell variable) would name the current folder. */
function outputNamed(value: string): string {
  if (value.trim() === '') throw new InvalidArgumentError('Give the name of a file to write.');
  return value;
}

/** The options every command that analyzes an export takes, `diff` included. */
export function sharedOptions(descriptions: { region: string; olderThan: string }): Option[] {
  return [
    // Written as the member types it (`--format CSV`), as `--region EU` is.
    new Option('-f, --format <format>', 'output format')
      .choices(formatNames)
      .argParser(formatNamed)
      .default('table'),
    new Option(
      '-o, --output <file>',
      'write to this file instead of the terminal (a .csv, .json or .md name sets the format unless --format does; - is the terminal)',
    ).argParser(outputNamed),
    new Option('--force', 'replace the --output file if it exists'),
    new Option('--region <region>', `${descriptions.region}: ${regionIdsText}`),
    new Option('--older-than <age>', descriptions.olderThan).default(defaultOlderThan),
    new Option('--policy <file>', 'a policy definition (JSON) in place of the built-in one'),
    new Option('--bom', 'start CSV with a byte-order mark so Excel reads accents'),
    new Option('-q, --quiet', 'no progress bar on the terminal'),
  ];
}

const formatOfExtension: Readonly<Record<string, FormatName>> = {
  csv: 'csv',
  json: 'json',
  md: 'markdown',
  markdown: 'markdown',
};

/**
 * The format to write in: `--format` when given, else the one the `--output` file's name asks for.
 * `-o plan.csv` alone wrote the terminal's table into a file a spreadsheet then could not read,
 * and that `--keep` refused.
 */
function chosenFormat(command: Command, options: { format: FormatName; output?: string }) {
  if (command.getOptionValueSource('format') !== 'default' || options.output === undefined) {
    return options.format;
  }
  const extension = /\.([^./\\]+)$/u.exec(options.output)?.[1]?.toLowerCase() ?? '';
  return formatOfExtension[extension] ?? options.format;
}

/**
 * The options as a command uses them: `--output -` is the terminal, as many tools read it, and the
 * format is `chosenFormat`'s.
 */
export function chosenOutput<Options extends { format: FormatName; output?: string }>(
  command: Command,
  options: Options,
): Options {
  const output = options.output === '-' ? undefined : options.output;
  return { ...options, output, format: chosenFormat(command, { ...options, output }) };
}
