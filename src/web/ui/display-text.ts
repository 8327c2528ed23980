import { visibleStandIn } from '../../format/terminal-text.js';

/**
 * Bidi embeddings, overrides and isolates, which would reorder the text after them (a resume
 * named `New_CV\u202E.pdf` turned the rest of its sentence around): shown as `<U+202E>`, as the
 * CLI shows them. Marks (LRM, RLM) stay: right-to-left languages use them in ordinary text.
 */
const bidiControls = /[\u202A-\u202E\u2066-\u2069]/gu;

/** Text as the page shows it: an export's words, which must not reorder the page's own. */
export function displayText(text: string): string {
  return text.replace(bidiControls, visibleStandIn);
}
