import type { ReportSummary } from '../../core/index.js';
import { formatCount, formatText, webText } from '../../core/messages.js';
import type { SensitiveSummary } from '../worker/page-result.js';
import { h } from './dom.js';
import { dataTable } from './table.js';

const text = webText.sensitive;
// The reports' column heads.
const [what, items, findings, example] = formatText.columns.findings;

/**
 * What the detectors found in the in-scope records, by kind, as the CLI's report shows it. The
 * examples are the report's previews, masked by the core: shown as they are, as text.
 */
export function renderSensitive(
  report: Pick<ReportSummary, 'findings'>,
  sensitive: SensitiveSummary,
): Node[] {
  if (report.findings.length === 0) {
    return [h('p', { className: 'muted sensitive-none' }, text.none)];
  }
  return [
    h(
      'p',
      { className: 'sensitive-summary' },
      text.summary({ findings: report.findings.length, records: sensitive.items }),
      ' ',
      // The page never asks for --show-values: its previews are always masked.
      h('span', { className: 'muted' }, text.masked),
    ),
    dataTable(
      webText.page.sensitiveHeading,
      [
        { heading: what, cell: (row) => row.label },
        { heading: items, cell: (row) => formatCount(row.items), numeric: true },
        { heading: findings, cell: (row) => formatCount(row.findings), numeric: true },
        {
          heading: example,
          // A preview is other people's or the member's own words: kept apart from the
          // page's direction, as the plan's excerpts are.
          cell: (row) => h('bdi', { className: 'finding-example' }, row.example),
        },
      ],
      sensitive.rows,
    ),
  ];
}
