import type { TableSpec, TableSpecInput } from './schema.js';
import { accountTables } from './tables/account.js';
import { advertisingTables } from './tables/advertising.js';
import { contentTables } from './tables/content.js';
import { jobTables } from './tables/jobs.js';
import { learningTables } from './tables/learning.js';
import { messageTables } from './tables/messages.js';
import { networkTables } from './tables/network.js';
import { profileTables } from './tables/profile.js';

/** The catalog as written, before `catalogSchema` fills in its defaults. */
export const catalogInput: readonly TableSpecInput[] = [
  ...profileTables,
  ...contentTables,
  ...jobTables,
  ...messageTables,
  ...networkTables,
  ...accountTables,
  ...advertisingTables,
  ...learningTables,
];

/**
 * `tableSpecSchema`'s defaults, in its key order, without running zod: validating the constant
 * catalog cost some 15 ms of every start of the CLI. tests/catalog-schema.test.ts checks that the
 * result is exactly what `catalogSchema.parse` makes of the same tables, so the two cannot drift.
 */
function withDefaults(spec: TableSpecInput): TableSpec {
  return {
    id: spec.id,
    title: spec.title,
    reference: spec.reference,
    files: {
      names: spec.files.names,
      extension: spec.files.extension,
      memberIdSuffix: spec.files.memberIdSuffix ?? false,
      continuationFiles: spec.files.continuationFiles ?? true,
    },
    kind: spec.kind,
    extractor: spec.extractor ?? 'rows',
    headers: spec.headers ?? [],
    required: spec.required ?? [],
    date: spec.date ? { ...spec.date, upcoming: spec.date.upcoming ?? false } : null,
    link: spec.link ?? null,
    text: spec.text ?? [],
    question: spec.question ?? null,
    identity: spec.identity ?? [],
    dedupe: spec.dedupe ?? null,
    repairs: spec.repairs ?? [],
    stubText: spec.stubText ?? null,
    preamble: spec.preamble ?? [],
    completeOnly: spec.completeOnly ?? false,
    keepText: spec.keepText ?? true,
  };
}

/** Every export file the analyzer knows. */
export const catalog: readonly TableSpec[] = catalogInput.map(withDefaults);

export type { TableSpec } from './schema.js';
export { recordKinds, type RecordKind } from './record-kinds.js';
