import { describe, expect, it } from 'vitest';
import { findingSchema, reportSchema, scannedKinds } from '../src/core/index.js';
import { reportSummary } from '../src/format/json.js';
import { analyzeFiles, csv, lines } from './helpers/build-zip.js';

const phone = '+44 7400 123456';
const maskedPhone = '+44 •••• ••• 456';
const messagesHeader =
  'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER';

/** One of each: a post, a comment, a private message and a salary answer holding the number. */
const files = {
  'Shares.csv': csv('Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility', [
    [
      '2021-03-14 09:12:44',
      'https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A1',
      `Flat hunting again, call me on ${phone} if you hear of one.`,
      '',
      '',
      'MEMBER_NETWORK',
    ],
  ]),
  'Comments.csv': csv('Date,Link,Message', [
    [
      '2023-02-07 18:03:11',
      'https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A2',
      `Happy to help, my number is ${phone}, and after my burnout I answer slowly.`,
    ],
  ]),
  'messages.csv': lines(
    messagesHeader,
    `2-YWJj,,Jane Doe,,John Roe,,2024-12-01 10:00:00 UTC,,My number is ${phone},INBOX`,
  ),
  'Jobs/Job Applicant Saved Answers.csv': csv('Question,Answer', [
    ['Desired salary', 'My salary is $85,000 today'],
  ]),
  'Positions.csv': csv('Company Name,Title,Description,Location,Started On,Finished On', [
    ['Quillmark', 'Engineer', `Phone line ${phone}`, '', 'Jan 2020', ''],
  ]),
};

describe('the scan reads in-scope records only (issue 7)', () => {
  it('finds the number in the post and the comment, never in the message, the salary answer or the position', async () => {
    const report = await analyzeFiles(files);
    const kindOf = new Map(report.records.map((record) => [record.id, record.kind]));
    const found = report.findings.map((finding) => [kindOf.get(finding.recordId), finding.code]);
    expect(found.sort()).toEqual([
      ['comment', 'health'],
      ['comment', 'phone'],
      ['post', 'phone'],
    ]);
    expect(scannedKinds.has('private-message')).toBe(false);
    expect(scannedKinds.has('position')).toBe(false);
  });

  it('types every finding: code, record id, field, character span, preview', async () => {
    const report = await analyzeFiles(files, { showValues: true });
    const post = report.records.find((record) => record.kind === 'post');
    const finding = report.findings.find((candidate) => candidate.recordId === post?.id);
    expect(findingSchema.parse(finding)).toEqual(finding);
    expect(post?.text?.slice(finding?.start, finding?.end)).toBe(phone);
    expect(finding).toMatchObject({ code: 'phone', field: 'text', preview: phone });
    expect(() => reportSchema.parse(reportSummary(report))).not.toThrow();
  });
});

describe('masking (docs/sensitive-content.md, "What masking means")', () => {
  it('masks the value wherever the report repeats it: preview, record, excerpt, action', async () => {
    const report = await analyzeFiles(files);
    const everything = JSON.stringify(report);
    expect(everything).not.toContain('7400 123456');
    expect(everything).not.toContain('7400 12');
    expect(report.valuesShown).toBe(false);
    const phones = report.findings.filter((finding) => finding.code === 'phone');
    expect(phones.map((finding) => finding.preview)).toEqual([maskedPhone, maskedPhone]);
    const post = report.suggestions.find((suggestion) => suggestion.category === 'posts');
    expect(post?.excerpt).toContain(maskedPhone);
    const comment = report.suggestions.find((suggestion) => suggestion.category === 'comments');
    expect(comment?.action).toContain('my number is +44 ••••');
  });

  it('leaves topic words as they are: they are the member’s own words to judge', async () => {
    const report = await analyzeFiles(files);
    const health = report.findings.find((finding) => finding.code === 'health');
    expect(health?.preview).toContain('after my burnout I answer slowly');
  });

  it('shows the values with showValues (--show-values), and says so', async () => {
    const report = await analyzeFiles(files, { showValues: true });
    expect(report.valuesShown).toBe(true);
    expect(JSON.stringify(report.records)).toContain(phone);
  });

  it('hides a value an excerpt cuts in half', async () => {
    // The excerpt stops at 80 characters, just after `+44`: that start is a value too.
    const long = `${'Many words here. '.repeat(4)}reach: +44 7400 123456 anytime.`;
    const report = await analyzeFiles({
      'Comments.csv': csv('Date,Link,Message', [
        [
          '2023-02-07 18:03:11',
          'https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A3',
          long,
        ],
      ]),
    });
    const [suggestion] = report.suggestions.filter((item) => item.category === 'comments');
    expect(suggestion?.excerpt?.endsWith('reach: •••…')).toBe(true);
    expect(suggestion?.excerpt).not.toMatch(/\+44 7/u);
  });
});

describe('phone numbers in national form follow the region', () => {
  const post = {
    'Shares.csv': csv('Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility', [
      [
        '2021-03-14 09:12:44',
        'https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A9',
        'New mobile: (415) 555-2671, the old one is gone.',
        '',
        '',
        'MEMBER_NETWORK',
      ],
    ]),
  };

  it.each([
    { region: 'us', found: ['phone'] },
    { region: 'ca', found: ['phone'] },
    { region: 'eu', found: [] },
    { region: 'other', found: [] },
  ])('--region $region → $found', async ({ region, found }) => {
    const report = await analyzeFiles(post, { region });
    expect(report.findings.map((finding) => finding.code)).toEqual(found);
  });
});

describe('numbers written without ASCII digits', () => {
  // libphonenumber reads full-width and Arabic-Indic digits: a text holding only those is still
  // scanned for phone numbers, and the value is masked like any other.
  it.each([
    { name: 'full-width digits', text: 'Call me on +４４ ７４００ １２３４５６ tonight.' },
    { name: 'Arabic-Indic digits', text: 'رقمي +٤٤ ٧٤٠٠ ١٢٣٤٥٦ للتواصل' },
  ])('finds and masks a phone number in $name', async ({ text }) => {
    const report = await analyzeFiles({
      'Comments.csv': csv('Date,Link,Message', [
        [
          '2023-02-07 18:03:11',
          'https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A4',
          text,
        ],
      ]),
    });
    expect(report.findings.map(({ code, preview }) => [code, preview])).toEqual([
      ['phone', maskedPhone],
    ]);
    expect(report.records[0]?.text).toContain('•');
    expect(report.records[0]?.text).not.toMatch(/[１２٤١]{3}/u);
  });
});
