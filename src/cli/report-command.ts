import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  analyzeExport,
  ExposureInputError,
  parsePolicy,
  type AnalyzeOptions,
} from '../core/index.js';
import type { CommandName, FormatName } from '../format/types.js';
import type { CliIo } from './io.js';
import { limitsFrom, type LimitFlags } from './limit-options.js';
import { loadFormatters } from './load-formatters.js';
import { loadInputs } from './load-inputs.js';
import { nodePlatform } from './node-platform.js';
import type { PlanFlags } from './plan-options.js';
import { readKeepList, shownReport } from './plan-flags.js';
import { writeOutputFile } from './write-output.js';

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
  let text: string;
  try {
    text = await readFile(path.resolve(cwd, file), 'utf8');
  } catch {
    throw new ExposureInputError('FILE_NOT_FOUND', { path: file });
  }
  return parsePolicy(text, file);
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
  const toFile = options.output !== undefined;
  const color = !toFile && options.format === 'table' && io.stdoutIsTty && !('NO_COLOR' in io.env);
  const formatters = await loadFormatters(options.format);
  const text = formatters[command](shownReport(report, options), {
    color,
    width: toFile || !io.stdoutIsTty ? 120 : Math.max(60, io.columns),
    bom: options.bom === true,
  });
  if (options.output === undefined) {
    io.stdout(text);
    return;
  }
  await writeOutputFile(options.output, text, {
    cwd: io.cwd,
    inputs: exportPaths,
    force: options.force === true,
  });
  const { terminalSafe } = await import('../format/terminal-text.js');
  io.stderr(`Wrote ${terminalSafe(options.output)}.\n`);
}
