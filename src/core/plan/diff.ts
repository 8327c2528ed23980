import { z } from 'zod';
import { isoDaySchema } from '../util/dates.js';
import { catalog } from '../catalog/index.js';
import { memberIdsOf } from '../catalog/member-ids.js';
import { recordKinds } from '../catalog/record-kinds.js';
import { ExposureInputError } from '../errors.js';
import { diffText } from '../messages.js';
import {
  exportKinds,
  warningSchema,
  type ClassifiedRecord,
  type ExposureReport,
} from '../report/schema.js';
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

/**
 * Why an item of the older export could not be looked for in the newer one: the newer export is a
 * Basic one and the item's file comes only in a Complete one (export-format.md §1.6); the newer
 * export holds the file but did not read it in full (failed, a limit, a quote never closed); or
 * the newer export lacks the file, which LinkedIn does when nothing is left in it but also for
 * reasons an export does not show ("any file may be absent", §1.6).
 */
export const uncheckedReasons = ['basic-export', 'not-read', 'file-missing'] as const;

const uncheckedItemSchema = diffItemSchema.extend({ reason: z.enum(uncheckedReasons) });

/** Which export a warning of the diff is about; `both` for what only the two together show. */
const diffSides = ['older', 'newer', 'both'] as const;

const diffWarningSchema = warningSchema.extend({ side: z.enum(diffSides) });

const exportSideSchema = z.object({
  inputs: z.array(z.string()),
  exportDate: nullableDate,
  /** Added after the first diffs of schema version 1, which read as `unknown`. */
  exportKind: z.enum(exportKinds).default('unknown'),
});

export const exportDiffSchema = z.object({
  schemaVersion: z.literal(1),
  older: exportSideSchema,
  newer: exportSideSchema,
  /**
   * In scope in the older export, gone from the newer one, whose file the newer export read in
   * full: deletions that took.
   */
  deleted: z.array(diffItemSchema),
  /** Suggested for deletion by the older export's plan and still in the newer export. */
  remaining: z.array(diffItemSchema),
  /** In scope in the newer export only. */
  added: z.array(diffItemSchema),
  /**
   * In scope in the older export, gone from the newer one, whose file the newer export lacks or did
   * not read in full: perhaps deleted, perhaps not. Added after the first diffs of schema version 1.
   */
  unchecked: z.array(uncheckedItemSchema).default([]),
  /** Suggestions of the older plan that no export can confirm (settings, resumes by name …). */
  notCheckable: z.number().int().nonnegative(),
  /** The warnings of both analyses, each marked with its export, and the diff's own. */
  warnings: z.array(diffWarningSchema).default([]),
});

export type DiffItem = z.infer<typeof diffItemSchema>;
export type UncheckedItem = z.infer<typeof uncheckedItemSchema>;
export type UncheckedReason = (typeof uncheckedReasons)[number];
export type DiffWarning = z.infer<typeof diffWarningSchema>;
export type DiffSide = (typeof diffSides)[number];
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
  return {
    inputs: report.inputs.map((input) => input.name),
    exportDate: report.exportDate,
    exportKind: report.exportKind,
  };
}

const completeOnlyTables: ReadonlySet<string> = new Set(
  catalog.filter((spec) => spec.completeOnly).map((spec) => spec.id),
);

/**
 * Whether the two exports name different members in their file names: then no deletion or
 * addition between them means anything. Exports before 2026 carry no id and are not judged.
 */
function ofDifferentMembers(older: ExposureReport, newer: ExposureReport): boolean {
  const olderIds = memberIdsOf(older.files);
  const newerIds = memberIdsOf(newer.files);
  return olderIds.size > 0 && newerIds.size > 0 && ![...olderIds].some((id) => newerIds.has(id));
}

/**
 * The first and last name of the profile, as Profile.csv's record starts with them, lower-cased;
 * null when the export has no such record or it holds fewer than two of its fields.
 */
function profileNameOf(records: ReadonlyMap<string, ClassifiedRecord>): string | null {
  for (const record of records.values()) {
    if (record.kind !== 'profile' || record.text === null) continue;
    const [first, last] = record.text.split(' · ');
    return first === undefined || last === undefined ? null : `${first} ${last}`.toLowerCase();
  }
  return null;
}

/**
 * Whether the two exports' profiles carry different names, for exports whose file names carry
 * no member number (before 2026). A name can change (a marriage), so the warning says "seem".
 */
function ofDifferentlyNamedProfiles(
  before: ReadonlyMap<string, ClassifiedRecord>,
  after: ReadonlyMap<string, ClassifiedRecord>,
): boolean {
  const olderName = profileNameOf(before);
  const newerName = profileNameOf(after);
  return olderName !== null && newerName !== null && olderName !== newerName;
}

// Warnings of a file that was read but lost rows on the way: its status stays `parsed`.
const rowsLostWarnings: ReadonlySet<string> = new Set(['unclosed-quote', 'zero-records']);

