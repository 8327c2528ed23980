/**
 * Reads how many entries a ZIP declares before jszip builds an object per entry, so an archive
 * listing millions of files is refused in constant memory (APPNOTE.TXT 4.3.16, 4.3.14, 4.3.15).
 */
const endOfCentralDirectory = 0x06054b50;
const zip64Locator = 0x07064b50;
const zip64EndOfCentralDirectory = 0x06064b50;
const maxCommentLength = 0xffff;

function findEndRecord(view: DataView): number {
  const earliest = Math.max(0, view.byteLength - 22 - maxCommentLength);
  for (let offset = view.byteLength - 22; offset >= earliest; offset--) {
    if (view.getUint32(offset, true) === endOfCentralDirectory) return offset;
  }
  return -1;
}

/** The declared number of entries, or null when the end record cannot be found. */
export function declaredEntryCount(bytes: Uint8Array): number | null {
  if (bytes.byteLength < 22) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(view);
  if (end === -1) return null;
  const count = view.getUint16(end + 10, true);
  if (count !== 0xffff) return count;
  const locator = end - 20;
  if (locator < 0 || view.getUint32(locator, true) !== zip64Locator) return count;
  const zip64End = Number(view.getBigUint64(locator + 8, true));
  if (
    zip64End + 56 > view.byteLength ||
    view.getUint32(zip64End, true) !== zip64EndOfCentralDirectory
  ) {
    return count;
  }
  return Number(view.getBigUint64(zip64End + 32, true));
}

const centralFileHeader = 0x02014b50;
const centralFileHeaderLength = 46;

/** Where one entry's data sits, as the central directory says (APPNOTE.TXT 4.3.12). */
export interface CentralEntry {
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  localHeaderOffset: number;
}

/** Where the central directory sits: `bytes` needs only the archive's last 64 KiB read. */
export function centralDirectorySpan(bytes: Uint8Array): { offset: number; size: number } | null {
  if (bytes.byteLength < 22) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(view);
  if (end === -1) return null;
  const size = view.getUint32(end + 12, true);
  const offset = view.getUint32(end + 16, true);
  // A ZIP64 archive marks its fields 0xFFFF…, and bytes before the first entry (a
  // self-extracting stub) shift every offset; both are left to jszip, which reads them whole.
  return offset + size === end ? { offset, size } : null;
}

/**
 * The entries of a central directory that `centralDirectorySpan` found and that is read into
 * `bytes`; null when one does not add up.
 */
export function centralDirectoryEntries(
  bytes: Uint8Array,
  span: { offset: number; size: number },
): CentralEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries: CentralEntry[] = [];
  let at = span.offset;
  const end = span.offset + span.size;
  while (at < end) {
    if (at + centralFileHeaderLength > end || view.getUint32(at, true) !== centralFileHeader) {
      return null;
    }
    const compressedSize = view.getUint32(at + 20, true);
    const localHeaderOffset = view.getUint32(at + 42, true);
    if (compressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) return null;
    entries.push({ method: view.getUint16(at + 10, true), compressedSize, localHeaderOffset });
    at +=
      centralFileHeaderLength +
      view.getUint16(at + 28, true) +
      view.getUint16(at + 30, true) +
      view.getUint16(at + 32, true);
  }
  return at === end ? entries : null;
}
