import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  ExposureInputError,
  parseKeepList,
  redactReport,
  type ExposureReport,
} from '../core/index.js';
import type { PlanFlags } from './plan-options.js';

/** The suggestion ids of `--keep FILE`; undefined without the option. */
export async function readKeepList(
  file: string | undefined,
  cwd: string,
): Promise<string[] | undefined> {
  if (file === undefined) return undefined;
  let text: string;
  try {
    text = await readFile(path.resolve(cwd, file), 'utf8');
  } catch {
    throw new ExposureInputError('FILE_NOT_FOUND', { path: file });
  }
  return [...parseKeepList(text, file)];
}

/** The report as the formatters get it: redacted under `--redact`. */
export function shownReport(report: ExposureReport, flags: PlanFlags): ExposureReport {
  return flags.redact === true ? redactReport(report) : report;
}
