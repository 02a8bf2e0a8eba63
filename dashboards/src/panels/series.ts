/**
 * Panel "series" (operation DashboardSeries): one measure by quarter or action period, from the first action
 * period to the end of the current one. Gaps (null values) are the API's: the chart breaks the line there.
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
import { formatValue, NO_DATA_TEXT, SUPPRESSED_TEXT } from '../format.js';
import { panelElement, type PanelDefinition } from '../panel.js';

type Point = NonNullable<DashboardSeriesQuery['series']>[number]['points'][number];

function control<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`index.html has no #${id}`);
  return el as T;
}

const measureSelect = () => control<HTMLSelectElement>('series-measure');
const kindSelect = () => control<HTMLSelectElement>('series-kind');

/** Reloads the panel when the user picks another measure or period kind. */
export function bindSeriesControls(onChange: () => void): void {
  measureSelect().addEventListener('change', onChange);
  kindSelect().addEventListener('change', onChange);
}

/** Keeps the measure picker in step with the catalogue the API returned. */
function fillMeasures(measures: NonNullable<DashboardSeriesQuery['measures']>, selected: string): void {
  const select = measureSelect();
  const options = measures
    .filter((m) => m.available)
    .map((m) => Object.assign(h('option', { value: m.id }, m.label), { selected: m.id === selected }));
  select.replaceChildren(...options);
}

function pointText(point: Point, text: (v: number) => string): string {
  if (point.value !== null) return text(point.value) + (point.filled ? ' (no data, counted as 0)' : '');
  return point.suppressed ? SUPPRESSED_TEXT : NO_DATA_TEXT;
}

export const seriesPanel: PanelDefinition<DashboardSeriesQuery, DashboardSeriesQueryVariables> = {
  name: 'series',
  document: DashboardSeriesDocument,
  variables: (s) => ({
    measure: measureSelect().value as MeasureId,
    kind: kindSelect().value as PeriodKind,
    from: s.periods[0]?.startDate ?? s.current.startDate,
    to: s.current.endDate,
  }),
  render(data) {
    // Null parts come with an error, and the panel shows the error instead of rendering.
    const series = data.series ?? [];
    const measures = data.measures ?? [];
    const measureId = series[0]?.measure ?? (measureSelect().value as MeasureId);
    const measure = measures.find((m) => m.id === measureId);
    fillMeasures(measures, measureId);
    const kind = measure?.kind ?? 'COUNT';
    const text = (v: number) => formatValue(v, kind);
    const points = series[0]?.points ?? [];
    if (points.length === 0) return h('p', { class: 'empty' }, 'No periods in this range.');
    const byKind = kindSelect().selectedOptions[0]?.textContent ?? '';
    const title = `${measure?.label ?? measureId} by ${byKind}, ${points[0]!.startDate} to ${points.at(-1)!.endDate}`;
    const chartPoints: ChartPoint[] = points.map((p) => ({
      label: p.period?.id ?? p.startDate,
      title: p.period?.label ?? p.startDate,
      value: p.value,
      suppressed: p.suppressed,
      filled: p.filled,
    }));
    const rows = points.map((p) =>
      h(
        'tr',
        { 'data-period': p.period?.id ?? p.startDate },
        h('th', { scope: 'row' }, p.period?.label ?? p.startDate),
        h('td', { class: 'num', 'data-value': p.value ?? '', ...(p.suppressed ? { 'data-suppressed': true } : {}) }, pointText(p, text)),
      ),
    );
    return h(
      'figure',
      { class: 'series-figure' },
      lineChart(chartPoints, { title, formatValue: text, width: panelElement('series').querySelector('.panel-body')?.clientWidth }),
      h(
        'figcaption',
        {},
        h('span', { class: 'legend-line' }, title),
        h('span', { class: 'legend-key' }, 'A break in the line: no data for a rate or share. Hollow dot: no data, counted as 0. ×: suppressed or unknown.'),
      ),
      h('details', {}, h('summary', {}, 'Show the numbers'), dataTable(title, ['Period', measure?.label ?? measureId], rows)),
    );
  },
};
