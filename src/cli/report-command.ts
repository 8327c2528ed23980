import { analyzeExport, parsePolicy, type AnalyzeOptions } from '../core/index.js';
import type { CommandName, FormatName } from '../format/types.js';
import type { CliIo } from './io.js';
import { limitsFrom, type LimitFlags } from './limit-options.js';
import { loadFormatters } from './load-formatters.js';
import { loadInputs } from './load-inputs.js';
import { nodePlatform } from './node-platform.js';
import { readUserFile } from './read-user-file.js';
import type { PlanFlags } from './plan-options.js';
import { readKeepList, shownReport } from './plan-flags.js';
import { emitOutput, formatOptionsFor } from './command-output.js';

export interface ReportCommandOptions extends LimitFlags, PlanFlags {
  format: FormatName;
  output?: string;
  region?: string;
  asOf?: string;
  olderThan?: string;
  policy?: string;
  bom?: boolean;
  force?: boolean;
  quiet?: boolean;
}

async function loadPolicy(
  file: string | undefined,
  cwd: string,
): Promise<AnalyzeOptions['policy']> {
  if (file === undefined) return undefined;
  return parsePolicy(await readUserFile(file, cwd), file);
}

/**
 * `report`, `resumes`, `records` and `suggestions`: analyze the export and print or write one view
 * of it. Loaded on demand by main.ts, so that commands which never analyze start without it.
 */
export async function runReportCommand(
  command: CommandName,
  exportPaths: string[],
  options: ReportCommandOptions,
  io: CliIo,
): Promise<void> {
  const policy = await loadPolicy(options.policy, io.cwd);
  const inputs = await loadInputs(exportPaths, io.cwd);
  // Progress goes to stderr on a terminal only, never into the report's own output. The bar and
  // the terminal-text module it uses (an Intl.Segmenter built at load) are loaded only then.
  const progress =
    io.stderrIsTty && options.quiet !== true
      ? (await import('./progress-bar.js')).createProgressBar({
          write: io.stderr,
          width: io.columns,
        })
      : null;
  const report = await analyzeExport(inputs, {
    region: options.region,
    asOf: options.asOf,
    olderThan: options.olderThan,
    policy,
    limits: limitsFrom(options),
    onProgress: progress?.update,
    showValues: options.showValues === true,
    keep: await readKeepList(options.keep, io.cwd),
    // Only `records` lists every record; the others print counts, the plan and the findings.
    keepRecords: command === 'records' ? 'all' : 'flagged',
    ...nodePlatform,
  });
  progress?.finish();
  const formatters = await loadFormatters(options.format);
  const text = formatters[command](shownReport(report, options), formatOptionsFor(options, io));
  await emitOutput(text, options, io, exportPaths);
}
