/**
 * Panel "funnel" (operation DashboardFunnel): suspects identified → arrests → prosecutions → convictions, and
 * victims identified → referred, for both periods, with the conversion from each step to the next. The
 * conversions the catalogue defines (convictions per prosecution, referral rate) are the API's; the others are
 * the ratio of the two counts shown beside them, left empty when either is withheld.
 */
import {
  DashboardFunnelDocument,
  type DashboardFunnelQuery,
  type DashboardFunnelQueryVariables,
} from '../../../operations/generated/graphql.js';
import type { CsvValue } from '../csv.js';
import { dataTable, h } from '../dom.js';
import { formatValue, suppressionLabel } from '../format.js';
import type { PanelDefinition } from '../panel.js';
import { periodVariables, type Selection } from '../periods.js';
import {
  basisNote,
  comparisonCells,
  comparisonCsv,
  comparisonHeaders,
  fileStem,
  type CompareRow,
} from './compare-table.js';

const STEPS: { measure: string; from?: string; ratio?: string; label: string }[] = [
  { measure: 'AGENCY_SUSPECTS_IDENTIFIED', label: 'Suspects identified' },
  { measure: 'AGENCY_ARRESTS', from: 'AGENCY_SUSPECTS_IDENTIFIED', label: 'Arrests' },
  { measure: 'AGENCY_PROSECUTIONS', from: 'AGENCY_ARRESTS', label: 'Prosecutions' },
  { measure: 'AGENCY_CONVICTIONS', from: 'AGENCY_PROSECUTIONS', ratio: 'CONVICTION_RATIO', label: 'Convictions' },
  { measure: 'AGENCY_VICTIMS_IDENTIFIED', label: 'Victims identified' },
  {
    measure: 'AGENCY_VICTIMS_REFERRED',
    from: 'AGENCY_VICTIMS_IDENTIFIED',
    ratio: 'REFERRAL_RATE',
    label: 'Victims referred',
  },
];

type Side = 'current' | 'previous';

/** The conversion into a step for one period: the API's ratio where it has one, else step ÷ previous step. */
function conversion(
  rows: Map<string, CompareRow>,
  step: (typeof STEPS)[number],
  side: Side,
): { value: number | null; withheld: string | null } {
  if (!step.from) return { value: null, withheld: null };
  const reason = (r: CompareRow | undefined) =>
    (side === 'current' ? r?.currentSuppression : r?.previousSuppression) ?? null;
  if (step.ratio) {
    const r = rows.get(step.ratio);
    return { value: r?.[side] ?? null, withheld: reason(r) ? suppressionLabel(reason(r)) : null };
  }
  const top = rows.get(step.measure);
  const bottom = rows.get(step.from);
  const hidden = reason(top) ?? reason(bottom);
  if (hidden) return { value: null, withheld: 'withheld' };
  const a = top?.[side] ?? null;
  const b = bottom?.[side] ?? null;
  return { value: a !== null && b ? a / b : null, withheld: null };
}

function conversionCell(step: (typeof STEPS)[number], side: Side, rows: Map<string, CompareRow>): HTMLTableCellElement {
  const { value, withheld } = conversion(rows, step, side);
  const text = !step.from ? '' : value !== null ? formatValue(value, 'RATIO') : (withheld ?? '—');
  return h(
    'td',
    { class: 'num', 'data-measure': step.measure, 'data-field': `conversion-${side}`, 'data-value': value ?? '' },
    text,
  );
}

function headers(s: Selection): string[] {
  return ['Step', ...comparisonHeaders(s), `Conversion ${s.current.id}`, `Conversion ${s.previous?.id ?? 'previous'}`];
}

export const funnelPanel: PanelDefinition<DashboardFunnelQuery, DashboardFunnelQueryVariables> = {
  name: 'funnel',
  title: 'Enforcement funnel',
  roles: ['AGENCY', 'ANALYST', 'POLICY'],
  wide: true,
  document: DashboardFunnelDocument,
  variables: (ctx) => periodVariables(ctx.selection),
  render(data, { selection: s }) {
    const catalogue = new Map((data.measures ?? []).map((m) => [m.id as string, m]));
    const rows = new Map((data.compare ?? []).map((r) => [r.measure as string, r]));
    const trs = STEPS.flatMap((step) => {
      const row = rows.get(step.measure);
      if (!row) return [];
      return [
        h(
          'tr',
          { 'data-measure': step.measure, class: step.from ? 'funnel-step' : 'funnel-start' },
          h('th', { scope: 'row' }, step.from ? `→ ${step.label}` : step.label),
          ...comparisonCells(row, catalogue.get(step.measure)),
          conversionCell(step, 'current', rows),
          conversionCell(step, 'previous', rows),
        ),
      ];
    });
    return h(
      'div',
      {},
      dataTable(
        `Enforcement funnel, all reporting countries: ${s.current.label} against ` +
          (s.previous?.label ?? 'no earlier period'),
        headers(s),
        trs,
      ),
      h(
        'p',
        { class: 'note' },
        'Conversion: each step per unit of the step before it in the same period (convictions per prosecution and ' +
          'the referral rate as the API defines them). Conversions are ratios: no test.',
      ),
      basisNote(s),
    );
  },
  csv(data, { selection: s }) {
    const catalogue = new Map((data.measures ?? []).map((m) => [m.id as string, m]));
    const table = comparisonCsv(fileStem(s, 'funnel'), data.compare ?? [], catalogue, s);
    const rows = new Map((data.compare ?? []).map((r) => [r.measure as string, r]));
    const conv = (measure: string, side: Side): CsvValue => {
      const step = STEPS.find((st) => st.measure === measure);
      if (!step?.from) return null;
      const c = conversion(rows, step, side);
      return c.value ?? c.withheld;
    };
    return {
      ...table,
      columns: [...table.columns, 'conversion_current', 'conversion_previous'],
      rows: table.rows.map((row, i) => [
        ...row,
        conv(data.compare![i]!.measure, 'current'),
        conv(data.compare![i]!.measure, 'previous'),
      ]),
    };
  },
};
