import { describe, expect, it } from 'vitest';
import { analyzeExport } from '../src/core/analyze.js';
import { defaultPolicy } from '../src/core/policy/index.js';
import { parsePolicy } from '../src/core/policy/parse-policy.js';
import { jsonFormatters } from '../src/format/json.js';
import { markdownFormatters } from '../src/format/markdown.js';
import { tableFormatters } from '../src/format/table.js';
import { readArchive, sampleArchive } from './helpers/fixtures.js';

// policy.md §2, "Two nuances the report must state, not hide": every format of the report states
// them, not only the reasons of the records that the `records` command prints.
const options = { color: false, width: 100, bom: false };
const sample = await analyzeExport([readArchive(sampleArchive)]);
const formats = [
  ['table', tableFormatters.report],
  ['markdown', markdownFormatters.report],
  ['json', jsonFormatters.report],
] as const;

/** The text with line breaks and list indents as one space: the table wraps its notes. */
function flat(text: string): string {
  return text.replace(/\s+/gu, ' ');
}

describe('the policy’s notes (policy.md §2)', () => {
  it('the built-in policy states both nuances', () => {
    expect(defaultPolicy.notes).toHaveLength(2);
    expect(defaultPolicy.notes.join(' ')).toContain('may already be in trained models');
    expect(defaultPolicy.notes.join(' ')).toContain(
      'job application data attributable to a specific member',
    );
    expect(sample.policy.notes).toEqual(defaultPolicy.notes);
  });

  it.each(formats)('the %s report states every note', (_, format) => {
    const text = flat(format(sample, options));
    for (const note of defaultPolicy.notes) {
      expect(text).toContain(flat(note));
    }
  });

  it.each(formats.slice(0, 2))(
    'a policy without notes gives a %s report without the section',
    (_, format) => {
      const { notes: _notes, ...rest } = defaultPolicy;
      const policy = parsePolicy(JSON.stringify(rest), 'my-policy.json');
      expect(policy.notes).toEqual([]);
      const report = { ...sample, policy: { ...sample.policy, notes: policy.notes } };
      expect(format(report, options)).not.toContain('Keep in mind');
    },
  );
});
