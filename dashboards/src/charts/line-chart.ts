/**
 * A line chart of one series, drawn as SVG by hand (no chart library). A null value is a gap: the line
 * breaks there, so a rate with no data never reads as 0. Filled points (a period without data counted as 0)
 * are hollow; suppressed points are marked on the axis. The SVG scales to its container's width.
 */
import { svg } from '../dom.js';
import { labelStride, niceTicks } from './scale.js';

export interface ChartPoint {
  /** Short axis label, e.g. '2019-Q3'. */
  label: string;
  /** Long label for tooltips, e.g. 'Q3 2019'. */
  title: string;
  value: number | null;
  suppressed: boolean;
  filled: boolean;
}

export interface LineChartOptions {
  /** Accessible name of the chart. */
  title: string;
  formatValue(value: number): string;
  /** Drawing width in CSS pixels (default 720): draw at the container's width so text keeps its size on a phone. */
  width?: number;
}

const MARGIN = { top: 16, right: 20, bottom: 40, left: 72 };

let chartCount = 0;

export function lineChart(points: readonly ChartPoint[], options: LineChartOptions): SVGSVGElement {
  const id = `chart-${++chartCount}`;
  const WIDTH = Math.round(Math.min(960, Math.max(300, options.width ?? 720)));
  const HEIGHT = Math.round(Math.min(300, Math.max(200, WIDTH * 0.4)));
  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const values = points.flatMap((p) => (p.value === null ? [] : [p.value]));
  const ticks = niceTicks(Math.max(0, ...values));
  const top = ticks[ticks.length - 1]!;
  const x = (i: number) => MARGIN.left + (points.length === 1 ? plotW / 2 : (i * plotW) / (points.length - 1));
  const y = (v: number) => MARGIN.top + plotH - (v / top) * plotH;
  const baseline = y(0);

  const grid = ticks.map((t) =>
    svg(
      'g',
      { class: 'tick' },
      svg('line', { x1: MARGIN.left, x2: WIDTH - MARGIN.right, y1: y(t), y2: y(t), class: t === 0 ? 'axis' : 'grid' }),
      svg('text', { x: MARGIN.left - 8, y: y(t), 'text-anchor': 'end', 'dominant-baseline': 'middle' }, options.formatValue(t)),
    ),
  );

  const stride = labelStride(points.length, plotW, 64);
  // Every stride-th label, and the last one when it does not crowd the one before it.
  const lastRegular = Math.floor((points.length - 1) / stride) * stride;
  const showLast = lastRegular === points.length - 1 || x(points.length - 1) - x(lastRegular) >= 90;
  const xLabels = points.map((p, i) =>
    i % stride === 0 || (i === points.length - 1 && showLast)
      ? svg('text', { x: x(i), y: baseline + 20, 'text-anchor': i === points.length - 1 && i > 0 ? 'end' : 'middle', class: 'x-label' }, p.label)
      : null,
  );

  // Consecutive known values form one segment; a null ends it.
  const segments: string[] = [];
  let current: string[] = [];
  points.forEach((p, i) => {
    if (p.value === null) {
      if (current.length > 1) segments.push(current.join(' '));
      current = [];
      return;
    }
    current.push(`${current.length === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p.value).toFixed(1)}`);
  });
  if (current.length > 1) segments.push(current.join(' '));

  const marks = points.map((p, i) => {
    if (p.value !== null) {
      const text = `${p.title}: ${options.formatValue(p.value)}${p.filled ? ' (no data, counted as 0)' : ''}`;
      return svg(
        'circle',
        { cx: x(i), cy: y(p.value), r: 3.5, class: p.filled ? 'point filled' : 'point', 'data-period': p.label, 'data-value': p.value },
        svg('title', {}, text),
      );
    }
    const text = `${p.title}: ${p.suppressed ? 'suppressed (<5)' : 'no data'}`;
    return svg(
      'path',
      { d: `M${x(i) - 4},${baseline - 4} l8,8 m0,-8 l-8,8`, class: p.suppressed ? 'gap suppressed' : 'gap', 'data-period': p.label, 'data-value': '' },
      svg('title', {}, text),
    );
  });

  return svg(
    'svg',
    { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: 'line-chart', role: 'img', 'aria-labelledby': `${id}-title`, preserveAspectRatio: 'xMidYMid meet' },
    svg('title', { id: `${id}-title` }, options.title),
    ...grid,
    ...segments.map((d) => svg('path', { d, class: 'line' })),
    ...marks,
    ...xLabels,
  );
}
