import { describe, expect, it } from 'vitest';
import { PLANTED_SENSITIVE } from '../fixtures/generator/planted-sensitive.js';
import { analyzeExport, type ExposureReport } from '../src/core/index.js';
import { scoreOf } from '../src/core/plan/score.js';
import { analyzeFiles, csv, lines } from './helpers/build-zip.js';
import { readArchive, sampleArchive } from './helpers/fixtures.js';

const sample: Promise<ExposureReport> = analyzeExport([readArchive(sampleArchive)], {
  showValues: true,
});

function plantedRecord(report: ExposureReport, marker: string) {
  const matching = report.records.filter((record) => record.text?.includes(marker));
  expect(matching, marker).toHaveLength(1);
  const [record] = matching;
  if (record === undefined) throw new Error(marker);
  return record;
}

describe('the plan on the bundled sample (issue 7)', () => {
  it('keeps the settings first', async () => {
    const { suggestions } = await sample;
    const settings = suggestions.filter((suggestion) => suggestion.id.startsWith('setting-'));
    expect(suggestions.slice(0, settings.length)).toEqual(settings);
    expect(settings.every((suggestion) => suggestion.score === null)).toBe(true);
  });

  it.each(PLANTED_SENSITIVE.map((item) => [item.code, item.marker] as const))(
    'finds the planted %s ("%s")',
    async (code, marker) => {
      const report = await sample;
      const record = plantedRecord(report, marker);
      const codes = report.findings
        .filter((finding) => finding.recordId === record.id)
        .map((finding) => finding.code);
      expect(codes).toContain(code);
    },
  );

  it('ranks every planted item above every suggestion without a finding', async () => {
    const report = await sample;
    const plan = report.suggestions.filter((suggestion) => suggestion.score !== null);
    const firstWithout = plan.findIndex((suggestion) => suggestion.findings.length === 0);
    expect(firstWithout).toBeGreaterThan(0);
    expect(plan.slice(firstWithout).every((suggestion) => suggestion.findings.length === 0)).toBe(
      true,
    );
    for (const { marker } of PLANTED_SENSITIVE) {
      const record = plantedRecord(report, marker);
      const rank = plan.findIndex((suggestion) => suggestion.id === record.id);
      expect(rank, marker).toBeGreaterThanOrEqual(0);
      expect(rank, marker).toBeLessThan(firstWithout);
    }
  });

  it('lists every high suggestion before every medium one, and every medium before every low', async () => {
    const { suggestions } = await sample;
    const plan = suggestions.filter((suggestion) => suggestion.score !== null);
    const priorities = plan.map((suggestion) => suggestion.priority);
    expect(priorities).toEqual([
      ...priorities.filter((priority) => priority === 'high'),
      ...priorities.filter((priority) => priority === 'medium'),
      ...priorities.filter((priority) => priority === 'low'),
    ]);
    // The sample holds a high resume uploaded after the training start, whose score (14) is below
    // an old post's (18): by score alone it came after about 45 medium items.
    const lateResume = plan.find((suggestion) => suggestion.action.includes('Resume_October 2025'));
    const oldPost = plan.find((suggestion) => suggestion.priority === 'medium');
    expect(lateResume?.priority).toBe('high');
    expect(lateResume?.score).toBeLessThan(oldPost?.score ?? 0);
    if (!lateResume || !oldPost) throw new Error('the sample lacks the late resume or an old post');
    expect(plan.indexOf(lateResume)).toBeLessThan(plan.indexOf(oldPost));
  });

  it('ranks the planted health comment and phone post first, and says why', async () => {
    const report = await sample;
    const plan = report.suggestions.filter((suggestion) => suggestion.score !== null);
    expect(plan.slice(0, 2).map((suggestion) => suggestion.why)).toEqual([
      'health; comment; before training start',
      'phone number; feed post; before training start',
    ]);
    const rank = { high: 0, medium: 1, low: 2 };
    const order = plan.map(({ priority, score }) => [rank[priority], -(score ?? 0)]);
    expect(order).toEqual([...order].sort(([a = 0, b = 0], [c = 0, d = 0]) => a - c || b - d));
  });

  it('suggests the saved answer with the visa status on its own, the others together', async () => {
    const report = await sample;
    const record = plantedRecord(report, 'H-1B until 2027');
    const own = report.suggestions.find((suggestion) => suggestion.id === record.id);
    expect(own?.action).toMatch(/^Delete the saved answer "Current visa status · H-1B/u);
    expect(own?.why).toBe('visa or work-permit status; saved answer');
    const rest = report.suggestions.find((suggestion) => suggestion.id === 'saved-answers');
    expect(rest?.action).toMatch(/^Delete your \d+ other saved application answers/u);
  });
});

describe('answers sent with applications (export-format.md §4.2)', () => {
  const applications = lines(
    'Application Date,Contact Email,Contact Phone Number,Company Name,Job Title,Job Url,Resume Name,Question And Answers',
    ...['3/7/26, 9:01 AM', '4/2/26, 10:15 AM', '5/9/26, 8:30 AM'].map(
      (date, index) =>
        `"${date}",jane@example.com,,Acme ${String(index)},Analyst,https://www.linkedin.com/jobs/view/${String(index)},cv.pdf,"Do you have a disability?:Yes, ADHD | How many years of SQL?:5"`,
    ),
  );
  const saved = lines('Question,Answer', '<strong>Disability</strong>,"Yes, ADHD"');

  it('holding sensitive content, are one suggestion per answer, however many applications sent it', async () => {
    const report = await analyzeFiles({
      'Jobs/Job Applications.csv': applications,
      'Jobs/Job Applicant Saved Answers.csv': saved,
    });
    const sent = report.suggestions.filter((suggestion) =>
      suggestion.why.includes('application answer'),
    );
    expect(sent).toHaveLength(1);
    expect(sent[0]?.action).toMatch(
      /^Your answer "Do you have a disability\?: Yes, ADHD" went with 3 job applications, which cannot be deleted in the settings: delete the saved answer it was filled from/u,
    );
    expect(sent[0]?.date).toBe('2026-05-09');
    expect(sent[0]?.link).toBe('https://www.linkedin.com/jobs/application-settings/');
    const firstAnswer = report.records.find((record) => record.kind === 'application-answer');
    expect(sent[0]?.id).toBe(firstAnswer?.id);
  });

  it('and a saved answer’s question is shown without its HTML tags', async () => {
    const report = await analyzeFiles({ 'Jobs/Job Applicant Saved Answers.csv': saved });
    const record = report.records.find((item) => item.kind === 'saved-answer');
    expect(record?.text).toBe('Disability · Yes, ADHD');
    expect(JSON.stringify(report)).not.toContain('<strong>');
  });
});

describe('the priority each suggestion gets (docs/sensitive-content.md)', () => {
  const feed = 'https://www.linkedin.com/feed/update/';
  const files = {
    'Private_identity_asset.csv': csv(
      'Private Identity Asset Name,Private Identity Asset Raw Text',
      [
        ['/AAYABAXone.pdf', 'Jane Doe  Data Analyst  jane.doe@example.com'],
        ['/AAYABAXtwo.pdf', 'Jane Doe  Analyst'],
      ],
    ),
    'Comments.csv': csv('Date,Link,Message', [
      ['2021-03-01 08:00:00', `${feed}urn%3Ali%3Aactivity%3A7100000000000000003`, 'Nice one'],
      [
        '2021-03-02 08:00:00',
        `${feed}urn%3Ali%3AgroupPost%3A4567890-7100000000000000001`,
        'Nice group',
      ],
    ]),
  };

  it('high for every stored resume, the one with a finding first; medium for an old group comment, low for an old comment', async () => {
    const report = await analyzeFiles(files);
    const plan = report.suggestions.filter((suggestion) => suggestion.score !== null);
    expect(plan.map(({ category, priority, why }) => ({ category, priority, why }))).toEqual([
      { category: 'resumes', priority: 'high', why: 'email address; stored resume' },
      // Old resumes to delete first: a stored resume comes before old posts and comments.
      { category: 'resumes', priority: 'high', why: 'stored resume' },
      {
        category: 'group-activity',
        priority: 'medium',
        why: 'comment in a group; before training start',
      },
      { category: 'comments', priority: 'low', why: 'comment; before training start' },
    ]);
  });

  it.each([
    {
      region: undefined,
      settings: [
        'turn-off-ai-training',
        'file-objection-form',
        'turn-off-ads-sharing',
        'close-account',
      ],
    },
    {
      region: 'us',
      settings: [
        'turn-off-ai-training',
        'file-objection-form',
        'turn-off-ads-sharing',
        'close-account',
      ],
    },
    { region: 'eu', settings: ['turn-off-ai-training', 'file-objection-form', 'close-account'] },
  ])('settings first; with region $region: $settings', async ({ region, settings }) => {
    const report = await analyzeFiles(files, region === undefined ? {} : { region });
    const first = report.suggestions.slice(0, settings.length + 1);
    expect(first.map((suggestion) => suggestion.id)).toEqual([
      ...settings.map((id) => `setting-${id}`),
      expect.not.stringMatching(/^setting-/u),
    ]);
  });
});

describe('the score (docs/sensitive-content.md, "How the plan is ranked")', () => {
  const base = { trainingSince: '2025-11-03', date: null, priority: 'low' } as const;

  it.each([
    { input: { findings: [], exposure: 'post' }, score: 8 },
    { input: { findings: [], exposure: 'post', date: '2021-01-01' }, score: 13 },
    {
      input: { findings: [], exposure: 'repost', date: '2021-01-01', priority: 'high' },
      score: 17,
    },
    { input: { findings: ['email'], exposure: 'comment' }, score: 51 },
    { input: { findings: ['email', 'iban'], exposure: 'comment' }, score: 81 },
    // Further kinds add 5 each, at most 15: 70 + 15 + 2 (four further kinds would be + 20).
    {
      input: { findings: ['iban', 'email', 'phone', 'health', 'salary'], exposure: 'repost' },
      score: 87,
    },
    { input: { findings: ['iban', 'email', 'phone', 'health'], exposure: 'repost' }, score: 87 },
    { input: { findings: ['iban', 'email', 'phone'], exposure: 'repost' }, score: 82 },
    {
      input: {
        findings: ['iban', 'email', 'phone', 'health', 'salary'],
        exposure: 'profile',
        priority: 'high',
        date: '2020-01-01',
      },
      score: 100,
    },
  ] as const)('$input → $score', ({ input, score }) => {
    expect(scoreOf({ ...base, ...input })).toBe(score);
  });
});
