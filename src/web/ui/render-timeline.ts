import type { Timeline, TimelineMonth } from '../worker/timeline.js';
import { formatCount, h, plural } from './dom.js';

function markerText(marker: Timeline['markers'][number]): string {
  const starts = `training starts for ${marker.regions.join(', ')}`;
  return marker.effective ? `the policy takes effect; ${starts}` : starts;
}

function caption(timeline: Timeline, nonEmpty: readonly TimelineMonth[]): string {
  const first = nonEmpty[0]?.month ?? '';
  const last = nonEmpty.at(-1)?.month ?? '';
  const busiest = nonEmpty.reduce((top, month) => (month.inScope > top.inScope ? month : top));
  return (
    `${plural(timeline.dated, 'dated in-scope record')} from ${first} to ${last}; ` +
    `the busiest month is ${busiest.month} with ${formatCount(busiest.inScope)}.`
  );
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
      ? h(
          'p',
          { className: 'muted' },
          `${plural(timeline.undated, 'in-scope record')} without a date ${timeline.undated === 1 ? 'is' : 'are'} not on the chart.`,
        )
      : null;
  if (timeline.months.length === 0) {
    return [
      h('p', { className: 'muted' }, 'No in-scope record in this export has a date.'),
      ...(undated ? [undated] : []),
    ];
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
        { className: 'marker-legend', attrs: { 'aria-label': 'Policy dates on the chart' } },
        ...timeline.markers.map((marker) =>
          h(
            'li',
            { className: marker.date === trainingSince ? 'is-active' : '' },
            h('span', { className: 'marker-swatch', attrs: { 'aria-hidden': 'true' } }),
            h('strong', {}, marker.date),
            `: ${markerText(marker)}`,
            marker.date === trainingSince ? ' (the date this report counts from)' : '',
          ),
        ),
      ),
    ),
    undated,
    h(
      'details',
      { className: 'timeline-numbers' },
      h('summary', {}, 'Show the numbers per month'),
      h(
        'table',
        { className: 'data-table compact' },
        h('caption', { className: 'visually-hidden' }, 'In-scope records per month'),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { attrs: { scope: 'col' } }, 'Month'),
            h('th', { attrs: { scope: 'col' } }, 'In-scope records'),
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
