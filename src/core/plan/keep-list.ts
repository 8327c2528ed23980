import { problemText } from '../messages.js';
import Papa from 'papaparse';
import { ExposureInputError } from '../errors.js';

/**
 * Reads a keep-list (issue 7): either suggestion ids, one per line (`#` starts a comment), or a
 * suggestions CSV as the `suggestions --format csv` command writes it, where the member wrote
 * `keep` in the `decision` column. Spreadsheet programs may save it with `;` and a byte-order
 * mark; both are read.
 */
export function parseKeepList(text: string, path: string): Set<string> {
  const content = text.replace(/^\uFEFF/u, '');
  const firstLine = (content.split(/\r?\n/u)[0] ?? '').toLowerCase();
  if (!/(^|[,;\t])\s*"?id"?\s*([,;\t]|$)/u.test(firstLine)) return idLines(content, path);
  const parsed = Papa.parse<Record<string, string>>(content, {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (header) => header.trim().toLowerCase(),
  });
  const fields = parsed.meta.fields ?? [];
  if (!fields.includes('decision')) {
    throw new ExposureInputError('INVALID_KEEP_LIST', {
      path,
      problem: problemText.keepListWithoutDecision(),
    });
  }
  return new Set(
    parsed.data
      .filter((row) => (row.decision ?? '').trim().toLowerCase() === 'keep')
      .map((row) => (row.id ?? '').trim())
      .filter((id) => id !== ''),
  );
}

const idPattern = /^[a-z0-9][a-z0-9-]*$/u;

function idLines(content: string, path: string): Set<string> {
  const ids = new Set<string>();
  content.split(/\r?\n/u).forEach((line, index) => {
    const id = line.replace(/#.*$/u, '').trim();
    if (id === '') return;
    if (!idPattern.test(id)) {
      throw new ExposureInputError('INVALID_KEEP_LIST', {
        path,
        problem: problemText.keepListLine({ line: index + 1, text: id.slice(0, 40) }),
      });
    }
    ids.add(id);
  });
  return ids;
}
