import JSZip from 'jszip';
import { ExposureInputError } from '../errors.js';
import { declaredEntryCount } from './central-directory.js';
import { EntryLimitError } from './entry-limit-error.js';
import { ratioFloorBytes, type InflateBudget } from './limits.js';
import { describeNonZip, isZipSignature } from './sniff.js';

export interface ZipFileEntry {
  path: string;
  /** Uncompressed size as the archive declares it; null when unknown. */
  size: number | null;
  read: () => Promise<Uint8Array>;
}

interface EntrySizes {
  uncompressed: number | null;
  compressed: number | null;
}

/** jszip keeps the central directory's sizes on an internal field. */
function declaredSizes(file: JSZip.JSZipObject): EntrySizes {
  const data = (
    file as unknown as { _data?: { uncompressedSize?: unknown; compressedSize?: unknown } }
  )._data;
  // jszip reads the 32-bit sizes as signed numbers: 3 GB comes back negative.
  const unsigned = (value: unknown) => (typeof value === 'number' ? value >>> 0 : null);
  return {
    uncompressed: unsigned(data?.uncompressedSize),
    compressed: unsigned(data?.compressedSize),
  };
}

/** jszip's chunked reader; missing from its type declarations. */
interface ChunkStream {
  on(event: 'data', listener: (chunk: Uint8Array) => void): ChunkStream;
  on(event: 'end', listener: () => void): ChunkStream;
  on(event: 'error', listener: (error: Error) => void): ChunkStream;
  pause(): ChunkStream;
  resume(): ChunkStream;
}

function chunksOf(file: JSZip.JSZipObject): ChunkStream {
  return (file as unknown as { internalStream(type: 'uint8array'): ChunkStream }).internalStream(
    'uint8array',
  );
}

function concatenate(chunks: readonly Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const result = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    result.set(chunk, offset);
    offset += chunk.length;
  }
  return result;
}

/**
 * Inflates one entry chunk by chunk and stops the moment it passes a limit, so a bomb never
 * gets to fill memory: the declared size is checked first, the actual size as it grows.
 */
function inflateWithinLimits(
  file: JSZip.JSZipObject,
  path: string,
  budget: InflateBudget,
): Promise<Uint8Array> {
  const { limits } = budget;
  const sizes = declaredSizes(file);
  if (sizes.uncompressed !== null && sizes.uncompressed > limits.maxEntryBytes) {
    return Promise.reject(new EntryLimitError('declared-size', path, sizes.uncompressed, limits));
  }
  if (sizes.uncompressed !== null && sizes.uncompressed > budget.remaining) {
    return Promise.reject(new EntryLimitError('total-size', path, sizes.uncompressed, limits));
  }
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let inflated = 0;
    let stopped = false;
    const stream = chunksOf(file);
    const stop = (error: Error) => {
      stopped = true;
      stream.pause();
      reject(error);
    };
    stream
      .on('data', (chunk) => {
        if (stopped) return;
        inflated += chunk.length;
        if (inflated > limits.maxEntryBytes) {
          stop(new EntryLimitError('actual-size', path, inflated, limits));
        } else if (inflated > budget.remaining) {
          stop(new EntryLimitError('total-size', path, inflated, limits));
        } else if (
          sizes.compressed !== null &&
          inflated > ratioFloorBytes &&
          inflated > limits.maxCompressionRatio * Math.max(1, sizes.compressed)
        ) {
          stop(new EntryLimitError('ratio', path, inflated, limits));
        } else {
          chunks.push(chunk);
        }
      })
      .on('error', (error) => {
        if (!stopped) reject(error);
      })
      .on('end', () => {
        if (stopped) return;
        budget.spend(inflated);
        resolve(concatenate(chunks, inflated));
      })
      .resume();
  });
}

function originalName(file: JSZip.JSZipObject): string | undefined {
  return (file as unknown as { unsafeOriginalName?: string }).unsafeOriginalName;
}

function problemText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Opens ZIP bytes; an unusable file becomes a named error that says what to do. */
export async function openZip(
  name: string,
  bytes: Uint8Array,
  budget: InflateBudget,
): Promise<ZipFileEntry[]> {
  if (bytes.length === 0) throw new ExposureInputError('EMPTY_FILE', { name });
  if (!isZipSignature(bytes)) {
    throw new ExposureInputError('NOT_A_ZIP', { name, looksLike: describeNonZip(bytes) });
  }
  const declared = declaredEntryCount(bytes);
  if (declared !== null && declared > budget.limits.maxEntries) {
    throw new ExposureInputError('TOO_MANY_ENTRIES', {
      name,
      count: declared,
      limit: budget.limits.maxEntries,
    });
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
    entries.push({
      // jszip rewrites `../x` and `/x` to `x`; the original name is what the archive says, and a
      // name that needed rewriting is never a LinkedIn file (it is reported as unknown).
      path: originalName(file) ?? path,
      size: declaredSizes(file).uncompressed,
      read: () => inflateWithinLimits(file, path, budget),
    });
  });
  if (entries.length > budget.limits.maxEntries) {
    throw new ExposureInputError('TOO_MANY_ENTRIES', {
      name,
      count: entries.length,
      limit: budget.limits.maxEntries,
    });
  }
  return entries;
}
