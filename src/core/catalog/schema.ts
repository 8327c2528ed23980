import { z } from 'zod';
import { dateFormatIds } from '../dates/formats.js';
import { recordKinds } from './record-kinds.js';

/** How a table's rows become records; `rows` is the generic one-row-one-record reading. */
export const extractorIds = [
  'rows',
  'profile',
  'job-applications',
  'online-job-postings',
  'rich-media',
  'article',
] as const;

/** File-specific repairs of LinkedIn's CSV dialect (export-format.md §1.4, §6). */
export const repairIds = [
  'comment-continuation-lines',
  'backslash-escaped-quotes',
  'share-line-wrapping',
  'unquoted-commas-in-last-column',
  'quotes-wrap-whole-fields',
  'html-tags-in-text',
] as const;

const columnName = z.string().min(1);

export const headerVariantSchema = z.object({
  /** When LinkedIn wrote this header, as the reference dates it. */
  seen: z.string().min(1),
  columns: z.array(z.string()).min(1),
});

export const fileMatchSchema = z.object({
  /** Base names without extension, compared case-insensitively. */
  names: z.array(z.string().min(1)).min(1),
  extension: z.enum(['csv', 'html']),
  /**
   * Seen as `Comments_1234567890.csv` in real exports (export-format.md §1.5), which the docs
   * mark; a file of any table is read with such a number in its name.
   */
  memberIdSuffix: z.boolean().default(false),
  /** `Job Applications_1.csv`, continuing `Job Applications.csv` (export-format.md §1.5). */
  continuationFiles: z.boolean().default(true),
});

export const tableSpecSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    title: z.string().min(1),
    /** The export-format.md section that documents the file. */
    reference: z.string().regex(/^\u00a7\d+(\.\d+)*$/u),
    files: fileMatchSchema,
    kind: z.enum(recordKinds),
    extractor: z.enum(extractorIds).default('rows'),
    /** Known headers, oldest first; a header matching none of them is reported, not fatal. */
    headers: z.array(headerVariantSchema).default([]),
    /** Columns without which no record can be read; their absence fails the table. */
    required: z.array(columnName).default([]),
    date: z
      .object({
        column: columnName,
        format: z.enum(dateFormatIds),
        /**
         * Dates that can lie after the export was made (an event the member registered for,
         * §3.18): they never stand in for the export date (the newest record's date).
         */
        upcoming: z.boolean().default(false),
      })
      .nullable()
      .default(null),
    link: columnName.nullable().default(null),
    /** Columns joined into the record's main text. */
    text: z.array(columnName).default([]),
    question: columnName.nullable().default(null),
    /** Columns whose values identify a row across exports (stable ids); default: date, link, text. */
    identity: z.array(columnName).default([]),
    /** The same receipt can sit in two files (policy.md §2): count it once per group and value. */
    dedupe: z.object({ group: z.string(), column: columnName }).nullable().default(null),
    repairs: z.array(z.enum(repairIds)).default([]),
    /** Whole-file text meaning "no data" (e.g. `No conversations found`, export-format.md §3.4). */
    stubText: z.string().nullable().default(null),
    /**
     * How the lines LinkedIn writes above the header begin (Connections.csv's note, §3.1): a file
     * holding nothing else is an empty table (an account without connections), not a failed one.
     */
    preamble: z.array(z.string().min(1)).default([]),
    /** Only the Complete archive has this file (export-format.md §1.6). */
    completeOnly: z.boolean().default(false),
    /** Record bodies the report never needs (private messages are excluded from training). */
    keepText: z.boolean().default(true),
  })
  .superRefine((spec, ctx) => {
    const known = new Set(spec.headers.flatMap((header) => header.columns));
    const used = [
      ...spec.required,
      ...(spec.date ? [spec.date.column] : []),
      ...(spec.link ? [spec.link] : []),
      ...spec.text,
      ...(spec.question ? [spec.question] : []),
      ...spec.identity,
      ...(spec.dedupe ? [spec.dedupe.column] : []),
    ];
    for (const column of used) {
      if (spec.headers.length > 0 && !known.has(column)) {
        ctx.addIssue({
          code: 'custom',
          message: `column "${column}" is in no known header of ${spec.id}`,
        });
      }
    }
  });

export type TableSpecInput = z.input<typeof tableSpecSchema>;
export type TableSpec = z.output<typeof tableSpecSchema>;
export type ExtractorId = (typeof extractorIds)[number];

/**
 * The whole catalog, each id once. Only the tests run it (tests/catalog-schema.test.ts): the CLI
 * and the page use the constant catalog and never load this module's schemas at start-up.
 */
export const catalogSchema = z.array(tableSpecSchema).superRefine((tables, ctx) => {
  const seen = new Set<string>();
  for (const table of tables) {
    if (seen.has(table.id)) ctx.addIssue({ code: 'custom', message: `duplicate id ${table.id}` });
    seen.add(table.id);
  }
});
