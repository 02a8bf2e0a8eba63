/**
 * Unread alerts (issue 14, docs/alerts.md) for a partner (its own) and an analyst (all): how many, and the oldest
 * 20 with an Acknowledge button. Acknowledging calls AcknowledgeAlert and reloads the panel, so the count shown is
 * always the API's `unacknowledgedCount`, never a number the page kept itself.
 */
import {
  AcknowledgeAlertDocument,
  UnreadAlertsDocument,
  type UnreadAlertsQuery,
  type UnreadAlertsQueryVariables,
} from '../../../operations/generated/graphql.js';
import { runOperation } from '../api.js';
import { dataTable, h } from '../dom.js';
import { formatDateTime } from '../format.js';
import { loadPanel, panelElement, setPanelState, type PanelContext, type PanelDefinition } from '../panel.js';
import { enumLabel } from './cells.js';

type Alert = NonNullable<UnreadAlertsQuery['alerts']>['edges'][number]['node'];

const LISTED = 20;

/** One line saying what happened, from the alert's own fields. */
function alertText(alert: Alert): string {
  const indicator = alert.iloIndicator ? enumLabel(alert.iloIndicator) : null;
  switch (alert.kind) {
    case 'ZERO_TOLERANCE_FINDING':
      return `Critical (S4) finding${indicator ? `: ${indicator}` : ''}`;
    case 'CORRECTIVE_ACTION_OVERDUE': {
      const since = alert.dueDate ? ` since ${alert.dueDate}` : '';
      return `Corrective action overdue${since}${indicator ? ` (${indicator})` : ''}`;
    }
    case 'SUPPLIER_SEVERE':
      return 'Risk band became SEVERE';
    default:
      return enumLabel(alert.kind);
  }
}

async function acknowledge(alert: Alert, button: HTMLButtonElement, ctx: PanelContext): Promise<void> {
  button.disabled = true;
  const result = await runOperation(AcknowledgeAlertDocument, { id: alert.id }, ctx.token);
  if (!result.ok) {
    button.disabled = false;
    const panel = panelElement(alertsPanel.name);
    const message = result.errors.map((e) => `${e.code}: ${e.message}`).join('; ');
    setPanelState(panel, 'error', h('p', { class: 'panel-error', role: 'alert' }, `Not acknowledged (${message})`));
    return;
  }
  await loadPanel(alertsPanel, ctx);
}

export const alertsPanel: PanelDefinition<UnreadAlertsQuery, UnreadAlertsQueryVariables> = {
  name: 'alerts',
  title: 'Unread alerts',
  roles: ['PARTNER', 'ANALYST'],
  document: UnreadAlertsDocument,
  variables: () => ({ first: LISTED }),
  render(data, ctx) {
    const count = data.alerts?.unacknowledgedCount ?? 0;
    const alerts = (data.alerts?.edges ?? []).map((e) => e.node);
    const summary = h(
      'p',
      { class: 'alerts-count' },
      h('strong', { 'data-field': 'unacknowledgedCount', 'data-value': count }, String(count)),
      count === 1 ? ' unread alert' : ' unread alerts',
      count > alerts.length ? ` (the oldest ${alerts.length} listed)` : '',
    );
    if (alerts.length === 0) return h('div', {}, summary);
    const rows = alerts.map((alert) => {
      const button = h(
        'button',
        { type: 'button', class: 'secondary no-print', 'data-acknowledge': alert.id },
        'Acknowledge',
      );
      button.addEventListener('click', () => void acknowledge(alert, button, ctx));
      return h(
        'tr',
        { 'data-alert': alert.id, 'data-kind': alert.kind, 'data-audit': alert.auditId },
        h('th', { scope: 'row' }, enumLabel(alert.kind)),
        h('td', {}, `${alert.supplier.name}${alert.supplier.country ? ` (${alert.supplier.country.code})` : ''}`),
        h('td', {}, formatDateTime(alert.raisedAt)),
        h('td', {}, alertText(alert)),
        h('td', {}, button),
      );
    });
    return h(
      'div',
      {},
      summary,
      dataTable('Unread alerts, oldest first', ['Kind', 'Supplier', 'Raised', 'What', ''], rows),
    );
  },
  csv: (data) => ({
    fileName: 'tidemark-unread-alerts.csv',
    columns: [
      'alert_id',
      'kind',
      'supplier_id',
      'supplier',
      'country',
      'raised_at',
      'audit_id',
      'ilo_indicator',
      'due_date',
    ],
    rows: (data.alerts?.edges ?? []).map(({ node: a }) => [
      a.id,
      a.kind,
      a.supplier.id,
      a.supplier.name,
      a.supplier.country?.code ?? null,
      a.raisedAt,
      a.auditId,
      a.iloIndicator,
      a.dueDate,
    ]),
  }),
};
