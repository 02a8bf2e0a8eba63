/**
 * Supplier panels. "riskiest" (ANALYST): the highest-risk suppliers with their largest drivers; a supplier's
 * name opens the "supplier" drill-down (its audits, findings, corrective actions and risk over time), kept in
 * the URL as `supplier=`. "mySuppliers" (PARTNER): the partner's own audited suppliers ranked by risk, with
 * drivers and its open and overdue corrective actions.
 */
import {
  DashboardMySuppliersDocument,
  DashboardRiskiestSuppliersDocument,
  DashboardStatusDocument,
  DashboardSupplierDocument,
  type DashboardMySuppliersQuery,
  type DashboardMySuppliersQueryVariables,
  type DashboardRankedSupplierFragment,
  type DashboardRiskiestSuppliersQuery,
  type DashboardRiskiestSuppliersQueryVariables,
  type DashboardSupplierQuery,
} from '../../../operations/generated/graphql.js';
import { runOperation } from '../api.js';
import { lineChart } from '../charts/line-chart.js';
import { dataTable, h } from '../dom.js';
import type { PanelContext, PanelDefinition } from '../panel.js';
import { enumLabel } from './cells.js';

type Risk = NonNullable<DashboardRankedSupplierFragment['risk']>;

/** One ranked supplier as the tables show it; registry fields are null when the registry could not answer. */
interface Ranked {
  id: string;
  name: string;
  sector: string | null;
  country: { code: string; name: string } | null;
  risk: Risk | null;
}

const flatten = (r: DashboardRankedSupplierFragment): Ranked => ({
  id: r.supplierId,
  name: r.supplier?.name ?? r.supplierId,
  sector: r.supplier?.sector ?? null,
  country: r.supplier?.country ?? null,
  risk: r.risk,
});

/** The supplier drilled into, kept in the URL by the page. */
export const supplierView = { id: null as string | null };

const TOP_DRIVERS = 3;
const score = (v: number) => v.toFixed(1);

function driversText(risk: Risk | null | undefined): string {
  if (!risk) return '';
  return risk.drivers
    .slice(0, TOP_DRIVERS)
    .map((d) => `${d.label} (${score(d.contribution)})`)
    .join('; ');
}

function bandCell(risk: Risk | null | undefined): HTMLTableCellElement {
  if (!risk) return h('td', {}, '—');
  return h(
    'td',
    { 'data-field': 'band', 'data-value': risk.band },
    h('span', { class: `band-tag band-tag-${risk.band.toLowerCase()}` }, enumLabel(risk.band)),
    risk.override ? ' (override)' : '',
  );
}

function supplierLink(supplier: { id: string; name: string }, ctx: PanelContext): HTMLElement {
  const link = h(
    'a',
    { href: `?supplier=${encodeURIComponent(supplier.id)}`, 'data-supplier': supplier.id },
    supplier.name,
  );
  link.addEventListener('click', (event) => {
    event.preventDefault();
    supplierView.id = supplier.id;
    ctx.onViewChange();
  });
  return link;
}

function rankedRow(
  s: Ranked,
  i: number,
  ctx: PanelContext | null,
  extra: HTMLTableCellElement[] = [],
): HTMLTableRowElement {
  return h(
    'tr',
    { 'data-group': s.id },
    h('td', { class: 'num' }, String(i + 1)),
    h('th', { scope: 'row' }, ctx ? supplierLink(s, ctx) : s.name),
    h('td', {}, s.country?.name ?? s.country?.code ?? '—'),
    h('td', {}, s.sector ? enumLabel(s.sector) : '—'),
    h(
      'td',
      { class: 'num', 'data-field': 'score', 'data-value': s.risk?.score ?? '' },
      s.risk ? score(s.risk.score) : '—',
    ),
    bandCell(s.risk),
    h('td', { class: 'drivers', 'data-field': 'drivers' }, driversText(s.risk)),
    ...extra,
  );
}

const RANK_COLUMNS = ['id', 'name', 'country', 'sector', 'score', 'band', 'override', 'as_of', 'drivers'];
const rankCsv = (s: Ranked) => [
  s.id,
  s.name,
  s.country?.code ?? '',
  s.sector,
  s.risk?.score ?? null,
  s.risk?.band ?? null,
  s.risk?.override ?? null,
  s.risk?.asOf ?? null,
  s.risk ? s.risk.drivers.map((d: Risk['drivers'][number]) => `${d.label}: ${d.contribution}`).join(' | ') : null,
];

