import { describe, expect, it } from 'vitest';
import { catalog, catalogInput } from '../src/core/catalog/index.js';
import { catalogSchema } from '../src/core/catalog/schema.js';
import { linkedinGenAi20251103 } from '../src/core/policy/linkedin-genai-2025-11-03.js';
import { defaultPolicy, policySchema } from '../src/core/policy/index.js';
import { parsePolicy } from '../src/core/policy/parse-policy.js';

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

describe('a --policy file', () => {
  const withDate = (effectiveDate: string) =>
    JSON.stringify({ ...linkedinGenAi20251103, effectiveDate });

  it('is refused with a day that no calendar has, at the date that has it', () => {
    expect(() => parsePolicy(withDate('2025-02-31'), 'mine.json')).toThrow(
      /mine\.json is not valid: effectiveDate: a date written YYYY-MM-DD/u,
    );
  });

  const policy = linkedinGenAi20251103;
  it.each([
    {
      broken: 'a named category left out',
      input: { ...policy, categories: policy.categories.filter(({ id }) => id !== 'comments') },
      message: 'categories: category "comments" is missing',
    },
    {
      broken: 'a named category in another scope',
      input: {
        ...policy,
        categories: policy.categories.map((category) =>
          category.id === 'posts' ? { ...category, scope: 'excluded' } : category,
        ),
      },
      message: 'categories: category "posts" must have scope "in-scope"',
    },
    {
      broken: 'a rule into no category',
      input: { ...policy, rules: [{ ...policy.rules[0], category: 'gossip' }, ...policy.rules] },
      message: 'rules[0].category: unknown category "gossip"',
    },
    {
      broken: 'a kind without an unconditional rule',
      input: {
        ...policy,
        rules: policy.rules.filter((rule) => !rule.kinds.includes('reaction') || rule.when),
      },
      message: 'rules: no rule without "when" for record kinds: reaction',
    },
  ])('is refused with $broken, in words of the classification', ({ input, message }) => {
    expect(() => parsePolicy(JSON.stringify(input), 'mine.json')).toThrow(message);
  });

  it('is read with a real day', () => {
    expect(parsePolicy(withDate('2024-02-29'), 'mine.json').effectiveDate).toBe('2024-02-29');
  });
});
