// Each from its module, not from core/index.js (see src/cli/report-command.ts).
import { findingLabel } from '../core/messages.js';
import { findingCodes } from '../core/sensitive/codes.js';
import type { ClassifiedRecord, ExposureReport, Finding, FindingCode } from '../core/index.js';

export interface FindingRow {
  code: FindingCode;
  label: string;
  /** Records holding at least one such finding. */
  items: number;
  findings: number;
  /** The first finding's preview, to show what was found. */
  example: string;
}

/** One row per code found, in the order of `findingCodes` (contact, identifiers, topics …). */
export function findingRows(report: ExposureReport): FindingRow[] {
  return findingCodes.flatMap((code) => {
    const found = report.findings.filter((finding) => finding.code === code);
    const [first] = found;
    if (first === undefined) return [];
    return [
      {
        code,
        label: findingLabel[code],
        items: new Set(found.map((finding) => finding.recordId)).size,
        findings: found.length,
        example: first.preview,
      },
    ];
  });
}

export interface FlaggedItem {
  record: ClassifiedRecord;
  findings: Finding[];
}

/** The records holding findings, in report order, each with its findings. */
export function flaggedItems(report: ExposureReport): FlaggedItem[] {
  const byRecord = new Map<string, Finding[]>();
  for (const finding of report.findings) {
    const found = byRecord.get(finding.recordId);
    if (found) found.push(finding);
    else byRecord.set(finding.recordId, [finding]);
  }
  return report.records.flatMap((record) => {
    const findings = byRecord.get(record.id);
    return findings === undefined ? [] : [{ record, findings }];
  });
}

export function flaggedRecordCount(report: ExposureReport): number {
  return new Set(report.findings.map((finding) => finding.recordId)).size;
}