export const riskiestPanel: PanelDefinition<DashboardRiskiestSuppliersQuery, DashboardRiskiestSuppliersQueryVariables> =
  {
    name: 'riskiest',
    title: 'Highest-risk suppliers',
    roles: ['ANALYST'],
    wide: true,
    document: DashboardRiskiestSuppliersDocument,
    variables: () => ({ first: 20 }),
    render(data, ctx) {
      const ranked = (data.riskiestSuppliers ?? []).map(flatten);
      if (ranked.length === 0) return h('p', { class: 'empty' }, 'No scored suppliers in this build.');
      const rows = ranked.map((s, i) => rankedRow(s, i, ctx));
      return h(
        'div',
        {},
        dataTable(
          'The 20 suppliers with the highest risk score; pick one to see its audits and risk over time',
          ['#', 'Supplier', 'Country', 'Sector', 'Score', 'Band', `Largest ${TOP_DRIVERS} drivers (points)`],
          rows,
        ),
      );
    },
    csv: (data) => ({
      fileName: 'tidemark-riskiest-suppliers.csv',
      columns: RANK_COLUMNS,
      rows: (data.riskiestSuppliers ?? []).map(flatten).map(rankCsv),
    }),
  };

const PARTNER_LIST = 20;

/** Ranked suppliers with their open and overdue corrective actions (null when the registry did not answer). */
const mySuppliers = (data: DashboardMySuppliersQuery) =>
  (data.riskiestSuppliers ?? []).map((r) => ({ ...flatten(r), actions: r.supplier?.correctiveActionCounts ?? null }));

function countCell(field: string, value: number | undefined, overdue = false): HTMLTableCellElement {
  return h(
    'td',
    { class: `num${overdue && value ? ' overdue' : ''}`, 'data-field': field, 'data-value': value ?? '' },
    value === undefined ? '—' : String(value),
  );
}

export const mySuppliersPanel: PanelDefinition<DashboardMySuppliersQuery, DashboardMySuppliersQueryVariables> = {
  name: 'mySuppliers',
  title: 'Your suppliers by risk',
  roles: ['PARTNER'],
  wide: true,
  document: DashboardMySuppliersDocument,
  variables: () => ({ first: PARTNER_LIST }),
  render(data) {
    const suppliers = mySuppliers(data);
    if (suppliers.length === 0)
      return h('p', { class: 'empty' }, 'You have not audited any supplier in this build yet.');
    const rows = suppliers.map((s, i) =>
      rankedRow(s, i, null, [
        countCell('openActions', s.actions?.open),
        countCell('overdueActions', s.actions?.overdue, true),
      ]),
    );
    return h(
      'div',
      {},
      dataTable(
        `The ${PARTNER_LIST} suppliers you have audited with the highest risk`,
        [
          '#',
          'Supplier',
          'Country',
          'Sector',
          'Score',
          'Band',
          `Largest ${TOP_DRIVERS} drivers (points)`,
          'Open corrective actions',
          'Overdue',
        ],
        rows,
      ),
      h(
        'p',
        { class: 'note' },
        'Drivers from other partners’ audits appear as one contribution without details. Corrective actions: from ' +
          'all your own audits of each supplier; open: not yet closed or verified; overdue: still open after the ' +
          'due date.',
      ),
    );
  },
  csv: (data) => ({
    fileName: 'tidemark-my-suppliers.csv',
    columns: [...RANK_COLUMNS, 'open_corrective_actions', 'overdue_corrective_actions'],
    rows: mySuppliers(data).map((s) => [...rankCsv(s), s.actions?.open ?? null, s.actions?.overdue ?? null]),
  }),
};

/** Six dates for risk over time: the build's asOf and the same day 3, 6, … 15 months earlier. */
export function riskDates(asOf: string): string[] {
  const [y, m, d] = asOf.split('-').map(Number) as [number, number, number];
  return [15, 12, 9, 6, 3, 0].map((back) => {
    const date = new Date(Date.UTC(y, m - 1 - back, 1));
    const last = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
    date.setUTCDate(Math.min(d, last));
    return date.toISOString().slice(0, 10);
  });
}

type SupplierData = DashboardSupplierQuery;

