import { Option } from 'commander';
import { defaultOlderThan, regionIdsText } from '../core/defaults.js';
import { formatNames } from '../format/types.js';

/** The options every command that analyzes an export takes, `diff` included. */
export function sharedOptions(descriptions: { region: string; olderThan: string }): Option[] {
  return [
    new Option('-f, --format <format>', 'output format').choices(formatNames).default('table'),
    new Option('-o, --output <file>', 'write to this file instead of the terminal'),
    new Option('--force', 'replace the --output file if it exists'),
    new Option('--region <region>', `${descriptions.region}: ${regionIdsText}`),
    new Option('--older-than <age>', descriptions.olderThan).default(defaultOlderThan),
    new Option('--policy <file>', 'a policy definition (JSON) in place of the built-in one'),
    new Option('--bom', 'start CSV with a byte-order mark so Excel reads accents'),
    new Option('-q, --quiet', 'no progress bar on the terminal'),
  ];
}
