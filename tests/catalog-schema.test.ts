import { describe, expect, it } from 'vitest';
import { catalog, catalogInput, catalogSchema } from '../src/core/catalog/index.js';
import { linkedinGenAi20251103 } from '../src/core/policy/linkedin-genai-2025-11-03.js';
import { defaultPolicy, policySchema } from '../src/core/policy/index.js';

// The CLI no longer validates these constants at every start; this is where they are validated.
describe('the built-in tables, validated here instead of at start-up', () => {
  it('the catalog is exactly what its schema makes of the tables as written', () => {
    // JSON text, not deep equality: key order shows in every JSON and CSV the tool writes.
    expect(JSON.stringify(catalog)).toBe(JSON.stringify(catalogSchema.parse(catalogInput)));
  });

  it('the catalog schema refuses a duplicate id', () => {
    const first = catalogInput[0];
    if (first === undefined) throw new Error('empty catalog');
    expect(catalogSchema.safeParse([...catalogInput, first]).success).toBe(false);
  });

  it('the default policy passes its schema unchanged', () => {
    expect(JSON.stringify(policySchema.parse(linkedinGenAi20251103))).toBe(
      JSON.stringify(defaultPolicy),
    );
  });
});