export const supplierPanel: PanelDefinition<SupplierData> = {
  name: 'supplier',
  title: 'Supplier drill-down',
  roles: ['ANALYST'],
  wide: true,
  async fetch(ctx) {
    const status = await runOperation(DashboardStatusDocument, {}, ctx.token);
    if (!status.ok) return status;
    const asOf = status.data.warehouseStatus?.asOf ?? new Date().toISOString().slice(0, 10);
    const [d1, d2, d3, d4, d5, d6] = riskDates(asOf);
    return runOperation(DashboardSupplierDocument, { id: supplierView.id ?? '', d1, d2, d3, d4, d5, d6 }, ctx.token);
  },
  render(data, ctx) {
    const s = data.supplier;
    if (!s) return h('p', { class: 'empty' }, `No supplier ${supplierView.id}.`);
    const close = h('button', { type: 'button', class: 'secondary no-print' }, 'Close');
    close.addEventListener('click', () => {
      supplierView.id = null;
      ctx.onViewChange();
    });
    const history = [s.r1, s.r2, s.r3, s.r4, s.r5, s.r6].filter((r): r is NonNullable<typeof r> => !!r);
    const chart = lineChart(
      history.map((r) => ({ label: r.asOf, title: r.asOf, value: r.score, withheld: null, filled: false })),
      {
        title: `Risk score of ${s.name} over time`,
        formatValue: score,
        xTitle: 'Scored as of (date)',
        yTitle: 'Risk score (0–100)',
        width: 640,
      },
    );
    const drivers = (s.risk?.drivers ?? []).map((d) =>
      h(
        'tr',
        {},
        h('th', { scope: 'row' }, d.label),
        h('td', { class: 'num', 'data-value': d.contribution }, score(d.contribution)),
      ),
    );
    const findings = (s.audits?.edges ?? []).flatMap(({ node: a }) =>
      a.findings.map((f) =>
        h(
          'tr',
          { 'data-audit': a.id },
          h('td', {}, a.auditDate),
          h('td', {}, enumLabel(a.scheme)),
          h('td', {}, a.partnerOrgId),
          h('td', {}, f.severity),
          h('td', {}, f.iloIndicator ? enumLabel(f.iloIndicator) : '—'),
          h('td', {}, f.description),
          h('td', {}, f.correctiveAction ? enumLabel(f.correctiveAction.status) : '—'),
          h('td', {}, f.correctiveAction?.dueDate ?? ''),
          h(
            'td',
            { class: f.correctiveAction?.isOverdue ? 'overdue' : '' },
            f.correctiveAction?.isOverdue ? 'overdue' : '',
          ),
        ),
      ),
    );
    return h(
      'div',
      { 'data-supplier': s.id },
      h(
        'div',
        { class: 'drill-head' },
        h(
          'p',
          {},
          h('strong', {}, s.name),
          ` · ${s.country?.name ?? s.country?.code ?? '—'} · ${enumLabel(s.sector)}`,
          ` · score ${s.risk ? score(s.risk.score) : '—'} (${s.risk?.band ?? '—'})`,
        ),
        close,
      ),
      chart,
      dataTable('What the score is made of (points)', ['Driver', 'Points'], drivers),
      dataTable(
        `Audits, findings and corrective actions (${s.audits?.edges.length ?? 0} audits)`,
        ['Audit date', 'Scheme', 'Partner', 'Severity', 'ILO indicator', 'Finding', 'Corrective action', 'Due', ''],
        findings,
      ),
    );
  },
  csv(data) {
    const s = data.supplier;
    const rows = (s?.audits?.edges ?? []).flatMap(({ node: a }) =>
      a.findings.map((f) => [
        s!.id,
        a.id,
        a.auditDate,
        a.scheme,
        a.partnerOrgId,
        f.id,
        f.severity,
        f.iloIndicator,
        f.description,
        f.correctiveAction?.status ?? null,
        f.correctiveAction?.dueDate ?? null,
        f.correctiveAction?.isOverdue ?? null,
      ]),
    );
    return {
      fileName: `tidemark-supplier-${s?.id ?? 'none'}.csv`,
      columns: [
        'supplier_id',
        'audit_id',
        'audit_date',
        'scheme',
        'partner',
        'finding_id',
        'severity',
        'ilo_indicator',
        'description',
        'corrective_action_status',
        'due_date',
        'overdue',
      ],
      rows,
    };
  },
};
