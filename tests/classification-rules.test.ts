import { describe, expect, it } from 'vitest';
import { analyzeExport } from '../src/core/index.js';
import {
  analyzeArchives,
  analyzeFiles,
  cell,
  countsByCategory,
  csv,
  fileSummary,
  lines,
  onlyRecord,
  warningCodes,
  warningsWith,
  type ExportFiles,
} from './helpers/build-zip.js';

// The rules of policy.md §2 ("Rules that make the table exact") and docs/categories.md, one
// table per rule, each row a ZIP built in memory. All values are invented.

const applicationsHeader =
  'Application Date,Contact Email,Contact Phone Number,Company Name,Job Title,Job Url,Resume Name,Question And Answers';

/** One `Jobs/Job Applications.csv` row (export-format.md §3.33). */
function application(date: string, resumeName = '', questionAndAnswers = '', company = 'Acme') {
  return [
    date,
    'jane.doe@example.com',
    ' +1 5550100',
    company,
    'Data Analyst',
    'http://www.linkedin.com/jobs/view/4000000001',
    resumeName,
    questionAndAnswers,
  ];
}

describe('group posts (policy.md §2 group-activity, export-format.md §4.3)', () => {
  const feed = 'https://www.linkedin.com/feed/update/';
  const plainGroupPost = `${feed}urn:li:groupPost:4567890-7100000000000000001`;
  const encodedGroupPost = `${feed}urn%3Ali%3AgroupPost%3A4567890-7100000000000000001`;
  const encodedShare = `${feed}urn%3Ali%3Ashare%3A7100000000000000002`;
  const encodedActivity = `${feed}urn%3Ali%3Aactivity%3A7100000000000000003`;
  const plainUgcPost = `${feed}urn:li:ugcPost:7100000000000000004`;

  const fileOf = {
    Votes: (link: string) => csv('Date,Link,OptionText', [['2025-03-01 08:00:00', link, 'Yes']]),
    Shares: (link: string) =>
      csv('Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility', [
        ['2025-03-01 08:00:00', link, 'Hello group', '', '', 'MEMBER_NETWORK'],
      ]),
    Comments: (link: string) =>
      csv('Date,Link,Message', [['2025-03-01 08:00:00', link, 'Nice one']]),
    InstantReposts: (link: string) => csv('Date,Link', [['2025-03-01 08:00:00', link]]),
    Reactions: (link: string) => csv('Date,Type,Link', [['2025-03-01 08:00:00', 'LIKE', link]]),
  } as const;

  it.each<{ file: keyof typeof fileOf; link: string; category: string }>([
    // Votes.csv writes URNs unencoded; the others percent-encode them (§3.20–§3.23).
    { file: 'Votes', link: plainGroupPost, category: 'group-activity' },
    { file: 'Votes', link: plainUgcPost, category: 'posts' },
    { file: 'Shares', link: encodedGroupPost, category: 'group-activity' },
    { file: 'Shares', link: plainGroupPost, category: 'group-activity' },
    { file: 'Shares', link: encodedShare, category: 'posts' },
    { file: 'Comments', link: encodedGroupPost, category: 'group-activity' },
    { file: 'Comments', link: plainGroupPost, category: 'group-activity' },
    { file: 'Comments', link: encodedActivity, category: 'comments' },
    { file: 'InstantReposts', link: encodedGroupPost, category: 'group-activity' },
    { file: 'InstantReposts', link: encodedActivity, category: 'posts' },
    // Reactions are not named as training data, on group posts neither.
    { file: 'Reactions', link: plainGroupPost, category: 'reactions' },
    { file: 'Reactions', link: encodedGroupPost, category: 'reactions' },
    { file: 'Reactions', link: encodedActivity, category: 'reactions' },
  ])('$file.csv with $link → $category', async ({ file, link, category }) => {
    const report = await analyzeFiles({ [`${file}.csv`]: fileOf[file](link) });
    expect(countsByCategory(report)).toEqual({ [category]: 1 });
    expect(onlyRecord(report).link).toBe(link);
  });

  it('sorts a mixed Comments.csv row by row', async () => {
    const report = await analyzeFiles({
      'Comments.csv': csv('Date,Link,Message', [
        ['2025-03-01 08:00:00', encodedGroupPost, 'In the group'],
        ['2025-03-02 08:00:00', encodedActivity, 'In the feed'],
        ['2025-03-03 08:00:00', encodedGroupPost, 'In the group again'],
      ]),
    });
    expect(countsByCategory(report)).toEqual({ 'group-activity': 2, comments: 1 });
    expect(fileSummary(report, 'Comments.csv').categories).toEqual(['comments', 'group-activity']);
  });
});

