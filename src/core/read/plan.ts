import { fileNoteText } from '../messages.js';
import { isOperatingSystemFile } from '../archive/sources.js';
import type { ExportFile, ExportSource } from '../archive/types.js';
import { exportDateFromName, isCompleteByName } from '../archive/export-date.js';
import type { TableMatch } from '../catalog/match.js';
import type { TableSpec } from '../catalog/schema.js';
import type { ExportKind } from '../report/schema.js';
import { compareText } from '../util/compare.js';

export interface PlannedFile {
  source: ExportSource;
  file: ExportFile;
  /** null: no catalog entry knows the file. */
  spec: TableSpec | null;
  part: number;
  /** `.DS_Store`, `__MACOSX/`: listed as unknown, never warned about. */
  operatingSystemFile: boolean;
  /** Read for the report; false when the same table comes from another archive. */
  counted: boolean;
  note: string | null;
}

export interface SourceInfo {
  source: ExportSource;
  kind: ExportKind;
  exportDate: string | null;
}

/** A catalog table and the files of the export that hold it, in reading order. */
export interface PlannedTable {
  spec: TableSpec;
  files: PlannedFile[];
}

export interface ReadPlan {
  files: PlannedFile[];
  sources: SourceInfo[];
  /** Tables in the order they are read, each with its counted files (main file, then `_1`, `_2` …). */
  tables: PlannedTable[];
  duplicates: { file: PlannedFile; kept: SourceInfo }[];
}

const kindRank: Record<ExportKind, number> = {
  complete: 0,
  'basic+complete': 0,
  basic: 1,
  unknown: 2,
};

// export-format.md §1.6: the activity files are never in a Basic archive; detect by content, and by
// LinkedIn's own name for the Complete archive (§1.1), which holds none of them for a member
// without activity.
function sourceKind(specs: readonly TableSpec[], fileName: string): ExportKind {
  if (specs.some((spec) => spec.completeOnly)) return 'complete';
  if (specs.length > 0 && isCompleteByName(fileName)) return 'complete';
  return specs.length > 0 ? 'basic' : 'unknown';
}

export function planRead(
  sources: readonly ExportSource[],
  match: (path: string) => TableMatch | null,
  catalog: readonly TableSpec[],
): ReadPlan {
  const files: PlannedFile[] = [];
  const infos: SourceInfo[] = sources.map((source) => {
    const matched: TableSpec[] = [];
    for (const file of source.files) {
      const operatingSystemFile = isOperatingSystemFile(file.path);
      const found = operatingSystemFile ? null : match(file.path);
      if (found) matched.push(found.spec);
      files.push({
        source,
        file,
        spec: found?.spec ?? null,
        part: found?.part ?? 0,
        operatingSystemFile,
        counted: found !== null,
        note: found
          ? null
          : operatingSystemFile
            ? fileNoteText.operatingSystem()
            : fileNoteText.unknown(),
      });
    }
    return {
      source,
      kind: sourceKind(matched, source.fileName),
      exportDate: exportDateFromName(source.fileName),
    };
  });

  // A table in both a Basic and a Complete archive counts once (policy.md §2): the Complete
  // archive wins, then the newer export.
  const preference = [...infos].sort(
    (a, b) =>
      kindRank[a.kind] - kindRank[b.kind] || compareText(b.exportDate ?? '', a.exportDate ?? ''),
  );
  const duplicates: ReadPlan['duplicates'] = [];
  const tables: ReadPlan['tables'] = [];
  for (const spec of catalog) {
    const tableFiles = files.filter((planned) => planned.spec?.id === spec.id);
    if (tableFiles.length === 0) continue;
    const winner = preference.find((info) =>
      tableFiles.some((planned) => planned.source === info.source),
    );
    if (!winner) continue;
    for (const planned of tableFiles) {
      if (planned.source !== winner.source) {
        planned.counted = false;
        planned.note = fileNoteText.duplicate({ kept: winner.source.name });
        duplicates.push({ file: planned, kept: winner });
      }
    }
    const counted = tableFiles
      .filter((planned) => planned.counted)
      .sort((a, b) => a.part - b.part || compareText(a.file.path, b.file.path));
    tables.push({ spec, files: counted });
  }
  return { files, sources: infos, tables, duplicates };
}
