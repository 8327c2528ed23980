// No import: messages.ts uses it, and everything it loads is loaded by every command, --help too.

/** The newest of the archives' dates (`YYYY-MM-DD` sorts as the days do), or null if none has one. */
export function latestExportDate(sources: readonly { exportDate: string | null }[]): string | null {
  return (
    sources
      .map((source) => source.exportDate)
      .filter((date): date is string => date !== null)
      .sort()
      .at(-1) ?? null
  );
}