describe('salary questions (policy.md §2 salary pattern) in all three answer sources', () => {
  const salaryQuestions = [
    'What is your current salary?',
    'Expected CTC (in Lakhs)?',
    'What is your expected CTC(in Lakhs)?',
    'Desired pay?',
    'Expected pay?',
    'Current Pay',
    'Hourly rate?',
    'Daily rate (EUR)?',
    'What is your day rate?',
    'Rate expectations',
    'Rate expectation for this contract?',
    'What are your pay expectations?',
    'Pay expectation?',
    'What pay range are you looking for?',
    'Wage',
    'Minimum wages accepted?',
    'SALARY EXPECTATIONS',
    'Previous salaries?',
    'Current compensation (USD)?',
    'Total remuneration expected?',
    "Workers' compensation claims aside, what salary do you expect?",
  ];
  const otherQuestions = [
    'Are you comfortable with unpaid overtime?',
    'Will you pay for relocation?',
    "Workers' compensation claims?",
    'Do you have a pay stub?',
    'Have you worked with payroll software?',
    'Rate your English from 1 to 10',
    'Have you worked in sports wagering?',
    'How many years of experience do you have with SQL?',
    'Are you legally authorized to work in Germany?',
    'What is your notice period?',
  ];
  const questions = [
    ...salaryQuestions.map((question) => ({ question, category: 'salary' })),
    ...otherQuestions.map((question) => ({ question, category: 'screening-answers' })),
  ];
  const answer = '150000';

  const sources: Record<string, (question: string) => ExportFiles> = {
    'Q&A cell': (question) => ({
      'Jobs/Job Applications.csv': csv(applicationsHeader, [
        application('3/7/26, 9:01 AM', '', `${question}:${answer}`),
      ]),
    }),
    'screening responses': (question) => ({
      'Job Applicant Saved Screening Question Responses.csv': csv('Question,Answer', [
        [question, answer],
      ]),
    }),
    'saved answers': (question) => ({
      'Jobs/Job Applicant Saved Answers.csv': csv('Question,Answer', [[question, answer]]),
    }),
  };
  const answerKind = {
    'Q&A cell': 'application-answer',
    'screening responses': 'saved-screening-answer',
    'saved answers': 'saved-answer',
  } as const;

  const cases = Object.keys(sources).flatMap((source) =>
    questions.map(({ question, category }) => ({ source, question, category })),
  );

  it('covers at least 25 questions', () => {
    expect(questions.length).toBeGreaterThanOrEqual(25);
  });

  it.each(cases)('$source: "$question" → $category', async ({ source, question, category }) => {
    const files = sources[source]?.(question) ?? {};
    const report = await analyzeFiles(files);
    const record = onlyRecord(report, answerKind[source as keyof typeof answerKind]);
    expect(record.category).toBe(category);
    expect(record.text).toContain(question);
    expect(record.text).toContain(answer);
  });

  it('splits several pairs of one Q&A cell and classifies each on its own', async () => {
    const cell = [
      'Email address:jane.doe@example.com',
      'Mobile phone number:+1 5550100',
      'What is your current salary?:150000',
      'Please submit a resume or LinkedIn profile:-373948369.pdf',
      'Expected CTC (in Lakhs)?:4',
    ].join(' | ');
    const report = await analyzeFiles({
      'Jobs/Job Applications.csv': csv(applicationsHeader, [
        application('3/7/26, 9:01 AM', '', cell),
      ]),
    });
    expect(countsByCategory(report)).toEqual({
      'job-activity': 1,
      'screening-answers': 3,
      salary: 2,
    });
  });
});

describe('Profile.csv (policy.md §2: one profile record, one contact record)', () => {
  const header =
    'First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers';
  const columns = header.split(',');
  const values: Record<string, string> = {
    'First Name': 'Jane',
    'Last Name': 'Doe',
    'Maiden Name': 'Roe',
    Address: '1 Example Street, Berlin',
    'Birth Date': 'Apr 22',
    Headline: 'Data Analyst',
    Summary: 'I turn numbers into decisions.',
    Industry: 'Technology',
    'Zip Code': '10115',
    'Geo Location': 'Berlin, Germany',
    'Twitter Handles': '[janedoe]',
    Websites: '[PORTFOLIO:https://a.example,OTHER:https://b.example]',
    'Instant Messengers': '[SKYPE:jane.doe]',
  };
  const profileFile = (filled: readonly string[]) =>
    csv(header, [columns.map((column) => (filled.includes(column) ? (values[column] ?? '') : ''))]);

  const inScope = ['First Name', 'Last Name', 'Headline', 'Summary', 'Industry', 'Geo Location'];
  const contact = [
    'Maiden Name',
    'Address',
    'Birth Date',
    'Zip Code',
    'Twitter Handles',
    'Websites',
    'Instant Messengers',
  ];

  it.each([
    { name: 'in-scope fields only', filled: inScope, expected: { profile: 1 } },
    { name: 'contact fields only', filled: contact, expected: { 'contact-details': 1 } },
    {
      name: 'both',
      filled: [...inScope, ...contact],
      expected: { profile: 1, 'contact-details': 1 },
    },
    ...inScope.map((field) => ({
      name: `only ${field}`,
      filled: [field],
      expected: { profile: 1 },
    })),
    ...contact.map((field) => ({
      name: `only ${field}`,
      filled: [field],
      expected: { 'contact-details': 1 },
    })),
  ])('$name → $expected', async ({ filled, expected }) => {
    const report = await analyzeFiles({ 'Profile.csv': profileFile(filled) });
    expect(countsByCategory(report)).toEqual(expected);
    expect(fileSummary(report, 'Profile.csv').status).toBe('parsed');
  });

  it('an empty row → no record', async () => {
    const report = await analyzeFiles({ 'Profile.csv': profileFile([]) });
    expect(report.records).toEqual([]);
    expect(fileSummary(report, 'Profile.csv')).toMatchObject({ status: 'empty', records: 0 });
  });
});

describe('Rich_Media.csv kinds (policy.md §2, export-format.md §3.26)', () => {
  it.each([
    { kind: 'profile photo', category: 'profile' },
    { kind: 'profile background photo', category: 'profile' },
    { kind: 'group logo', category: 'group-activity' },
    { kind: 'group background photo', category: 'group-activity' },
    { kind: 'feed photo', category: 'posts' },
    { kind: 'feed document', category: 'posts' },
    { kind: 'photo', category: 'posts' },
    { kind: 'video', category: 'posts' },
    { kind: 'document', category: 'posts' },
    { kind: 'article cover photo', category: 'posts' },
    { kind: 'hologram', category: 'posts' },
  ])('You uploaded a $kind → $category', async ({ kind, category }) => {
    const report = await analyzeFiles({
      'Rich_Media.csv': csv('Date/Time,Media Description,Media Link', [
        [
          `You uploaded a ${kind} on February 7, 2025 at 7:01 AM (GMT)`,
          ' -',
          'https://media.licdn.com/dms/image/abc',
        ],
      ]),
    });
    const record = onlyRecord(report);
    expect(record.category).toBe(category);
    expect(record.date).toBe('2025-02-07');
  });
});

