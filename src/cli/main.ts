import { Command, CommanderError } from 'commander';
// Only what every command needs is imported here: `--help`, `policy` and `web` never load the
// analyzer, whose modules are most of the start-up time (docs/performance.md).
import { ExposureInputError, isExposureInputError, isInputErrorOf } from '../core/errors.js';
import { cliText, problemText } from '../core/messages.js';
import { commandNames, type CommandName } from '../format/types.js';
import { exitCodeFor, exitCodes } from './exit-codes.js';
import { addDiffCommand } from './diff-command.js';
import type { CliIo } from './io.js';
import { limitOptions } from './limit-options.js';
import { planOptions } from './plan-options.js';
import { chosenOutput, sharedOptions } from './shared-options.js';
import type { ReportCommandOptions } from './report-command.js';
import { version } from './version.js';
import { addWebCommand } from './web-command.js';

const commandDescriptions: Record<CommandName, string> = {
  report: 'exposure summary: categories, resumes, deletion plan, warnings (default command)',
  resumes: 'stored resumes, the old and superseded ones marked for deletion',
  records: 'every classified record, one row each',
  suggestions: 'the deletion plan, settings first, each item with its link',
};

const examples = `
Examples:
  $ linkedin-exposure Complete_LinkedInDataExport_11-28-2026.zip
  $ linkedin-exposure Basic_LinkedInDataExport_11-27-2026.zip Complete_LinkedInDataExport_11-28-2026.zip --region eu
  $ linkedin-exposure suggestions export.zip --format csv --bom --output plan.csv
  $ linkedin-exposure records ./Complete_LinkedInDataExport_11-28-2026 --format json
  $ linkedin-exposure report export.zip --keep plan.csv --redact --format markdown --output for-my-adviser.md
  $ linkedin-exposure diff old-export.zip new-export.zip

Everything runs on this computer: the export is read, never uploaded, never changed.`;

function buildProgram(io: CliIo, onAction: (work: Promise<void>) => void): Command {
  const program = new Command('linkedin-exposure')
    .description(
      "Shows what LinkedIn's generative-AI training policy (3 November 2025) takes from your data export, and what to delete.",
    )
    .version(version, '-v, --version')
    .addHelpText('after', `${examples}\n${cliText.optionsPointer}`)
    .showHelpAfterError(false)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => {
        io.stdout(text);
      },
      writeErr: (text) => {
        io.stderr(text);
      },
      outputError: () => undefined,
    });

  for (const name of commandNames) {
    const command = program
      .command(name, { isDefault: name === 'report' })
      .description(commandDescriptions[name])
      .argument(
        '<export...>',
        'the export ZIP(s) LinkedIn emailed you, or an unzipped export folder',
      )
      .option(
        '--as-of <date>',
        'count ages from this date (YYYY-MM-DD) instead of the export date',
      );
    const shared = sharedOptions({
      region: 'your region (sets the training start date)',
      olderThan: 'suggest deleting items older than this (e.g. 6m, 1y, 90d)',
    });
    for (const option of shared) command.addOption(option);
    for (const option of limitOptions()) command.addOption(option);
    for (const option of planOptions()) command.addOption(option);
    command
      .addHelpText('after', examples)
      .action((exportPaths: string[], options: ReportCommandOptions, self: Command) => {
        const chosen = chosenOutput(self, options);
        onAction(
          import('./report-command.js').then(({ runReportCommand }) =>
            runReportCommand(name, exportPaths, chosen, io),
          ),
        );
      });
  }
  program
    .command('policy')
    .description('print the built-in policy definition (JSON): a starting point for --policy')
    .action(() => {
      onAction(
        import('../core/policy/index.js').then(({ defaultPolicy }) => {
          io.stdout(`${JSON.stringify(defaultPolicy, null, 2)}\n`);
        }),
      );
    });
  addWebCommand(program, io, onAction);
  addDiffCommand(program, io, onAction);
  return program;
}

