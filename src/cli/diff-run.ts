import { analyzeExport, diffReports, redactDiff } from '../core/index.js';
import { nodePlatform } from './node-platform.js';
import { diffFormatters } from '../format/diff.js';
import type { FormatName } from '../format/types.js';
import type { CliIo } from './io.js';
import { loadInputs } from './load-inputs.js';
import { readKeepList } from './plan-flags.js';
import { emitOutput, formatOptionsFor } from './command-output.js';

export interface DiffOptions {
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

/** The work of `diff`, loaded on demand by diff-command.ts like the report commands' own. */
export async function runDiff(
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
    keepRecords: 'in-scope' as const,
    ...nodePlatform,
  };
  // Each export is read on its own: the same table in both must not count as one.
  const older = await analyzeExport(await loadInputs([olderPath], io.cwd), analyzeOptions);
  const newer = await analyzeExport(await loadInputs([newerPath], io.cwd), analyzeOptions);
  const diff = diffReports(older, newer);
  const shown = options.redact === true ? redactDiff(diff) : diff;
  const text = diffFormatters[options.format](shown, formatOptionsFor(options, io));
  await emitOutput(text, options, io, [olderPath, newerPath]);
}
