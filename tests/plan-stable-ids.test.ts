import { describe, expect, it } from 'vitest';
import { analyzeExport } from '../src/core/index.js';
import { analyzeFiles, lines } from './helpers/build-zip.js';
import { readArchive, sampleArchive } from './helpers/fixtures.js';
import { newerExport, newerZipName } from './helpers/newer-export.js';

const older = readArchive(sampleArchive);

describe('suggestion ids (issue 7: the keep-list must still apply next time)', () => {
  it('are the same on every run', async () => {
    const [first, second] = await Promise.all([analyzeExport([older]), analyzeExport([older])]);
    expect(second.suggestions.map((suggestion) => suggestion.id)).toEqual(
      first.suggestions.map((suggestion) => suggestion.id),
    );
  });

  it('are the same in a newer export of the account, rows moved and an older resume text gone', async () => {
    const before = await analyzeExport([older]);
    // The first stored resume text is deleted: the others move up a row and lose their number.
    const bytes = await newerExport(older.bytes, {
      remove: [
        { file: /^Private_identity_asset\.csv$/u, contains: 'Data engineer with ten years' },
      ],
    });
    const after = await analyzeExport([{ name: newerZipName, bytes }]);
    const afterIds = new Set(after.suggestions.map((suggestion) => suggestion.id));
    const storedTexts = before.suggestions.filter((suggestion) =>
      suggestion.id.startsWith('stored-resumes-'),
    );
    expect(storedTexts).toHaveLength(3);
    const gone = before.records.find((record) =>
      record.text?.includes('Data engineer with ten years'),
    );
    const kept = storedTexts.filter((suggestion) => suggestion.id !== gone?.id);
    expect(kept).toHaveLength(2);
    expect(afterIds.has(gone?.id ?? '')).toBe(false);
    for (const suggestion of kept)
      expect(afterIds.has(suggestion.id), suggestion.action).toBe(true);
    expect(after.suggestions.find((suggestion) => suggestion.id === kept[0]?.id)?.source?.row).toBe(
      (kept[0]?.source?.row ?? 0) - 1,
    );
  });

  it('do not depend on the export date or on --older-than', async () => {
    const bytes = await newerExport(older.bytes, { remove: [] });
    const later = await analyzeExport([{ name: newerZipName, bytes }], { olderThan: '1m' });
    const laterIds = new Set(later.suggestions.map((suggestion) => suggestion.id));
    const before = await analyzeExport([older]);
    for (const suggestion of before.suggestions) {
      expect(laterIds.has(suggestion.id), suggestion.action).toBe(true);
    }
  });
});

describe('record ids', () => {
  it('number the same post on through every file of its table', async () => {
    const header = 'Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility';
    const post =
      '2024-01-02 10:00:00,https://www.linkedin.com/feed/update/urn:li:activity:1,"Same post",,,MEMBER_NETWORK';
    const report = await analyzeFiles({
      'Shares_1.csv': lines(header, post),
      'Shares_2.csv': lines(header, post, post),
    });
    const ids = report.records.filter((record) => record.kind === 'post').map(({ id }) => id);
    const [first] = ids;
    expect(ids).toEqual([first, `${first ?? ''}-2`, `${first ?? ''}-3`]);
  });
});