function sortedLetters(word: string): string {
  return Array.from(word).sort().join('');
}

/** Whether one letter added, dropped or changed turns `a` into `b` (`reprt`, `sugestions`). */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (
    end < a.length - start &&
    end < b.length - start &&
    a[a.length - 1 - end] === b[b.length - 1 - end]
  ) {
    end++;
  }
  return a.length - start - end <= 1 && b.length - start - end <= 1;
}

/**
 * The command a word that is no file was probably meant as: `suggestion`, `record`, `reports`
 * (one name the start of the other, a letter or two apart), `reprot` (the same letters, two
 * swapped), `reprt` (one letter off), `Report` (another letter case). Commander cannot say: the
 * default command takes the word as the export's path.
 */
function nearCommand(word: string, commands: readonly string[]): string | null {
  const lower = word.toLowerCase();
  return (
    commands.find(
      (command) =>
        // The command itself is read as that command; in other letter case (`Report`) it is not.
        command !== word &&
        Math.min(command.length, lower.length) >= 3 &&
        (command === lower ||
          (Math.abs(command.length - lower.length) <= 2 &&
            (command.startsWith(lower) || lower.startsWith(command))) ||
          (lower.length >= 4 &&
            (sortedLetters(command) === sortedLetters(lower) || oneEditApart(command, lower)))),
    ) ?? null
  );
}

/**
 * A missing export that is a command's name (`linkedin-exposure --region eu report x.zip`: the
 * command after an option), or close to one: most likely that command, mistyped.
 */
function asMistypedCommand(error: unknown, program: Command): unknown {
  if (!isInputErrorOf(error, 'FILE_NOT_FOUND')) return error;
  const names = program.commands.map((command) => command.name());
  if (names.includes(error.args.path)) {
    return new ExposureInputError('FILE_NOT_FOUND', { ...error.args, commandAfterOptions: true });
  }
  const command = nearCommand(error.args.path, names);
  return command ? new ExposureInputError('FILE_NOT_FOUND', { ...error.args, command }) : error;
}

function usageProblem(error: CommanderError): string {
  return (
    error.message
      .replace(/^error: /u, '')
      .replace(/\.$/u, '')
      .split('\n')[0] ?? error.message
  );
}

/** The CLI without side effects on import: argv in, exit code out. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const pending: Promise<void>[] = [];
  const program = buildProgram(io, (started) => {
    pending.push(started);
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    await Promise.all(pending);
    return exitCodes.ok;
  } catch (thrown) {
    const error = asMistypedCommand(thrown, program);
    // Loaded here only: it builds an Intl.Segmenter as it loads, some 20 ms of every start.
    const { terminalSafe } = await import('../format/terminal-text.js');
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return exitCodes.ok;
      // The help was written already; commander's message is only a placeholder.
      const problem =
        error.code === 'commander.help'
          ? problemText.noSuchHelpTopic({ name: argv[1] ?? '' })
          : usageProblem(error);
      // No export named at all: the member's most likely first mistake gets its own sentence.
      const noExport =
        error.code === 'commander.missingArgument' && error.message.includes("'export'");
      const message = noExport
        ? new ExposureInputError('NO_INPUT', {}).message
        : new ExposureInputError('USAGE', { problem }).message;
      // Commander's message repeats what was typed, escape sequences and all: shown inert.
      io.stderr(`linkedin-exposure: ${terminalSafe(message)}\n`);
      return exitCodes.unusableInput;
    }
    if (isExposureInputError(error)) {
      io.stderr(`linkedin-exposure: ${terminalSafe(error.message)}\n`);
      return exitCodeFor(error);
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr(
      `linkedin-exposure: ${cliText.unexpectedFailure({ detail: terminalSafe(detail, { keepNewlines: true }) })}\n`,
    );
    return exitCodes.unexpected;
  }
}
