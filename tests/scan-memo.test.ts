import { describe, expect, it } from 'vitest';
import { rememberingScan } from '../src/core/sensitive/scan-memo.js';
import { scanContext, scanText } from '../src/core/sensitive/scan.js';
import { analyzeFiles, csv } from './helpers/build-zip.js';

const context = scanContext({ region: 'uk', showValues: false });
const answer = 'Mobile phone number:+44 7400 123456';

describe('rememberingScan', () => {
  it('finds in a repeated answer what scanText finds, and reads it once', () => {
    const scan = rememberingScan(context);
    const first = scan(answer, 'application-answer');
    expect(first).toEqual(scanText(answer, context));
    expect(first.map(({ code }) => code)).toEqual(['phone']);
    expect(scan(answer, 'application-answer')).toBe(first);
  });

  it('reads posts and comments, and long answers, afresh each time', () => {
    const scan = rememberingScan(context);
    const comment = `Call me on ${answer.slice(20)}`;
    expect(scan(comment, 'comment')).not.toBe(scan(comment, 'comment'));
    expect(scan(comment, 'comment')).toEqual(scanText(comment, context));
    const long = `${answer} ${'and more '.repeat(60)}`;
    expect(scan(long, 'application-answer')).not.toBe(scan(long, 'application-answer'));
  });

  it('stays right when it starts again after thousands of answers', () => {
    const scan = rememberingScan(context);
    const first = scan(answer, 'application-answer');
    for (let index = 0; index < 5000; index++)
      scan(`Years of experience:${String(index)}`, 'application-answer');
    const again = scan(answer, 'application-answer');
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });

  it('gives every application the findings of its own answers', async () => {
    const header =
      'Application Date,Contact Email,Contact Phone Number,Company Name,Job Title,Job Url,Resume Name,Question And Answers';
    const rows = ['3/1/24, 9:00 AM', '4/2/24, 10:30 AM', '5/3/24, 11:45 AM'].map((date, index) => [
      date,
      'jane@example.com',
      ' +44 7400 123456',
      'Quillmark',
      'Engineer',
      `http://www.linkedin.com/jobs/view/${String(index + 1)}`,
      '',
      `${answer} | Desired salary:85000`,
    ]);
    const report = await analyzeFiles(
      { 'Jobs/Job Applications.csv': csv(header, rows) },
      {
        region: 'uk',
      },
    );
    const phoneFindings = report.findings.filter(({ code }) => code === 'phone');
    expect(new Set(phoneFindings.map(({ recordId }) => recordId)).size).toBe(3);
  });
});
