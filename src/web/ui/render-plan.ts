import type { Suggestion } from '../../core/index.js';
import { webText } from '../../core/messages.js';
import { h } from './dom.js';
import { linkedinHref } from '../../core/util/linkedin-href.js';

const text = webText.plan;

/** The first items rendered; the rest wait for "Show all", so a long plan stays quick. */
const planPageSize = 25;

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
    text.openOnLinkedIn,
    h('span', { className: 'visually-hidden' }, text.newTab),
  );
}

function item(suggestion: Suggestion): HTMLLIElement {
  const details = [
    suggestion.date ? text.dated({ date: suggestion.date }) : null,
    suggestion.source ? text.source(suggestion.source) : null,
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
        text.priority[suggestion.priority],
      ),
      ' ',
      h('strong', {}, h('bdi', {}, suggestion.action)),
    ),
    h('p', { className: 'plan-reason' }, suggestion.reason),
    // The score in a few words, as the reports' Why column gives it: what was found, where, when.
    h(
      'p',
      { className: 'plan-why' },
      h('span', { className: 'plan-why-label' }, text.why),
      ' ',
      suggestion.why,
    ),
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
      text.showAll({ count: suggestions.length }),
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
  if (suggestions.length === 0) return [h('p', { className: 'muted' }, text.nothing)];
  return [
    ...part(text.settingsFirst, settings, 1),
    ...part(text.thenDelete, deletions, settings.length + 1),
  ];
}
