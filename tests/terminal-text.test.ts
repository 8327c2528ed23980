import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { displayWidth, oneLine, terminalSafe } from '../src/format/terminal-text.js';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const graphemesOf = (text: string) => Array.from(graphemes.segment(text), (part) => part.segment);

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be replayed. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// What a terminal acts on instead of printing, or what renders invisibly.
const terminalActive =
  // eslint-disable-next-line no-control-regex -- these are exactly what must never come out
  /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u200B\u200E\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/u;

describe('terminalSafe', () => {
  it.each([
    ['clear screen and home', '\x1b[2J\x1b[H', '␛[2J␛[H'],
    ['cursor up and erase line', 'ok\x1b[1A\x1b[2Kforged', 'ok␛[1A␛[2Kforged'],
    ['SGR colour', '\x1b[31mred\x1b[0m', '␛[31mred␛[0m'],
    [
      'OSC 8 hyperlink (BEL terminated)',
      '\x1b]8;;https://evil.example\x07Your bank\x1b]8;;\x07',
      '␛]8;;https://evil.example␇Your bank␛]8;;␇',
    ],
    ['OSC 8 hyperlink (ST terminated)', '\x1b]8;;https://e.vil\x1b\\x', '␛]8;;https://e.vil␛\\x'],
    ['OSC 0 window title', '\x1b]0;pwned\x07', '␛]0;pwned␇'],
    ['C1 CSI', '\u009b2J\u009b31m', '<U+009B>2J<U+009B>31m'],
    ['C1 OSC and ST', '\u009d8;;https://e.vil\u009c', '<U+009D>8;;https://e.vil<U+009C>'],
    ['C1 next line', 'a\u0085b', 'a<U+0085>b'],
    ['NUL', 'a\0b', 'a␀b'],
    ['carriage return overwriting the line', 'Amount: 10\rAmount: 99', 'Amount: 10␍Amount: 99'],
    ['backspaces overwriting characters', 'yes\b\b\bno ', 'yes␈␈␈no '],
    ['bell, vertical tab, form feed', '\x07\x0b\x0c', '␇␋␌'],
    ['DEL', 'a\x7fb', 'a␡b'],
    ['tab becomes a space', 'a\tb', 'a b'],
    ['right-to-left override', 'invoice\u202Efdp.exe', 'invoice<U+202E>fdp.exe'],
    ['left-to-right embedding', '\u202Aa\u202C', '<U+202A>a<U+202C>'],
    ['bidi isolates', '\u2066a\u2067b\u2068c\u2069', '<U+2066>a<U+2067>b<U+2068>c<U+2069>'],
    ['bidi marks', '\u200Ea\u200F\u061C', '<U+200E>a<U+200F><U+061C>'],
    ['zero-width space and word joiner', 'pay\u200Bpal\u2060', 'pay<U+200B>pal<U+2060>'],
    ['byte order mark', '\uFEFFname', '<U+FEFF>name'],
    ['soft hyphen', 'ad\u00ADmin', 'ad<U+00AD>min'],
    ['zero-width joiner inside a Latin word', 'pay\u200Dpal', 'pay<U+200D>pal'],
    ['zero-width non-joiner inside a Cyrillic word', 'бан\u200Cк', 'бан<U+200C>к'],
    ['a lone joiner', '\u200D', '<U+200D>'],
    // Between a Latin letter and a Devanagari one a joiner shapes nothing: one side is enough.
    ['a joiner after a Latin letter', 'pay\u200Dक', 'pay<U+200D>क'],
    ['a joiner before a Latin letter', 'क\u200Dpal', 'क<U+200D>pal'],
    ['Hangul filler used as a blank name', '\u3164\u3164', '<U+3164><U+3164>'],
    ['hidden tag text', 'hi\u{E0068}\u{E0069}', 'hi<U+E0068><U+E0069>'],
    ['tag text hidden behind a black flag', '\u{1F3F4}\u{E0068}\u{E0069}', '🏴<U+E0068><U+E0069>'],
    ['line separator', 'a\u2028b\u2029c', 'a<U+2028>b<U+2029>c'],
    ['lone surrogate', 'x\uD800y', 'x<U+D800>y'],
  ])('neutralises %s', (_name, hostile, expected) => {
    expect(terminalSafe(hostile)).toBe(expected);
  });

  it.each([
    ['accented Latin', 'Zoë Müller-Łukasiewicz'],
    ['combining accent', 'Jose\u0301'],
    ['CJK', '日本語のメッセージ'],
    ['Hangul', '안녕하세요'],
    ['Arabic', 'مرحبا بك'],
    ['Persian with a zero-width non-joiner', 'می\u200Cخواهم'],
    ['Devanagari with a zero-width joiner', 'क्\u200Dष'],
    ['emoji ZWJ family', '👨\u200D👩\u200D👧'],
    ['emoji with variation selector and ZWJ', '🏳️\u200D🌈 ❤️'],
    ['regional-indicator flag', '🇩🇪'],
    ['subdivision flag', 'Scotland 🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}'],
    ['printable ASCII', ' !"#$%&\'()*+,-./0-9:;<=>?@A-Z[\\]^_`a-z{|}~'],
  ])('keeps %s unchanged', (_name, text) => {
    expect(terminalSafe(text)).toBe(text);
  });

  it('shows line breaks unless asked to keep them', () => {
    expect(terminalSafe('a\nb\r\nc')).toBe('a␊b␍␊c');
    expect(terminalSafe('a\nb\r\nc', { keepNewlines: true })).toBe('a\nb\nc');
  });

  it('never lets a lone CR through, even when keeping line breaks', () => {
    expect(terminalSafe('a\rb\n\rc', { keepNewlines: true })).toBe('a␍b\n␍c');
  });

  it('leaves nothing a terminal would act on, for random hostile strings', () => {
    const pieces = [
      ...['\x1b', '\x1b[', '\x1b]8;;', '\x07', '\x9b', '\x9d', '\x9c', '\r', '\n', '\r\n', '\t'],
      ...['\0', '\b', '\x7f', '\u202E', '\u2066', '\u200B', '\u200D', '\uFEFF', '\uD83D', 'a'],
      ...['日', '👍', '🏴', '\u{E0067}', '\u{E007F}', 'é', ' '],
    ];
    const random = seededRandom(20_250_101);
    for (let sample = 0; sample < 2_000; sample += 1) {
      const length = Math.floor(random() * 12);
      const hostile = Array.from(
        { length },
        () => pieces[Math.floor(random() * pieces.length)] ?? '',
      ).join('');
      const shown = terminalSafe(hostile);
      expect(shown, JSON.stringify(hostile)).not.toMatch(terminalActive);
      expect(shown, JSON.stringify(hostile)).not.toContain('\n');
      expect(terminalSafe(hostile, { keepNewlines: true }), JSON.stringify(hostile)).not.toMatch(
        terminalActive,
      );
    }
  });
});

