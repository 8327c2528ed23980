/**
 * The names of a ZIP's entries. LinkedIn's ZIPs set the UTF-8 flag on every entry
 * (export-format.md §1.2), and article files have non-ASCII names (§3.27). An export re-zipped by
 * a tool that leaves the flag off writes names in the old DOS code page 437, which the ZIP format
 * prescribes for them: decoding those as UTF-8 turned `Über` into `\uFFFD`ber. Names without the
 * flag are read as UTF-8 when they are valid UTF-8 (most tools write UTF-8 and forget the flag),
 * else as code page 437.
 */

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Code page 437's characters for the bytes 0x80 to 0xFF; the first half is ASCII. */
const cp437High =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';

function cp437(bytes: Uint8Array): string {
  let name = '';
  for (const byte of bytes) {
    name += byte < 0x80 ? String.fromCharCode(byte) : (cp437High[byte - 0x80] ?? '\uFFFD');
  }
  return name;
}

/** jszip's `decodeFileName`: the name bytes of an entry without the UTF-8 flag. */
export function decodeEntryName(bytes: Uint8Array | readonly (number | string)[]): string {
  const array =
    bytes instanceof Uint8Array
      ? bytes
      : Uint8Array.from(bytes, (byte) => (typeof byte === 'string' ? byte.charCodeAt(0) : byte));
  try {
    return utf8.decode(array);
  } catch {
    return cp437(array);
  }
}
