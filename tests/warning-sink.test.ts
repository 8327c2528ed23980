import { describe, expect, it } from 'vitest';
import { WarningSink } from '../src/core/report/warnings.js';

describe('WarningSink', () => {
  it('lists warnings of a reserved place where it was reserved, whenever they were added', () => {
    const sink = new WarningSink();
    sink.add('basic-only', {});
    const later = sink.reserve();
    sink.add('no-export-date', {});
    later.add('export-date-from-records', { date: '2026-11-28' });
    later.reserve().add('unknown-files', { count: 1, examples: 'x.csv' });
    expect(sink.warnings.map((warning) => warning.code)).toEqual([
      'basic-only',
      'export-date-from-records',
      'unknown-files',
      'no-export-date',
    ]);
  });
});
