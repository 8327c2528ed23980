import type { Suggestion } from '../../core/index.js';
import { formatCount, h } from './dom.js';
import { linkedinHref } from './safe-link.js';

/** The first items rendered; the rest wait for "Show all", so a long plan stays quick. */
const planPageSize = 25;

const priorityText: Readonly<Record<Suggestion['priority'], string>> = {
  high: 'High',
  medium: 'Medium',
  low: 'Low',
};

function linkTo(suggestion: Suggestion): Node | null {
  if (suggestion.link === null) return null;
  const href = linkedinHref(suggestion.link);
  if (href === null) return h('span', { className: 'plain-link' }, suggestion.link);
  return h(
    'a',
    {
      className: 'item-link',
      attrs: { href, target: '_blank', rel: 'noopener noreferrer' },
    },
    'Open on LinkedIn',
    h('span', { className: 'visually-hidden' }, ' (opens a new tab)'),
  );
}

function item(suggestion: Suggestion): HTMLLIElement {
  const details = [
    suggestion.date ? `Dated ${suggestion.date}` : null,
    suggestion.source
      ? `${suggestion.source.file}${suggestion.source.row === null ? '' : `, row ${String(suggestion.source.row)}`}`
      : null,
  ].filter((detail): detail is string => detail !== null);
  return h(
    'li',
    {
      className: `plan-item priority-${suggestion.priority}`,
      attrs: { 'data-suggestion': suggestion.id },
    },
    h(
      'p',
      { className: 'plan-action' },
      h(
        'span',
        { className: `badge badge-priority-${suggestion.priority}` },
        priorityText[suggestion.priority],
      ),
      ' ',
      h('strong', {}, h('bdi', {}, suggestion.action)),
    ),
    h('p', { className: 'plan-reason' }, suggestion.reason),
    suggestion.excerpt
      ? h('blockquote', { className: 'plan-excerpt' }, h('bdi', {}, suggestion.excerpt))
      : null,
    h(
      'p',
      { className: 'plan-meta' },
      details.length > 0 ? h('span', { className: 'muted' }, details.join(' · ')) : null,
      linkTo(suggestion),
    ),
  );
}

function part(title: string, suggestions: readonly Suggestion[], start: number): Node[] {
  if (suggestions.length === 0) return [];
  const ol = h(
    'ol',
    { className: 'plan-list', attrs: { start: String(start) } },
    ...suggestions.slice(0, planPageSize).map(item),
  );
  const nodes: Node[] = [h('h3', {}, title), ol];
  if (suggestions.length > planPageSize) {
    const more = h(
      'button',
      { className: 'button secondary', attrs: { type: 'button' } },
      `Show all ${formatCount(suggestions.length)} items`,
    );
    more.addEventListener('click', () => {
      const rest = suggestions.slice(planPageSize).map(item);
      ol.append(...rest);
      more.remove();
      // The button is gone: the keyboard continues at the first item it revealed.
      rest[0]?.setAttribute('tabindex', '-1');
      rest[0]?.focus();
    });
    nodes.push(more);
  }
  return nodes;
}

/** The deletion plan in the core's order: the settings first, then what to delete. */
export function renderPlan(suggestions: readonly Suggestion[]): Node[] {
  // Settings actions are the suggestions about no category (core report/suggestions.ts).
  const settings = suggestions.filter((suggestion) => suggestion.category === null);
  const deletions = suggestions.filter((suggestion) => suggestion.category !== null);
  if (suggestions.length === 0) return [h('p', { className: 'muted' }, 'Nothing to do.')];
  return [
    ...part('First, change these settings', settings, 1),
    ...part('Then delete these items', deletions, settings.length + 1),
  ];
}
