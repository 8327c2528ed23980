import { baseRecord } from './extract-rows.js';
import type { CsvExtractInput, ExtractOutput, RawRecord } from './types.js';

// policy.md §2: pay stated in a job the member posted is salary data, one record per field.
const salaryFields = ['Base Salary', 'Additional Compensation'];

/**
 * LinkedIn writes `N/A` for an absent date (export-format.md §3.32, §3.40) and `null` inside
 * screening answers (§4.2): in a salary field they state no pay, so they are no salary record.
 */
function statesPay(value: string): boolean {
  return value !== '' && !/^(?:n\/a|null|none|-)$/iu.test(value);
}

export function extractJobPostings(input: CsvExtractInput): ExtractOutput {
  const records: RawRecord[] = [];
  for (const { cells, row } of input.rows) {
    const posting = baseRecord(input, cells, row);
    records.push(posting);
    for (const field of salaryFields) {
      const value = input.reader.get(cells, field);
      if (!statesPay(value)) continue;
      records.push({
        ...posting,
        kind: 'job-posting-salary',
        text: `${field}: ${value}`,
        identity: [posting.identity, field].join('\u001e'),
      });
    }
  }
  return { records, resumeUses: [] };
}
