import { inflateRawSync } from 'node:zlib';
import { isUtf8 } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { analyzeExport, type AnalyzeOptions, type ExposureReport } from '../src/core/index.js';
import { listFixtures, readArchive } from './helpers/fixtures.js';

/**
 * Issue 5: reading entries in chunks, counting instead of keeping, and the Node platform hooks
 * must not change a report. The baseline inflates every entry whole and keeps every record: the
 * non-streaming reading (the golden reports, made before streaming, pin it to the old results).
 */
const wholeEntries: AnalyzeOptions['inflateRaw'] = async function* (compressed) {
  yield await Promise.resolve(inflateRawSync(compressed));
};

function chunksOf(size: number): AnalyzeOptions['inflateRaw'] {
  return async function* (compressed) {
    const inflated = inflateRawSync(compressed);
    for (let offset = 0; offset < inflated.length; offset += size) {
      yield await Promise.resolve(inflated.subarray(offset, offset + size));
    }
  };
}

/** What `keepRecords: 'needed'` keeps: in-scope records, resumes and the saved answers. */
const keptKinds = new Set(['resume-text', 'saved-answer', 'saved-screening-answer']);
function neededRecords(report: ExposureReport): ExposureReport['records'] {
  return report.records.filter(
    (record) => record.scope === 'in-scope' || keptKinds.has(record.kind),
  );
}

describe.each(listFixtures())('fixture $name', ({ archives }) => {
  const inputs = archives.map(readArchive);
  const baseline = analyzeExport(inputs, { inflateRaw: wholeEntries });

  it.each([1, 7, 4096])('gives the same report read in chunks of %i bytes', async (size) => {
    const streamed = await analyzeExport(inputs, { inflateRaw: chunksOf(size) });
    expect(streamed).toEqual(await baseline);
  });

  it('gives the same report with the platform DecompressionStream (the default)', async () => {
    expect(await analyzeExport(inputs)).toEqual(await baseline);
  });

  it('counts what it does not keep: same report, only the needed records', async () => {
    const whole = await baseline;
    for (const inflateRaw of [wholeEntries, chunksOf(5)]) {
      const counted = await analyzeExport(inputs, {
        inflateRaw,
        isUtf8: (bytes) => isUtf8(bytes),
        keepRecords: 'needed',
      });
      expect({ ...counted, records: [] }).toEqual({ ...whole, records: [] });
      expect(counted.records).toEqual(neededRecords(whole));
    }
  });
});
