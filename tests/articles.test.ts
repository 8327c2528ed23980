import { describe, expect, it } from 'vitest';
import { analyzeExport } from '../src/core/analyze.js';
import {
  analyzeFiles,
  buildZip,
  completeZipName,
  fileSummary,
  recordsOf,
} from './helpers/build-zip.js';

// Articles/Articles/*.html (export-format.md §3.27): every file is an article (policy.md §2),
// linked at LinkedIn's /pulse/<slug> (policy.md §3). All values are invented.

function articleHtml(heading: string, body = '<p>Body text.</p>'): string {
  return [
    '<html><head><title>T</title></head><body>',
    heading,
    '<p class="created">Created on 2025-06-01 09:30</p>',
    '<p class="published">Published on 2025-06-02 10:00</p>',
    `<div>${body}</div></body></html>`,
  ].join('\n');
}

async function onlyArticle(path: string, html: string) {
  const report = await analyzeFiles({ [path]: html });
  const records = recordsOf(report, path);
  expect(records).toHaveLength(1);
  return { report, record: records[0] };
}

describe('article links', () => {
  it.each([
    ['absolute', 'https://www.linkedin.com/pulse/my-article-jane-doe-ab1cd'],
    ['relative', '/pulse/my-article-jane-doe-ab1cd'],
    ['with a query', 'https://www.linkedin.com/pulse/my-article-jane-doe-ab1cd?trk=x#top'],
    ['on another site', 'https://evil.example/pulse/my-article-jane-doe-ab1cd'],
  ])('%s: the link is LinkedIn’s, from the slug', async (_, href) => {
    const { record } = await onlyArticle(
      'Articles/Articles/my-article-jane-doe-ab1cd.html',
      articleHtml(`<h1><a href="${href}">My article</a></h1>`),
    );
    expect(record?.link).toBe('https://www.linkedin.com/pulse/my-article-jane-doe-ab1cd');
  });

  it('a draft without a link has none', async () => {
    const { record } = await onlyArticle(
      'Articles/Articles/2025-11-21 17_31_01.0-Draft.html',
      articleHtml('<h1>Draft</h1>'),
    );
    expect(record?.link).toBeNull();
  });
});

describe('every article file is a record (policy.md §2)', () => {
  it.each([
    ['a draft with an empty body', '<html><body></body></html>'],
    ['an empty file', ''],
  ])('%s', async (_, html) => {
    const path = 'Articles/Articles/2024-11-21 17_31_01.0-Draft.html';
    const { report, record } = await onlyArticle(path, html);
    expect(fileSummary(report, path)).toMatchObject({ status: 'parsed', records: 1 });
    expect(record).toMatchObject({ category: 'posts', date: '2024-11-21', text: null });
  });

  it('an entity that names no character is shown as U+FFFD, not a failure', async () => {
    const path = 'Articles/Articles/my-article-jane-doe-ab1cd.html';
    const { report, record } = await onlyArticle(
      path,
      articleHtml('<h1>Odd</h1>', '<p>a &#99999999; b &#xD800; c &#0; d &amp; e</p>'),
    );
    expect(fileSummary(report, path)).toMatchObject({ status: 'parsed', records: 1 });
    expect(record?.text).toBe('Odd · a \uFFFD b \uFFFD c \uFFFD d & e');
  });

  it('leaves the code of scripts and styles out of the text', async () => {
    const { record } = await onlyArticle(
      'Articles/Articles/my-article-jane-doe-ab1cd.html',
      articleHtml(
        '<h1>Styled</h1>',
        '<style>p { color: red; }</style><p>Words.</p><script type="text/javascript">track("x");</script>',
      ),
    );
    expect(record?.text).toBe('Styled · Words.');
  });
});

/** Writes `name` as `bytes`, in the local header and the central directory, without the UTF-8 flag. */
async function zipWithRawName(name: Uint8Array, content: string): Promise<Uint8Array> {
  // An ASCII stand-in of the same length: jszip sets no UTF-8 flag for it.
  const placeholder = 'Articles/Articles/'.padEnd(name.length - 5, 'x') + '.html';
  const zip = await buildZip({ [placeholder]: content, 'Skills.csv': 'Name\nSQL\n' });
  const from = new TextEncoder().encode(placeholder);
  const result = Uint8Array.from(zip);
  for (let index = 0; index + from.length <= result.length; index++) {
    if (from.every((byte, offset) => result[index + offset] === byte)) result.set(name, index);
  }
  return result;
}

