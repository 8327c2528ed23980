import { describe, expect, it } from 'vitest';
import { readableLink } from '../src/core/util/text.js';
import { jsonText } from '../src/format/json-text.js';
import { markdownLink } from '../src/format/markdown-text.js';
import { runInProcess } from './helpers/run-in-process.js';

// What an export's text could make a terminal, an editor or a Markdown viewer do: C0 and C1
// controls (ESC [ 2 J, OSC titles, CSI as U+009B), bidi overrides and isolates.
// eslint-disable-next-line no-control-regex -- matching control characters is the purpose
const actsOnTerminal = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

describe('jsonText', () => {
  const value = {
    text: 'clear \u001b[2J, csi \u009b2J, osc \u009d0;x\u009c, bidi \u202egpj.exe, isolate \u2066x\u2069',
    tag: 'hidden \u{E0041}\u{E0042}',
    plain: 'Zoë — ✓ 🎉',
  };

  it('writes controls, bidi and format characters as escapes', () => {
    const text = jsonText(value);
    expect(text).not.toMatch(actsOnTerminal);
    expect(text).not.toMatch(/\p{Cf}/u);
    expect(text).toContain('\\u009b2J');
    expect(text).toContain('\\u202egpj.exe');
  });

  it('is the same JSON to a parser, and leaves other text as it is', () => {
    expect(JSON.parse(jsonText(value))).toEqual(value);
    expect(jsonText(value)).toContain('Zoë — ✓ 🎉');
  });
});

describe('markdownLink', () => {
  it('percent-encodes controls and bidi overrides in the target, as a browser would', () => {
    const link = markdownLink('post', 'https://www.linkedin.com/pulse/slug\u001b[2J\u202e\u009b');
    expect(link).toBe('[post](https://www.linkedin.com/pulse/slug%1B%5B2J%E2%80%AE%C2%9B)');
  });

  it('keeps an ordinary link as it is, brackets encoded', () => {
    expect(markdownLink('a', 'https://www.linkedin.com/in/zoë-(x)')).toBe(
      '[a](https://www.linkedin.com/in/zoë-%28x%29)',
    );
  });
});

describe('readableLink', () => {
  it('decodes a LinkedIn urn', () => {
    expect(readableLink('https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A1')).toBe(
      'https://www.linkedin.com/feed/update/urn:li:activity:1',
    );
  });

  it.each([
    ['an ESC', 'urn%3Ali%3Ashare%3A1%1Bc'],
    ['an OSC title', 'urn%3Ali%3Ashare%3A1%1B%5D0%3BPWNED%07'],
    ['a C1 CSI', 'urn%3Ali%3Ashare%3A1%C2%9B2J'],
    ['a bidi override', 'urn%3Ali%3Ashare%3A1%E2%80%AE'],
    ['a line break', 'urn%3Ali%3Ashare%3A1%0Aline'],
  ])('keeps a link encoded when decoding would give %s', (_, tail) => {
    const link = `https://www.linkedin.com/feed/update/${tail}`;
    expect(readableLink(link)).toBe(link);
  });
});

describe('output on a terminal', () => {
  const fixture = 'fixtures/hostile/terminal-and-spreadsheet-injection.zip';

  it.each(
    ['report', 'records', 'suggestions', 'resumes'].flatMap((command) =>
      ['csv', 'json', 'markdown'].map((format) => ({ command, format })),
    ),
  )('$command as $format has nothing a terminal acts on', async ({ command, format }) => {
    const shown = await runInProcess([command, fixture, '--format', format], {
      stdoutIsTty: true,
    });
    expect(shown.code).toBe(0);
    expect(shown.stdout).not.toMatch(actsOnTerminal);
  });

  it('piped or saved, CSV shows the controls instead of holding them (cat plan.csv)', async () => {
    const piped = await runInProcess(['records', fixture, '--format', 'csv']);
    expect(piped.stdout).toContain('␛');
    // CSV rows end in CRLF and cells keep their tabs and line breaks: every other control goes.
    // eslint-disable-next-line no-control-regex -- matching control characters is the purpose
    expect(piped.stdout).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u);
  });
});

describe('--show-values', () => {
  const sample = 'fixtures/sample/Complete_LinkedInDataExport_11-28-2026.zip';

  it.each([
    ['suggestions', 'csv'],
    ['records', 'json'],
    ['report', 'json'],
  ])('%s as %s says on stderr, once written, that values are shown', async (command, format) => {
    const shown = await runInProcess([command, sample, '--format', format, '--show-values']);
    expect(shown.code).toBe(0);
    expect(shown.stderr).toBe(
      'Values are shown in full (--show-values): do not share this output as it is.\n',
    );
    expect(shown.stdout).not.toContain('do not share this output');
  });

  it('the report table on a terminal says so itself, and masked output says nothing', async () => {
    const table = await runInProcess(['report', sample, '--show-values'], { stdoutIsTty: true });
    expect(table.stdout).toContain('do not share this report as it is');
    expect(table.stderr).toBe('');
    expect((await runInProcess(['suggestions', sample, '--format', 'csv'])).stderr).toBe('');
  });

  it('the report table sent elsewhere, and diff, say so on stderr too', async () => {
    const line = 'Values are shown in full (--show-values): do not share this output as it is.\n';
    expect((await runInProcess(['report', sample, '--show-values'])).stderr).toBe(line);
    const diff = await runInProcess(['diff', sample, sample, '--show-values']);
    expect(diff.code).toBe(0);
    expect(diff.stderr).toBe(line);
  });

  it.each([
    ['report', sample],
    ['diff', sample, sample],
  ])('%s refuses --redact with --show-values, which it would contradict', async (...args) => {
    const both = await runInProcess([...args, '--redact', '--show-values']);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/option '--redact' cannot be used with option '--show-values'/u);
    expect(both.stdout).toBe('');
  });
});