/**
 * Why an export cannot tell whether the items of a table are there, or null when it can: it read
 * every file of the table in full. A table an export lacks altogether proves nothing: a Basic
 * export leaves out the Complete-only files whatever the account holds, and which other files an
 * export holds varies (export-format.md §1.6); claiming a deletion that did not happen is the one
 * mistake this command must not make. Asked of the newer export for what looks deleted, and of
 * the older one for what looks new.
 */
function uncheckedReason(
  report: ExposureReport,
  table: string,
  lostRows: ReadonlySet<string>,
): UncheckedReason | null {
  const files = report.files.filter((file) => file.table === table);
  if (files.length === 0) {
    return report.exportKind === 'basic' && completeOnlyTables.has(table)
      ? 'basic-export'
      : 'file-missing';
  }
  const readInFull = files.every(
    (file) => (file.status === 'parsed' || file.status === 'empty') && !lostRows.has(file.path),
  );
  return readInFull ? null : 'not-read';
}

/** The reason for each table of an export that cannot be checked in it, asked once per table. */
function uncheckedReasonsIn(report: ExposureReport): (table: string) => UncheckedReason | null {
  const lostRows = new Set(
    report.warnings
      .filter((warning) => rowsLostWarnings.has(warning.code) && warning.file !== null)
      .map((warning) => warning.file ?? ''),
  );
  const reasons = new Map<string, UncheckedReason | null>();
  return (table) => {
    if (!reasons.has(table)) reasons.set(table, uncheckedReason(report, table, lostRows));
    return reasons.get(table) ?? null;
  };
}

/** The table each file of the report was read as, by its path in the export. */
function tablesByPath(report: ExposureReport): Map<string, string> {
  const tables = new Map<string, string>();
  for (const file of report.files) if (file.table !== null) tables.set(file.path, file.table);
  return tables;
}

/**
 * Both analyses' warnings, marked with their export, and a warning when the two exports are one:
 * the same day and the same items, which makes every deletion look as if it had not taken.
 */
function diffWarnings(
  older: ExposureReport,
  newer: ExposureReport,
  before: ReadonlyMap<string, ClassifiedRecord>,
  after: ReadonlyMap<string, ClassifiedRecord>,
  addedUnchecked: number,
): DiffWarning[] {
  const warnings: DiffWarning[] = [
    ...older.warnings.map((warning) => ({ ...warning, side: 'older' as const })),
    ...newer.warnings.map((warning) => ({ ...warning, side: 'newer' as const })),
  ];
  const sameItems =
    before.size === after.size &&
    [...before.keys()].every((id) => after.has(id)) &&
    older.totals.records === newer.totals.records;
  // What only the two exports together show.
  const both = (code: string, message: string) => {
    warnings.push({ code, message, file: null, side: 'both' });
  };
  if (older.exportDate !== null && older.exportDate === newer.exportDate && sameItems) {
    both('same-export', diffText.sameExport({ date: older.exportDate }));
  }
  if (ofDifferentMembers(older, newer)) both('different-members', diffText.differentMembers());
  else if (ofDifferentlyNamedProfiles(before, after)) {
    both('different-profiles', diffText.differentProfiles());
  }
  if (addedUnchecked > 0) {
    const olderIsBasic = older.exportKind === 'basic';
    both('added-not-checked', diffText.addedNotChecked({ count: addedUnchecked, olderIsBasic }));
  }
  return warnings;
}

/**
 * How many of the new items come from tables the older export did not hold or read in full: a
 * Basic export holds no posts or comments (export-format.md §1.6), so against a later Complete
 * one every post of the account would look new.
 */
function countAddedUnchecked(
  older: ExposureReport,
  newer: ExposureReport,
  added: readonly ClassifiedRecord[],
): number {
  const newerTables = tablesByPath(newer);
  const reasonIn = uncheckedReasonsIn(older);
  let count = 0;
  for (const record of added) {
    const table = newerTables.get(record.source.file);
    if (table !== undefined && reasonIn(table) !== null) count++;
  }
  return count;
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
  const olderTables = tablesByPath(older);
  const reasonIn = uncheckedReasonsIn(newer);
  const reasonFor = (record: ClassifiedRecord): UncheckedReason | null => {
    const table = olderTables.get(record.source.file);
    // Every record comes from a file read as a table; one that cannot be traced is not claimed.
    return table === undefined ? 'not-read' : reasonIn(table);
  };
  const deleted: DiffItem[] = [];
  const unchecked: UncheckedItem[] = [];
  for (const record of before.values()) {
    if (after.has(record.id)) continue;
    const reason = reasonFor(record);
    if (reason === null) deleted.push(itemOf(record, olderCodes));
    else unchecked.push({ ...itemOf(record, olderCodes), reason });
  }
  const addedRecords = [...after.values()].filter((record) => !before.has(record.id));
  const added = addedRecords.map((record) => itemOf(record, newerCodes));
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
    unchecked: unchecked.sort(byDate),
    notCheckable,
    warnings: diffWarnings(
      older,
      newer,
      before,
      after,
      countAddedUnchecked(older, newer, addedRecords),
    ),
  };
}
