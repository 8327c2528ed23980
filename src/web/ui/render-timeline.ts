import { formatCount, webText } from '../../core/messages.js';
import type { Timeline, TimelineMonth } from '../worker/timeline.js';
import { h } from './dom.js';

const text = webText.timeline;

function caption(timeline: Timeline, nonEmpty: readonly TimelineMonth[]): string {
  const busiest = nonEmpty.reduce((top, month) => (month.inScope > top.inScope ? month : top));
  return text.caption({
    dated: timeline.dated,
    first: nonEmpty[0]?.month ?? '',
    last: nonEmpty.at(-1)?.month ?? '',
    busiest: busiest.month,
    busiestCount: busiest.inScope,
  });
}

/**
 * The timeline figure around `chart` (drawn by the caller once it is in the page): a caption that
 * says what it shows, what the lines mean, and the same numbers as a table. Without a dated
 * in-scope record there is no chart, only the sentence that says so.
 */
export function renderTimeline(
  timeline: Timeline,
  trainingSince: string,
  chart: HTMLElement,
): Node[] {
  const undated =
    timeline.undated > 0
      ? h('p', { className: 'muted' }, text.undated({ count: timeline.undated }))
      : null;
  if (timeline.months.length === 0) {
    return [h('p', { className: 'muted' }, text.noDates), ...(undated ? [undated] : [])];
  }
  const nonEmpty = timeline.months.filter((month) => month.inScope > 0);
  return [
    h(
      'figure',
      { className: 'timeline' },
      chart,
      h('figcaption', {}, caption(timeline, nonEmpty)),
      h(
        'ul',
        { className: 'marker-legend', attrs: { 'aria-label': text.markers } },
        ...timeline.markers.map((marker) =>
          h(
            'li',
            { className: marker.date === trainingSince ? 'is-active' : '' },
            h('span', { className: 'marker-swatch', attrs: { 'aria-hidden': 'true' } }),
            h('strong', {}, marker.date),
            text.marker({ regions: marker.regions.join(', '), effective: marker.effective }),
            marker.date === trainingSince ? text.countedFrom : '',
          ),
        ),
      ),
    ),
    undated,
    h(
      'details',
      { className: 'timeline-numbers' },
      h('summary', {}, text.showNumbers),
      h(
        'table',
        { className: 'data-table compact' },
        h('caption', { className: 'visually-hidden' }, webText.page.timelineHeading),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { attrs: { scope: 'col' } }, text.month),
            h('th', { attrs: { scope: 'col' } }, text.inScopeRecords),
          ),
        ),
        h(
          'tbody',
          {},
          ...nonEmpty.map((month) =>
            h(
              'tr',
              {},
              h('td', {}, month.month),
              h('td', { className: 'numeric' }, formatCount(month.inScope)),
            ),
          ),
        ),
      ),
    ),
  ].filter((node): node is HTMLElement => node !== null);
}