describe('payments (policy.md §2)', () => {
  const header =
    'First Name,Last Name,Billing Country,Postal Code,Transaction Made At,Payment Method Type,Invoice Number,Description,Tax Amount,Sub Total,Total Amount,Currency Code';

  it('a receipt in Receipts.csv and Receipts_v2.csv (same Invoice Number) counts once', async () => {
    const report = await analyzeFiles({
      'Receipts.csv': lines(
        header,
        'Jane,Doe,DE,10115,"3/11/24, 4:41 PM",CreditCard,INV-1,Premium Career,0,0,0,EUR',
        'Jane,Doe,DE,10115,"4/11/24, 4:41 PM",CreditCard,INV-2,Premium Career,0,0,0,EUR',
      ),
      'Receipts_v2.csv': lines(
        header,
        'Jane,Doe,DE,10115,04/11/24 04:41 PM UTC,CARD,INV-2,Premium Career,0.00,0.00,0.00,EUR',
        'Jane,Doe,DE,10115,05/11/24 04:41 PM UTC,CARD,INV-3,Premium Career,0.00,0.00,0.00,EUR',
      ),
    });
    expect(countsByCategory(report)).toEqual({ payments: 3 });
    expect(report.records.map((record) => record.date).sort()).toEqual([
      '2024-03-11',
      '2024-04-11',
      '2024-05-11',
    ]);
    expect(report.categories.find((category) => category.id === 'payments')?.records).toBe(3);
    expect(report.totals.excluded).toBe(3);
  });

  it('two rows of one file with the same Invoice Number are two records', async () => {
    const report = await analyzeFiles({
      'Receipts_v2.csv': lines(
        header,
        'Jane,Doe,DE,10115,04/11/24 04:41 PM UTC,CARD,INV-2,Premium Career,0.00,39.99,39.99,EUR',
        'Jane,Doe,DE,10115,04/12/24 09:00 AM UTC,CARD,INV-2,Refund,0.00,-39.99,-39.99,EUR',
      ),
    });
    expect(countsByCategory(report)).toEqual({ payments: 2 });
  });
});

