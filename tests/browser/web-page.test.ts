import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPageDir } from '../../src/cli/web-server.js';
import { findingLabel } from '../../src/core/messages.js';
import { findingCodes, type FindingCode } from '../../src/core/sensitive/codes.js';
import { buildZip, csv } from '../helpers/build-zip.js';
import { listFixtures, repoRoot, sampleArchive } from '../helpers/fixtures.js';
import { noisyCommentsCsv, noisyMessagesCsv } from '../helpers/incompressible.js';
import { runInProcess } from '../helpers/run-in-process.js';
import { serveBuiltPage, type ServedPage } from '../helpers/serve-web.js';
import { launchChromium } from './chromium.js';

const artifacts = path.join(repoRoot, 'tests', 'artifacts');

interface ReportJson {
  policy: { notes: string[] };
  exportKind: string;
  trainingSince: string;
  totals: { records: number; inScope: number; excluded: number; notNamed: number };
  categories: { id: string; records: number; beforeEffective: number }[];
  resumes: { suggestDelete: boolean }[];
  suggestions: { id: string; category: string | null; link: string | null; why: string }[];
  files: unknown[];
  findings: { code: FindingCode; recordId: string; preview: string }[];
}

const smallArchive = 'fixtures/basic-2023/Basic_LinkedInDataExport_07-11-2023.zip';

const cliRuns = new Map<string, Promise<string>>();

/** The CLI's output for these arguments (each run once: the analysis takes a while). */
function cli(args: readonly string[]): Promise<string> {
  const key = args.join('\u0000');
  let output = cliRuns.get(key);
  if (output === undefined) {
    output = runInProcess(args).then((result) => {
      expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
      return result.stdout;
    });
    cliRuns.set(key, output);
  }
  return output;
}

async function cliReport(archives: readonly string[], options: string[] = []) {
  return JSON.parse(
    await cli(['report', ...archives, ...options, '--format', 'json']),
  ) as ReportJson;
}

/** A page with everything it asks of the network and everything it complains about recorded. */
interface Opened {
  context: BrowserContext;
  page: Page;
  requests: string[];
  problems: string[];
}

let served: ServedPage;
let browser: Browser;
/** The bundled sample analyzed once with the default settings, for the tests that only read. */
let sample: Opened;

