import { describe, expect, it } from 'vitest';
import { analyzeExport, reportText } from '../src/core/index.js';
import { markdownFormatters } from '../src/format/markdown.js';
import { markdownLink, markdownText } from '../src/format/markdown-text.js';
import { analyzeFiles, csv } from './helpers/build-zip.js';
import { readArchive, sampleArchive } from './helpers/fixtures.js';

const options = { color: false, width: 120, bom: false };
const sample = await analyzeExport([readArchive(sampleArchive)]);

describe('--format markdown (issue 7: the report as a readable document)', () => {
  const document = markdownFormatters.report(sample, options);

  it('has the summary, the sensitive content, the resumes and the whole plan', () => {
    const headings = document.split('\n').filter((line) => line.startsWith('#'));
    expect(headings).toEqual([
      '# LinkedIn exposure report',
      '## Summary',
      '## Sensitive content in what is trained on',
      '## Stored resumes',
      `## Deletion plan (${String(sample.suggestions.length)} suggestions)`,
    ]);
    const items = document.split('\n').filter((line) => /^\d+\. \*\*/u.test(line));
    expect(items).toHaveLength(sample.suggestions.length);
  });

  it('links every suggestion that has a link, and says why', () => {
    expect(document).toContain(
      '1. **Turn off "Data for Generative AI Improvement"** (high: account setting)',
    );
    expect(document).toContain(
      '[https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement](https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement)',
    );
    expect(document).toMatch(/\(high, score \d+: health; comment; before training start\)/u);
  });

  it('prints the plan alone for `suggestions` and the table alone for `resumes`', () => {
    expect(markdownFormatters.suggestions(sample, options)).toMatch(/^## Deletion plan/u);
    expect(markdownFormatters.resumes(sample, options)).toMatch(/^## Stored resumes\n\n\| Resume/u);
  });
});

describe('Markdown from export text', () => {
  it('escapes what Markdown or HTML would read in a post', async () => {
    const report = await analyzeFiles({
      'Shares.csv': csv('Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility', [
        [
          '2021-03-14 09:12:44',
          'https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A1',
          '**Hired!** [click](javascript:alert(1)) <img src=x onerror=alert(1)> a | b',
          '',
          '',
          'MEMBER_NETWORK',
        ],
      ]),
    });
    const records = markdownFormatters.records(report, options);
    expect(records).toContain(
      '\\*\\*Hired!\\*\\* \\[click\\](javascript:alert(1)) \\<img src=x onerror=alert(1)\\> a \\| b',
    );
    expect(records).not.toMatch(/[^\\]<img/u);
  });

  it.each([
    ['https://www.linkedin.com/in/me/', '[open](https://www.linkedin.com/in/me/)'],
    ['javascript:alert(1)', 'javascript:alert(1)'],
    [
      'https://www.linkedin.com/feed/update/a(b)|c',
      '[open](https://www.linkedin.com/feed/update/a%28b%29%7Cc)',
    ],
    ['https://example.com/a(b)', 'https://example.com/a(b)'],
    ['https://www.linkedin.com@evil.example/x', 'https://www.linkedin.com@evil.example/x'],
    ['http://insecure.example.com/', 'http://insecure.example.com/'],
  ])('links %s as %s', (url, expected) => {
    expect(markdownLink('open', url)).toBe(expected);
  });

  it.each([
    ['# Heading.zip', '\\# Heading.zip'],
    ['- item', '\\- item'],
    ['+ item', '\\+ item'],
    ['1. ordered.zip', '1\\. ordered.zip'],
    ['12) ordered', '12\\) ordered'],
    ['2024-09-12', '2024-09-12'],
    ['a # b - c 1. d', 'a # b - c 1. d'],
  ])('starts %j as no heading or list: %j', (text, expected) => {
    expect(markdownText(text)).toBe(expected);
  });

  it('keeps text on one line and control characters visible', () => {
    expect(markdownText('line one\nline two\u001b[2J')).toBe('line one ⏎ line two␛\\[2J');
  });
});

describe('the plan’s heading, in the table and in Markdown', () => {
  it.each([
    [1, 'Deletion plan (1 suggestion)'],
    [2, 'Deletion plan (2 suggestions)'],
  ])('%i: %s', (count, heading) => {
    expect(reportText.planHeading({ count })).toBe(heading);
  });
});
