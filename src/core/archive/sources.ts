import { ExposureInputError, isInputErrorOf } from '../errors.js';
import { problemText } from '../messages.js';
import { describeReadFailure } from '../read/read-failure.js';
import { EntryLimitError } from './entry-limit-error.js';
import type { WarningSink } from '../report/warnings.js';
import type { InflateBudget } from './limits.js';
import { storedChunks, type InflateRaw } from './inflate.js';
import { collectChunks, openZip, type ZipFileEntry } from './open-zip.js';
import { exportDateFromName, isExportName } from './export-date.js';
import type { ExportInput, ExportSource } from './types.js';
import { errorMessage } from '../util/error-message.js';

/** Folders LinkedIn itself uses inside the export (export-format.md §1.2); never a wrapper. */
const exportFolders = new Set(['jobs', 'articles', 'verifications', 'services marketplace']);

/** Files an operating system adds when a user re-zips a folder; they are no export data. */
export function isOperatingSystemFile(path: string): boolean {
  const segments = path.split('/');
  const base = segments.at(-1) ?? '';
  return (
    segments.some((segment) => segment === '__MACOSX') ||
    base === '.DS_Store' ||
    base === 'Thumbs.db' ||
    base === 'desktop.ini' ||
    base.startsWith('._')
  );
}

function baseName(path: string): string {
  return path.split('/').at(-1) ?? path;
}

/**
 * A user who unzipped and re-zipped the export usually adds one folder around everything
 * (export-format.md §1.2 says LinkedIn's own ZIPs have none): strip it when every file shares it.
 */
function wrappingFolder(paths: readonly string[]): string | null {
  const dataPaths = paths.filter((path) => !isOperatingSystemFile(path));
  const firstSegments = new Set(
    dataPaths.map((path) => (path.includes('/') ? path.split('/')[0] : '')),
  );
  const [only] = [...firstSegments];
  return firstSegments.size !== 1 || !only || exportFolders.has(only.toLowerCase()) ? null : only;
}

/**
 * The folders around everything, outermost first: a re-zipped folder can hold the extracted
 * export in a folder of its own, e.g. `DEMO/Basic_LinkedInDataExport_10-02-2026.zip/…`
 * (export-format.md §0, sample S10), and the inner folder's name carries the export date.
 */
function wrappingFolders(paths: readonly string[]): string[] {
  const folders: string[] = [];
  let rest = paths;
  for (let folder = wrappingFolder(rest); folder !== null; folder = wrappingFolder(rest)) {
    folders.push(folder);
    const prefix = `${folder}/`;
    rest = rest.map((path) => (path.startsWith(prefix) ? path.slice(prefix.length) : path));
  }
  return folders;
}

/**
 * An entry's path with `/` between folders: Windows PowerShell 5.1's `Compress-Archive` writes
 * `\` instead (a re-zipped export), which the ZIP format does not allow but unzip tools accept.
 * A name that climbs out (`..\x`) still does (catalog/match.ts lists it as unknown).
 */
