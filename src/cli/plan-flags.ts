// Each from its module, not from core/index.js (see report-command.ts).
import { sensitiveSectionText } from '../core/messages.js';
import { parseKeepList } from '../core/plan/keep-list.js';
import { redactReport } from '../core/plan/redact.js';
import { parsePolicy, type Policy } from '../core/policy/index.js';
import type { ExposureReport } from '../core/index.js';
import type { CliIo } from './io.js';
import type { PlanFlags } from './plan-options.js';
import type { ProgressBar } from './progress-bar.js';
import { readUserFile } from './read-user-file.js';

/** The policy of `--policy FILE`; undefined (the built-in one) without the option. */
export function loadPolicy(file: string | undefined, cwd: string): Policy | undefined {
  if (file === undefined) return undefined;
  return parsePolicy(readUserFile(file, cwd, '--policy'), file);
}

/**
 * The progress bar, on a terminal's stderr only and never with `--quiet`: never in the output
 * itself. The bar and the terminal-text module it uses (an Intl.Segmenter built at load) are
 * loaded only then.
 */
export async function progressBarFor(
  flags: { quiet?: boolean },
  io: CliIo,
): Promise<ProgressBar | null> {
  if (!io.stderrIsTty || flags.quiet === true) return null;
  const { createProgressBar } = await import('./progress-bar.js');
  return createProgressBar({ write: io.stderr, width: io.columns });
}

/** The suggestion ids of `--keep FILE`; undefined without the option. */
export function readKeepList(file: string | undefined, cwd: string): string[] | undefined {
  if (file === undefined) return undefined;
  return [...parseKeepList(readUserFile(file, cwd, '--keep'), file)];
}

/** The report as the formatters get it: redacted under `--redact`. */
export function shownReport(report: ExposureReport, flags: PlanFlags): ExposureReport {
  return flags.redact === true ? redactReport(report) : report;
}

/** Under `--show-values`: the line on stderr that says not to share the output as it is. */
export function noteValuesShown(io: CliIo): void {
  io.stderr(`${sensitiveSectionText.shownOutput()}\n`);
}