describe('displayWidth', () => {
  it.each([
    ['', 0],
    ['abc', 3],
    ['日本', 4],
    ['ｆｕｌｌ', 8],
    ['ﾊﾝｶｸ', 4],
    ['한국어', 6],
    ['　', 2],
    ['👍', 2],
    ['❤️', 2],
    ['👨\u200D👩\u200D👧', 2],
    ['🇩🇪🇫🇷', 4],
    ['e\u0301', 1],
    ['\u0301', 0],
    ['\u200B', 0],
    ['…⏎␛', 3],
    ['a日👍', 5],
  ])('%j is %i columns wide', (text, columns) => {
    expect(displayWidth(text)).toBe(columns);
  });

  // Long text is segmented in windows of a few hundred code units; these cross window edges
  // inside surrogate pairs, ZWJ sequences, flag pairs and one oversized cluster.
  it.each([
    ['one cluster longer than a window', `a${'\u0301'.repeat(1_000)}`, 1],
    ['combining accents', 'e\u0301'.repeat(1_000), 1_000],
    ['ZWJ families, shifted by one', `x${'👨\u200D👩\u200D👧'.repeat(1_000)}`, 2_001],
    ['flags, shifted by one', `x${'🇩🇪'.repeat(1_000)}`, 2_001],
    ['flags, shifted by three', `xyz${'🇩🇪'.repeat(1_000)}`, 2_003],
  ])('measures long text: %s', (_name, text, columns) => {
    expect(displayWidth(text)).toBe(columns);
  });

  it('measures long text as the sum of its grapheme clusters', () => {
    const pieces = [
      'a',
      'e\u0301',
      '日',
      '👍',
      '👋🏽',
      '🇩🇪',
      '🇫',
      '👨\u200D👩\u200D👧',
      'क्\u200Dष',
      ' ',
    ];
    const random = seededRandom(7);
    for (let sample = 0; sample < 20; sample += 1) {
      const text = Array.from(
        { length: 600 },
        () => pieces[Math.floor(random() * pieces.length)] ?? '',
      ).join('');
      const clusterSum = graphemesOf(text).reduce((sum, cluster) => sum + displayWidth(cluster), 0);
      expect(displayWidth(text)).toBe(clusterSum);
    }
  });
});

