import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Option } from 'commander';
import {
  ExposureInputError,
  parseKeepList,
  redactReport,
  type ExposureReport,
} from '../core/index.js';

/** The options of issue 7 every report command takes: masking, the keep-list, redaction. */
export interface PlanFlags {
  showValues?: boolean;
  keep?: string;
  redact?: boolean;
}

export function planOptions(): Option[] {
  return [
    new Option(
      '--keep <file>',
      'hide the suggestions you keep: ids one per line, or the suggestions CSV with "keep" in its decision column',
    ),
    new Option(
      '--show-values',
      'show found phone numbers, emails, addresses and ids in full (masked by default)',
    ),
    new Option(
      '--redact',
      'replace names of other people, emails, phone numbers and all free text by placeholders: a report to share',
    ),
  ];
}

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
