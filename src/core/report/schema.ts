import { z } from 'zod';
import { isoDaySchema } from '../util/dates.js';
import { recordKinds } from '../catalog/record-kinds.js';
import { scopes } from '../policy/schema.js';
import { findingCodes, scannedFields } from '../sensitive/codes.js';

const nullableDate = isoDaySchema.nullable();

export const exportKinds = ['basic', 'complete', 'basic+complete', 'unknown'] as const;
export const fileStatuses = ['parsed', 'empty', 'unknown', 'failed'] as const;
export const priorities = ['high', 'medium', 'low'] as const;

export const sourceSchema = z.object({
  file: z.string(),
  /** 1-based data row in the file (header excluded); null for whole-file records. */
  row: z.number().int().positive().nullable(),
});

export const classifiedRecordSchema = z.object({
  /** Stable across runs and newer exports of the same account. */
  id: z.string(),
  category: z.string(),
  scope: z.enum(scopes),
  kind: z.enum(recordKinds),
  date: nullableDate,
  source: sourceSchema,
  link: z.string().nullable(),
  /** Main text; null where the report does not keep it (private messages). */
  text: z.string().nullable(),
  reason: z.string(),
});

export const categorySummarySchema = z.object({
  id: z.string(),
  label: z.string(),
  scope: z.enum(scopes),
  records: z.number().int().nonnegative(),
  earliest: nullableDate,
  latest: nullableDate,
  /** Records dated before the training start of the chosen region. */
  beforeEffective: z.number().int().nonnegative(),
});

export const fileSummarySchema = z.object({
  path: z.string(),
  archive: z.string(),
  table: z.string().nullable(),
  status: z.enum(fileStatuses),
  records: z.number().int().nonnegative(),
  categories: z.array(z.string()),
  note: z.string().nullable(),
});

export const resumeSchema = z.object({
  name: z.string(),
  source: z.enum(['applications', 'stored-text']),
  applications: z.number().int().nonnegative(),
  firstUsed: nullableDate,
  lastUsed: nullableDate,
  companies: z.array(z.string()),
  status: z.enum(['old', 'superseded', 'current', 'undated', 'stored-text']),
  suggestDelete: z.boolean(),
  reason: z.string(),
});

/** One piece of sensitive content in a record (docs/sensitive-content.md). */
export const findingSchema = z.object({
  code: z.enum(findingCodes),
  recordId: z.string(),
  field: z.enum(scannedFields),
  /** The span in the record's text as exported, in UTF-16 code units, end exclusive. */
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  /** Masked (`+44 •••• ••• 123`) unless values are shown; for topics, the words around it. */
  preview: z.string(),
});

export const suggestionSchema = z.object({
  id: z.string(),
  priority: z.enum(priorities),
  action: z.string(),
  category: z.string().nullable(),
  reason: z.string(),
  link: z.string().nullable(),
  date: nullableDate,
  /** The first words of the item, so it can be found on LinkedIn. */
  excerpt: z.string().nullable(),
  source: sourceSchema.nullable(),
  /** 0–100 from what was found, how public the item is and its age; null for settings. */
  score: z.number().int().min(0).max(100).nullable(),
  /** The score in a few words: "phone number; feed post; before training start". */
  why: z.string(),
  /** The codes of the findings in the item, most severe first. */
  findings: z.array(z.enum(findingCodes)),
});

export const warningSchema = z.object({
  code: z.string(),
  message: z.string(),
  file: z.string().nullable(),
});

export const monthCountSchema = z.object({
  /** `YYYY-MM` */
  month: z.string().regex(/^\d{4}-\d{2}$/),
  records: z.number().int().positive(),
});

export const reportSchema = z.object({
  schemaVersion: z.literal(1),
  policy: z.object({
    id: z.string(),
    name: z.string(),
    effectiveDate: isoDaySchema,
    /** What the policy leaves open, which every report states (policy.md §2). */
    notes: z.array(z.string()),
  }),
  region: z.object({ id: z.string(), label: z.string(), trainingSince: isoDaySchema }).nullable(),
  /** The date counted from: the region's training start, else the policy's effective date. */
  trainingSince: isoDaySchema,
  exportKind: z.enum(exportKinds),
  exportDate: nullableDate,
  olderThan: z.string(),
  inputs: z.array(
    z.object({ name: z.string(), kind: z.enum(exportKinds), exportDate: nullableDate }),
  ),
  totals: z.object({
    records: z.number().int().nonnegative(),
    inScope: z.number().int().nonnegative(),
    excluded: z.number().int().nonnegative(),
    notNamed: z.number().int().nonnegative(),
  }),
  categories: z.array(categorySummarySchema),
  /**
   * In-scope records per month, oldest first, months without any left out; the dated in-scope
   * records, so `totals.inScope` less their sum is the undated ones. Added after the first
   * reports of schema version 1, which read as having none.
   */
  inScopeMonths: z.array(monthCountSchema).default([]),
  files: z.array(fileSummarySchema),
  resumes: z.array(resumeSchema),
  suggestions: z.array(suggestionSchema),
  /** Suggestions hidden because the keep-list (`--keep`) says keep. */
  kept: z.number().int().nonnegative(),
  /** Sensitive content in the in-scope records. */
  findings: z.array(findingSchema),
  /** Whether previews and texts show found values (`--show-values`) instead of masks. */
  valuesShown: z.boolean(),
  /**
   * Whether people's words, names and links were replaced by placeholders (`--redact`). Added
   * after the first reports of schema version 1, which were not redacted.
   */
  redacted: z.boolean().default(false),
  warnings: z.array(warningSchema),
});

export type ClassifiedRecord = z.infer<typeof classifiedRecordSchema>;
export type CategorySummary = z.infer<typeof categorySummarySchema>;
export type MonthCount = z.infer<typeof monthCountSchema>;
export type FileSummary = z.infer<typeof fileSummarySchema>;
export type Resume = z.infer<typeof resumeSchema>;
export type Suggestion = z.infer<typeof suggestionSchema>;
export type Finding = z.infer<typeof findingSchema>;
export type ReportWarning = z.infer<typeof warningSchema>;
export type ExportKind = (typeof exportKinds)[number];
export type FileStatus = (typeof fileStatuses)[number];
export type Priority = (typeof priorities)[number];
export type ReportSummary = z.infer<typeof reportSchema>;

/** The analysis result: the JSON report plus every classified record. */
export interface ExposureReport extends ReportSummary {
  records: ClassifiedRecord[];
}
