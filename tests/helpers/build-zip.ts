import JSZip from 'jszip';
import {
  centralDirectoryEntries,
  centralDirectorySpan,
} from '../../src/core/archive/central-directory.js';
import { analyzeExport } from '../../src/core/analyze.js';
import type { AnalyzeOptions } from '../../src/core/options.js';
import type {
  ClassifiedRecord,
  ExposureReport,
  FileSummary,
  ReportWarning,
} from '../../src/core/report/schema.js';

/** Archive path → file content; strings are written as UTF-8 bytes, exactly as given. */
export type ExportFiles = Record<string, string | Uint8Array>;

/** The name LinkedIn gives a Complete archive (export-format.md §1.1), export date 2026-11-28. */
export const completeZipName = 'Complete_LinkedInDataExport_11-28-2026.zip';

// Every entry gets the same time, so the bytes of an archive never depend on the clock.
const fixedDate = new Date(Date.UTC(2026, 10, 28, 12, 0, 0));
const encoder = new TextEncoder();

export async function buildZip(files: ExportFiles): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [path, content] of Object.entries(files)) {
    const bytes = typeof content === 'string' ? encoder.encode(content) : content;
    zip.file(path, bytes, { date: fixedDate, createFolders: false, binary: true });
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** Zips the files in memory and analyzes the archive, as the CLI would a downloaded export. */
export async function analyzeFiles(
  files: ExportFiles,
  options: AnalyzeOptions = {},
  zipName = completeZipName,
): Promise<ExposureReport> {
  return analyzeExport([{ name: zipName, bytes: await buildZip(files) }], options);
}

/** Several archives analyzed together (a Basic and a Complete archive of one account). */
export async function analyzeArchives(
  archives: Record<string, ExportFiles>,
  options: AnalyzeOptions = {},
): Promise<ExposureReport> {
  const inputs = await Promise.all(
    Object.entries(archives).map(async ([name, files]) => ({ name, bytes: await buildZip(files) })),
  );
  return analyzeExport(inputs, options);
}

/** Lines joined with `\n`, ending with one: the layout of most export files (§1.3). */
export function lines(...rows: string[]): string {
  return `${rows.join('\n')}\n`;
}

/** One CSV cell the way LinkedIn writes it: quoted only when needed, quotes doubled (§1.4). */
export function cell(value: string): string {
  return /[",\r\n]/u.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Record count per category, categories without records left out. */
export function countsByCategory(report: ExposureReport): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const record of report.records) counts[record.category] = (counts[record.category] ?? 0) + 1;
  return counts;
}

export function fileSummary(report: ExposureReport, path: string): FileSummary {
  const summary = report.files.find((file) => file.path === path);
  if (!summary) {
    const known = report.files.map((file) => file.path).join(', ');
    throw new Error(`no file ${path} in the report (files: ${known})`);
  }
  return summary;
}

export function recordsOf(report: ExposureReport, path: string): ClassifiedRecord[] {
  return report.records.filter((record) => record.source.file === path);
}

export function onlyRecord(
  report: ExposureReport,
  kind?: ClassifiedRecord['kind'],
): ClassifiedRecord {
  const matching = report.records.filter((record) => kind === undefined || record.kind === kind);
  const [record] = matching;
  if (matching.length !== 1 || !record) {
    throw new Error(`expected one ${kind ?? ''} record, found ${String(matching.length)}`);
  }
  return record;
}

export function warningsWith(report: ExposureReport, code: string): ReportWarning[] {
  return report.warnings.filter((warning) => warning.code === code);
}

/** Warning codes, leaving out `basic-only`, which every archive without activity files gets. */
export function warningCodes(report: ExposureReport): string[] {
  return report.warnings.map((warning) => warning.code).filter((code) => code !== 'basic-only');
}

/** A CSV file: the header exactly as LinkedIn writes it, then rows quoted as LinkedIn does. */
export function csv(header: string, rows: readonly (readonly string[])[]): string {
  return lines(header, ...rows.map((row) => row.map(cell).join(',')));
}

/**
 * Where each entry's deflated data sits in a ZIP (after its local header), largest first, as the
 * central directory and the local headers say.
 */
export function deflatedDataRanges(bytes: Uint8Array): { start: number; end: number }[] {
  const span = centralDirectorySpan(bytes);
  const entries = span && centralDirectoryEntries(bytes, span);
  if (!entries) throw new Error('expected a central directory');
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  return entries
    .sort((a, b) => b.compressedSize - a.compressedSize)
    .map((entry) => {
      const at = entry.localHeaderOffset;
      const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
      return { start, end: start + entry.compressedSize };
    });
}
