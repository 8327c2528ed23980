import { csvLooksLike } from '../messages.js';

/** What a file that is not a ZIP most likely is, from its first bytes, for the error message. */
const signatures: readonly { bytes: readonly number[]; description: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46], description: 'a PDF document' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], description: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], description: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], description: 'a GIF image' },
  { bytes: [0x1f, 0x8b], description: 'a gzip archive' },
  { bytes: [0x52, 0x61, 0x72, 0x21], description: 'a RAR archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], description: 'a 7-Zip archive' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], description: 'an old Microsoft Office document' },
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

export function isZipSignature(bytes: Uint8Array): boolean {
  // Local file header, or the end-of-central-directory record of an empty archive.
  return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]);
}

export function describeNonZip(bytes: Uint8Array): string | null {
  for (const signature of signatures) {
    if (startsWith(bytes, signature.bytes)) return signature.description;
  }
  const head = new TextDecoder('utf-8', { fatal: false })
    .decode(bytes.subarray(0, 512))
    .replace(/^\uFEFF/u, '')
    .trimStart()
    .toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return 'a web page';
  if (head.startsWith('<?xml') || head.startsWith('<')) return 'an XML or HTML document';
  if (head.startsWith('{') || head.startsWith('[')) return 'a JSON file';
  if (/^[\x20-\x7e\t\r\n]*$/u.test(head) && head.includes(',')) return csvLooksLike;
  return null;
}