async function openPage(
  options: { width?: number; colorScheme?: 'light' | 'dark' } = {},
): Promise<Opened> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
  });
  const page = await context.newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  // The context sees the Worker's requests too, not only the page's.
  context.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(`${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  await page.goto(served.url);
  return { context, page, requests, problems };
}

async function analyze(page: Page, archives: readonly string[]): Promise<void> {
  await page.setInputFiles(
    '#file-input',
    archives.map((archive) => path.resolve(repoRoot, archive)),
  );
  await page.locator('#results').waitFor({ state: 'visible' });
}

/** Waits until a settings change has been applied (the results stop being busy). */
/**
 * Chooses the small archive in the file picker and, in the same task (so the analysis cannot end
 * in between), clicks `thenClick` if given; returns what the live region said then.
 */
async function chooseSmallArchive(page: Page, thenClick?: string): Promise<string | undefined> {
  const zip = readFileSync(path.join(repoRoot, smallArchive)).toString('base64');
  return page.evaluate(
    ({ zip, thenClick }) => {
      const input = document.getElementById('file-input') as HTMLInputElement;
      const transfer = new DataTransfer();
      const bytes = Uint8Array.from(atob(zip), (char) => char.charCodeAt(0));
      transfer.items.add(new File([bytes], 'Basic_LinkedInDataExport_07-11-2023.zip'));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change'));
      if (thenClick !== undefined) document.getElementById(thenClick)?.click();
      return document.getElementById('announcer')?.textContent ?? undefined;
    },
    { zip, thenClick },
  );
}

async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      !document.getElementById('results')?.hasAttribute('aria-busy') &&
      document.getElementById('settings-status')?.textContent === '',
  );
}

/** The text of the element, spaces at its ends removed. */
async function text(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? '').trim();
}

function number(text: string | null): number {
  return Number((text ?? '').replaceAll(',', ''));
}

/** Each category card's count and "dated before" count, as the page shows them. */
async function shownCategories(page: Page) {
  return page.locator('[data-category]').evaluateAll((cards) =>
    cards.map((card) => ({
      id: card.getAttribute('data-category') ?? '',
      records: card.querySelector('.card-count-value')?.textContent ?? '',
      before: card.querySelector('.card-before')?.textContent ?? '',
    })),
  );
}

async function expectCategoriesOf(page: Page, report: ReportJson): Promise<void> {
  const shown = await shownCategories(page);
  expect(shown.map(({ id, records }) => ({ id, records: number(records) }))).toEqual(
    report.categories.map(({ id, records }) => ({ id, records })),
  );
  for (const category of report.categories.filter((candidate) => candidate.records > 0)) {
    expect(shown.find(({ id }) => id === category.id)?.before).toBe(
      `${String(category.beforeEffective)} record${category.beforeEffective === 1 ? '' : 's'} dated before ${report.trainingSince}`,
    );
  }
}

/** The records CSV is a button until asked for (the Worker makes it then), the others links. */
async function download(page: Page, kind: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.click(`[data-download="${kind}"]`),
  ]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

function expectOnlyOwnOrigin(opened: Opened): void {
  const elsewhere = opened.requests.filter((url) => {
    const { protocol, origin } = new URL(url);
    return protocol !== 'blob:' && protocol !== 'data:' && origin !== served.origin;
  });
  expect(elsewhere).toEqual([]);
  expect(opened.requests.length).toBeGreaterThan(0);
}

function scratchFile(name: string, bytes: Uint8Array | string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'linkedin-exposure-web-')), name);
  writeFileSync(file, bytes);
  return file;
}

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  [served, browser] = await Promise.all([serveBuiltPage(), launchChromium()]);
  sample = await openPage();
  await analyze(sample.page, [sampleArchive]);
}, 60_000);

afterAll(async () => {
  await browser.close();
  await served.stop();
});

describe('the web page in Chromium, served by `linkedin-exposure web`', () => {
  it("shows the CLI's numbers for the sample and asks nothing of any other origin", async () => {
    const { page } = sample;
    expect(await text(page.locator('#privacy-note'))).toContain('nothing is uploaded');
    expect(await page.locator('#script-missing').count()).toBe(0);
    const report = await cliReport([sampleArchive]);

    await expectCategoriesOf(page, report);
    const totals = await page.locator('.total-value').allTextContents();
    expect(totals.map(number)).toEqual([
      report.totals.inScope,
      report.totals.excluded,
      report.totals.notNamed,
      report.totals.records,
    ]);
    expect(await text(page.locator('.export-line'))).toContain('Complete export');
    // policy.md §2: the two nuances the report must state, not hide.
    expect(await page.locator('.policy-notes li').allTextContents()).toEqual(report.policy.notes);
    expect(report.policy.notes).toHaveLength(2);
    expect(await page.locator('#resumes tbody tr').count()).toBe(report.resumes.length);
    expect(await page.locator('#resumes tbody tr.is-marked').count()).toBe(
      report.resumes.filter((resume) => resume.suggestDelete).length,
    );
    expect(await text(page.locator('#plan-count'))).toBe(`(${String(report.suggestions.length)})`);
    const settings = report.suggestions.filter((suggestion) => suggestion.category === null);
    const firstItems = page.locator('#plan .plan-item');
    expect(await text(firstItems.nth(0))).toContain(
      'Turn off "Data for Generative AI Improvement"',
    );
    expect(await page.locator('#plan ol').first().locator('.plan-item').count()).toBe(
      settings.length,
    );
    for (const href of await page
      .locator('#plan a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))) {
      expect(new URL(href).hostname).toBe('www.linkedin.com');
    }
    expect(await page.locator('#files tbody tr').count()).toBe(report.files.length);

    // The chart's numbers equal the CLI's dated in-scope records, month by month.
    const records = JSON.parse(await cli(['records', sampleArchive, '--format', 'json'])) as {
      records: { scope: string; date: string | null }[];
    };
    const perMonth: Record<string, number> = {};
    for (const { scope, date } of records.records) {
      if (scope === 'in-scope' && date !== null) {
        perMonth[date.slice(0, 7)] = (perMonth[date.slice(0, 7)] ?? 0) + 1;
      }
    }
    const rows = await page
      .locator('.timeline-numbers tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent)),
      );
    expect(Object.fromEntries(rows.map(([month, count]) => [month, number(count ?? '')]))).toEqual(
      perMonth,
    );
    expect(await page.locator('.chart canvas').count()).toBe(1);

    await page.screenshot({ path: path.join(artifacts, 'web-report.png'), fullPage: true });
    expectOnlyOwnOrigin(sample);
    expect(sample.problems).toEqual([]);
  });

  it("shows the CLI's sensitive content, masked as the CLI masks it, and each item's why", async () => {
    const report = await cliReport([sampleArchive]);
    expect(report.findings.length).toBeGreaterThan(0);
    // The CLI's table, rebuilt from its JSON: one row per kind found, in the order of the codes.
    const expected = findingCodes.flatMap((code) => {
      const found = report.findings.filter((finding) => finding.code === code);
      const [first] = found;
      if (first === undefined) return [];
      const items = new Set(found.map((finding) => finding.recordId)).size;
      return [{ what: findingLabel[code], items, findings: found.length, example: first.preview }];
    });
    const opened = await openPage();
    const { page } = opened;
    await analyze(page, [sampleArchive]);
    const section = page.locator('section[aria-labelledby="sensitive-heading"]');
    expect(await text(section.locator('h2'))).toBe('Sensitive content in what is trained on');
    expect(
      await section.locator('thead th').evaluateAll((ths) => ths.map((th) => th.textContent)),
    ).toEqual(['What', 'Items', 'Findings', 'Example']);
    const rows = await section
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent)),
      );
    expect(
      rows.map(([what, items, findings, example]) => ({
        what,
        items: number(items ?? ''),
        findings: number(findings ?? ''),
        example,
      })),
    ).toEqual(expected);
    const items = new Set(report.findings.map((finding) => finding.recordId)).size;
    expect(await text(section.locator('.sensitive-summary'))).toBe(
      `${String(report.findings.length)} findings in ${String(items)} items in scope for AI training. Numbers, addresses and emails are masked; this page never shows them.`,
    );

    // Every item of the plan shown, each with the CLI's why.
    for (const more of await page.locator('#plan button').all()) await more.click();
    const shown = await page.locator('#plan .plan-item').evaluateAll((lis) =>
      lis.map((li) => ({
        id: li.getAttribute('data-suggestion') ?? '',
        why: li.querySelector('.plan-why')?.textContent ?? '',
      })),
    );
    expect(shown).toEqual(
      report.suggestions.map((suggestion) => ({
        id: suggestion.id,
        why: `Why: ${suggestion.why}`,
      })),
    );
    expect(shown.map(({ why }) => why)).toContain(
      'Why: phone number; feed post; before training start',
    );

    // The values the CLI masks (numbers, addresses, emails: their previews hold `•`; a topic's
    // preview is its words either way) and shows only with --show-values are nowhere on the page.
    const unmasked = await runInProcess([
      'report',
      sampleArchive,
      '--format',
      'json',
      '--show-values',
    ]);
    expect(unmasked.code).toBe(0);
    const values = (JSON.parse(unmasked.stdout) as ReportJson).findings
      .filter((_finding, index) => report.findings[index]?.preview.includes('•'))
      .map((finding) => finding.preview);
    expect(values).toEqual(
      expect.arrayContaining(['+1 512 555 0147', 'marisol.quennell@example.com']),
    );
    const pageText = await page.locator('body').evaluate((body) => body.textContent);
    for (const value of [...new Set(values), '555 0147', '@example.com']) {
      expect(pageText).not.toContain(value);
    }
    expect(opened.problems).toEqual([]);
    await opened.context.close();
  });

  it('says so when the export holds no sensitive content', async () => {
    const archive = scratchFile(
      'Complete_LinkedInDataExport_11-28-2026.zip',
      await buildZip({
        'Shares.csv': csv('Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility', [
          ['2020-03-01 08:00:00', '', 'Lovely weather for a walk today.', '', '', 'MEMBER_NETWORK'],
        ]),
      }),
    );
    const report = await cliReport([archive]);
    expect(report.findings).toEqual([]);
    const opened = await openPage();
    const { page } = opened;
    await analyze(page, [archive]);
    const section = page.locator('section[aria-labelledby="sensitive-heading"]');
    expect(await text(section.locator('#sensitive'))).toBe(
      'No sensitive content found in your posts, comments, answers, resume text and profile.',
    );
    expect(await section.locator('table').count()).toBe(0);
    expect(opened.problems).toEqual([]);
    await opened.context.close();
  });

  it("may not connect anywhere, not even to its own server (connect-src 'none')", async () => {
    const opened = await openPage();
    const attempts = await opened.page.evaluate(async () => {
      const outcome = (attempt: Promise<unknown>) =>
        attempt.then(
          () => 'connected',
          () => 'refused',
        );
      return {
        ownServer: await outcome(fetch(location.href)),
        elsewhere: await outcome(fetch('https://www.linkedin.com/')),
      };
    });
    expect(attempts).toEqual({ ownServer: 'refused', elsewhere: 'refused' });
    await expect.poll(() => opened.problems.join('\n')).toContain("connect-src 'none'");
    await opened.context.close();
  });

  it('downloads the bytes the CLI writes', async () => {
    for (const [kind, format] of [
      ['records', 'csv'],
      ['suggestions', 'csv'],
      ['resumes', 'csv'],
      ['report', 'json'],
    ] as const) {
      const file = await download(sample.page, kind);
      const expected = Buffer.from(await cli([kind, sampleArchive, '--format', format]), 'utf8');
      expect(file.bytes.equals(expected), `${kind}: ${file.name}`).toBe(true);
      expect(file.name).toBe(
        `linkedin-exposure-${kind}-2026-11-28.${kind === 'report' ? 'json' : 'csv'}`,
      );
    }
    // Once made, the records CSV is a link to the same bytes.
    expect(await sample.page.locator('a[data-download="records"]').count()).toBe(1);
    const again = await download(sample.page, 'records');
    expect(
      again.bytes.equals(Buffer.from(await cli(['records', sampleArchive, '--format', 'csv']))),
    ).toBe(true);
    expectOnlyOwnOrigin(sample);
    expect(sample.problems).toEqual([]);
  });

  it('applies region, age and byte-order mark without asking for the files again', async () => {
    const opened = await openPage();
    const { page } = opened;
    await analyze(page, [sampleArchive]);
    // The records CSV asked for, then a setting changed at once: the newer settings win, and
    // nothing is left half-done (no error, a records button or link for the new report).
    await page.click('[data-download="records"]');
    await page.selectOption('#region', 'us');
    await page.selectOption('#older-than', '1y');
    await page.check('#bom');
    await settled(page);
    expect(await page.locator('#error').isHidden()).toBe(true);
    expect(await page.locator('[data-download="records"]').count()).toBe(1);

    const options = ['--region', 'us', '--older-than', '1y'];
    await expectCategoriesOf(page, await cliReport([sampleArchive], options));
    expect(await text(page.locator('.counting-from'))).toBe(
      "United States: LinkedIn has trained on members' data here since 2024-09-18, unless they turned the setting off.",
    );
    const json = await download(page, 'report');
    expect(json.bytes.toString('utf8')).toBe(
      await cli(['report', sampleArchive, ...options, '--format', 'json']),
    );
    // The records CSV is made when asked, with the settings of the report shown.
    for (const kind of ['suggestions', 'records']) {
      const file = await download(page, kind);
      const expected = await cli([kind, sampleArchive, ...options, '--bom', '--format', 'csv']);
      expect(file.bytes.equals(Buffer.from(expected, 'utf8')), kind).toBe(true);
    }
    expect(opened.problems).toEqual([]);
    await opened.context.close();
  });

  it('reads a Basic and a Complete archive dropped together', async () => {
    const fixture = listFixtures().find((candidate) => candidate.name.includes('+'));
    if (!fixture) throw new Error('no fixture of two archives');
    const opened = await openPage();
    const { page } = opened;
    const files = fixture.archives.map((archive) => ({
      name: path.basename(archive),
      base64: readFileSync(path.join(repoRoot, archive)).toString('base64'),
    }));
    const dataTransfer = await page.evaluateHandle((dropped) => {
      const transfer = new DataTransfer();
      for (const { name, base64 } of dropped) {
        const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
        transfer.items.add(new File([bytes], name, { type: 'application/zip' }));
      }
      return transfer;
    }, files);
    await page.dispatchEvent('#drop-zone .drop-target', 'drop', { dataTransfer });
    await page.locator('#results').waitFor({ state: 'visible' });

    const report = await cliReport(fixture.archives);
    expect(report.exportKind).toBe('basic+complete');
    expect(await text(page.locator('.export-line'))).toContain('Basic and Complete export');
    expect(await page.locator('.inputs li').count()).toBe(2);
    await expectCategoriesOf(page, report);

    // A file dropped on the report, far below the drop zone, is read as if dropped on it.
    const [first] = files;
    if (!first) throw new Error('no archive');
    const another = await page.evaluateHandle((dropped) => {
      const transfer = new DataTransfer();
      const bytes = Uint8Array.from(atob(dropped.base64), (char) => char.charCodeAt(0));
      transfer.items.add(new File([bytes], dropped.name, { type: 'application/zip' }));
      return transfer;
    }, first);
    await page.dispatchEvent('#results', 'drop', { dataTransfer: another });
    await page.waitForFunction(() => document.querySelectorAll('.inputs li').length === 1);
    expect(await text(page.locator('.export-line'))).not.toContain('Basic and Complete export');
    expectOnlyOwnOrigin(opened);
    expect(opened.problems).toEqual([]);
    await opened.context.close();
  });

  it("reads a large ZIP in slices of the File, its large entries while inflated: the CLI's report", async () => {
    const archive = scratchFile(
      'Complete_LinkedInDataExport_11-28-2026.zip',
      await buildZip({
        'Profile.csv': 'First Name,Last Name,Headline\nAda,Lovelace,Analyst\n',
        'messages.csv': noisyMessagesCsv(4000),
        'Comments.csv': noisyCommentsCsv(3000),
      }),
    );
    const size = statSync(archive).size;
    const opened = await openPage();
    const { page } = opened;
    // The sample first: the Worker it starts is the one that reads the large ZIP, watched.
    await analyze(page, [smallArchive]);
    const [worker] = page.workers();
    if (!worker) throw new Error('expected the analysis Worker');
    await worker.evaluate(() => {
      const reads: number[] = [];
      Object.assign(self, { reads });
      // eslint-disable-next-line @typescript-eslint/unbound-method -- called with its Blob below
      const arrayBuffer = Blob.prototype.arrayBuffer;
      Blob.prototype.arrayBuffer = function (this: Blob) {
        reads.push(this.size);
        return arrayBuffer.call(this);
      };
    });
    await page.setInputFiles('#file-input', archive);
    await page.waitForFunction(() =>
      document.querySelector('.inputs li')?.textContent.includes('Complete_LinkedInDataExport'),
    );
    const reads = await worker.evaluate(() => (self as unknown as { reads: number[] }).reads);
    // Never the whole File, but slices: the large entries' data 1 MiB at a time.
    expect(reads.length).toBeGreaterThan(4);
    expect(reads).not.toContain(size);
    expect(reads.filter((length) => length === 1024 * 1024).length).toBeGreaterThan(2);

    const json = await download(page, 'report');
    const expected = await cli(['report', archive, '--format', 'json']);
    expect(json.bytes.toString('utf8')).toBe(expected);
    expect((JSON.parse(expected) as ReportJson).totals.records).toBe(7001);
    expectOnlyOwnOrigin(opened);
    expect(opened.problems).toEqual([]);
    await opened.context.close();
  });

  /** The small archive unzipped into a folder of LinkedIn's name, as Safari leaves a download. */
  async function unzippedSmallArchive(): Promise<string> {
    const folder = path.join(
      mkdtempSync(path.join(tmpdir(), 'linkedin-exposure-web-')),
      'Basic_LinkedInDataExport_07-11-2023',
    );
    const zip = await JSZip.loadAsync(readFileSync(path.join(repoRoot, smallArchive)));
    for (const [name, entry] of Object.entries(zip.files)) {
      if (entry.dir) continue;
      mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
      writeFileSync(path.join(folder, name), await entry.async('uint8array'));
    }
    return folder;
  }

  /** The page shows what the CLI reports for the small archive, asking nothing elsewhere. */
  async function expectSmallArchiveShown(opened: Opened): Promise<void> {
    const { page } = opened;
    await page.locator('#results').waitFor({ state: 'visible' });
    await expectCategoriesOf(page, await cliReport([smallArchive]));
    expect(await text(page.locator('.inputs li'))).toContain('Basic_LinkedInDataExport_07-11-2023');
    expectOnlyOwnOrigin(opened);
    expect(opened.problems).toEqual([]);
    await opened.context.close();
  }

  it('reads an unzipped export folder dropped on the page, its subfolders walked', async () => {
    const folder = await unzippedSmallArchive();
    const opened = await openPage();
    const { page } = opened;
    // A real drag of a directory from the file manager (Chromium's DevTools protocol): the page
    // sees it only through webkitGetAsEntry, which Playwright's own drop cannot give.
    const devtools = await page.context().newCDPSession(page);
    const data = { items: [], files: [folder], dragOperationsMask: 1 };
    for (const type of ['dragEnter', 'dragOver', 'drop'] as const) {
      await devtools.send('Input.dispatchDragEvent', { type, x: 200, y: 200, data });
    }
    await expectSmallArchiveShown(opened);
  });

  it('reads an unzipped export folder, chosen as a folder, like its ZIP', async () => {
    const folder = await unzippedSmallArchive();
    const opened = await openPage();
    const { page } = opened;
    await page.setInputFiles('#folder-input', folder);
    await expectSmallArchiveShown(opened);
  });

  it("shows the core's one-line message for a file that is not a ZIP, then recovers", async () => {
    const fake = scratchFile('statement.zip', '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n');
    const result = await runInProcess(['report', fake]);
    expect(result.code).toBe(2);
    const opened = await openPage();
    const { page } = opened;
    await page.setInputFiles('#file-input', fake);
    const error = page.locator('#error');
    await error.waitFor({ state: 'visible' });
    expect(await text(error.locator('p'))).toBe(
      result.stderr.replace(/^linkedin-exposure: /u, '').trimEnd(),
    );
    expect(await text(error.locator('h2'))).toBe('This file cannot be analyzed');
    expect(await page.locator('#results').isHidden()).toBe(true);
    await page.screenshot({ path: path.join(artifacts, 'web-error.png') });

    await analyze(page, [smallArchive]);
    expect(await error.isHidden()).toBe(true);
    expect(opened.problems).toEqual([]);
    await opened.context.close();
  });

  it("keeps other people's crafted text as text", async () => {
    const payload = '<img src=x onerror="document.title=\'pwned\'"> hello';
    const archive = scratchFile(
      'Complete_LinkedInDataExport_11-28-2026.zip',
      await buildZip({
        'Shares.csv': csv('Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility', [
          ['2020-03-01 08:00:00', 'javascript:alert(1)', payload, '', '', 'MEMBER_NETWORK'],
        ]),
      }),
    );
    const opened = await openPage();
    const { page } = opened;
    await analyze(page, [archive]);
    expect(await text(page.locator('.plan-excerpt').first())).toContain('<img src=x');
    expect(await page.locator('#results img').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(await page.title()).not.toBe('pwned');
    expect(opened.problems).toEqual([]);
    await opened.context.close();
  });

  it('announces the reading as it starts, not only the report once ready', async () => {
    const opened = await openPage();
    const { page } = opened;
    expect(await chooseSmallArchive(page)).toBe('Reading Basic_LinkedInDataExport_07-11-2023.zip…');
    await page.locator('#results').waitFor();
    expect(await text(page.locator('#announcer'))).toMatch(/^Report ready/u);
    await opened.context.close();
  });

  it('cancels a running analysis, and Clear forgets the export', async () => {
    const opened = await openPage();
    const { page } = opened;
    await chooseSmallArchive(page, 'cancel');
    expect(await text(page.locator('#announcer'))).toBe('Cancelled: nothing was kept.');
    // The Cancel button is hidden: focus goes where the next file is given.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('file-input');
    await page.waitForTimeout(1000);
    expect(await page.locator('#results').isHidden()).toBe(true);
    expect(await page.locator('#progress').isHidden()).toBe(true);

    await analyze(page, [smallArchive]);
    await page.click('#clear');
    expect(await page.locator('#results').isHidden()).toBe(true);
    expect(await page.locator('#downloads a').count()).toBe(0);
    expect(await page.locator('[data-category]').count()).toBe(0);
    expect(await page.locator('#file-input').inputValue()).toBe('');
    // A new region after Clear has no export to apply to: nothing comes back.
    await page.selectOption('#region', 'eu');
    await page.waitForTimeout(300);
    expect(await page.locator('#results').isHidden()).toBe(true);
    expect(opened.problems).toEqual([]);
    await opened.context.close();
  });

  it.each([
    ['alone', false],
    ['with a setting changed while it is read', true],
  ])(
    "a file the browser cannot read is the member's to fix, not a bug report: %s",
    async (_name, changeSetting) => {
      const opened = await openPage();
      const { page } = opened;
      // A file chosen from disk and deleted before it is read, as one moved since it was chosen.
      const folder = mkdtempSync(path.join(tmpdir(), 'linkedin-exposure-web-'));
      const gone = path.join(folder, 'Complete_LinkedInDataExport_11-28-2026.zip');
      copyFileSync(path.join(repoRoot, smallArchive), gone);
      await page.evaluate(() => {
        const scratch = document.createElement('input');
        scratch.type = 'file';
        scratch.id = 'scratch-input';
        document.body.append(scratch);
      });
      await page.setInputFiles('#scratch-input', gone);
      rmSync(gone);
      await page.evaluate((thenChangeRegion) => {
        const scratch = document.getElementById('scratch-input') as HTMLInputElement;
        const input = document.getElementById('file-input') as HTMLInputElement;
        input.files = scratch.files;
        input.dispatchEvent(new Event('change'));
        // New settings queued behind the reading of the file: they must get its error too.
        if (thenChangeRegion) {
          const region = document.getElementById('region') as HTMLSelectElement;
          region.value = 'uk';
          region.dispatchEvent(new Event('change'));
        }
      }, changeSetting);
      await page.locator('#error').waitFor({ state: 'visible' });
      const message = await text(page.locator('#error'));
      expect(message).toContain('This file cannot be analyzed');
      expect(message).toContain('cannot be read (the browser could not read it');
      await opened.context.close();
    },
  );

  it('opened as a file, says how to open it instead of showing a dead page', async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(path.join(builtPageDir, 'index.html')).href);
    await page.locator('#script-missing').waitFor({ state: 'visible' });
    expect(await text(page.locator('#script-missing'))).toContain('npx linkedin-exposure web');
    await page.close();
  });

  it('works by keyboard, at 320 px wide, in the dark scheme', async () => {
    const opened = await openPage({ width: 320, colorScheme: 'dark' });
    const { page } = opened;
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('file-input');
    const outline = await page
      .locator('.drop-target')
      .evaluate((target) => getComputedStyle(target).outlineStyle);
    expect(outline).toBe('solid');
    for (const id of ['file-input', 'region', 'older-than', 'bom']) {
      expect(
        await page.locator(`label[for="${id}"]`).count(),
        `#${id} has a label`,
      ).toBeGreaterThan(0);
    }
    await page.screenshot({ path: path.join(artifacts, 'web-start-320-dark.png'), fullPage: true });

    await analyze(page, [sampleArchive]);
    const background = await page.evaluate(
      () => getComputedStyle(document.documentElement).backgroundColor,
    );
    const [red = 255, green = 255, blue = 255] = (background.match(/\d+/gu) ?? []).map(Number);
    expect(Math.max(red, green, blue), background).toBeLessThan(48);
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      viewport: window.innerWidth,
    }));
    expect(widths.page).toBeLessThanOrEqual(widths.viewport);
    await page.screenshot({
      path: path.join(artifacts, 'web-report-320-dark.png'),
      fullPage: true,
    });
    expect(opened.problems).toEqual([]);
    await opened.context.close();
  });
});
