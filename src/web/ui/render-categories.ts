import type { CategorySummary, ReportSummary } from '../../core/index.js';
import { formatCount, h, plural, type Child } from './dom.js';
import { scopeBadge, scopeGroups } from './labels.js';

function date(value: string): HTMLElement {
  return h('span', { className: 'nowrap' }, value);
}

function dateRange(category: CategorySummary): Child[] {
  if (category.earliest === null || category.latest === null) return ['No dates'];
  if (category.earliest === category.latest) return [date(category.earliest)];
  return [date(category.earliest), ' to ', date(category.latest)];
}

function card(category: CategorySummary, trainingSince: string): HTMLElement {
  return h(
    'article',
    {
      className: `category-card scope-${category.scope}${category.records === 0 ? ' is-empty' : ''}`,
      attrs: { 'data-category': category.id },
    },
    h('span', { className: `badge badge-${category.scope}` }, scopeBadge[category.scope]),
    h('h4', {}, category.label),
    h(
      'p',
      { className: 'card-count' },
      h('span', { className: 'card-count-value' }, formatCount(category.records)),
      category.records === 1 ? ' record' : ' records',
    ),
    h('p', { className: 'card-dates' }, ...dateRange(category)),
    category.records === 0
      ? h('p', { className: 'card-before' }, 'Nothing found in this export.')
      : h(
          'p',
          { className: 'card-before' },
          `${plural(category.beforeEffective, 'record')} dated before `,
          date(trainingSince),
        ),
  );
}

/** One card per category, grouped by scope: in scope, excluded, not named. */
export function renderCategories(report: ReportSummary): Node[] {
  return scopeGroups.flatMap(({ scope, title, description }) => {
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
          h('span', { className: 'muted' }, `(${formatCount(total)})`),
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
