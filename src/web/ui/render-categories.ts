import type { CategorySummary, ReportSummary, Scope } from '../../core/index.js';
import { formatCount, webText } from '../../core/messages.js';
import { h, type Child } from './dom.js';

const text = webText.categories;

/** The groups in the page's order: what is trained on first. */
const scopeOrder: readonly Scope[] = ['in-scope', 'excluded', 'not-named'];

function date(value: string): HTMLElement {
  return h('span', { className: 'nowrap' }, value);
}

function dateRange(category: CategorySummary): Child[] {
  if (category.earliest === null || category.latest === null) return [text.noDates];
  if (category.earliest === category.latest) return [date(category.earliest)];
  return [date(category.earliest), text.dateTo, date(category.latest)];
}

function card(category: CategorySummary, trainingSince: string): HTMLElement {
  return h(
    'article',
    {
      className: `category-card scope-${category.scope}${category.records === 0 ? ' is-empty' : ''}`,
      attrs: { 'data-category': category.id },
    },
    h('span', { className: `badge badge-${category.scope}` }, text.badge[category.scope]),
    h('h4', {}, category.label),
    h(
      'p',
      { className: 'card-count' },
      h('span', { className: 'card-count-value' }, formatCount(category.records)),
      text.records({ count: category.records }),
    ),
    h('p', { className: 'card-dates' }, ...dateRange(category)),
    category.records === 0
      ? h('p', { className: 'card-before' }, text.nothingFound)
      : h(
          'p',
          { className: 'card-before' },
          text.datedBefore({ count: category.beforeEffective }),
          date(trainingSince),
        ),
  );
}

/** One card per category, grouped by scope: in scope, excluded, not named. */
export function renderCategories(report: ReportSummary): Node[] {
  return scopeOrder.flatMap((scope) => {
    const { title, description } = text.group[scope];
    const categories = report.categories.filter((category) => category.scope === scope);
    if (categories.length === 0) return [];
    const total = categories.reduce((sum, category) => sum + category.records, 0);
    const headingId = `scope-${scope}`;
    return [
      h(
        'section',
        { className: 'scope-group', attrs: { 'aria-labelledby': headingId } },
        h(
          'h3',
          { attrs: { id: headingId } },
          `${title} `,
          h('span', { className: 'muted' }, webText.headingCount({ count: total })),
        ),
        h('p', { className: 'muted' }, description),
        h(
          'div',
          { className: 'card-grid' },
          ...categories.map((category) => card(category, report.trainingSince)),
        ),
      ),
    ];
  });
}