describe('resumes (policy.md §2)', () => {
  const resumesOf = (files: ExportFiles) => analyzeFiles(files);

  it('are distinct after percent-decoding, trimming and ignoring case, across _<n> files', async () => {
    const report = await resumesOf({
      'Jobs/Job Applications.csv': csv(applicationsHeader, [
        application('3/7/26, 9:01 AM', 'Resume_October%202025.pdf'),
        application('3/8/26, 9:01 AM', ' resume_october 2025.pdf '),
        application('3/9/26, 9:01 AM', ''),
      ]),
      'Jobs/Job Applications_1.csv': csv(applicationsHeader, [
        application('3/10/26, 9:01 AM', 'RESUME_OCTOBER 2025.PDF'),
        application('3/11/26, 9:01 AM', 'Resume_October%202025.pdf.pdf'),
      ]),
    });
    expect(countsByCategory(report)).toEqual({ 'job-activity': 5, resumes: 2 });
    expect(
      report.resumes.map(({ applications, lastUsed }) => ({ applications, lastUsed })),
    ).toEqual([
      { applications: 3, lastUsed: '2026-03-10' },
      { applications: 1, lastUsed: '2026-03-11' },
    ]);
    expect(report.resumes[0]?.name.toLowerCase()).toBe('resume_october 2025.pdf');
    expect(report.resumes[1]?.name).toBe('Resume_October 2025.pdf.pdf');
  });

  it('are not merged on the spaces inside their names, which the policy leaves as they are', async () => {
    const report = await resumesOf({
      'Jobs/Job Applications.csv': csv(applicationsHeader, [
        application('3/7/26, 9:01 AM', 'Jane  Doe CV.pdf'),
        application('3/8/26, 9:01 AM', 'Jane Doe CV.pdf'),
      ]),
    });
    expect(countsByCategory(report)).toEqual({ 'job-activity': 2, resumes: 2 });
  });

  it('rows of Private_identity_asset.csv count separately from the names in applications', async () => {
    const report = await resumesOf({
      'Jobs/Job Applications.csv': csv(applicationsHeader, [
        application('3/7/26, 9:01 AM', 'Jane_Doe_Resume.pdf'),
      ]),
      'Private_identity_asset.csv': csv(
        'Private Identity Asset Name,Private Identity Asset Raw Text',
        [
          ['/AAYABAXone.pdf', 'Jane Doe  Data Analyst  Berlin'],
          ['/AAYABAXtwo.pdf', 'Jane Doe  Analyst'],
        ],
      ),
    });
    expect(countsByCategory(report)).toEqual({ 'job-activity': 1, resumes: 3 });
    expect(report.resumes.map((resume) => resume.source)).toEqual([
      'applications',
      'stored-text',
      'stored-text',
    ]);
  });

  describe('suggestDelete: last used more than --older-than before the export date, or superseded', () => {
    // Export date 2026-11-28 (archive name); default --older-than 6m → cutoff 2026-05-28.
    const files = {
      'Jobs/Job Applications.csv': csv(applicationsHeader, [
        application('3/7/26, 9:01 AM', 'Old.pdf'),
        application('8/1/26, 9:01 AM', 'Middle.pdf'),
        application('10/1/26, 9:01 AM', 'Newest.pdf'),
      ]),
    };

    it.each([
      {
        options: {},
        expected: { 'Old.pdf': 'old', 'Middle.pdf': 'superseded', 'Newest.pdf': 'current' },
      },
      {
        options: { olderThan: '1y' },
        expected: { 'Old.pdf': 'superseded', 'Middle.pdf': 'superseded', 'Newest.pdf': 'current' },
      },
      {
        options: { olderThan: '2m' },
        expected: { 'Old.pdf': 'old', 'Middle.pdf': 'old', 'Newest.pdf': 'current' },
      },
      {
        options: { asOf: '2026-08-15' },
        expected: { 'Old.pdf': 'superseded', 'Middle.pdf': 'superseded', 'Newest.pdf': 'current' },
      },
      {
        // Cutoff 2026-08-01, the day Middle.pdf was last used: not older than that.
        options: { asOf: '2027-02-01' },
        expected: { 'Old.pdf': 'old', 'Middle.pdf': 'superseded', 'Newest.pdf': 'current' },
      },
      {
        options: { asOf: '2027-02-01', olderThan: '90d' },
        expected: { 'Old.pdf': 'old', 'Middle.pdf': 'old', 'Newest.pdf': 'old' },
      },
    ])('$options → $expected', async ({ options, expected }) => {
      const report = await analyzeFiles(files, options);
      const statuses = Object.fromEntries(report.resumes.map((r) => [r.name, r.status]));
      expect(statuses).toEqual(expected);
      for (const resume of report.resumes) {
        expect(resume.suggestDelete).toBe(resume.status !== 'current');
      }
    });

    it('lists those to delete first, oldest first, and every one of them is a high suggestion', async () => {
      const report = await analyzeFiles({
        'Jobs/Job Applications.csv': csv(applicationsHeader, [
          application('', 'Undated.pdf'),
          application('10/1/26, 9:01 AM', 'Newest.pdf'),
          application('8/1/26, 9:01 AM', 'Middle.pdf'),
          application('3/7/26, 9:01 AM', 'Old.pdf'),
        ]),
        'Private_identity_asset.csv': csv(
          'Private Identity Asset Name,Private Identity Asset Raw Text',
          [['/AAYABAXone.pdf', 'Jane Doe  Analyst']],
        ),
      });
      expect(report.resumes.map(({ name, status }) => [name, status])).toEqual([
        ['Old.pdf', 'old'],
        ['Middle.pdf', 'superseded'],
        ['resume text 1: Jane Doe Analyst', 'stored-text'],
        ['Newest.pdf', 'current'],
        ['Undated.pdf', 'undated'],
      ]);
      const resumeSuggestions = report.suggestions.filter(
        (suggestion) => suggestion.category === 'resumes',
      );
      expect(resumeSuggestions.map(({ priority }) => priority)).toEqual(['high', 'high', 'high']);
    });

    it.each([
      { date: '5/27/26, 11:59 PM', status: 'old', suggestDelete: true },
      { date: '5/28/26, 12:00 AM', status: 'current', suggestDelete: false },
    ])('a single resume last used $date → $status', async ({ date, status, suggestDelete }) => {
      const report = await analyzeFiles({
        'Jobs/Job Applications.csv': csv(applicationsHeader, [application(date, 'Only.pdf')]),
      });
      expect(report.resumes).toMatchObject([{ name: 'Only.pdf', status, suggestDelete }]);
    });
  });
});

describe('Online Job Postings.csv salary fields (policy.md §2)', () => {
  const header =
    'Company Name,Title,Employment Status,Company Description,Job Description,Location Description,Job Functions,Company Industries,Seniority Level,Required Skills,Education Levels,Onsite Apply,Contact Email,Company Apply Url,Base Salary,Additional Compensation,Job State,Create Date,List Date,Close Date,Expiration Date';
  const posting = (baseSalary: string, additional: string) =>
    `Acme Corp,Data Analyst,FULL_TIME,,<p>Analyze sales.</p>,Berlin,,,ENTRY_LEVEL,,,true,,https://example.com/apply,${cell(baseSalary)},${cell(additional)},CLOSED,"1/10/24, 9:00 AM",,,`;

  it.each([
    { base: '', additional: '', expected: { 'job-activity': 1 } },
    { base: '60000-70000 EUR', additional: '', expected: { 'job-activity': 1, salary: 1 } },
    { base: '', additional: 'Annual bonus', expected: { 'job-activity': 1, salary: 1 } },
    {
      base: '60000-70000 EUR',
      additional: 'Annual bonus',
      expected: { 'job-activity': 1, salary: 2 },
    },
  ])('Base Salary "$base", Additional Compensation "$additional" → $expected', async (row) => {
    const report = await analyzeFiles({
      'Online Job Postings.csv': lines(header, posting(row.base, row.additional)),
    });
    expect(countsByCategory(report)).toEqual(row.expected);
    const salaryTexts = report.records
      .filter((record) => record.category === 'salary')
      .map((record) => record.text ?? '');
    expect(salaryTexts.some((text) => text.includes('60000-70000 EUR'))).toBe(row.base !== '');
    expect(salaryTexts.some((text) => text.includes('Annual bonus'))).toBe(row.additional !== '');
  });

  it.each(['N/A', 'null', ' n/a '])('"%s" states no pay: no salary record', async (value) => {
    const report = await analyzeFiles({
      'Online Job Postings.csv': lines(header, posting(value, value)),
    });
    expect(countsByCategory(report)).toEqual({ 'job-activity': 1 });
  });
});

