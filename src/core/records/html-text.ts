import { squashSpaces } from '../util/text.js';

/*
 * Reading an article page (export-format.md §3.27) in time linear in its length, whatever it
 * holds. A tag is what `<[^>]*>` matched before: a `<` and everything up to the next `>`, quoted
 * `<` included (an image's alt text may hold one). As a pattern that was tried again at each of a
 * million `<` with no `>` after them, minutes on a page of a kilobyte zipped; as a scan that never
 * goes back, and stops at the first `<` with no `>` after it, it reads each character once.
 */

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

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) {
      return characterOf(Number.parseInt(name.slice(2), 16));
    }
    if (name.startsWith('#')) return characterOf(Number.parseInt(name.slice(1), 10));
    return entities[name.toLowerCase()] ?? whole;
  });
}

/** An element: where its opening tag starts, its content, and where its closing tag ends. */
export interface HtmlElement {
  start: number;
  end: number;
  attributes: string;
  content: string;
}

interface TagSpan {
  start: number;
  end: number;
  closing: boolean;
  /** Lower case; empty for what is no tag of a name (`<3`, `<!-- …`). */
  name: string;
  attributes: string;
}

const tagStart = /^<(\/?)([a-z][a-z0-9]*)(?=[\s/>])/iu;

/** Every tag from `from` on, in order, as the pattern `<[^>]*>` found them, in one pass. */
function* tagSpans(html: string, from = 0): Generator<TagSpan> {
  let at = from;
  for (;;) {
    const start = html.indexOf('<', at);
    if (start === -1) return;
    const close = html.indexOf('>', start + 1);
    if (close === -1) return;
    const text = html.slice(start, close + 1);
    const named = tagStart.exec(text);
    yield {
      start,
      end: close + 1,
      closing: named?.[1] === '/',
      name: named?.[2]?.toLowerCase() ?? '',
      attributes: named ? text.slice(named[0].length, -1) : '',
    };
    at = close + 1;
  }
}

/** The attributes of every opening tag `name`, in order, closed or not. */
export function* openingTags(html: string, name: string): Generator<string> {
  for (const tag of tagSpans(html)) if (tag.name === name && !tag.closing) yield tag.attributes;
}

/**
 * The elements `name` whose attributes `accept` takes, in order: each from its opening tag to the
 * first closing tag after it. One left open ends the list (nothing after it can close another).
 */
export function* elements(
  html: string,
  name: string,
  accept: (attributes: string) => boolean = () => true,
): Generator<HtmlElement> {
  let open: TagSpan | null = null;
  for (const tag of tagSpans(html)) {
    if (tag.name !== name) continue;
    if (open === null) {
      if (!tag.closing && accept(tag.attributes)) open = tag;
    } else if (tag.closing) {
      yield {
        start: open.start,
        end: tag.end,
        attributes: open.attributes,
        content: html.slice(open.end, tag.start),
      };
      open = null;
    }
  }
}

export function firstElement(
  html: string,
  name: string,
  accept?: (attributes: string) => boolean,
): HtmlElement | null {
  for (const element of elements(html, name, accept)) return element;
  return null;
}

/** The text with each of the given elements replaced by a space. */
export function withoutElements(html: string, found: Iterable<HtmlElement>): string {
  const parts: string[] = [];
  let from = 0;
  for (const element of found) {
    parts.push(html.slice(from, element.start));
    from = element.end;
  }
  parts.push(html.slice(from));
  return parts.join(' ');
}

/** Whether an element's attributes give it this class (as LinkedIn writes it: one class). */
export function hasClass(attributes: string, className: string): boolean {
  return attributes.toLowerCase().includes(`class="${className}"`);
}

/** The values of an element's `href="…"` attributes, in order. */
export function hrefs(attributes: string): string[] {
  const values: string[] = [];
  // `data-href="…"` is another attribute.
  const name = /(?:^|\s)href="/giu;
  for (let match = name.exec(attributes); match; match = name.exec(attributes)) {
    const end = attributes.indexOf('"', name.lastIndex);
    if (end === -1) break;
    values.push(attributes.slice(name.lastIndex, end));
    name.lastIndex = end + 1;
  }
  return values;
}

const lineBreakTag = /^<(?:br\s*\/?|\/(?:p|h\d|li|div))>$/iu;

/** Where the closing tag of a script or style ends, searched from `from`; -1 when it has none. */
function codeEnd(html: string, name: string, from: number): number {
  const closing = name === 'script' ? /<\/script>/giu : /<\/style>/giu;
  closing.lastIndex = from;
  return closing.exec(html) ? closing.lastIndex : -1;
}

/**
 * What a reader sees of some HTML: scripts and styles out (one left open takes the rest, as in a
 * browser), a line break for `<br>` and the end of a paragraph, heading, item or block, a space
 * for any other tag, entities decoded, white space as single spaces.
 */
export function textContent(html: string): string {
  const parts: string[] = [];
  let at = 0;
  let tags = tagSpans(html);
  for (let next = tags.next(); !next.done; next = tags.next()) {
    const tag = next.value;
    parts.push(html.slice(at, tag.start));
    at = tag.end;
    if (!tag.closing && (tag.name === 'script' || tag.name === 'style')) {
      const end = codeEnd(html, tag.name, tag.end);
      if (end === -1) {
        at = html.length;
        break;
      }
      parts.push(' ');
      at = end;
      tags = tagSpans(html, end);
      continue;
    }
    parts.push(lineBreakTag.test(html.slice(tag.start, tag.end)) ? '\n' : ' ');
  }
  parts.push(html.slice(at));
  return squashSpaces(decodeEntities(parts.join('')));
}
