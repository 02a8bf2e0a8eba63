/**
 * A line chart of one series, drawn as SVG by hand (no chart library: this is one chart type, and the
 * hand-drawn one keeps the page's JavaScript small). A null value is a gap: the line breaks there, so a rate
 * with no data never reads as 0, and a withheld point is marked by a dashed line through the plot labelled
 * "<5" or "withheld", never drawn on the zero line. Filled points (a period without data counted as 0) are
 * hollow. The compared periods are shaded, the API's 95% intervals are a band around the line, and the axes
 * carry titles with units; a legend explains the marks.
 */
import { svg } from '../dom.js';
import { labelStride, niceTicks } from './scale.js';

export interface ChartPoint {
  /** Short axis label, e.g. '2019-Q3'. */
  label: string;
  /** Long label for tooltips, e.g. 'Q3 2019'. */
  title: string;
  value: number | null;
  /** null when shown; else the label of why it is withheld ("<5" or "withheld"). */
  withheld: string | null;
  filled: boolean;
  /** 'current' or 'previous' when the point falls in a compared period. */
  highlight?: 'current' | 'previous' | null;
  /** The API's 95% interval of the value, drawn as a band; null where no model fits. */
  interval?: { lower: number; upper: number } | null;
}

export interface LineChartOptions {
  /** Accessible name of the chart. */
  title: string;
  formatValue(value: number): string;
  /** Axis titles, with units. */
  xTitle: string;
  yTitle: string;
  /** Legend names of the compared periods. */
  currentName?: string;
  previousName?: string;
  /** Drawing width in CSS pixels (default 720): draw at the container's width so text keeps its size on a phone. */
  width?: number;
}

const MARGIN = { top: 40, right: 20, bottom: 54, left: 84 };

let chartCount = 0;

