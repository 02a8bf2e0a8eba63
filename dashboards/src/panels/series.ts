/**
 * Panel "series" (operation DashboardSeries): one measure by quarter or action period, from the first action
 * period to the end of the current one, with the compared periods shaded. Gaps (null values) are the API's:
 * the chart breaks the line there, and a withheld point is labelled "<5" or "withheld", never drawn as 0.
 */
import {
  DashboardSeriesDocument,
  type DashboardSeriesQuery,
  type DashboardSeriesQueryVariables,
  type MeasureId,
  type PeriodKind,
} from '../../../operations/generated/graphql.js';
import { lineChart, type ChartPoint } from '../charts/line-chart.js';
import { dataTable, h } from '../dom.js';
import { formatValue, NO_DATA_TEXT, suppressionLabel } from '../format.js';
import { panelElement, type PanelContext, type PanelDefinition } from '../panel.js';
import type { Selection } from '../periods.js';

type Point = NonNullable<DashboardSeriesQuery['series']>[number]['points'][number];

const DEFAULT_MEASURE = 'SEVERE_FINDING_SHARE';
export const KINDS: Record<string, string> = { QUARTER: 'quarter', ACTION_PERIOD: 'action period' };

/** The trend's measure and kind, kept in the URL by the page (view-state.ts). */
export const seriesView = { measure: DEFAULT_MEASURE, kind: 'QUARTER' };

function select(
  id: string,
  label: string,
  options: [string, string][],
  value: string,
  onChange: (v: string) => void,
): HTMLElement[] {
  const el = h(
    'select',
    { id },
    ...options.map(([v, text]) => Object.assign(h('option', { value: v }, text), { selected: v === value })),
  );
  el.addEventListener('change', () => onChange(el.value));
  return [h('label', { for: id }, label), el];
}

let knownMeasures: [string, string][] = [[DEFAULT_MEASURE, 'Audits with a severe forced-labour finding']];

function controls(ctx: PanelContext): Node {
  return h(
    'div',
    { class: 'panel-controls no-print' },
    ...select('series-measure', 'Measure', knownMeasures, seriesView.measure, (v) => {
      seriesView.measure = v;
      ctx.onViewChange();
    }),
    ...select('series-kind', 'By', Object.entries(KINDS), seriesView.kind, (v) => {
      seriesView.kind = v;
      ctx.onViewChange();
    }),
  );
}

function pointText(point: Point, text: (v: number) => string): string {
  if (point.value !== null) return text(point.value) + (point.filled ? ' (no data, counted as 0)' : '');
  return point.suppressed ? suppressionLabel(point.suppressionReason) : NO_DATA_TEXT;
}

function highlightOf(p: Point, s: Selection): 'current' | 'previous' | null {
  const inside = (period: { startDate: string; endDate: string } | null) =>
    period !== null && p.startDate <= period.endDate && p.endDate >= period.startDate;
  return inside(s.current) ? 'current' : inside(s.previous) ? 'previous' : null;
}

export const seriesPanel: PanelDefinition<DashboardSeriesQuery, DashboardSeriesQueryVariables> = {
  name: 'series',
  title: 'Trend',
  roles: ['AGENCY', 'ANALYST', 'POLICY'],
  wide: true,
  controls,
  document: DashboardSeriesDocument,
  variables: ({ selection: s }) => ({
    measure: seriesView.measure as MeasureId,
    kind: seriesView.kind as PeriodKind,
    from: s.periods[0]?.startDate ?? s.current.startDate,
    to: s.current.endDate,
  }),
  render(data, ctx) {
    const s = ctx.selection;
    const measureId = (data.series ?? [])[0]?.measure ?? seriesView.measure;
    const measure = (data.measures ?? []).find((m) => m.id === measureId);
    const available = (data.measures ?? []).filter((m) => m.available).map((m): [string, string] => [m.id, m.label]);
    if (available.length > 0 && available.length !== knownMeasures.length) {
      knownMeasures = available;
      panelElement('series').querySelector('.panel-controls-slot')?.replaceChildren(controls(ctx));
    }
    const kind = measure?.kind ?? 'COUNT';
    const text = (v: number) => formatValue(v, kind);
    const points = (data.series ?? [])[0]?.points ?? [];
    if (points.length === 0) return h('p', { class: 'empty' }, 'No periods in this range.');
    const byKind = KINDS[seriesView.kind] ?? seriesView.kind;
    const title = `${measure?.label ?? measureId} by ${byKind}, ${points[0]!.startDate} to ${points.at(-1)!.endDate}`;
    const chartPoints: ChartPoint[] = points.map((p) => ({
      label: p.period?.id ?? p.startDate,
      title: p.period?.label ?? p.startDate,
      value: p.value,
      withheld: p.suppressed ? suppressionLabel(p.suppressionReason) : null,
      filled: p.filled,
      highlight: highlightOf(p, s),
      interval: p.interval ? { lower: p.interval.lower, upper: p.interval.upper ?? p.interval.lower } : null,
    }));
    const rows = points.map((p) =>
      h(
        'tr',
        { 'data-period': p.period?.id ?? p.startDate },
        h('th', { scope: 'row' }, p.period?.label ?? p.startDate),
        h(
          'td',
          {
            class: 'num',
            'data-value': p.value ?? '',
            ...(p.suppressed ? { 'data-suppressed': p.suppressionReason ?? 'withheld' } : {}),
          },
          pointText(p, text),
        ),
        h(
          'td',
          { class: 'num interval' },
          p.interval ? `${text(p.interval.lower)}–${p.interval.upper === null ? '∞' : text(p.interval.upper)}` : '—',
        ),
      ),
    );
    const unit = measure?.unit ?? 'value';
    const yTitle = `${unit[0]!.toUpperCase()}${unit.slice(1)}${kind === 'PROPORTION' ? ' (%)' : ''}`;
    return h(
      'figure',
      { class: 'series-figure' },
      lineChart(chartPoints, {
        title,
        formatValue: text,
        xTitle: `${byKind[0]!.toUpperCase()}${byKind.slice(1)}`,
        yTitle,
        currentName: s.current.label,
        previousName: s.previous?.label,
        width: panelElement('series').querySelector('.panel-body')?.clientWidth,
      }),
      h(
        'figcaption',
        {},
        h('span', { class: 'legend-line' }, title),
        h(
          'span',
          { class: 'legend-key' },
          'Shaded: the compared periods. Band: the 95% interval of each value ' +
            '(exact Poisson for counts and rates, Wilson for shares). A break in the line: no data. ' +
            'Hollow dot: no data, counted as 0. Dashed line: withheld ("<5" or "withheld"), never a zero.',
        ),
      ),
      h(
        'details',
        {},
        h('summary', {}, 'Show the numbers'),
        dataTable(title, ['Period', measure?.label ?? measureId, '95% interval'], rows),
      ),
    );
  },
  csv(data, { selection: s }) {
    const points = (data.series ?? [])[0]?.points ?? [];
    return {
      fileName: `tidemark-trend-${seriesView.measure}-${seriesView.kind}-to-${s.current.id}.csv`,
      columns: ['measure', 'period', 'start_date', 'end_date', 'value', 'filled', 'interval_lower', 'interval_upper'],
      rows: points.map((p) => [
        (data.series ?? [])[0]!.measure,
        p.period?.id ?? p.startDate,
        p.startDate,
        p.endDate,
        p.value ?? (p.suppressed ? suppressionLabel(p.suppressionReason) : null),
        p.filled,
        p.interval?.lower ?? null,
        p.interval?.upper ?? null,
      ]),
    };
  },
};
