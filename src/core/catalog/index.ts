import { z } from 'zod';
import { tableSpecSchema, type TableSpec } from './schema.js';
import { accountTables } from './tables/account.js';
import { advertisingTables } from './tables/advertising.js';
import { contentTables } from './tables/content.js';
import { jobTables } from './tables/jobs.js';
import { learningTables } from './tables/learning.js';
import { messageTables } from './tables/messages.js';
import { networkTables } from './tables/network.js';
import { profileTables } from './tables/profile.js';

const catalogSchema = z.array(tableSpecSchema).superRefine((tables, ctx) => {
  const seen = new Set<string>();
  for (const table of tables) {
    if (seen.has(table.id)) ctx.addIssue({ code: 'custom', message: `duplicate id ${table.id}` });
    seen.add(table.id);
  }
});

/** Every export file the analyzer knows, validated once at start-up. */
export const catalog: readonly TableSpec[] = catalogSchema.parse([
  ...profileTables,
  ...contentTables,
  ...jobTables,
  ...messageTables,
  ...networkTables,
  ...accountTables,
  ...advertisingTables,
  ...learningTables,
]);

export { type TableSpec } from './schema.js';
export { recordKinds, type RecordKind } from './record-kinds.js';
