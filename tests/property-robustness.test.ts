import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { analyzeExport, catalog, isExposureInputError } from '../src/core/index.js';
import { repoRoot, sampleArchive } from './helpers/fixtures.js';

/**
 * Whatever the bytes, the analyzer answers with a report (perhaps full of warnings) or a named
 * error, and it does so quickly. Case counts are bounded so CI stays fast; a failure prints the
 * seed and the shrunk input to replay.
 */
async function outcomeOf(bytes: Uint8Array): Promise<'report' | 'named-error'> {
  try {
    const report = await analyzeExport([
      { name: 'Complete_LinkedInDataExport_11-28-2026.zip', bytes },
    ]);
    expect(report.totals.records).toBe(report.records.length);
    return 'report';
  } catch (error) {
    if (isExposureInputError(error)) return 'named-error';
    throw error;
  }
}

const fileNames = [
  ...new Set(
    catalog.flatMap((spec) =>
      spec.files.names.filter((name) => name !== '*').map((name) => `${name}.csv`),
    ),
  ),
  'Jobs/Job Applications.csv',
  'Articles/Articles/a.html',
  'unknown.csv',
];

const csvCell = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom(
    '"',
    '""',
    ',',
    '\n',
    '\r\n',
    '\\"',
    'urn:li:groupPost:1-2',
    '2024-01-02 10:00:00',
    '7/1/22, 7:01 AM',
    'N/A',
    '\u0000',
    '\uFEFF',
  ),
);
const csvText = fc
  .tuple(
    fc.array(fc.array(csvCell, { minLength: 1, maxLength: 6 }), { maxLength: 8 }),
    fc.constantFrom('\n', '\r\n'),
  )
  .map(([rows, newline]) => rows.map((cells) => cells.join(',')).join(newline));

async function zipOf(files: [string, string][]): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, content] of files) zip.file(name, content, { createFolders: false });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

describe('the analyzer never crashes and never hangs', () => {
  it('on random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), async (bytes) => {
        expect(await outcomeOf(bytes)).toMatch(/report|named-error/u);
      }),
      { numRuns: 150, seed: 20261129 },
    );
  });

  it('on random bytes that start like a ZIP', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), async (tail) => {
        expect(await outcomeOf(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...tail]))).toMatch(
          /report|named-error/u,
        );
      }),
      { numRuns: 150, seed: 20261130 },
    );
  });

  it('on random ZIPs of random CSVs under real file names', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom(...fileNames), csvText), { minLength: 1, maxLength: 6 }),
        async (files) => {
          expect(await outcomeOf(await zipOf(files))).toMatch(/report|named-error/u);
        },
      ),
      { numRuns: 120, seed: 20261131 },
    );
  });

  it('on random mutations of the bundled sample', async () => {
    const sample = new Uint8Array(readFileSync(path.join(repoRoot, sampleArchive)));
    const mutation = fc.record({
      flips: fc.array(
        fc.tuple(fc.nat({ max: sample.length - 1 }), fc.integer({ min: 0, max: 255 })),
        {
          minLength: 1,
          maxLength: 12,
        },
      ),
      cut: fc.option(fc.nat({ max: sample.length }), { nil: undefined }),
    });
    await fc.assert(
      fc.asyncProperty(mutation, async ({ flips, cut }) => {
        const mutated = Uint8Array.from(sample);
        for (const [offset, value] of flips) mutated[offset] = value;
        const bytes = cut === undefined ? mutated : mutated.subarray(0, cut);
        expect(await outcomeOf(bytes)).toMatch(/report|named-error/u);
      }),
      { numRuns: 150, seed: 20261132 },
    );
  }, 120_000);
});
