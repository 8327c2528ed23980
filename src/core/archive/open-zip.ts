import JSZip from 'jszip';
import { ExposureInputError } from '../errors.js';
import { describeNonZip, isZipSignature } from './sniff.js';

export interface ZipFileEntry {
  path: string;
  size: number | null;
  read: () => Promise<Uint8Array>;
}

/** jszip keeps the central directory's sizes on an internal field; absent, progress counts files. */
function declaredSize(file: JSZip.JSZipObject): number | null {
  const data = (file as unknown as { _data?: { uncompressedSize?: unknown } })._data;
  return typeof data?.uncompressedSize === 'number' ? data.uncompressedSize : null;
}

function problemText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Opens ZIP bytes; an unusable file becomes a named error that says what to do. */
export async function openZip(name: string, bytes: Uint8Array): Promise<ZipFileEntry[]> {
  if (bytes.length === 0) throw new ExposureInputError('EMPTY_FILE', { name });
  if (!isZipSignature(bytes)) {
    throw new ExposureInputError('NOT_A_ZIP', { name, looksLike: describeNonZip(bytes) });
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { createFolders: false, checkCRC32: false });
  } catch (error) {
    const problem = problemText(error);
    if (/encrypt/i.test(problem)) throw new ExposureInputError('ENCRYPTED_ZIP', { name });
    throw new ExposureInputError('CORRUPT_ZIP', { name, problem });
  }
  const entries: ZipFileEntry[] = [];
  zip.forEach((path, file) => {
    if (file.dir) return;
    entries.push({ path, size: declaredSize(file), read: () => file.async('uint8array') });
  });
  return entries;
}
