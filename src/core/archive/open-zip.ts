import JSZip from 'jszip';
import { ExposureInputError } from '../errors.js';
import type { ZipDamage } from '../messages.js';
import { declaredEntryCount } from './central-directory.js';
import { decodeEntryName } from './entry-name.js';
import { checkedChunks, type EntryCheck } from './entry-check.js';
import type { InflateBudget } from './limits.js';
import { storedChunks, type InflateRaw } from './inflate.js';
import { describeNonZip, isZipSignature } from './sniff.js';
import type { ExportFile } from './types.js';
import { concatBytes } from '../util/bytes.js';
import { errorMessage } from '../util/error-message.js';

export interface ZipFileEntry {
  path: string;
  /** Uncompressed size as the archive declares it; null when unknown. */
  size: number | null;
  /** The entry's bytes in chunks; each call reads it again from the start. */
  chunks: () => AsyncIterable<Uint8Array>;
  stored?: ExportFile['stored'];
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

/** What jszip keeps of an entry's stored bytes (an internal field, as with the sizes above). */
interface CompressedEntry {
  compressedContent: Uint8Array;
  compression: { magic: string };
}

const storedMagic = '\x00\x00';
const deflateMagic = '\x08\x00';

function compressedEntry(file: JSZip.JSZipObject): CompressedEntry | null {
  const data = (file as unknown as { _data?: Partial<CompressedEntry> })._data;
  const content = data?.compressedContent;
  const magic = data?.compression?.magic;
  return content instanceof Uint8Array && typeof magic === 'string'
    ? { compressedContent: content, compression: { magic } }
    : null;
}

export async function collectChunks(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  return concatBytes(parts);
}

/**
 * jszip finds the entries; their bytes are inflated by the platform (`inflateRaw`) chunk by
 * chunk, so no entry is ever held whole. Each chunk is counted against the limits before it is
 * handed on (archive/entry-check.ts). The total budget is spent once per entry, however often it
 * is read, and wherever (`stored`: the entry as stored, for another thread to inflate).
 */
function entryReader(
  file: JSZip.JSZipObject,
  path: string,
  budget: InflateBudget,
  inflateRaw: InflateRaw,
): Pick<ZipFileEntry, 'chunks' | 'stored'> {
  let spent = false;
  const spend = (bytes: number) => {
    if (!spent) budget.spend(bytes);
    spent = true;
  };
  const entryCheck = (): EntryCheck => {
    const sizes = declaredSizes(file);
    return {
      path,
      uncompressed: sizes.uncompressed,
      compressed: sizes.compressed,
      limits: budget.limits,
      remaining: spent ? Number.POSITIVE_INFINITY : budget.remaining,
    };
  };
  const methodOf = (entry: CompressedEntry): 'deflate' | 'stored' | null => {
    const { magic } = entry.compression;
    return magic === storedMagic ? 'stored' : magic === deflateMagic ? 'deflate' : null;
  };
  async function* source(): AsyncGenerator<Uint8Array> {
    const entry = compressedEntry(file);
    if (!entry) {
      // jszip keeps no compressed data for an empty file (its data is a promise of nothing).
      const content = await file.async('uint8array');
      if (content.length > 0) yield content;
      return;
    }
    const method = methodOf(entry);
    if (method === null)
      throw new Error('the archive entry uses an unsupported compression method');
    yield* method === 'stored'
      ? storedChunks(entry.compressedContent)
      : inflateRaw(entry.compressedContent);
  }
  return {
    chunks: async function* chunks() {
      spend(yield* checkedChunks(source, entryCheck()));
    },
    stored: () => {
      const entry = compressedEntry(file);
      const method = entry && methodOf(entry);
      // Anything else is left to `chunks`, which reports it after the size checks.
      if (!entry || method === null) return null;
      return {
        bytes: entry.compressedContent,
        deflated: method === 'deflate',
        check: entryCheck(),
        spend,
      };
    },
  };
}

function originalName(file: JSZip.JSZipObject): string | undefined {
  return (file as unknown as { unsafeOriginalName?: string }).unsafeOriginalName;
}

/**
 * jszip's words for a ZIP it cannot open, as a member can act on them: a ZIP's list of files sits
 * at its end, so a download cut short loses it ("can't find end of central directory", "missing
 * N bytes", "End of data reached").
 */
export function zipDamageOf(problem: string): ZipDamage {
  if (
    /end of (?:the )?(?:zip64 )?central directory|missing \d+ bytes|end of data reached/iu.test(
      problem,
    )
  )
    return 'cut-short';
  if (/signature|records in central dir|central dir/iu.test(problem)) return 'file-list';
  return 'structure';
}

/** Opens ZIP bytes; an unusable file becomes a named error that says what to do. */
export async function openZip(
  name: string,
  bytes: Uint8Array,
  budget: InflateBudget,
  inflateRaw: InflateRaw,
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
    zip = await JSZip.loadAsync(bytes, {
      createFolders: false,
      checkCRC32: false,
      decodeFileName: decodeEntryName,
    });
  } catch (error) {
    const problem = errorMessage(error);
    if (/encrypt/i.test(problem)) throw new ExposureInputError('ENCRYPTED_ZIP', { name });
    // jszip reads stored and deflated entries only; a re-zip may use bzip2, LZMA or Deflate64.
    const unsupported = /compression .* unknown \(inner file : (?<file>.*)\)/iu.exec(problem);
    if (unsupported) {
      throw new ExposureInputError('UNSUPPORTED_COMPRESSION', {
        name,
        file: unsupported.groups?.file ?? '?',
      });
    }
    throw new ExposureInputError('CORRUPT_ZIP', { name, damage: zipDamageOf(problem) });
  }
  const entries: ZipFileEntry[] = [];
  zip.forEach((path, file) => {
    if (file.dir) return;
    entries.push({
      // jszip rewrites `../x` and `/x` to `x`; the original name is what the archive says, and a
      // name that needed rewriting is never a LinkedIn file (it is reported as unknown).
      path: originalName(file) ?? path,
      size: declaredSizes(file).uncompressed,
      ...entryReader(file, path, budget, inflateRaw),
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