describe('messages.csv (policy.md §2 private-messages)', () => {
  const base =
    'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER';

  it('every row is a private message without text: drafts, sponsored and empty ones too', async () => {
    // export-format.md §3.2 variant B (Dec 2024): drafts have no conversation id, recipient or folder.
    // prettier-ignore
    const text = lines(
      `${base},IS MESSAGE DRAFT,IS CONVERSATION DRAFT`,
      '2-YWJjXzEwMA==,,Jane Doe,https://www.linkedin.com/in/jane-doe,John Roe,https://www.linkedin.com/in/john-roe,2024-12-01 10:00:00 UTC,,Hi John,INBOX,No,No',
      '2-YWJjXzEwMA==,,John Roe,https://www.linkedin.com/in/john-roe,Jane Doe,https://www.linkedin.com/in/jane-doe,2024-12-01 09:00:00 UTC,,,INBOX,No,No',
      ',,Jane Doe,https://www.linkedin.com/in/jane-doe,,,2024-12-02 08:00:00 UTC,,Draft of a new message,,Yes,Yes',
      '2-c3BvbnNvcmVkXzEwMA==,Sponsored Conversation,LinkedIn Member,,Jane Doe,https://www.linkedin.com/in/jane-doe,2024-11-30 07:00:00 UTC,,"<p class=""spinmail-quill-editor__spin-break"">Hi %FIRSTNAME%</p>",INBOX,No,No',
    );
    const report = await analyzeFiles({ 'messages.csv': text });
    expect(countsByCategory(report)).toEqual({ 'private-messages': 4 });
    expect(report.records.map((record) => [record.date, record.text, record.scope])).toEqual([
      ['2024-12-01', null, 'excluded'],
      ['2024-12-01', null, 'excluded'],
      ['2024-12-02', null, 'excluded'],
      ['2024-11-30', null, 'excluded'],
    ]);
  });

  it('the fully quoted 2026 file with multi-line content (variant D)', async () => {
    // prettier-ignore
    const text = lines(
      '"CONVERSATION ID","CONVERSATION TITLE","FROM","SENDER PROFILE URL","TO","RECIPIENT PROFILE URLS","DATE","SUBJECT","CONTENT","FOLDER","ATTACHMENTS"',
      '"2-YWJjXzEwMA==","","Jane Doe","","John Roe","","2026-03-01 10:00:00 UTC","","Line one\nLine two","INBOX",""',
      '"2-YWJjXzEwMA==","","John Roe","","Jane Doe","","2026-03-01 09:00:00 UTC","","","INBOX","https://www.linkedin.com/dms/prv/vid/abc"',
    );
    const report = await analyzeFiles({ 'messages.csv': text });
    expect(countsByCategory(report)).toEqual({ 'private-messages': 2 });
    expect(report.records.map((record) => [record.date, record.text])).toEqual([
      ['2026-03-01', null],
      ['2026-03-01', null],
    ]);
    expect(warningCodes(report)).toEqual([]);
  });
});

describe('AI chats (policy.md §2 ai-interactions)', () => {
  it('LearningCoachMessages.csv saying "No conversations found" → 0 records, status empty', async () => {
    const report = await analyzeFiles({
      'LearningCoachMessages.csv': 'No conversations found\n\n\n',
    });
    expect(report.records).toEqual([]);
    expect(fileSummary(report, 'LearningCoachMessages.csv')).toMatchObject({
      status: 'empty',
      records: 0,
    });
    expect(warningsWith(report, 'zero-records')).toEqual([]);
  });
});

