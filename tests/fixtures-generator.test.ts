import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS } from '../fixtures/generator/categories.js';
import { utc } from '../fixtures/generator/dates.js';
import type { Expected } from '../fixtures/generator/expected.js';
import { buildFixtures } from '../fixtures/generator/fixtures.js';
import { FIXTURES_DIR, renderOutputs } from '../fixtures/generator/output.js';
import { makeAccount } from '../fixtures/generator/people.js';
import {
  QA_GROUPS,
  SCREENING_RESPONSES,
  savedAnswers,
  type QaPair,
} from '../fixtures/generator/qa.js';
import { Random } from '../fixtures/generator/random.js';

const fixtures = await buildFixtures();
const outputs = await renderOutputs(fixtures);
const allExpected: Expected[] = [
  ...fixtures.archives.map((fixture) => fixture.expected),
  fixtures.merged.expected,
];

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** policy.md §2, copied here on purpose: the generator labels salary questions by hand. */
const SALARY =
  /\b(salary|salaries|compensation|remuneration|ctc|wages?|pay (expectations?|range)|(expected|desired|current) pay|(hourly|daily|day) rate|rate expectations?)\b/i;
const isSalaryQuestion = (question: string): boolean =>
  SALARY.test(question) && !/workers' compensation/i.test(question);

function everyGeneratedPair(): QaPair[] {
  const account = makeAccount(new Random('test'), {
    first: 'Test',
    last: 'Person',
    exportDate: utc('2026-01-01'),
    activityFrom: utc('2020-01-01'),
    contactCount: 3,
  });
  const context = { account, rng: new Random('test/qa'), recorded: utc('2025-01-01') };
  return [
    ...Object.values(QA_GROUPS).flatMap((group) => group(context)),
    ...SCREENING_RESPONSES,
    ...savedAnswers(context),
  ];
}

describe('fixture generator', () => {
  it.each(outputs.map((output) => [output.path, output] as const))(
    'fixtures/%s is what `npm run fixtures` writes',
    async (_path, output) => {
      const committed = await readFile(join(FIXTURES_DIR, output.path));
      expect(sha256(committed), 'stale fixture: run `npm run fixtures`').toBe(sha256(output.bytes));
    },
  );

  it('writes the same bytes on every run', async () => {
    const again = await renderOutputs(await buildFixtures());
    expect(again.map((output) => sha256(output.bytes))).toEqual(
      outputs.map((output) => sha256(output.bytes)),
    );
  });

  it('lists every category id, and only those, in every expected.json', () => {
    for (const expected of allExpected) {
      expect(Object.keys(expected.categories).sort()).toEqual([...CATEGORY_IDS].sort());
      for (const count of Object.values(expected.categories)) {
        expect(Number.isInteger(count) && count >= 0).toBe(true);
      }
    }
  });

  it('counts every distinct resume name among the resumes', () => {
    for (const expected of allExpected) {
      expect(expected.categories.resumes).toBeGreaterThanOrEqual(expected.resumeNames.length);
      expect(new Set(expected.resumeNames).size).toBe(expected.resumeNames.length);
    }
  });

  it('labels salary questions as the policy pattern does', () => {
    const pairs = everyGeneratedPair();
    expect(pairs.some((pair) => pair.salary)).toBe(true);
    for (const pair of pairs) {
      expect({ question: pair.question, salary: isSalaryQuestion(pair.question) }).toEqual({
        question: pair.question,
        salary: pair.salary,
      });
    }
  });

  it('counts a merged Basic+Complete pair like the Complete archive alone', () => {
    const complete = fixtures.archives.find((fixture) => fixture.path.startsWith('complete-2025/'));
    expect(complete).toBeDefined();
    expect(fixtures.merged.expected.categories).toEqual(complete?.expected.categories);
  });

  it('nests the 2026 Complete archive unchanged', async () => {
    const nested = fixtures.archives.find((fixture) => fixture.path.startsWith('nested-zip/'));
    const plain = fixtures.archives.find((fixture) =>
      fixture.path.startsWith('complete-2026-member-id-suffixes/'),
    );
    if (nested === undefined || plain === undefined) {
      throw new Error('missing fixture');
    }
    const outer = await JSZip.loadAsync(nested.bytes);
    const inner = await outer
      .file('Complete_LinkedInDataExport_07-10-2026.zip')
      ?.async('uint8array');
    expect(inner && sha256(inner)).toBe(sha256(plain.bytes));
    expect(nested.expected).toEqual(plain.expected);
  });

  it('keeps Rich_Media.csv pure ASCII (export-format.md §1.3)', async () => {
    for (const fixture of fixtures.archives) {
      const zip = await JSZip.loadAsync(fixture.bytes);
      const richMedia = zip.file(/(^|\/)Rich_Media\.csv$/)[0];
      const bytes = await richMedia?.async('uint8array');
      expect(bytes?.every((byte) => byte < 0x80) ?? true).toBe(true);
    }
  });
});
