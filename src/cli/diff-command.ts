import { Option, type Command } from 'commander';
import { analyzeExport, diffReports, redactDiff } from '../core/index.js';
import { diffFormatters } from '../format/diff.js';
import { formatNames, type FormatName } from '../format/index.js';
import { terminalSafe } from '../format/terminal-text.js';
import type { CliIo } from './io.js';
import { loadInputs } from './load-inputs.js';
import { readKeepList } from './plan-options.js';
import { writeOutputFile } from './write-output.js';

interface DiffOptions {
  format: FormatName;
  output?: string;
  force?: boolean;
  region?: string;
  olderThan?: string;
  keep?: string;
  showValues?: boolean;
  redact?: boolean;
  bom?: boolean;
}

const examples = `
Examples:
  $ linkedin-exposure diff Complete_LinkedInDataExport_11-28-2026.zip Complete_LinkedInDataExport_02-10-2027.zip
  $ linkedin-exposure diff old.zip new.zip --keep plan.csv --format csv --output changes.csv

Give the older export first. Items keep their id from one export to the next: an item missing from
the newer export was deleted; one still there was not (yet).`;

async function runDiff(
  olderPath: string,
  newerPath: string,
  options: DiffOptions,
  io: CliIo,
): Promise<void> {
  const keep = await readKeepList(options.keep, io.cwd);
  const analyzeOptions = {
    region: options.region,
    olderThan: options.olderThan,
    showValues: options.showValues === true,
    keep,
  };
  // Each export is read on its own: the same table in both must not count as one.
  const older = await analyzeExport(await loadInputs([olderPath], io.cwd), analyzeOptions);
  const newer = await analyzeExport(await loadInputs([newerPath], io.cwd), analyzeOptions);
  const diff = diffReports(older, newer);
  const toFile = options.output !== undefined;
  const text = diffFormatters[options.format](options.redact === true ? redactDiff(diff) : diff, {
    color: !toFile && options.format === 'table' && io.stdoutIsTty && !('NO_COLOR' in io.env),
    width: toFile || !io.stdoutIsTty ? 120 : Math.max(60, io.columns),
    bom: options.bom === true,
  });
  if (options.output === undefined) {
    io.stdout(text);
    return;
  }
  await writeOutputFile(options.output, text, {
    cwd: io.cwd,
    inputs: [olderPath, newerPath],
    force: options.force === true,
  });
  io.stderr(`Wrote ${terminalSafe(options.output)}.\n`);
}

/** `diff <older> <newer>`: how a member checks that deletions took (issue 7). */
export function addDiffCommand(
  program: Command,
  io: CliIo,
  onAction: (work: Promise<void>) => void,
): void {
  program
    .command('diff')
    .description(
      'compare two exports of your account: what was deleted, what of the plan is still there, what is new',
    )
    .argument('<older>', 'the older export (ZIP or unzipped folder)')
    .argument('<newer>', 'the newer export of the same account')
    .addOption(
      new Option('-f, --format <format>', 'output format').choices(formatNames).default('table'),
    )
    .option('-o, --output <file>', 'write to this file instead of the terminal')
    .option('--force', 'replace the --output file if it exists')
    .option('--region <region>', 'your region: us, other, eu, eea, ch, uk, ca, hk')
    .option(
      '--older-than <age>',
      'the age of the older plan: items older than this (e.g. 6m, 1y)',
      '6m',
    )
    .option('--keep <file>', 'leave the suggestions you keep out of "still there"')
    .option('--show-values', 'show found values in excerpts instead of masks')
    .option('--redact', 'replace excerpts and names of other people by placeholders')
    .option('--bom', 'start CSV with a byte-order mark so Excel reads accents')
    .addHelpText('after', examples)
    .action((olderPath: string, newerPath: string, options: DiffOptions) => {
      onAction(runDiff(olderPath, newerPath, options, io));
    });
}
