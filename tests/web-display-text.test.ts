import { describe, expect, it } from 'vitest';
import { displayText } from '../src/web/ui/display-text.js';

describe('text on the page', () => {
  it('shows bidi embeddings, overrides and isolates instead of obeying them', () => {
    expect(displayText('Superseded by "New_CV\u202E.pdf"')).toBe(
      'Superseded by "New_CV<U+202E>.pdf"',
    );
    expect(displayText('\u2066a\u2069 \u202Ab\u202C')).toBe('<U+2066>a<U+2069> <U+202A>b<U+202C>');
  });

  it('keeps the marks right-to-left text uses, and the text itself', () => {
    expect(displayText('שלום\u200F world\u200E')).toBe('שלום\u200F world\u200E');
  });
});
