import { parseDate } from '../dates/parse.js';
import { squashSpaces } from '../util/text.js';
import type { RawRecord } from './types.js';

const entities: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

const replacementCharacter = '\uFFFD';

/** A numeric entity's character; one that names no character is U+FFFD, as a browser shows it. */
function characterOf(codePoint: number): string {
  const isCharacter =
    Number.isInteger(codePoint) &&
    codePoint > 0 &&
    codePoint <= 0x10ffff &&
    (codePoint < 0xd800 || codePoint > 0xdfff);
  return isCharacter ? String.fromCodePoint(codePoint) : replacementCharacter;
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) {
      return characterOf(Number.parseInt(name.slice(2), 16));
    }
    if (name.startsWith('#')) return characterOf(Number.parseInt(name.slice(1), 10));
    return entities[name.toLowerCase()] ?? whole;
  });
}

function textContent(html: string): string {
  return squashSpaces(
    decodeEntities(
      html
        .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/giu, ' ')
        .replace(/<br\s*\/?>|<\/(p|h\d|li|div)>/giu, '\n')
        .replace(/<[^>]*>/gu, ' '),
    ),
  );
}

function firstMatch(html: string, pattern: RegExp): string | null {
  return pattern.exec(html)?.[1] ?? null;
}

function lineDate(html: string, className: string): string | null {
  const line = firstMatch(
    html,
    new RegExp(`<p[^>]*class="${className}"[^>]*>([\\s\\S]*?)</p>`, 'iu'),
  );
  if (line === null) return null;
  const parsed = parseDate('article-line', textContent(line));
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

/**
 * One article file (export-format.md §3.27): title, link when published, the `Published on`
 * date (else `Created on`, else the draft's file name), and the body text. Every file is one
 * (policy.md §2: drafts and empty articles included). The link is LinkedIn's `articleBase` and
 * the slug of the heading's `/pulse/` link (policy.md §3), never the file's link as written: a
 * relative link opens nothing, and one to another site is no deletion link.
 */
export function extractArticle(path: string, html: string, articleBase: string): ArticleRecord {
  const title = textContent(
    firstMatch(html, /<h1[^>]*>([\s\S]*?)<\/h1>/iu) ??
      firstMatch(html, /<title[^>]*>([\s\S]*?)<\/title>/iu) ??
      '',
  );
  const heading = firstMatch(html, /<h1[^>]*>([\s\S]*?)<\/h1>/iu) ?? '';
  // The link as written identifies the article, as it always has (ids stay what they were).
  const writtenLink = firstMatch(heading, /<a[^>]*href="([^"]*\/pulse\/[^"]*)"/iu);
  const slug = writtenLink === null ? null : firstMatch(writtenLink, pulseSlug);
  const link = slug === null ? null : `${articleBase}${decodeEntities(slug)}`;
  const body = firstMatch(html, /<body[^>]*>([\s\S]*?)<\/body>/iu) ?? html;
  const bodyText = textContent(
    body
      .replace(/<h1[^>]*>[\s\S]*?<\/h1>/iu, ' ')
      .replace(/<p[^>]*class="(created|published)"[^>]*>[\s\S]*?<\/p>/giu, ' '),
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