describe('article file names of a re-zipped export (export-format.md §1.2, §3.27)', () => {
  const path = 'Articles/Articles/2025-11-21 17_31_01.0-Über Mühe.html';
  // Code page 437 writes Ü as 0x9A and ü as 0x81, every other character as ASCII.
  const cp437 = Uint8Array.from(path, (char) =>
    char === 'Ü' ? 0x9a : char === 'ü' ? 0x81 : char.charCodeAt(0),
  );

  it.each([
    { encoding: 'code page 437 (a DOS-era tool)', name: cp437 },
    { encoding: 'UTF-8 without the flag', name: new TextEncoder().encode(path) },
  ])('a name in $encoding reads as written', async ({ name }) => {
    const bytes = await zipWithRawName(name, articleHtml('<h1>Über Mühe</h1>'));
    const report = await analyzeExport([{ name: completeZipName, bytes }]);
    expect(fileSummary(report, path)).toMatchObject({ status: 'parsed', records: 1 });
    expect(recordsOf(report, path)).toHaveLength(1);
  });
});

describe('an article in the deletion plan (policy.md §3)', () => {
  const draftHtml = [
    '<html><head><title>T</title></head><body>',
    '<h1>My draft</h1>',
    '<p class="created">Created on 2024-02-01 09:30</p>',
    '<p class="published">Published on ---</p>',
    '<div><p>Not yet.</p></div></body></html>',
  ].join('\n');

  it('a draft is an unpublished draft, ranked below a published article of the same age', async () => {
    const report = await analyzeFiles({
      'Articles/Articles/2024-02-01 09_30_00.0-My draft.html': draftHtml,
      'Articles/Articles/my-article-jane-doe-ab1cd.html': [
        '<html><head><title>T</title></head><body>',
        '<h1><a href="https://www.linkedin.com/pulse/my-article-jane-doe-ab1cd">Mine</a></h1>',
        '<p class="created">Created on 2024-02-01 09:30</p>',
        '<p class="published">Published on 2024-02-01 10:00</p>',
        '<div><p>Out there.</p></div></body></html>',
      ].join('\n'),
    });
    const articles = report.suggestions.filter((suggestion) => suggestion.category === 'posts');
    expect(articles.map(({ action, why, link }) => ({ action, why, link }))).toEqual([
      {
        action: 'Delete your article of 2024-02-01',
        why: 'published article; before training start',
        link: 'https://www.linkedin.com/pulse/my-article-jane-doe-ab1cd',
      },
      {
        action:
          "Delete your unpublished article draft of 2024-02-01 (among your drafts in LinkedIn's article editor)",
        why: 'unpublished article draft; before training start',
        link: null,
      },
    ]);
    const [published, draft] = articles;
    expect(draft?.score).toBeLessThan(published?.score ?? 0);
  });
});

describe('a "<" inside an attribute value (an image’s alt text, a title)', () => {
  it('stays inside its tag, as the page shows it', async () => {
    const { record } = await onlyArticle(
      'Articles/Articles/my-article-jane-doe-ab1cd.html',
      [
        '<html><head><title>T</title></head><body>',
        '<h1 title="a<b"><a data-href="https://x.example/pulse/other" href="https://www.linkedin.com/pulse/my-article-jane-doe-ab1cd">Mine</a></h1>',
        '<p class="created">Created on 2025-06-01 09:30</p>',
        '<p class="published" title="x<y">Published on 2025-06-02 10:00</p>',
        '<div><p>Before <img alt="growth <3 this year" src="https://media.licdn.com/a.png"> after.</p></div>',
        '</body></html>',
      ].join('\n'),
    );
    expect(record).toMatchObject({
      link: 'https://www.linkedin.com/pulse/my-article-jane-doe-ab1cd',
      date: '2025-06-02',
      text: 'Mine · Before after.',
    });
  });
});