describe('one table from several files (export-format.md §1.5)', () => {
  const comment = (date: string, text: string) => [
    date,
    'https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A7100000000000000001',
    text,
  ];

  it.each([
    { path: 'Comments_1234567890.csv', table: 'comments', category: 'comments' },
    { path: 'Reactions_1234567890.csv', table: 'reactions', category: 'reactions' },
    { path: 'Shares_1234567890.csv', table: 'shares', category: 'posts' },
    { path: 'Member_Follows_1234567890.csv', table: 'member-follows', category: 'follows' },
    { path: 'Saved_Items_1234567890.csv', table: 'saved-items', category: 'saved-items' },
    { path: 'InstantReposts_1234567890.csv', table: 'instant-reposts', category: 'posts' },
    // policy.md §2: any table's suffixed file counts as the table, not only those seen so.
    { path: 'Votes_1234567890.csv', table: 'votes', category: 'posts' },
    { path: 'Connections_1234567890.csv', table: 'connections', category: 'network' },
  ])('$path is the $table table', async ({ path, table, category }) => {
    const link = 'https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A1';
    const contents: Record<string, string> = {
      comments: lines('Date,Link,Message', `2026-07-01 10:00:00,${link},Hi`),
      reactions: lines('Date,Type,Link', `2026-07-01 10:00:00,LIKE,${link}`),
      shares: lines(
        'Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility',
        `2026-07-01 10:00:00,"${link}","Hi","","",MEMBER_NETWORK`,
      ),
      'member-follows': lines('Date,Status,FullName', '2026-07-01 10:00:00,Active,John Roe'),
      'saved-items': lines('savedItem,CreatedTime', `${link},2026-07-01 10:00:00`),
      'instant-reposts': lines('Date,Link', `2026-07-01 10:00:00,${link}`),
      votes: lines('Date,Link,OptionText', `2026-07-01 10:00:00,${link},Yes`),
      connections: lines(
        'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
        'John,Roe,https://www.linkedin.com/in/john-roe,,Acme,Analyst,04 Jul 2026',
      ),
    };
    const report = await analyzeFiles({ [path]: contents[table] ?? '' });
    expect(fileSummary(report, path)).toMatchObject({ table, status: 'parsed', records: 1 });
    expect(countsByCategory(report)).toEqual({ [category]: 1 });
    expect(report.warnings.filter((warning) => warning.code === 'unknown-files')).toEqual([]);
  });

  it('a member-id file and its _<n> continuation together', async () => {
    const report = await analyzeFiles({
      'Comments_1234567890.csv': csv('Date,Link,Message', [comment('2026-07-01 10:00:00', 'One')]),
      'Comments_1234567890_1.csv': csv('Date,Link,Message', [
        comment('2026-07-02 10:00:00', 'Two'),
        comment('2026-07-03 10:00:00', 'Three'),
      ]),
    });
    expect(report.files.map(({ path, table, records }) => ({ path, table, records }))).toEqual([
      { path: 'Comments_1234567890.csv', table: 'comments', records: 1 },
      { path: 'Comments_1234567890_1.csv', table: 'comments', records: 2 },
    ]);
    expect(countsByCategory(report)).toEqual({ comments: 3 });
  });

  it('_<n> continuation files of the screening responses', async () => {
    const report = await analyzeFiles({
      'Job Applicant Saved Screening Question Responses.csv': csv('Question,Answer', [
        ['Do you have a driving licence?', 'Yes'],
      ]),
      'Job Applicant Saved Screening Question Responses_1.csv': csv('Question,Answer', [
        ['What is your current salary?', '50000'],
        ['Are you willing to relocate?', 'No'],
      ]),
      'Job Applicant Saved Screening Question Responses_2.csv': csv('Question,Answer', [
        ['Notice period?', '1 month'],
      ]),
    });
    expect(new Set(report.files.map((file) => file.table))).toEqual(
      new Set(['saved-screening-responses']),
    );
    expect(countsByCategory(report)).toEqual({ 'screening-answers': 3, salary: 1 });
  });

  it('Receipts_v2.csv is its own table, not a continuation of Receipts.csv', async () => {
    const report = await analyzeFiles({
      'Receipts_v2.csv': lines(
        'First Name,Last Name,Billing Country,Postal Code,Transaction Made At,Payment Method Type,Invoice Number,Description,Tax Amount,Sub Total,Total Amount,Currency Code',
        'Jane,Doe,DE,10115,03/11/26 04:41 PM UTC,CARD,INV-9,Premium,0.00,1.00,1.00,EUR',
      ),
    });
    expect(fileSummary(report, 'Receipts_v2.csv')).toMatchObject({
      table: 'receipts-v2',
      records: 1,
    });
    expect(onlyRecord(report).date).toBe('2026-03-11');
  });
});

