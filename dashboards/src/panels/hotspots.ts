/**
 * Panel "hotspots" (operation DashboardHotspots): supplier risk by country and sector for suppliers audited
 * in the current period, highest average score first. The API withholds thin cells and only counts them.
 */
import { DashboardHotspotsDocument, type DashboardHotspotsQuery, type DashboardHotspotsQueryVariables } from '../../../operations/generated/graphql.js';
import { bandBar } from '../charts/band-bar.js';
import { dataTable, h } from '../dom.js';
import type { PanelDefinition } from '../panel.js';
import { enumLabel } from './cells.js';

type Cell = NonNullable<DashboardHotspotsQuery['riskHotspots']>['cells'][number];

const HEADERS = ['Country', 'Sector', 'Suppliers', 'Audited', 'Partners', 'Average score', 'Highest score', 'Bands (low → severe)', 'Overrides'];
const score = (v: number) => v.toFixed(1);

function cellRow(cell: Cell): HTMLTableRowElement {
  const group = `${cell.country?.code ?? ''}:${cell.sector ?? ''}`;
  const num = (field: string, value: number, text = String(value)) => h('td', { class: 'num', 'data-field': field, 'data-value': value }, text);
  return h(
    'tr',
    { 'data-group': group },
    h('th', { scope: 'row' }, cell.country?.name ?? '—'),
    h('td', {}, cell.sector ? enumLabel(cell.sector) : '—'),
    num('suppliers', cell.suppliers),
    num('auditedSuppliers', cell.auditedSuppliers),
    num('partners', cell.partners),
    num('averageScore', cell.averageScore, score(cell.averageScore)),
    num('maxScore', cell.maxScore, score(cell.maxScore)),
    h('td', {}, bandBar(cell.bands)),
    num('overrides', cell.overrides),
  );
}

function withheldRow(count: number): HTMLTableRowElement {
  const label = `${count} more ${count === 1 ? 'cell' : 'cells'}`;
  return h(
    'tr',
    { class: 'withheld', 'data-withheld': count },
    h('th', { scope: 'row' }, label),
    h('td', { colspan: HEADERS.length - 1 }, h('strong', {}, 'withheld'), ' — fewer than 3 suppliers audited by at least 2 partners stand behind each'),
  );
}

export const hotspotsPanel: PanelDefinition<DashboardHotspotsQuery, DashboardHotspotsQueryVariables> = {
  name: 'hotspots',
  document: DashboardHotspotsDocument,
  variables: (s) => ({ period: s.current.id }),
  render(data, s) {
    // Null only when insights failed, and then the panel shows the error instead of rendering.
    if (!data.riskHotspots) return h('p', { class: 'empty' }, 'Supplier risk is unavailable.');
    const { cells, withheldCells, asOf } = data.riskHotspots;
    const rows = cells.map(cellRow);
    if (withheldCells > 0) rows.push(withheldRow(withheldCells));
    if (rows.length === 0) return h('p', { class: 'empty' }, `No suppliers audited in ${s.current.label}.`);
    return h(
      'div',
      {},
      dataTable(`Risk hotspots among suppliers audited in ${s.current.label}, scored as of ${asOf}`, HEADERS, rows, { class: 'hotspots-table' }),
      h('p', { class: 'note' }, 'Scores: methodology risk-v1, 0–100. Overrides: suppliers forced to SEVERE by an unverified S4 finding within 365 days.'),
    );
  },
};
