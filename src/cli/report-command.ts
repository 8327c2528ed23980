// Each from its module, not from core/index.js: importing the index runs the top level of every
// module it re-exports, the report's zod schemas among them (docs/performance.md, "Start-up").
import { analyzeExport } from '../core/analyze.js';
import { redactRecord } from '../core/plan/redact.js';
import { defaultPolicy, type Policy } from '../core/policy/index.js';
import { reportHead } from '../core/report/summaries.js';
import type { AnalyzeOptions, ClassifiedRecord, ExposureReport } from '../core/index.js';
import type { RecordsPieces } from '../format/records-stream.js';
import type { CommandName, FormatName } from '../format/types.js';
import type { CliIo } from './io.js';
import { defaultLimits } from '../core/archive/limits.js';
import { limitsFrom, type LimitFlags } from './limit-options.js';
import { loadFormatters } from './load-formatters.js';
import { loadInputs } from './load-inputs.js';
import { nodePlatform } from './node-platform.js';
import { RecordsOutput } from './records-output.js';
import type { PlanFlags } from './plan-options.js';
import {
  loadPolicy,
  noteValuesShown,
  progressBarFor,
  readKeepList,
  shownReport,
} from './plan-flags.js';
import {
  announceWritten,
  checkOutputFirst,
  emitOutput,
  formatOptionsFor,
  terminalGuard,
} from './command-output.js';
import { writeWarningsToStderr } from './stderr-warnings.js';

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
  const policy = loadPolicy(options.policy, io.cwd);
  const limits = limitsFrom(options);
  checkOutputFirst(options, io, exportPaths);
  const inputs = await loadInputs(
    exportPaths,
    io.cwd,
    limits?.maxEntries ?? defaultLimits.maxEntries,
  );
  const progress = await progressBarFor(options, io);
  const analyzeOptions: AnalyzeOptions = {
    region: options.region,
    asOf: options.asOf,
    olderThan: options.olderThan,
    policy,
    limits,
    onProgress: progress?.update,
    showValues: options.showValues === true,
    keep: readKeepList(options.keep, io.cwd),
    // Only `records` lists every record; the others print counts, the plan and the findings.
    keepRecords: command === 'records' ? 'all' : 'flagged',
    ...nodePlatform,
  };
  if (command === 'records') {
    const report = await writeRecordsAsRead(
      analyzeOptions,
      policy ?? defaultPolicy,
      options,
      io,
      inputs,
      exportPaths,
    );
    // The bar goes first: "Wrote …" would otherwise be written onto it.
    progress?.finish();
    if (options.output !== undefined) await announceWritten(options.output, io);
    noteValuesShownUnlessSaid(command, options, io);
    await noteWarningsUnlessCarried(command, options, io, shownReport(report, options));
    return;
  }
  const report = shownReport(await analyzeExport(inputs, analyzeOptions), options);
  progress?.finish();
  const formatters = await loadFormatters(options.format);
  const text = formatters[command](report, formatOptionsFor(options, io));
  await emitOutput(text, options, io, exportPaths);
  noteValuesShownUnlessSaid(command, options, io);
  await noteWarningsUnlessCarried(command, options, io, report);
}

/**
 * The report's warnings on stderr, once the output is written, for outputs that carry none: every
 * command's CSV, and the plan, the resumes and the records in any format. A Basic archive alone or
 * a file that could not be read must not go unsaid because the output is a spreadsheet.
 */
async function noteWarningsUnlessCarried(
  command: CommandName,
  options: ReportCommandOptions,
  io: CliIo,
  report: ExposureReport,
): Promise<void> {
  const carried = command === 'report' && options.format !== 'csv';
  if (!carried)
    await writeWarningsToStderr(
      report.warnings.map(({ message }) => message),
      io,
    );
}

/**
 * Under `--show-values`, a line on stderr once the output is written, never inside it. Only the
 * report's table shown on the terminal says so itself, where the member reads it.
 */
function noteValuesShownUnlessSaid(
  command: CommandName,
  options: ReportCommandOptions,
  io: CliIo,
): void {
  const saysItself =
    command === 'report' &&
    options.format === 'table' &&
    options.output === undefined &&
    io.stdoutIsTty;
  if (options.showValues === true && !saysItself) noteValuesShown(io);
}

/** The pieces `records` is written in, in `format`; each format loads only its own writer. */
async function recordsPieces(
  options: ReportCommandOptions,
  io: CliIo,
  policy: Policy,
): Promise<RecordsPieces> {
  switch (options.format) {
    case 'csv':
      return (await import('../format/records-stream-csv.js')).csvRecordsPieces({
        bom: options.bom === true,
      });
    case 'json':
      return (await import('../format/records-stream-json.js')).jsonRecordsPieces(
        reportHead(policy),
      );
    case 'table':
      return (await import('../format/records-table.js')).tableRecordsPieces(
        formatOptionsFor(options, io),
      );
    case 'markdown':
      return (await import('../format/records-markdown.js')).markdownRecordsPieces();
  }
}

/**
 * `records`, in every format: every record written as the export is read a second time, none
 * held (docs/performance.md); byte for byte what the whole-report formatters print.
 */
async function writeRecordsAsRead(
  analyzeOptions: AnalyzeOptions,
  policy: Policy,
  options: ReportCommandOptions,
  io: CliIo,
  inputs: Parameters<typeof analyzeExport>[0],
  exportPaths: readonly string[],
): Promise<ExposureReport> {
  const pieces = await recordsPieces(options, io, policy);
  const output = new RecordsOutput(
    pieces,
    options,
    io,
    exportPaths,
    await terminalGuard(options, io),
  );
  const shown = options.redact === true ? redactRecord : (record: ClassifiedRecord) => record;
  const report = await analyzeExport(inputs, {
    ...analyzeOptions,
    onRecord: (record) => {
      output.add(shown(record));
    },
  });
  output.end();
  return report;
}
