import type { ReportSummary } from '../../core/index.js';
import { formatCount, h } from './dom.js';
import { exportKindText } from './labels.js';

function countingFrom(report: ReportSummary): string {
  return report.region
    ? `${report.region.label}: LinkedIn trains on your data since ${report.region.trainingSince}.`
    : `Counted from ${report.trainingSince}, the policy's date; choose your region above for your own training start.`;
}

function tile(value: number, label: string, className: string): HTMLElement {
  return h(
    'div',
    { className: `total ${className}` },
    h('span', { className: 'total-value' }, formatCount(value)),
    h('span', { className: 'total-label' }, label),
  );
}

/** The export kind and date, the archives, where dates count from, the totals and the warnings. */
export function renderSummary(report: ReportSummary): Node[] {
  const inputs = report.inputs.map((input) =>
    h(
      'li',
      {},
      h('bdi', {}, input.name),
      ` (${input.kind}${input.exportDate ? `, ${input.exportDate}` : ''})`,
    ),
  );
  const nodes: Node[] = [
    h(
      'p',
      { className: 'export-line' },
      h('strong', {}, exportKindText[report.exportKind]),
      report.exportDate ? `, ages counted from ${report.exportDate}.` : ', no export date found.',
    ),
    h('ul', { className: 'inputs', attrs: { 'aria-label': 'Archives read' } }, ...inputs),
    h('p', { className: 'counting-from' }, countingFrom(report)),
    h(
      'div',
      { className: 'totals' },
      tile(report.totals.inScope, 'in scope for AI training', 'is-in-scope'),
      tile(report.totals.excluded, 'excluded', 'is-excluded'),
      tile(report.totals.notNamed, 'not named by the policy', 'is-not-named'),
      tile(report.totals.records, 'records in all', 'is-all'),
    ),
  ];
  if (report.warnings.length > 0) {
    nodes.push(
      h(
        'div',
        { className: 'warnings', attrs: { role: 'note' } },
        h('h3', {}, `Warnings (${formatCount(report.warnings.length)})`),
        h('ul', {}, ...report.warnings.map((warning) => h('li', {}, warning.message))),
      ),
    );
  }
  return nodes;
}
