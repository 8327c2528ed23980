import type { ReportSummary } from '../../core/index.js';
import { formatCount, webText } from '../../core/messages.js';
import { h } from './dom.js';

const text = webText.summary;

function countingFrom(report: ReportSummary): string {
  return report.region
    ? text.region(report.region)
    : text.noRegion({ trainingSince: report.trainingSince });
}

function tile(value: number, label: string, className: string): HTMLElement {
  return h(
    'div',
    { className: `total ${className}` },
    h('span', { className: 'total-value' }, formatCount(value)),
    h('span', { className: 'total-label' }, label),
  );
}

/** A titled list set apart from the summary: the policy's notes, the warnings. */
function noteBox(className: string, title: string, items: readonly string[]): HTMLElement {
  return h(
    'div',
    { className: `note-box ${className}`, attrs: { role: 'note' } },
    h('h3', {}, title),
    h('ul', {}, ...items.map((item) => h('li', {}, item))),
  );
}

/** The export kind and date, the archives, where dates count from, the totals and the warnings. */
export function renderSummary(report: ReportSummary): Node[] {
  const inputs = report.inputs.map((input) =>
    h('li', {}, h('bdi', {}, input.name), text.archive(input)),
  );
  const nodes: Node[] = [
    h(
      'p',
      { className: 'export-line' },
      h('strong', {}, text.exportKind[report.exportKind]),
      text.exportDate(report),
    ),
    h('ul', { className: 'inputs', attrs: { 'aria-label': text.archives } }, ...inputs),
    h('p', { className: 'counting-from' }, countingFrom(report)),
    h(
      'div',
      { className: 'totals' },
      tile(report.totals.inScope, text.totals.inScope, 'is-in-scope'),
      tile(report.totals.excluded, text.totals.excluded, 'is-excluded'),
      tile(report.totals.notNamed, text.totals.notNamed, 'is-not-named'),
      tile(report.totals.records, text.totals.records, 'is-all'),
    ),
  ];
  if (report.policy.notes.length > 0) {
    nodes.push(noteBox('policy-notes', text.notes, report.policy.notes));
  }
  if (report.warnings.length > 0) {
    nodes.push(
      noteBox(
        'warnings',
        text.warnings({ count: report.warnings.length }),
        report.warnings.map((warning) => warning.message),
      ),
    );
  }
  return nodes;
}
