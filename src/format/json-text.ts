/**
 * Characters JSON may carry raw that a terminal or an editor would act on or hide: DEL and the C1
 * controls (U+009B starts an escape sequence like ESC [), format characters (bidi overrides,
 * zero-width characters, tags), line and paragraph separators and Hangul fillers
 * (format/terminal-text.ts names them). JSON.stringify escapes only U+0000 to U+001F.
 */
const rawInJson = /[\u007F-\u009F\u115F\u1160\u2028\u2029\u3164\uFFA0\p{Cf}]/gu;

function escaped(character: string): string {
  let units = '';
  for (let index = 0; index < character.length; index++) {
    units += `\\u${character.charCodeAt(index).toString(16).padStart(4, '0')}`;
  }
  return units;
}

/**
 * `JSON.stringify`, with those characters written as `\u` escapes: the same JSON to any parser,
 * but nothing in an export's text acts on the terminal or editor the JSON is shown in.
 */
export function jsonText(value: unknown, indent = 2): string {
  return JSON.stringify(value, null, indent).replace(rawInJson, escaped);
}
