import { z } from 'zod';
import { isoDaySchema } from '../util/dates.js';
import { recordKinds } from '../catalog/record-kinds.js';
import { ExposureInputError } from '../errors.js';
import { diffText } from '../messages.js';
import type { ClassifiedRecord, ExposureReport } from '../report/schema.js';
import { findingCodes, type FindingCode } from '../sensitive/codes.js';
import { excerpt, readableLink } from '../util/text.js';
import { findingCodesByRecord } from './score.js';
import { compareText } from '../util/compare.js';

const nullableDate = isoDaySchema.nullable();

export const diffItemSchema = z.object({
  /** The record id: the same in both exports (see `classifiedRecordSchema`). */
  id: z.string(),
  category: z.string(),
  kind: z.enum(recordKinds),
  date: nullableDate,
  link: z.string().nullable(),
  /** The first words, masked like the report's (no found value unless `--show-values`). */
  excerpt: z.string().nullable(),
  findings: z.array(z.enum(findingCodes)),
});

const exportSideSchema = z.object({
  inputs: z.array(z.string()),
  exportDate: nullableDate,
});

export const exportDiffSchema = z.object({
  schemaVersion: z.literal(1),
  older: exportSideSchema,
  newer: exportSideSchema,
  /** In scope in the older export, gone from the newer one: deletions that took. */
  deleted: z.array(diffItemSchema),
  /** Suggested for deletion by the older export's plan and still in the newer export. */
  remaining: z.array(diffItemSchema),
  /** In scope in the newer export only. */
  added: z.array(diffItemSchema),
  /** Suggestions of the older plan that no export can confirm (settings, resumes by name …). */
  notCheckable: z.number().int().nonnegative(),
});

export type DiffItem = z.infer<typeof diffItemSchema>;
export type ExportDiff = z.infer<typeof exportDiffSchema>;

function itemOf(record: ClassifiedRecord, codes: Map<string, FindingCode[]>): DiffItem {
  return {
    id: record.id,
    category: record.category,
    kind: record.kind,
    date: record.date,
    link: record.link === null ? null : readableLink(record.link),
    excerpt: excerpt(record.text),
    findings: codes.get(record.id) ?? [],
  };
}

function byDate(a: DiffItem, b: DiffItem): number {
  return compareText(a.date ?? '', b.date ?? '') || compareText(a.id, b.id);
}

function inScope(report: ExposureReport): Map<string, ClassifiedRecord> {
  return new Map(
    report.records
      .filter((record) => record.scope === 'in-scope')
      .map((record) => [record.id, record]),
  );
}

function sideOf(report: ExposureReport): ExportDiff['older'] {
  return { inputs: report.inputs.map((input) => input.name), exportDate: report.exportDate };
}

/**
 * What changed between two exports of one account (`linkedin-exposure diff`): record ids are
 * fingerprints of what identifies an item, not of its position, so an item keeps its id from one
 * export to the next and a missing id is a deleted item.
 */
export function diffReports(older: ExposureReport, newer: ExposureReport): ExportDiff {
  if (
    older.exportDate !== null &&
    newer.exportDate !== null &&
    newer.exportDate < older.exportDate
  ) {
    throw new ExposureInputError('USAGE', {
      problem: diffText.newerIsOlder({ older: older.exportDate, newer: newer.exportDate }),
    });
  }
  const before = inScope(older);
  const after = inScope(newer);
  const olderCodes = findingCodesByRecord(older.findings);
  const newerCodes = findingCodesByRecord(newer.findings);
  const deleted = [...before.values()]
    .filter((record) => !after.has(record.id))
    .map((record) => itemOf(record, olderCodes));
  const added = [...after.values()]
    .filter((record) => !before.has(record.id))
    .map((record) => itemOf(record, newerCodes));
  const remaining: DiffItem[] = [];
  let notCheckable = 0;
  for (const suggestion of older.suggestions) {
    const record = after.get(suggestion.id);
    if (record !== undefined) remaining.push(itemOf(record, newerCodes));
    else if (!before.has(suggestion.id)) notCheckable++;
  }
  return {
    schemaVersion: 1,
    older: sideOf(older),
    newer: sideOf(newer),
    deleted: deleted.sort(byDate),
    remaining: remaining.sort(byDate),
    added: added.sort(byDate),
    notCheckable,
  };
}
