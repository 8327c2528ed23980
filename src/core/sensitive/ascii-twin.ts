import { isAsciiText } from '../util/text.js';

/** Every pattern made, for the tests that hold each twin to its pattern. */
export const asciiTwinPatterns: AsciiTwinPattern[] = [];

/**
 * A pattern with `\p{L}` and `\p{N}` classes, and its twin with ASCII classes in their place. V8
 * builds each `\p{…}` class from ICU every time it compiles a pattern (and compiles each pattern
 * twice: to bytecode at its first run, to machine code at its second): about 2 ms for a pattern
 * of the identifier detectors and 8 ms for the email pattern, at the first texts of every run.
 * The twin compiles in a tenth of that and runs faster.
 *
 * On a text whose letters and numbers are all ASCII, the two find exactly the same: the only
 * ASCII characters in `\p{L}` are `A-Z` and `a-z`, in `\p{N}` `0-9`, and a class of the twin
 * differs from its pattern's only on other letters and numbers. So the scan runs the twin on such
 * texts, which most are (curly quotes, dashes and emoji included), and the pattern on the others.
 */
export class AsciiTwinPattern {
  private compiledTwin: RegExp | null = null;
  private readonly twinSource: string;

  constructor(readonly pattern: RegExp) {
    this.twinSource = asciiTwinSource(pattern.source);
    asciiTwinPatterns.push(this);
  }

  /** The twin itself, compiled at the first text it runs on. */
  get twin(): RegExp {
    return (this.compiledTwin ??= new RegExp(this.twinSource, this.pattern.flags));
  }

  /** The pattern to run on `text`: the twin where its letters and numbers are all ASCII. */
  for(text: string): RegExp {
    return lettersAndNumbersAreAscii(text) ? this.twin : this.pattern;
  }
}

const letterClass = '\\p{L}';
const numberClass = '\\p{N}';

/**
 * The source with ASCII ranges for `\p{L}` and `\p{N}`, inside a class or alone. Any other
 * property escape has no such twin here: it throws, so a new pattern cannot slip through.
 */
export function asciiTwinSource(source: string): string {
  let twin = '';
  let inClass = false;
  for (let index = 0; index < source.length; index++) {
    const character = source.charAt(index);
    if (character === '\\') {
      const escape = source.slice(index, index + letterClass.length);
      if (escape === letterClass || escape === numberClass) {
        const range = escape === letterClass ? 'A-Za-z' : '0-9';
        twin += inClass ? range : `[${range}]`;
        index += escape.length - 1;
        continue;
      }
      if (/^\\[pP]\{/u.test(source.slice(index, index + 3))) {
        throw new Error(`no ASCII twin for ${source.slice(index, index + 12)}…`);
      }
      twin += source.slice(index, index + 2);
      index++;
      continue;
    }
    if (character === '[') inClass = true;
    else if (character === ']') inClass = false;
    twin += character;
  }
  return twin;
}

/** A letter or number outside ASCII (`é`, `程`, `٣`); `’`, `—` and emoji are neither. */
// eslint-disable-next-line no-control-regex
const otherLetterOrNumber = /(?=[^\u0000-\u007f])[\p{L}\p{N}]/u;
/** The text last asked about: the detectors ask of one text in turn (a mask, of its value). */
let lastText: string | null = null;
let lastAnswer = false;

/**
 * Whether every letter and number of `text` is ASCII: there the twin and its pattern find the
 * same, whatever punctuation, symbols or emoji the text has besides.
 */
export function lettersAndNumbersAreAscii(text: string): boolean {
  if (text !== lastText) {
    lastAnswer = isAsciiText(text) || !otherLetterOrNumber.test(text);
    lastText = text;
  }
  return lastAnswer;
}
