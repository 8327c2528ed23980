import { parseKeepList, redactReport, type ExposureReport } from '../core/index.js';
import type { PlanFlags } from './plan-options.js';
import { readUserFile } from './read-user-file.js';

/** The suggestion ids of `--keep FILE`; undefined without the option. */
export async function readKeepList(
  file: string | undefined,
  cwd: string,
): Promise<string[] | undefined> {
  if (file === undefined) return undefined;
  return [...parseKeepList(await readUserFile(file, cwd, '--keep'), file)];
}

/** The report as the formatters get it: redacted under `--redact`. */
export function shownReport(report: ExposureReport, flags: PlanFlags): ExposureReport {
  return flags.redact === true ? redactReport(report) : report;
}
