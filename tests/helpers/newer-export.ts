import JSZip from 'jszip';

/** What to change in an export to make "the same account, some weeks later". */
export interface NewerExportChanges {
  /** Lines to delete: in the file whose path matches, the one line holding `contains`. */
  remove: readonly { file: RegExp; contains: string }[];
  /** Lines to append to the file whose path matches (the file's line ending is added). */
  add?: readonly { file: RegExp; line: string }[];
}

function onlyPath(zip: JSZip, pattern: RegExp): string {
  const paths = Object.keys(zip.files).filter((path) => pattern.test(path));
  const [path] = paths;
  if (paths.length !== 1 || path === undefined) {
    throw new Error(`expected one file matching ${String(pattern)}, found ${paths.join(', ')}`);
  }
  return path;
}

/**
 * A newer export of the account of `bytes`: the same files with some lines deleted (as when the
 * member deleted those items) and some appended. Each removed line must be unique, so that a
 * test cannot remove more than it says.
 */
export async function newerExport(
  bytes: Uint8Array,
  changes: NewerExportChanges,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const texts = new Map<string, string>();
  const textOf = async (path: string): Promise<string> =>
    texts.get(path) ?? (await zip.file(path)?.async('string')) ?? '';
  for (const { file, contains } of changes.remove) {
    const path = onlyPath(zip, file);
    const lines = (await textOf(path)).split('\n');
    const matching = lines.filter((line) => line.includes(contains));
    if (matching.length !== 1) {
      throw new Error(`${path}: ${String(matching.length)} lines hold "${contains}"`);
    }
    texts.set(path, lines.filter((line) => !line.includes(contains)).join('\n'));
  }
  for (const { file, line } of changes.add ?? []) {
    const path = onlyPath(zip, file);
    texts.set(path, `${await textOf(path)}${line}\n`);
  }
  const fixedDate = new Date(Date.UTC(2027, 0, 15, 12, 0, 0));
  for (const [path, text] of texts) zip.file(path, text, { date: fixedDate });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** The name LinkedIn would give an export of 15 January 2027. */
export const newerZipName = 'Complete_LinkedInDataExport_01-15-2027.zip';
