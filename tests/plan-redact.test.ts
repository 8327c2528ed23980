import { describe, expect, it } from 'vitest';
import { analyzeExport, redactReport, type ExposureReport } from '../src/core/index.js';
import { formatNames } from '../src/format/index.js';
import { commandNames } from '../src/format/types.js';
import { analyzeFiles, csv, lines } from './helpers/build-zip.js';
import { readArchive, sampleArchive } from './helpers/fixtures.js';
import { runInProcess } from './helpers/run-in-process.js';

const raw: ExposureReport = await analyzeExport([readArchive(sampleArchive)], { showValues: true });
const redacted = redactReport(await analyzeExport([readArchive(sampleArchive)]));

const placeholder = /^\[(?:text: \d+ chars|person|email|phone)\]$/u;

/** Texts of the export that must not survive: names of other people, free text. */
// The member's own name stays (their resume files carry it); relatives' names share it.
const ownLastName = raw.records.find((record) => record.kind === 'profile')?.text?.split(' · ')[1];
const lastNames = raw.records
  .filter((record) => record.kind === 'connection')
  .map((record) => record.text?.split(' · ')[1] ?? '')
  .filter((name) => name !== ownLastName);
const freeTexts = raw.records
  .filter((record) => ['post', 'comment', 'saved-answer', 'resume-text'].includes(record.kind))
  .map((record) => record.text?.slice(0, 25) ?? '')
  .filter((text) => text.length === 25);
const secrets = [...new Set([...lastNames, ...freeTexts])].filter((text) => text.length >= 6);

describe('redactReport (--redact)', () => {
  it('says it is redacted, and says so under the findings instead of offering --show-values', async () => {
    expect(redacted.redacted).toBe(true);
    expect(raw.redacted).toBe(false);
    const shown = await runInProcess(['report', sampleArchive, '--redact', '--format', 'markdown']);
    expect(shown.stdout).toContain("people's words and names replaced (--redact)");
    expect(shown.stdout).not.toContain('add --show-values');
  });

  it('keeps every count', () => {
    expect(redacted.totals).toEqual(raw.totals);
    expect(redacted.categories).toEqual(raw.categories);
    expect(redacted.records).toHaveLength(raw.records.length);
    expect(redacted.suggestions.map((suggestion) => suggestion.id)).toEqual(
      raw.suggestions.map((suggestion) => suggestion.id),
    );
    expect(redacted.findings.map((finding) => finding.code)).toEqual(
      raw.findings.map((finding) => finding.code),
    );
  });

  it("takes each suggestion's excerpt out of its action, and leaves the tool's own words", () => {
    const plain = redactReport(raw);
    for (const [index, suggestion] of raw.suggestions.entries()) {
      const excerpt = suggestion.excerpt;
      if (excerpt !== null) expect(plain.suggestions[index]?.action).not.toContain(`"${excerpt}"`);
    }
    // The sample's poll vote reads "No": before, every "No" of every action became a placeholder.
    expect(raw.suggestions.some((suggestion) => suggestion.excerpt === 'No')).toBe(true);
    const settings = raw.suggestions.filter((suggestion) => suggestion.id.startsWith('setting-'));
    expect(settings.length).toBeGreaterThan(0);
    const settingsIds = new Set(settings.map((suggestion) => suggestion.id));
    expect(
      plain.suggestions
        .filter((suggestion) => settingsIds.has(suggestion.id))
        .map(({ action, reason }) => ({ action, reason })),
    ).toEqual(settings.map(({ action, reason }) => ({ action, reason })));
  });

  it('replaces every record text by a placeholder', () => {
    for (const record of redacted.records) {
      if (record.text !== null) expect(record.text).toMatch(placeholder);
    }
    const kinds = new Map(redacted.records.map((record) => [record.kind, record.text]));
    expect(kinds.get('connection')).toBe('[person]');
    expect(kinds.get('email-address')).toBe('[email]');
    expect(kinds.get('phone-number')).toBe('[phone]');
  });

  it('leaves no email, no name of another person and no free text anywhere', () => {
    const text = JSON.stringify(redacted);
    expect(lastNames.length).toBeGreaterThan(5);
    expect(freeTexts.length).toBeGreaterThan(50);
    for (const secret of secrets) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/@example\./u);
    expect(text).not.toMatch(/linkedin\.com\/in\//u);
    expect(redacted.findings.every((finding) => finding.preview === `[${finding.code}]`)).toBe(
      true,
    );
  });

  it('keeps the plan usable: actions, links and dates stay', () => {
    const comment = redacted.suggestions.find((suggestion) => suggestion.category === 'comments');
    expect(comment?.action).toMatch(
      /^Open the post, find your comment of \d{4}-\d{2}-\d{2} \("\[text: \d+ chars\]"\) and delete it/u,
    );
    expect(comment?.link).toMatch(/^https:\/\/www\.linkedin\.com\/feed\/update\//u);
    const resumeText = redacted.resumes.find((resume) => resume.source === 'stored-text');
    expect(resumeText?.name).toMatch(placeholder);
  });
});

describe('--redact works with every command and format', () => {
  const cases = commandNames.flatMap((command) =>
    formatNames.map((format) => ({ command, format })),
  );
  it.each(cases)('$command --format $format --redact', async ({ command, format }) => {
    const result = await runInProcess([command, sampleArchive, '--format', format, '--redact']);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(/@example\./u);
    for (const secret of secrets) expect(result.stdout).not.toContain(secret);
  });
});

describe('--redact and warnings about an article', () => {
  it('take the article’s title out of the warning’s text too, not only out of its file', async () => {
    const title = 'My divorce and my depression';
    const report = redactReport(
      await analyzeFiles({
        [`Articles/Articles/${title}.html`]: '<html><body><h1>Draft</h1><p>Text</p></body></html>',
      }),
    );
    const warning = report.warnings.find((item) => item.file?.startsWith('Articles/'));
    expect(warning?.message).toMatch(/^Articles\/Articles\/\[text: 28 chars\]\.html: /u);
    expect(JSON.stringify(report)).not.toContain('divorce');
  });
});

describe('--redact on small exports', () => {
  it('replaces a profile link of the old /pub/ form by [person], as an /in/ one', async () => {
    const report = redactReport(
      await analyzeFiles({
        'Connections.csv': csv(
          'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
          [
            [
              'Jane',
              'Roe',
              'https://www.linkedin.com/pub/jane-roe/12/345/678',
              '',
              'Acme',
              'CTO',
              '04 Jul 2023',
            ],
            [
              'John',
              'Poe',
              'https://www.linkedin.com/in/john-poe-4b2a1',
              '',
              'Acme',
              'CFO',
              '05 Jul 2023',
            ],
          ],
        ),
      }),
    );
    expect(report.records.map((record) => record.link)).toEqual(['[person]', '[person]']);
    expect(JSON.stringify(report)).not.toMatch(/jane-roe|john-poe/u);
  });

  it('takes the quoted first line out of a warning about a header it does not know', async () => {
    const report = redactReport(
      await analyzeFiles({
        'Skills.csv': lines('Name', 'SQL'),
        'Jobs/SavedJobAlerts.csv': lines('Dear Jane Roe,about my diagnosis', 'x,y'),
      }),
    );
    const warning = report.warnings.find((item) => item.code === 'unrecognised-header');
    expect(warning?.message).toMatch(/\(the file starts "\[text: \d+ chars\]"\)/u);
    expect(JSON.stringify(report)).not.toContain('diagnosis');
  });
});
