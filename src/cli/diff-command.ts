import type { Command } from 'commander';
import type { DiffOptions } from './diff-run.js';
import type { CliIo } from './io.js';
import { limitOptions } from './limit-options.js';
import { planOptions } from './plan-options.js';
import { chosenOutput, sharedOptions } from './shared-options.js';

const examples = `
Examples:
  $ linkedin-exposure diff Complete_LinkedInDataExport_11-28-2026.zip Complete_LinkedInDataExport_02-10-2027.zip
  $ linkedin-exposure diff old.zip new.zip --keep plan.csv --format csv --output changes.csv

Give the older export first. Items keep their id from one export to the next: an item missing from
the newer export was deleted; one still there was not (yet). An item whose file the newer export
lacks or could not read (a Basic export has no posts or comments) is listed as not checked.`;

/** `diff <older> <newer>`: how a member checks that deletions took (issue 7). */
export function addDiffCommand(
  program: Command,
  io: CliIo,
  onAction: (work: Promise<void>) => void,
): void {
  const command = program
    .command('diff')
    .description(
      'compare two exports of your account: what was deleted, what of the plan is still there, what is new',
    )
    .argument('<older>', 'the older export (ZIP or unzipped folder)')
    .argument('<newer>', 'the newer export of the same account');
  const shared = sharedOptions({
    region: 'your region',
    olderThan: 'the age of the older plan: items older than this (e.g. 6m, 1y)',
  });
  for (const option of shared) command.addOption(option);
  const plan = planOptions({
    keep: 'leave the suggestions you keep out of "still there"',
    showValues: 'show found values in excerpts instead of masks',
    redact: 'replace excerpts and names of other people by placeholders',
  });
  for (const option of plan) command.addOption(option);
  // The limits its errors advise raising (a large export, a ZIP inside a ZIP).
  for (const option of limitOptions()) command.addOption(option);
  command
    .addHelpText('after', examples)
    .action((olderPath: string, newerPath: string, options: DiffOptions, self: Command) => {
      const chosen = chosenOutput(self, options);
      onAction(
        import('./diff-run.js').then(({ runDiff }) => runDiff(olderPath, newerPath, chosen, io)),
      );
    });
}
