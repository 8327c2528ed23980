import { squashSpaces } from '../util/text.js';

/*
 * Reading an article page (export-format.md §3.27) in time linear in its length, whatever it
 * holds. A tag is `<`, its name, and everything up to the next `>` with no `<` in between, and
 * every search starts where the last one ended: a pattern such as `<[^>]*>` tried again at each
 * of a million `<` with no `>` after them took minutes on a page of a kilobyte zipped.
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

interface Tag {
  start: number;
  end: number;
  attributes: string;
}

/** An element: where its opening tag starts, its content, and where its closing tag ends. */
export interface HtmlElement {
  start: number;
  end: number;
  attributes: string;
  content: string;
}

/** Each tag's pattern, made once: an element is looked for once per tag of its name. */
const tagPatterns = new Map<string, RegExp>();

function tagPattern(source: string): RegExp {
  let pattern = tagPatterns.get(source);
  if (!pattern) {
    pattern = new RegExp(source, 'giu');
    tagPatterns.set(source, pattern);
  }
  return pattern;
}

function openingTag(html: string, name: string, from: number): Tag | null {
  const pattern = tagPattern(`<${name}(?=[\\s/>])([^<>]*)>`);
  pattern.lastIndex = from;
  const match = pattern.exec(html);
  return match ? { start: match.index, end: pattern.lastIndex, attributes: match[1] ?? '' } : null;
}

function closingTag(html: string, name: string, from: number): Tag | null {
  const pattern = tagPattern(`</${name}\\s*>`);
  pattern.lastIndex = from;
  const match = pattern.exec(html);
  return match ? { start: match.index, end: pattern.lastIndex, attributes: '' } : null;
}

/** The attributes of every opening tag `name`, in order, closed or not. */
export function* openingTags(html: string, name: string): Generator<string> {
  for (let open = openingTag(html, name, 0); open; open = openingTag(html, name, open.end)) {
    yield open.attributes;
  }
}

/**
 * The elements `name` whose attributes `accept` takes, in order; one left open
 * ends the list (nothing after it can close an earlier one).
 */
export function* elements(
  html: string,
  name: string,
  accept: (attributes: string) => boolean = () => true,
): Generator<HtmlElement> {
  let from = 0;
  for (let open = openingTag(html, name, from); open; open = openingTag(html, name, from)) {
    if (!accept(open.attributes)) {
      from = open.end;
      continue;
    }
    const close = closingTag(html, name, open.end);
    if (!close) return;
    yield {
      start: open.start,
      end: close.end,
      attributes: open.attributes,
      content: html.slice(open.end, close.start),
    };
    from = close.end;
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
  const name = /href="/giu;
  for (let match = name.exec(attributes); match; match = name.exec(attributes)) {
    const end = attributes.indexOf('"', name.lastIndex);
    if (end === -1) break;
    values.push(attributes.slice(name.lastIndex, end));
    name.lastIndex = end + 1;
  }
  return values;
}

/** Scripts and styles out; a script or style left open takes the rest, as in a browser. */
function withoutCode(html: string): string {
  const parts: string[] = [];
  const open = /<(script|style)(?=[\s/>])[^<>]*>/giu;
  let from = 0;
  for (let match = open.exec(html); match; match = open.exec(html)) {
    parts.push(html.slice(from, match.index));
    const close = closingTag(html, match[1] ?? '', open.lastIndex);
    if (!close) return parts.join(' ');
    from = close.end;
    open.lastIndex = close.end;
  }
  parts.push(html.slice(from));
  return parts.join(' ');
}

/** What a reader sees of some HTML: tags out, entities decoded, white space as single spaces. */
export function textContent(html: string): string {
  return squashSpaces(
    decodeEntities(
      withoutCode(html)
        .replace(/<br\s*\/?>|<\/(p|h\d|li|div)>/giu, '\n')
        .replace(/<[^<>]*>/gu, ' '),
    ),
  );
}