describe('oneLine', () => {
  it('folds line breaks, collapses whitespace and trims', () => {
    expect(oneLine('  Hello\r\n\n   world\t\tagain \n', 80)).toBe('Hello ⏎ ⏎ world again');
  });

  it('is terminal-safe', () => {
    expect(oneLine('\x1b[2J\x1b]8;;https://e.vil\x07click\x1b]8;;\x07\nnext\rline', 80)).toBe(
      '␛[2J␛]8;;https://e.vil␇click␛]8;;␇ ⏎ next␍line',
    );
  });

  it.each([
    ['fits exactly', 'abcde', 5, 'abcde'],
    ['one column too long', 'abcdef', 5, 'abcd…'],
    ['wide characters fit exactly', '日本', 4, '日本'],
    ['CJK cut with room for the ellipsis', '日本語テキスト', 7, '日本語…'],
    ['CJK never half a character', '日本語テキスト', 6, '日本…'],
    ['emoji', '👍👍👍', 4, '👍…'],
    ['space before the ellipsis dropped', 'hello world again', 7, 'hello…'],
    ['only the ellipsis fits', 'abc', 1, '…'],
    ['no room at all', 'abc', 0, ''],
    ['negative width', 'abc', -3, ''],
    ['fractional width rounds down', 'abcdef', 5.9, 'abcd…'],
    ['empty text', '', 10, ''],
  ])('cuts to columns: %s', (_name, text, columns, expected) => {
    expect(oneLine(text, columns)).toBe(expected);
  });

  it.each([
    ['ZWJ family emoji', '👨\u200D👩\u200D👧'],
    ['flag', '🇩🇪'],
    ['combining accent', 'e\u0301'],
    ['emoji with skin tone', '👋🏽'],
    ['Hangul syllable', '한'],
  ])('cuts on a grapheme boundary, as late as fits: %s', (_name, grapheme) => {
    // Widths past 256 columns cross the windows in which long text is segmented; the prefixes
    // shift the window edges into the middle of clusters and surrogate pairs.
    for (const prefix of ['', 'x', 'xyz']) {
      const text = prefix + grapheme.repeat(600);
      const boundaries = new Set([0]);
      for (const { index, segment } of graphemes.segment(text)) {
        boundaries.add(index + segment.length);
      }
      for (const columns of [1, 2, 3, 4, 5, 9, 255, 256, 257, 301, 555]) {
        const line = oneLine(text, columns);
        const kept = line.slice(0, -1);
        expect(line.endsWith('…')).toBe(true);
        expect(text.startsWith(kept)).toBe(true);
        expect(boundaries.has(kept.length)).toBe(true);
        expect(displayWidth(line)).toBeLessThanOrEqual(columns);
        const nextCluster = graphemesOf(text.slice(kept.length, kept.length + 20))[0] ?? '';
        expect(displayWidth(kept) + displayWidth(nextCluster)).toBeGreaterThan(columns - 1);
      }
    }
  });

  it('cuts a very long line to the width', () => {
    const line = oneLine('x'.repeat(1_000_000), 80);
    expect(line).toBe(`${'x'.repeat(79)}…`);
  });

  it('takes time linear in the length of the text', () => {
    // About half a second; segmenting the whole string at once (quadratic in V8) takes about 20 s.
    const started = performance.now();
    expect(displayWidth('日本'.repeat(25_000))).toBe(100_000);
    expect(oneLine('word '.repeat(30_000), 1_000_000)).toHaveLength(149_999);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('refuses NaN as a width', () => {
    expect(() => oneLine('abc', Number.NaN)).toThrow(RangeError);
  });
});

describe('a text that fits', () => {
  it('is at most two columns per UTF-16 unit wide, so a text that short is never cut', () => {
    const text = fc.string({
      unit: fc.oneof(
        fc.constantFrom('界', '😀', '\u0301', 'e', '\u200d', '👩\u200d💻', '\uff21'),
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
      ),
      maxLength: 40,
    });
    fc.assert(
      fc.property(text, (value) => {
        const safe = oneLine(value, Number.MAX_SAFE_INTEGER);
        expect(displayWidth(safe)).toBeLessThanOrEqual(2 * safe.length);
        expect(oneLine(value, 2 * safe.length)).toBe(safe);
      }),
      { numRuns: 500 },
    );
  });
});
