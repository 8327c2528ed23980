import { describe, expect, it } from 'vitest';
import { exportDateFromName } from '../src/core/archive/export-date.js';

describe('the export date in the archive name (export-format.md §1.1)', () => {
  it.each([
    ['Complete_LinkedInDataExport_11-28-2026.zip', '2026-11-28'],
    ['Basic_LinkedInDataExport_08-26-2025.zip', '2025-08-26'],
    ['Complete_LinkedInDataExport_11-28-2026', '2026-11-28'],
    ['Complete_LinkedInDataExport_08-26-2025 (1).zip', '2025-08-26'],
    ['Complete_LinkedInDataExport_08-26-2025(2).zip', '2025-08-26'],
    ['Complete_LinkedInDataExport_08-26-2025-1.zip', '2025-08-26'],
    ['Complete_LinkedInDataExport_08-26-2025 copy.zip', '2025-08-26'],
    ['Complete_LinkedInDataExport_08-26-2025 copy 2.zip', '2025-08-26'],
  ])('%s: %s', (name, date) => {
    expect(exportDateFromName(name)).toBe(date);
  });

  it.each([
    'export.zip',
    'Complete_LinkedInDataExport_13-01-2026.zip',
    'Complete_LinkedInDataExport_02-30-2026.zip',
    'Complete_LinkedInDataExport_11-28-2026 (old one).zip',
    'Complete_LinkedInDataExport_11-28-2026.zip.bak',
  ])('%s: none', (name) => {
    expect(exportDateFromName(name)).toBeNull();
  });
});
