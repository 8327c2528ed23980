import { displayWidth } from './terminal-text.js';

/** Breaks already terminal-safe text into lines of at most `width` columns, at spaces. */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/u).filter((part) => part !== '')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && displayWidth(candidate) > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * A list item wrapped to `width` columns: `marker` (two columns) before its first line, two
 * spaces before the others.
 */
export function listItem(text: string, width: number, marker: string): string {
  return wrapWords(text, width)
    .map((line, index) => `${index === 0 ? marker : '  '}${line}`)
    .join('\n');
}