export function lineChart(points: readonly ChartPoint[], options: LineChartOptions): SVGSVGElement {
  const id = `chart-${++chartCount}`;
  const WIDTH = Math.round(Math.min(960, Math.max(300, options.width ?? 720)));
  const HEIGHT = Math.round(Math.min(340, Math.max(240, WIDTH * 0.42)));
  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const values = points.flatMap((p) => (p.value === null ? [] : [p.value, p.interval?.upper ?? p.value]));
  const ticks = niceTicks(Math.max(0, ...values));
  const top = ticks[ticks.length - 1]!;
  const step = points.length <= 1 ? plotW : plotW / (points.length - 1);
  const x = (i: number) => MARGIN.left + (points.length === 1 ? plotW / 2 : i * step);
  const y = (v: number) => MARGIN.top + plotH - (v / top) * plotH;
  const baseline = y(0);

  // Each highlighted point's band reaches halfway to its neighbours, clipped to the plot area.
  const shades = points.flatMap((p, i) => {
    if (!p.highlight) return [];
    const left = Math.max(MARGIN.left, x(i) - step / 2);
    const right = Math.min(WIDTH - MARGIN.right, x(i) + step / 2);
    return [
      svg('rect', {
        x: left,
        y: MARGIN.top,
        width: Math.max(right - left, 4),
        height: plotH,
        class: `shade shade-${p.highlight}`,
        'data-highlight': p.highlight,
      }),
    ];
  });

  const grid = ticks.map((t) =>
    svg(
      'g',
      { class: 'tick' },
      svg('line', { x1: MARGIN.left, x2: WIDTH - MARGIN.right, y1: y(t), y2: y(t), class: t === 0 ? 'axis' : 'grid' }),
      svg(
        'text',
        { x: MARGIN.left - 8, y: y(t), 'text-anchor': 'end', 'dominant-baseline': 'middle' },
        options.formatValue(t),
      ),
    ),
  );

  const stride = labelStride(points.length, plotW, 64);
  const lastRegular = Math.floor((points.length - 1) / stride) * stride;
  const showLast = lastRegular === points.length - 1 || x(points.length - 1) - x(lastRegular) >= 90;
  const xLabels = points.map((p, i) =>
    i % stride === 0 || (i === points.length - 1 && showLast)
      ? svg(
          'text',
          {
            x: x(i),
            y: baseline + 18,
            'text-anchor': i === points.length - 1 && i > 0 ? 'end' : 'middle',
            class: 'x-label',
          },
          p.label,
        )
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

  // Consecutive points with an interval form one band: upper bounds left to right, lower bounds back.
  const bands: string[] = [];
  let run: number[] = [];
  const closeBand = () => {
    if (run.length > 1) {
      const upper = run.map((i) => `${x(i).toFixed(1)},${y(points[i]!.interval!.upper).toFixed(1)}`);
      const lower = [...run].reverse().map((i) => `${x(i).toFixed(1)},${y(points[i]!.interval!.lower).toFixed(1)}`);
      bands.push(`M${upper.join(' L')} L${lower.join(' L')} Z`);
    }
    run = [];
  };
  points.forEach((p, i) => (p.value !== null && p.interval ? run.push(i) : closeBand()));
  closeBand();

  const marks = points.map((p, i) => {
    if (p.value !== null) {
      const interval = p.interval
        ? ` (95% interval ${options.formatValue(p.interval.lower)}–${options.formatValue(p.interval.upper)})`
        : '';
      const filled = p.filled ? ' (no data, counted as 0)' : '';
      const text = `${p.title}: ${options.formatValue(p.value)}${interval}${filled}`;
      return svg(
        'circle',
        {
          cx: x(i),
          cy: y(p.value),
          r: 3.5,
          class: p.filled ? 'point filled' : 'point',
          'data-period': p.label,
          'data-value': p.value,
        },
        svg('title', {}, text),
      );
    }
    const text = `${p.title}: ${p.withheld ?? 'no data'}`;
    return svg(
      'g',
      {
        class: p.withheld ? 'gap withheld' : 'gap',
        'data-period': p.label,
        'data-value': '',
        ...(p.withheld ? { 'data-withheld': p.withheld } : {}),
      },
      svg('title', {}, text),
      svg('line', { x1: x(i), x2: x(i), y1: MARGIN.top + 12, y2: baseline, class: 'gap-line' }),
      svg('text', { x: x(i), y: MARGIN.top + 8, 'text-anchor': 'middle', class: 'gap-label' }, p.withheld ?? 'no data'),
    );
  });

  const legendItems: [string, string][] = [['line', 'value']];
  if (bands.length > 0) legendItems.push(['band', '95% interval']);
  if (options.currentName) legendItems.push(['shade-current', options.currentName]);
  if (options.previousName) legendItems.push(['shade-previous', options.previousName]);
  legendItems.push(['gap', 'dashed: no data / withheld']);
  let lx = MARGIN.left;
  const legend = legendItems.map(([kind, text]) => {
    const item = svg(
      'g',
      { class: 'legend-item', transform: `translate(${lx},12)` },
      kind === 'line'
        ? svg('line', { x1: 0, x2: 18, y1: 0, y2: 0, class: 'line' })
        : kind === 'gap'
          ? svg('line', { x1: 9, x2: 9, y1: -6, y2: 6, class: 'gap-line' })
          : kind === 'band'
            ? svg('rect', { x: 0, y: -6, width: 18, height: 12, class: 'band' })
            : svg('rect', { x: 0, y: -6, width: 18, height: 12, class: `shade ${kind}` }),
      svg('text', { x: 24, y: 0, 'dominant-baseline': 'middle' }, text),
    );
    lx += 36 + text.length * 6.2;
    return item;
  });

  return svg(
    'svg',
    {
      viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
      class: 'line-chart',
      role: 'img',
      'aria-labelledby': `${id}-title`,
      preserveAspectRatio: 'xMidYMid meet',
    },
    svg('title', { id: `${id}-title` }, options.title),
    ...shades,
    ...grid,
    ...bands.map((d) => svg('path', { d, class: 'band', 'data-band': '' })),
    ...segments.map((d) => svg('path', { d, class: 'line' })),
    ...marks,
    ...xLabels,
    svg(
      'text',
      { x: MARGIN.left + plotW / 2, y: HEIGHT - 8, 'text-anchor': 'middle', class: 'axis-title' },
      options.xTitle,
    ),
    svg(
      'text',
      {
        x: 0,
        y: 0,
        transform: `translate(16,${MARGIN.top + plotH / 2}) rotate(-90)`,
        'text-anchor': 'middle',
        class: 'axis-title',
      },
      options.yTitle,
    ),
    ...legend,
  );
}
