import { displayText } from './display-text.js';

/**
 * The page's only way to make elements. Text always goes in as Text nodes, never parsed as HTML:
 * an export holds other people's words (messages, comments), and they must stay words; bidi
 * controls in them are shown, not obeyed (display-text.ts).
 */
export type Child = Node | string | number | null | undefined | false;

interface Props {
  className?: string;
  /** Attribute values are set as text; `href` only ever receives a checked link (core/util/linkedin-href.ts). */
  attrs?: Readonly<Record<string, string>>;
}

export function h<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[Tag] {
  const element = document.createElement(tag);
  if (props.className !== undefined) element.className = props.className;
  for (const [name, value] of Object.entries(props.attrs ?? {})) element.setAttribute(name, value);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (typeof child === 'number') element.append(String(child));
    else if (typeof child === 'string') element.append(displayText(child));
    else element.append(child);
  }
  return element;
}

/** Replaces an element's text, shown as `h` shows text (a file name in a progress line). */
export function setText(element: HTMLElement, text: string): void {
  element.textContent = displayText(text);
}

/** The element with this id, of this type; a page that lacks it is a build error, said loudly. */
export function byId<Type extends HTMLElement>(
  id: string,
  type: new () => Type,
  root: Document = document,
): Type {
  const element = root.getElementById(id);
  if (!(element instanceof type)) throw new Error(`the page has no ${type.name} #${id}`);
  return element;
}