function slashPath(path: string): string {
  return path.replaceAll('\\', '/').replace(/^\.\//u, '');
}

/**
 * The export's files, without a wrapping folder. The folder keeps LinkedIn's name when the user
 * unzipped and re-zipped it (`Complete_LinkedInDataExport_11-28-2026/`), so it dates the export
 * when the archive's own name does not (`linkedin.zip`).
 */
function toSource(
  name: string,
  fileName: string,
  entries: readonly ZipFileEntry[],
  depth: number,
  wrappers = wrappingFolders(entries.map((entry) => slashPath(entry.path))),
): ExportSource {
  const prefix = wrappers.length === 0 ? null : `${wrappers.join('/')}/`;
  const strip = (path: string) =>
    prefix !== null && path.startsWith(prefix) ? path.slice(prefix.length) : path;
  // The innermost folder is the export's own (the one LinkedIn's ZIP was extracted into).
  const wrapper =
    [...wrappers].reverse().find((folder) => exportDateFromName(folder) !== null) ?? null;
  const files = entries.map((entry) => ({
    path: strip(slashPath(entry.path)),
    originalPath: entry.path,
    size: entry.size,
    chunks: entry.chunks,
    stored: entry.stored,
  }));
  const datedName = exportDateFromName(fileName) === null && wrapper !== null ? wrapper : fileName;
  return { name, fileName: datedName, files, depth };
}

/**
 * The sources of a ZIP's or folder's own files: one, or one per export folder when it holds two
 * or more side by side (the Basic and the Complete archive of export-format.md §1.1, unzipped into
 * one folder, or re-zipped as one). Each folder is then an export of its own, as if its ZIP had
 * been given, so that a table in both is counted once (§1.6) and each is dated by its name.
 * Files beside the folders stay in the ZIP's own source; the operating system's are dropped there,
 * since they hold no export data.
 */
function ownSources(
  name: string,
  fileName: string,
  entries: readonly ZipFileEntry[],
  depth: number,
): ExportSource[] {
  const wrappers = wrappingFolders(entries.map((entry) => slashPath(entry.path)));
  const prefix = wrappers.length === 0 ? '' : `${wrappers.join('/')}/`;
  const byFolder = new Map<string, ZipFileEntry[]>();
  const beside: ZipFileEntry[] = [];
  for (const entry of entries) {
    const path = slashPath(entry.path);
    const inner = path.startsWith(prefix) ? path.slice(prefix.length) : path;
    const folder = inner.includes('/') ? (inner.split('/')[0] ?? '') : '';
    if (!isExportName(folder)) {
      beside.push(entry);
      continue;
    }
    const files = byFolder.get(folder) ?? [];
    files.push(entry);
    byFolder.set(folder, files);
  }
  if (byFolder.size < 2) return [toSource(name, fileName, entries, depth, wrappers)];
  const folders = [...byFolder].map(([folder, files]) =>
    toSource(`${name} › ${folder}`, folder, files, depth),
  );
  const besideData = beside.some((entry) => !isOperatingSystemFile(slashPath(entry.path)));
  return besideData ? [toSource(name, fileName, beside, depth), ...folders] : folders;
}

interface CollectContext {
  budget: InflateBudget;
  inflateRaw: InflateRaw;
  warnings: WarningSink;
  /** ZIPs inside ZIPs left unopened because they sit deeper than the nesting limit. */
  tooDeep: string[];
}

/**
 * What is wrong with a ZIP inside the archive, in a warning's parentheses: the archive's own error
 * message would add advice meant for the archive ("download it again from LinkedIn").
 */
function nestedZipProblem(error: unknown): string {
  if (isInputErrorOf(error, 'CORRUPT_ZIP')) return problemText.damagedZip(error.args);
  if (isInputErrorOf(error, 'ENCRYPTED_ZIP')) return problemText.encryptedZip();
  if (isInputErrorOf(error, 'UNSUPPORTED_COMPRESSION')) return problemText.unsupportedCompression();
  return errorMessage(error);
}

async function sourcesFromZip(
  name: string,
  fileName: string,
  entries: ZipFileEntry[],
  depth: number,
  context: CollectContext,
): Promise<ExportSource[]> {
  const { budget, warnings } = context;
  const nested: ExportSource[] = [];
  const own: ZipFileEntry[] = [];
  for (const entry of entries) {
    const isZip = /\.zip$/iu.test(entry.path) && !isOperatingSystemFile(entry.path);
    if (isZip && depth >= budget.limits.maxNestingDepth) {
      context.tooDeep.push(`${name} › ${entry.path}`);
      warnings.add(
        'nested-too-deep',
        { file: entry.path, limit: budget.limits.maxNestingDepth },
        `${name} › ${entry.path}`,
      );
    } else if (isZip) {
      const innerName = baseName(entry.path);
      const where = `${name} › ${entry.path}`;
      try {
        const innerEntries = await openZip(
          innerName,
          await collectChunks(entry.chunks()),
          budget,
          context.inflateRaw,
        );
        nested.push(
          ...(await sourcesFromZip(
            `${name} › ${innerName}`,
            innerName,
            innerEntries,
            depth + 1,
            context,
          )),
        );
        continue;
      } catch (error) {
        // Over a size limit, it gets the limit's own warning, which says how to raise it.
        if (error instanceof EntryLimitError) describeReadFailure(error, where, warnings);
        else {
          const problem = nestedZipProblem(error);
          warnings.add('unreadable-nested-archive', { file: entry.path, problem }, where);
        }
      }
    }
    own.push(entry);
  }
  return own.length > 0 || nested.length === 0
    ? [...ownSources(name, fileName, own, depth), ...nested]
    : nested;
}

export interface CollectedSources {
  sources: ExportSource[];
  tooDeep: string[];
}

/** Turns the caller's inputs into sources, opening ZIPs (and ZIPs inside them) within the limits. */
export async function collectSources(
  inputs: readonly ExportInput[],
  budget: InflateBudget,
  warnings: WarningSink,
  inflateRaw: InflateRaw,
): Promise<CollectedSources> {
  if (inputs.length === 0) throw new ExposureInputError('NO_INPUT', {});
  const context: CollectContext = { budget, inflateRaw, warnings, tooDeep: [] };
  const sources: ExportSource[] = [];
  for (const input of inputs) {
    if ('files' in input && input.files.length > budget.limits.maxEntries) {
      throw new ExposureInputError('FOLDER_TOO_MANY_FILES', {
        name: input.name,
        limit: budget.limits.maxEntries,
      });
    }
    if ('files' in input) {
      for (const { path, problem } of input.unlisted ?? []) {
        warnings.add('unlisted-folder', { folder: path, problem }, path);
      }
    }
    const entries: ZipFileEntry[] =
      'bytes' in input
        ? await openZip(input.name, input.bytes, budget, inflateRaw)
        : input.files.map((file) =>
            'bytes' in file
              ? { path: file.path, size: file.bytes.length, chunks: () => storedChunks(file.bytes) }
              : { path: file.path, size: file.size, chunks: file.chunks },
          );
    sources.push(...(await sourcesFromZip(input.name, baseName(input.name), entries, 0, context)));
  }
  return { sources, tooDeep: context.tooDeep };
}
