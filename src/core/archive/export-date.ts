import { isIsoDate } from '../util/dates.js';

/**
 * export-format.md §1.1: `Basic_LinkedInDataExport_MM-DD-YYYY.zip`, month first. A second
 * download of the same name gets a copy mark before `.zip`: ` (1)` (Chrome, Edge), `(1)`
 * (Firefox), `-1` (Safari), ` copy` (a copy in the macOS Finder).
 */
const exportDatePattern =
  /_(\d{2})-(\d{2})-(\d{4})(?:\s?\(\d{1,3}\)|-\d{1,3}| copy(?: \d{1,3})?)?(?:\.zip)?$/iu;

/** The export date LinkedIn writes into the archive name, as `YYYY-MM-DD`. */
export function exportDateFromName(fileName: string): string | null {
  const match = exportDatePattern.exec(fileName.trim());
  if (!match) return null;
  const [, month, day, year] = match;
  const iso = `${year}-${month}-${day}`;
  return isIsoDate(iso) ? iso : null;
}

/**
 * export-format.md §1.1: LinkedIn names the larger archive `Complete_LinkedInDataExport_…`. Its
 * content usually tells it apart (§1.6), but "any file may be absent": a member without posts,
 * comments or logins gets a Complete archive with none of the activity files, and the name is
 * then all that says it is complete. The copy marks of `exportDatePattern` may follow.
 */
const completeNamePattern = /^Complete_LinkedInDataExport_/iu;

/** Whether the archive's name (or its wrapping folder's) is LinkedIn's name for a Complete archive. */
export function isCompleteByName(fileName: string): boolean {
  return completeNamePattern.test(fileName.trim());
}

const exportNamePattern = /^(?:Basic|Complete)_LinkedInDataExport_/iu;

/**
 * Whether a name is LinkedIn's name for an export (`Basic_…` or `Complete_LinkedInDataExport_…`
 * with its date): a folder of that name holds one export, unzipped.
 */
export function isExportName(name: string): boolean {
  return exportNamePattern.test(name.trim()) && exportDateFromName(name) !== null;
}
