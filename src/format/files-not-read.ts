import type { ExposureReport, FileSummary } from '../core/index.js';

/**
 * The most files a report lists by name: a folder given by mistake (Downloads) holds thousands
 * of files no export has, which would bury the report (and cli-table3 lays out a table of
 * tens of thousands of rows in tens of seconds).
 */
const filesListed = 30;

/**
 * The files of a report that were not read (failed) or not known (unknown), failed first: they are
 * the export's own, the unknown ones may be anything. `more` counts those left out of `listed`.
 */
export function filesNotRead(report: ExposureReport): { listed: FileSummary[]; more: number } {
  const notable = report.files.filter(
    (file) => file.status === 'unknown' || file.status === 'failed',
  );
  const listed = [
    ...notable.filter((file) => file.status === 'failed'),
    ...notable.filter((file) => file.status !== 'failed'),
  ].slice(0, filesListed);
  return { listed, more: notable.length - listed.length };
}