describe('archives (export-format.md §1.6)', () => {
  const profile = csv(
    'First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers',
    [['Jane', 'Doe', '', '', '', 'Data Analyst', '', '', '', '', '', '', '']],
  );
  const connections = [
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
    'John,Roe,https://www.linkedin.com/in/john-roe,,Acme Corp,Manager,04 Jul 2023',
    'Mary,Major,https://www.linkedin.com/in/mary-major,,Globex,Lead,15 Jan 2024',
  ].join('\n');
  const basic: ExportFiles = { 'Profile.csv': profile, 'Connections.csv': connections };
  const complete: ExportFiles = {
    ...basic,
    'Comments.csv': csv('Date,Link,Message', [
      ['2025-08-14 10:00:00', 'https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A1', 'Hi'],
    ]),
  };

  it('Basic + Complete of one account: tables in both counted once', async () => {
    const report = await analyzeArchives({
      'Basic_LinkedInDataExport_11-27-2026.zip': basic,
      'Complete_LinkedInDataExport_11-28-2026.zip': complete,
    });
    expect(report.exportKind).toBe('basic+complete');
    expect(report.inputs.map(({ name, kind }) => ({ name, kind }))).toEqual([
      { name: 'Basic_LinkedInDataExport_11-27-2026.zip', kind: 'basic' },
      { name: 'Complete_LinkedInDataExport_11-28-2026.zip', kind: 'complete' },
    ]);
    expect(countsByCategory(report)).toEqual({ profile: 1, network: 2, comments: 1 });
    expect(report.totals.records).toBe(4);
    expect(warningsWith(report, 'basic-only')).toEqual([]);
    const connectionFiles = report.files.filter((file) => file.path === 'Connections.csv');
    expect(connectionFiles.map(({ archive, records }) => ({ archive, records }))).toEqual([
      { archive: 'Basic_LinkedInDataExport_11-27-2026.zip', records: 0 },
      { archive: 'Complete_LinkedInDataExport_11-28-2026.zip', records: 2 },
    ]);
  });

  it('the order of the inputs does not matter', async () => {
    const report = await analyzeArchives({
      'Complete_LinkedInDataExport_11-28-2026.zip': complete,
      'Basic_LinkedInDataExport_11-27-2026.zip': basic,
    });
    expect(report.exportKind).toBe('basic+complete');
    expect(countsByCategory(report)).toEqual({ profile: 1, network: 2, comments: 1 });
  });

  it('a Basic archive alone → exportKind basic and a basic-only warning', async () => {
    const report = await analyzeFiles(basic, {}, 'Basic_LinkedInDataExport_11-27-2026.zip');
    expect(report.exportKind).toBe('basic');
    expect(warningsWith(report, 'basic-only')).toHaveLength(1);
    expect(countsByCategory(report)).toEqual({ profile: 1, network: 2 });
  });

  // export-format.md §1.6: the kind is told by content; these files were never in a Basic archive.
  it.each([
    'Comments.csv',
    'Reactions.csv',
    'Shares.csv',
    'Votes.csv',
    'InstantReposts.csv',
    'SearchQueries.csv',
    'Logins.csv',
    'Security Challenges.csv',
    'Member_Follows.csv',
    'Hashtag_Follows.csv',
    'Saved_Items.csv',
    'Inferences_about_you.csv',
    'Ads Clicked.csv',
    'LAN Ads Engagement.csv',
    'Receipts.csv',
    'Receipts_v2.csv',
  ])('a Basic archive plus %s reads as complete', async (path) => {
    // A name that says nothing: the content alone decides.
    const report = await analyzeFiles({ ...basic, [path]: '' }, {}, 'linkedin-export.zip');
    expect(report.exportKind).toBe('complete');
    expect(warningsWith(report, 'basic-only')).toEqual([]);
  });

  it('every file seen in Basic archives together still reads as basic', async () => {
    const basicFiles = [
      'Connections.csv',
      'messages.csv',
      'Invitations.csv',
      'Profile.csv',
      'Positions.csv',
      'Education.csv',
      'Skills.csv',
      'Certifications.csv',
      'Registration.csv',
      'PhoneNumbers.csv',
      'Email Addresses.csv',
      'Ad_Targeting.csv',
      'Learning.csv',
      'Company Follows.csv',
      'Endorsement_Received_Info.csv',
      'Endorsement_Given_Info.csv',
      'Events.csv',
      'Rich_Media.csv',
      'Rich Media.csv',
      'SavedJobAlerts.csv',
      'Jobs/Saved Jobs.csv',
      'Jobs/Job Seeker Preferences.csv',
      'Jobs/Job Applications.csv',
      'Job Applicant Saved Screening Question Responses.csv',
      'guide_messages.csv',
      'learning_coach_messages.csv',
      'learning_role_play_messages.csv',
      'Verifications/Verifications.csv',
      'Whatsapp Phone Numbers.csv',
      'Private_identity_asset.csv',
    ];
    const report = await analyzeFiles(
      Object.fromEntries(basicFiles.map((path) => [path, ''])),
      {},
      'Basic_LinkedInDataExport_10-02-2026.zip',
    );
    expect(report.files.filter((file) => file.status === 'unknown')).toEqual([]);
    expect(report.exportKind).toBe('basic');
    expect(warningsWith(report, 'basic-only')).toHaveLength(1);
  });

  // export-format.md §1.1, §1.6: any file may be absent; a member without activity gets a Complete
  // archive without the activity files, and LinkedIn's name for it still says what it is.
  it.each([
    { name: 'Complete_LinkedInDataExport_12-16-2024.zip', kind: 'complete' },
    { name: 'Complete_LinkedInDataExport_12-16-2024 (1).zip', kind: 'complete' },
    { name: 'complete_linkedindataexport_12-16-2024.zip', kind: 'complete' },
    { name: 'Basic_LinkedInDataExport_12-16-2024.zip', kind: 'basic' },
    { name: 'linkedin-export.zip', kind: 'basic' },
  ])('an archive without activity files named $name → $kind', async ({ name, kind }) => {
    const report = await analyzeFiles(basic, {}, name);
    expect(report.exportKind).toBe(kind);
    expect(warningsWith(report, 'basic-only')).toHaveLength(kind === 'basic' ? 1 : 0);
  });

  it('a Complete archive without activity files wins over the Basic one of the same account', async () => {
    const report = await analyzeArchives({
      'Complete_LinkedInDataExport_11-28-2026.zip': basic,
      'Basic_LinkedInDataExport_11-29-2026.zip': basic,
    });
    expect(report.exportKind).toBe('basic+complete');
    expect(warningsWith(report, 'basic-only')).toEqual([]);
    const connectionFiles = report.files.filter((file) => file.path === 'Connections.csv');
    expect(connectionFiles.map(({ archive, records }) => ({ archive, records }))).toEqual([
      { archive: 'Complete_LinkedInDataExport_11-28-2026.zip', records: 2 },
      { archive: 'Basic_LinkedInDataExport_11-29-2026.zip', records: 0 },
    ]);
  });

  it('a re-zipped Complete folder is complete by the folder’s name', async () => {
    const wrapped = Object.fromEntries(
      Object.entries(basic).map(([path, content]) => [
        `Complete_LinkedInDataExport_12-16-2024/${path}`,
        content,
      ]),
    );
    const report = await analyzeFiles(wrapped, {}, 'linkedin.zip');
    expect(report.exportKind).toBe('complete');
    expect(warningsWith(report, 'basic-only')).toEqual([]);
  });

  // §1.1: the two archives of one download, unzipped side by side and given as one folder or
  // re-zipped as one archive, are the two exports they were.
  const sideBySide = (wrapper: string): ExportFiles => ({
    ...inFolder(`${wrapper}Basic_LinkedInDataExport_11-27-2026/`, basic),
    ...inFolder(`${wrapper}Complete_LinkedInDataExport_11-28-2026/`, complete),
  });
  const inFolder = (folder: string, files: ExportFiles): ExportFiles =>
    Object.fromEntries(Object.entries(files).map(([path, content]) => [folder + path, content]));

  it.each(['', 'Downloads/LinkedIn/'])(
    'Basic and Complete folders side by side in one archive (%s): tables in both counted once',
    async (wrapper) => {
      const report = await analyzeFiles(sideBySide(wrapper), {}, 'linkedin.zip');
      expect(report.exportKind).toBe('basic+complete');
      expect(report.exportDate).toBe('2026-11-28');
      expect(report.inputs).toEqual([
        {
          name: 'linkedin.zip › Basic_LinkedInDataExport_11-27-2026',
          kind: 'basic',
          exportDate: '2026-11-27',
        },
        {
          name: 'linkedin.zip › Complete_LinkedInDataExport_11-28-2026',
          kind: 'complete',
          exportDate: '2026-11-28',
        },
      ]);
      expect(countsByCategory(report)).toEqual({ profile: 1, network: 2, comments: 1 });
      const connectionFiles = report.files.filter((file) => file.path === 'Connections.csv');
      expect(connectionFiles.map(({ archive, records }) => ({ archive, records }))).toEqual([
        { archive: 'linkedin.zip › Basic_LinkedInDataExport_11-27-2026', records: 0 },
        { archive: 'linkedin.zip › Complete_LinkedInDataExport_11-28-2026', records: 2 },
      ]);
      expect(warningsWith(report, 'duplicate-tables')).toHaveLength(1);
    },
  );

  it('Basic and Complete folders side by side in an unzipped folder: tables in both counted once', async () => {
    const encoder = new TextEncoder();
    const files = Object.entries(sideBySide('')).map(([path, content]) => ({
      path,
      bytes: typeof content === 'string' ? encoder.encode(content) : content,
    }));
    const report = await analyzeExport([{ name: 'LinkedIn', files }]);
    expect(report.exportKind).toBe('basic+complete');
    expect(report.inputs.map(({ name }) => name)).toEqual([
      'LinkedIn › Basic_LinkedInDataExport_11-27-2026',
      'LinkedIn › Complete_LinkedInDataExport_11-28-2026',
    ]);
    expect(countsByCategory(report)).toEqual({ profile: 1, network: 2, comments: 1 });
  });

  const systemFile = '__MACOSX/Complete_LinkedInDataExport_11-28-2026/._Profile.csv';

  it('a file beside the export folders stays in the archive it came in', async () => {
    const report = await analyzeFiles(
      { ...sideBySide(''), 'readme.txt': 'my LinkedIn data\n', [systemFile]: 'x' },
      {},
      'linkedin.zip',
    );
    expect(report.inputs.map(({ name }) => name)).toEqual([
      'linkedin.zip',
      'linkedin.zip › Basic_LinkedInDataExport_11-27-2026',
      'linkedin.zip › Complete_LinkedInDataExport_11-28-2026',
    ]);
    expect(fileSummary(report, 'readme.txt')).toMatchObject({
      archive: 'linkedin.zip',
      status: 'unknown',
    });
    expect(fileSummary(report, systemFile)).toMatchObject({ archive: 'linkedin.zip' });
    expect(countsByCategory(report)).toEqual({ profile: 1, network: 2, comments: 1 });
  });

  it('with nothing but system files beside the export folders, those are left out', async () => {
    const report = await analyzeFiles({ ...sideBySide(''), [systemFile]: 'x' }, {}, 'linkedin.zip');
    expect(report.inputs.map(({ name }) => name)).toEqual([
      'linkedin.zip › Basic_LinkedInDataExport_11-27-2026',
      'linkedin.zip › Complete_LinkedInDataExport_11-28-2026',
    ]);
    expect(report.files.some((file) => file.path.includes('__MACOSX'))).toBe(false);
  });

  it('one export folder beside other folders is read as one export', async () => {
    const report = await analyzeFiles(
      {
        ...inFolder('Complete_LinkedInDataExport_11-28-2026/', complete),
        'Photos_01-02-2024/notes.csv': 'a,b\n1,2\n',
      },
      {},
      'linkedin.zip',
    );
    expect(report.inputs.map(({ name }) => name)).toEqual(['linkedin.zip']);
    expect(countsByCategory(report)).toEqual({ profile: 1, network: 2, comments: 1 });
  });

  it('a Complete archive alone → exportKind complete, no basic-only warning', async () => {
    const report = await analyzeFiles(complete);
    expect(report.exportKind).toBe('complete');
    expect(report.exportDate).toBe('2026-11-28');
    expect(warningsWith(report, 'basic-only')).toEqual([]);
  });

  async function expectUnknown(path: string, content: string) {
    const report = await analyzeFiles({ ...complete, [path]: content });
    expect(fileSummary(report, path)).toMatchObject({ table: null, status: 'unknown', records: 0 });
    const [warning, ...others] = warningsWith(report, 'unknown-files');
    expect(others).toEqual([]);
    expect(warning?.message).toContain(path);
    expect(warning?.message).toMatch(/^1 file /u);
    expect(countsByCategory(report)).toEqual({ profile: 1, network: 2, comments: 1 });
  }

  it.each([
    { path: 'Groups.csv', content: csv('Group Name,Joined On', [['Data Science', '2024-01-01']]) },
    { path: 'README.txt', content: 'Notes I kept next to the export\n' },
    // policy.md §2: only `Articles/**/*.html` files are articles.
    { path: 'Saved pages/job-offer.html', content: '<html><body><h1>Offer</h1></body></html>' },
  ])('an unknown file ($path) → status unknown and an unknown-files warning', ({ path, content }) =>
    expectUnknown(path, content),
  );
});

describe('an application answer is shown without the HTML tags of its question (catalog repair html-tags-in-text)', () => {
  it('keeps the words of a linked question, not its tags', async () => {
    const report = await analyzeFiles({
      'Jobs/Job Applications.csv': csv(applicationsHeader, [
        application(
          '3/7/26, 9:01 AM',
          '',
          "I accept the <a href='https://example.com/terms/?' target='_blank'>TERMS</a>:I Agree | Years of SQL?:5",
        ),
      ]),
    });
    expect(
      report.records
        .filter((record) => record.kind === 'application-answer')
        .map((record) => record.text),
    ).toEqual(['I accept the TERMS: I Agree', 'Years of SQL?: 5']);
  });
});
