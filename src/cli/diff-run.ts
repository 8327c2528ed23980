import { analyzeExport, diffReports, redactDiff, type AnalyzeOptions } from '../core/index.js';
import { nodePlatform } from './node-platform.js';
import { diffFormatters, diffWarningLines } from '../format/diff.js';
import type { FormatName } from '../format/types.js';
import type { CliIo } from './io.js';
import { loadInputs } from './load-inputs.js';
import { defaultLimits } from '../core/archive/limits.js';
import { limitsFrom, type LimitFlags } from './limit-options.js';
import { loadPolicy, noteValuesShown, progressBarFor, readKeepList } from './plan-flags.js';
import { checkOutputFirst, emitOutput, formatOptionsFor } from './command-output.js';
import { writeWarningsToStderr } from './stderr-warnings.js';

export interface DiffOptions extends LimitFlags {
  format: FormatName;
  output?: string;
  force?: boolean;
  region?: string;
  olderThan?: string;
  keep?: string;
  showValues?: boolean;
  redact?: boolean;
  bom?: boolean;
  policy?: string;
  quiet?: boolean;
}

/** The work of `diff`, loaded on demand by diff-command.ts like the report commands' own. */
export async function runDiff(
  olderPath: string,
  newerPath: string,
  options: DiffOptions,
  io: CliIo,
): Promise<void> {
  const keep = readKeepList(options.keep, io.cwd);
  checkOutputFirst(options, io, [olderPath, newerPath]);
  const analyzeOptions: AnalyzeOptions = {
    region: options.region,
    olderThan: options.olderThan,
    showValues: options.showValues === true,
    policy: loadPolicy(options.policy, io.cwd),
    limits: limitsFrom(options),
    keep,
    keepRecords: 'in-scope',
    ...nodePlatform,
  };
  // Each export is read on its own: the same table in both must not count as one.
  const analyze = async (exportPath: string) => {
    const inputs = await loadInputs(
      [exportPath],
      io.cwd,
      analyzeOptions.limits?.maxEntries ?? defaultLimits.maxEntries,
    );
    const progress = await progressBarFor(options, io);
    const report = await analyzeExport(inputs, { ...analyzeOptions, onProgress: progress?.update });
    progress?.finish();
    return report;
  };
  const older = await analyze(olderPath);
  const newer = await analyze(newerPath);
  const diff = diffReports(older, newer);
  const shown = options.redact === true ? redactDiff(diff) : diff;
  const text = diffFormatters[options.format](shown, formatOptionsFor(options, io));
  await emitOutput(text, options, io, [olderPath, newerPath]);
  // The CSV's rows have no place for warnings; the other formats carry them in their text.
  if (options.format === 'csv') await writeWarningsToStderr(diffWarningLines(shown.warnings), io);
  if (options.showValues === true) noteValuesShown(io);
}
