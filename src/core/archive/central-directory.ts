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
