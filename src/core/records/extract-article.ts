import { parseDate } from '../dates/parse.js';
import {
  decodeEntities,
  elements,
  firstElement,
  hasClass,
  hrefs,
  openingTags,
  textContent,
  withoutElements,
} from './html-text.js';
import type { RawRecord } from './types.js';

function lineDate(html: string, className: string): string | null {
  const line = firstElement(html, 'p', (attributes) => hasClass(attributes, className));
  if (line === null) return null;
  const parsed = parseDate('article-line', textContent(line.content));
  return parsed.status === 'ok' ? parsed.date : null;
}

// export-format.md §3.27: drafts are named `YYYY-MM-DD HH_MM_SS.0-<Title>.html`.
const draftName = /(?:^|\/)(\d{4}-\d{2}-\d{2}) \d{2}_\d{2}_\d{2}\.\d-[^/]*\.html$/iu;

export interface ArticleRecord {
  record: RawRecord;
  dated: boolean;
}

/** The slug in an article's `/pulse/` link, however the file writes the link. */
const pulseSlug = /\/pulse\/([^/?#]+)/u;

/** The first link to a `/pulse/` page in the heading, as written. */
function pulseLinkIn(heading: string): string | null {
  for (const anchor of openingTags(heading, 'a')) {
    const found = hrefs(anchor).find((href) => href.includes('/pulse/'));
    if (found !== undefined) return found;
  }
  return null;
}

/**
 * One article file (export-format.md §3.27): title, link when published, the `Published on`
 * date (else `Created on`, else the draft's file name), and the body text. Every file is one
 * (policy.md §2: drafts and empty articles included). The link is LinkedIn's `articleBase` and
 * the slug of the heading's `/pulse/` link (policy.md §3), never the file's link as written: a
 * relative link opens nothing, and one to another site is no deletion link.
 */
export function extractArticle(path: string, html: string, articleBase: string): ArticleRecord {
  const headingElement = firstElement(html, 'h1');
  const heading = headingElement?.content ?? '';
  const title = textContent(headingElement?.content ?? firstElement(html, 'title')?.content ?? '');
  // The link as written identifies the article, as it always has (ids stay what they were).
  const writtenLink = pulseLinkIn(heading);
  const slug = writtenLink === null ? null : (pulseSlug.exec(writtenLink)?.[1] ?? null);
  const link = slug === null ? null : `${articleBase}${decodeEntities(slug)}`;
  const body = firstElement(html, 'body')?.content ?? html;
  const bodyHeading = firstElement(body, 'h1');
  const withoutHeading = withoutElements(body, bodyHeading ? [bodyHeading] : []);
  const bodyText = textContent(
    withoutElements(
      withoutHeading,
      elements(
        withoutHeading,
        'p',
        (attributes) => hasClass(attributes, 'created') || hasClass(attributes, 'published'),
      ),
    ),
  );
  const date =
    lineDate(html, 'published') ?? lineDate(html, 'created') ?? draftName.exec(path)?.[1] ?? null;
  const text = [title, bodyText].filter((part) => part !== '').join(' · ');
  return {
    record: {
      kind: 'article',
      date,
      link,
      text: text === '' ? null : text,
      identity: writtenLink ?? path.split('/').at(-1) ?? path,
      row: null,
    },
    dated: date !== null,
  };
}
