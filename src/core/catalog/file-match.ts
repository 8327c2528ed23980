/** Shorthands for the catalog's file patterns. */
export const csvFile = (...names: string[]) => ({ names, extension: 'csv' as const });

/** The activity files that gained a `_<memberId>` suffix in 2026 (export-format.md §1.5). */
export const memberIdCsvFile = (...names: string[]) => ({
  names,
  extension: 'csv' as const,
  memberIdSuffix: true,
});
