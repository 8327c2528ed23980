import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  analyzeExport,
  isExposureInputError,
  parseKeepList,
  type ExposureReport,
} from '../src/core/index.js';
import { readArchive, repoRoot, sampleArchive } from './helpers/fixtures.js';
import { runInProcess } from './helpers/run-in-process.js';

const full: Promise<ExposureReport> = analyzeExport([readArchive(sampleArchive)]);

function keepListError(text: string): string {
  try {
    parseKeepList(text, 'keep.txt');
  } catch (error) {
    if (isExposureInputError(error)) return error.code;
    throw error;
  }
  return 'no error';
}

describe('parseKeepList', () => {
  it('reads ids one per line, with blank lines and # comments', () => {
    const text =
      '# kept on purpose\nshares-0011223344556677\n\n  saved-answers  # still using them\r\n';
    expect([...parseKeepList(text, 'keep.txt')]).toEqual([
      'shares-0011223344556677',
      'saved-answers',
    ]);
  });

  it('reads the suggestions CSV: the rows whose decision says keep, in any case', () => {
    const text =
      'id,priority,action,decision\r\nshares-aa,high,"Delete, now",keep\r\nshares-bb,low,x,done\r\nshares-cc,low,x, Keep \r\nshares-dd,low,x,\r\n';
    expect([...parseKeepList(text, 'plan.csv')]).toEqual(['shares-aa', 'shares-cc']);
  });

  it('reads a CSV a spreadsheet saved with semicolons and a byte-order mark', () => {
    const text = '\uFEFFid;priority;decision\nshares-aa;high;keep\nshares-bb;low;\n';
    expect([...parseKeepList(text, 'plan.csv')]).toEqual(['shares-aa']);
  });

  it.each([
    ['a CSV without a decision column', 'id,priority\nshares-aa,high\n'],
    ['a line that is no id', 'shares-aa\nDelete your post of 2021-03-14\n'],
  ])('refuses %s (INVALID_KEEP_LIST)', (_name, text) => {
    expect(keepListError(text)).toBe('INVALID_KEEP_LIST');
  });
});

describe('a keep-list hides exactly the kept suggestions', () => {
  it('leaves out the kept ids, counts them, and changes nothing else', async () => {
    const report = await full;
    const ids = report.suggestions.map((suggestion) => suggestion.id);
    const keep = [ids[0], ids[4], ids.at(-1)].filter((id): id is string => id !== undefined);
    const kept = await analyzeExport([readArchive(sampleArchive)], { keep });
    expect(kept.kept).toBe(3);
    expect(kept.suggestions.map((suggestion) => suggestion.id)).toEqual(
      ids.filter((id) => !keep.includes(id)),
    );
    expect(kept.findings).toEqual(report.findings);
    expect(kept.warnings).toEqual(report.warnings);
  });

  it('warns about ids that match no suggestion', async () => {
    const kept = await analyzeExport([readArchive(sampleArchive)], {
      keep: ['shares-ffffffffffffffff', 'setting-turn-off-ai-training'],
    });
    expect(kept.kept).toBe(1);
    expect(kept.warnings.map((warning) => warning.message)).toContain(
      "1 id of the keep-list matches no suggestion of this export (deleted since, or from another account's plan).",
    );
  });
});

describe('--keep with the suggestions CSV the member filled in', () => {
  it('round-trips: export the plan, write keep in three rows, run again', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'linkedin-exposure-keep-'));
    const plan = path.join(dir, 'plan.csv');
    const archive = path.join(repoRoot, sampleArchive);
    const exported = await runInProcess([
      'suggestions',
      archive,
      '--format',
      'csv',
      '--output',
      plan,
    ]);
    expect(exported.code).toBe(0);
    const [header = [], ...rows] = Papa.parse<string[]>(readFileSync(plan, 'utf8'), {
      skipEmptyLines: true,
    }).data;
    const decision = header.indexOf('decision');
    const chosen = [rows[3], rows[7], rows[20]].map((row) => row?.[0] ?? '');
    for (const row of rows) if (chosen.includes(row[0] ?? '')) row[decision] = 'keep';
    writeFileSync(plan, Papa.unparse([header, ...rows]));

    const again = await runInProcess(['suggestions', archive, '--format', 'json', '--keep', plan]);
    const { suggestions } = JSON.parse(again.stdout) as { suggestions: { id: string }[] };
    expect(suggestions).toHaveLength(rows.length - 3);
    expect(suggestions.some((suggestion) => chosen.includes(suggestion.id))).toBe(false);

    const table = await runInProcess([archive, '--keep', plan]);
    expect(table.stdout).toContain('3 suggestions are hidden by your keep-list.');
  });

  it('says so in one line when the keep-list is missing', async () => {
    const result = await runInProcess([sampleArchive, '--keep', 'no-such-plan.csv']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/no-such-plan\.csv does not exist/u);
  });
});
