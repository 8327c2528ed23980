import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { webText } from '../../core/messages.js';
import type { Timeline } from '../worker/timeline.js';
import { h, setText } from './dom.js';

/** Seconds since 1970 of a `YYYY-MM` or `YYYY-MM-DD`, in UTC like every date of the report. */
function utcSeconds(date: string): number {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  return Date.UTC(year, month - 1, day) / 1000;
}

interface ChartColors {
  surface: string;
  bar: string;
  axis: string;
  grid: string;
  marker: string;
  activeMarker: string;
}

/** The canvas cannot read CSS variables, so the light or dark scheme's values are read here. */
function colorsOf(element: HTMLElement): ChartColors {
  const style = getComputedStyle(element);
  const read = (name: string) => style.getPropertyValue(name).trim();
  return {
    surface: read('--surface'),
    bar: read('--chart-bar'),
    axis: read('--chart-axis'),
    grid: read('--chart-grid'),
    marker: read('--chart-marker'),
    activeMarker: read('--chart-marker-active'),
  };
}

function drawMarkers(
  plot: uPlot,
  timeline: Timeline,
  trainingSince: string,
  colors: ChartColors,
): void {
  const { ctx, bbox } = plot;
  const ratio = uPlot.pxRatio;
  ctx.save();
  ctx.font = `${String(12 * ratio)}px system-ui, sans-serif`;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'top';
  timeline.markers.forEach((marker, index) => {
    const x = Math.round(plot.valToPos(utcSeconds(marker.date), 'x', true));
    const active = marker.date === trainingSince;
    ctx.strokeStyle = active ? colors.activeMarker : colors.marker;
    ctx.lineWidth = (active ? 2 : 1.5) * ratio;
    ctx.setLineDash(active ? [] : [5 * ratio, 4 * ratio]);
    ctx.beginPath();
    ctx.moveTo(x, bbox.top);
    ctx.lineTo(x, bbox.top + bbox.height);
    ctx.stroke();
    // Each label on its own row and on a background of the page's colour, so that two close
    // dates (14 months apart at 320 px) stay readable over each other's lines and the bars.
    const width = ctx.measureText(marker.date).width;
    const pad = 3 * ratio;
    const fitsRight = x + pad * 2 + width <= bbox.left + bbox.width;
    const left = fitsRight ? x + pad : x - pad * 3 - width;
    const top = bbox.top + (2 + index * 18) * ratio;
    ctx.fillStyle = colors.surface;
    ctx.fillRect(left, top, width + pad * 2, 16 * ratio);
    ctx.fillStyle = ctx.strokeStyle;
    ctx.fillText(marker.date, left + pad, top + 2 * ratio);
  });
  ctx.restore();
}

const readoutHint = webText.timeline.readoutHint;

/**
 * uPlot bar chart of in-scope records per month, the policy's dates drawn as vertical lines, and a
 * line under it that names the month under the pointer. Visual only: `element` is hidden from
 * screen readers, which get the figure's caption and table instead (render-timeline.ts).
 */
export class TimelineChart {
  readonly element: HTMLElement;
  readonly #host = h('div', { className: 'chart' });
  readonly #readout = h('p', { className: 'chart-readout' }, readoutHint);
  readonly #scheme = matchMedia('(prefers-color-scheme: dark)');
  readonly #observer: ResizeObserver;
  readonly #redraw = () => {
    this.#draw();
  };
  #plot: uPlot | null = null;
  #shown: { timeline: Timeline; trainingSince: string } | null = null;

  constructor() {
    this.element = h(
      'div',
      { className: 'chart-block', attrs: { 'aria-hidden': 'true' } },
      this.#host,
      this.#readout,
    );
    this.#observer = new ResizeObserver(() => {
      this.#plot?.setSize(this.#size());
    });
  }

  show(timeline: Timeline, trainingSince: string): void {
    this.#shown = { timeline, trainingSince };
    this.#draw();
    this.#observer.observe(this.#host);
    this.#scheme.addEventListener('change', this.#redraw);
  }

  destroy(): void {
    this.#observer.disconnect();
    this.#scheme.removeEventListener('change', this.#redraw);
    this.#plot?.destroy();
    this.#plot = null;
    this.#shown = null;
    setText(this.#readout, readoutHint);
  }

  #size(): { width: number; height: number } {
    const width = Math.max(240, Math.floor(this.#host.clientWidth));
    return { width, height: width < 480 ? 200 : 260 };
  }

  #readoutText(index: number | null): string {
    const month = index === null ? undefined : this.#shown?.timeline.months[index];
    if (month === undefined) return readoutHint;
    return webText.timeline.readout({ month: month.month, count: month.inScope });
  }

  #draw(): void {
    this.#plot?.destroy();
    this.#plot = null;
    if (this.#shown === null) return;
    const { timeline, trainingSince } = this.#shown;
    const colors = colorsOf(this.#host);
    const xs = timeline.months.map((month) => utcSeconds(month.month));
    const counts = timeline.months.map((month) => month.inScope);
    const axis = {
      stroke: colors.axis,
      grid: { stroke: colors.grid, width: 1 },
      ticks: { stroke: colors.grid, width: 1 },
    };
    const options: uPlot.Options = {
      ...this.#size(),
      // Months are UTC; the viewer's time zone must not move a bar into the month before.
      tzDate: (seconds) => uPlot.tzDate(new Date(seconds * 1000), 'Etc/UTC'),
      cursor: { drag: { x: false, y: false }, points: { show: false } },
      legend: { show: false },
      scales: {
        x: {
          time: true,
          // One more month on the right, so the last bar (drawn from its month's start) fits.
          range: (_plot, min, max) => [min, max + 31 * 86_400],
        },
        y: { range: (_plot, _min, max) => [0, Math.max(1, Math.ceil(max * 1.15))] },
      },
      axes: [
        { ...axis },
        { ...axis, size: 44, incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000] },
      ],
      series: [
        {},
        {
          label: webText.timeline.inScopeRecords,
          stroke: colors.bar,
          fill: colors.bar,
          width: 0,
          paths: uPlot.paths.bars?.({ size: [0.85, 48], align: 1 }),
          points: { show: false },
        },
      ],
      hooks: {
        draw: [
          (plot) => {
            drawMarkers(plot, timeline, trainingSince, colors);
          },
        ],
        setCursor: [
          (plot) => {
            setText(this.#readout, this.#readoutText(plot.cursor.idx ?? null));
          },
        ],
      },
    };
    this.#plot = new uPlot(options, [xs, counts], this.#host);
  }
}
