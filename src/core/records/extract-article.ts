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

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) {
      return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    }
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
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
  /** False for HTML that has neither a heading nor LinkedIn's created/published lines. */
  looksLikeArticle: boolean;
}

/**
 * One article file (export-format.md §3.27): title, `/pulse/` link when published, the
 * `Published on` date (else `Created on`, else the draft's file name), and the body text.
 */
export function extractArticle(path: string, html: string): ArticleRecord {
  const title = textContent(
    firstMatch(html, /<h1[^>]*>([\s\S]*?)<\/h1>/iu) ??
      firstMatch(html, /<title[^>]*>([\s\S]*?)<\/title>/iu) ??
      '',
  );
  const heading = firstMatch(html, /<h1[^>]*>([\s\S]*?)<\/h1>/iu) ?? '';
  const link = firstMatch(heading, /<a[^>]*href="([^"]*\/pulse\/[^"]*)"/iu);
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
      link: link ? decodeEntities(link) : null,
      text: text === '' ? null : text,
      identity: link ?? path.split('/').at(-1) ?? path,
      row: null,
    },
    dated: date !== null,
    looksLikeArticle: heading !== '' || /<p[^>]*class="(created|published)"/iu.test(html),
  };
}
