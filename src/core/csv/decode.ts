export interface DecodedText {
  text: string;
  /** Byte sequences that were not UTF-8 and became U+FFFD. */
  replaced: number;
}

const strictDecoder = new TextDecoder('utf-8', { fatal: true });
const lenientDecoder = new TextDecoder('utf-8', { fatal: false });

function countReplacements(text: string): number {
  let count = 0;
  for (
    let index = text.indexOf('\uFFFD');
    index !== -1;
    index = text.indexOf('\uFFFD', index + 1)
  ) {
    count++;
  }
  return count;
}

/** UTF-8 with a tolerated BOM (export-format.md §1.3: none seen, but spreadsheets add one). */
export function decodeUtf8(bytes: Uint8Array): DecodedText {
  try {
    return { text: strictDecoder.decode(bytes), replaced: 0 };
  } catch {
    const text = lenientDecoder.decode(bytes);
    return { text, replaced: Math.max(1, countReplacements(text)) };
  }
}
