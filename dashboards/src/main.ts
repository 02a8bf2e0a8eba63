/**
 * The dashboard page: sign-in, period pickers, and the panels the signed-in role may see, each bound to named
 * operations. Panels load in parallel; a failure in one never blanks another. A missing or refused token shows
 * one sign-in prompt instead of panels. The whole view (periods, trend measure and kind, supplier) is in the URL.
 */
import type { ApiError } from './api.js';
import { h } from './dom.js';
import {
  loadPanel,
  panelElement,
  panelSection,
  setPanelState,
  type PanelContext,
  type PanelDefinition,
  type Role,
} from './panel.js';
import { alertsPanel } from './panels/alerts.js';
import { funnelPanel } from './panels/funnel.js';
import { campaignsPanel, indicatorsPanel, infoSharingPanel } from './panels/country-comparison.js';
import { headlinePanel } from './panels/headline.js';
import { hotspotsPanel } from './panels/hotspots.js';
import { regionPanel } from './panels/region.js';
import { KINDS, seriesPanel, seriesView } from './panels/series.js';
import { statusPanel } from './panels/status.js';
import { mySuppliersPanel, riskiestPanel, supplierPanel, supplierView } from './panels/suppliers.js';
import {
  defaultPrevious,
  fetchPeriods,
  fillPeriodSelects,
  initialSelection,
  periodsWithData,
  type Selection,
} from './periods.js';
import { updateReportHeader } from './report.js';
import { adoptTokenFromUrl, forgetToken, readClaims, readToken, saveToken } from './token.js';
import { readViewState, writeViewState } from './view-state.js';

/** Page order. Each panel lists the roles it is for. */
const PANELS: PanelDefinition<any, any>[] = [
  headlinePanel,
  regionPanel,
  funnelPanel,
  seriesPanel,
  indicatorsPanel,
  infoSharingPanel,
  hotspotsPanel,
  campaignsPanel,
  riskiestPanel,
  supplierPanel,
  mySuppliersPanel,
];
const ROLES: readonly Role[] = ['PARTNER', 'AGENCY', 'ANALYST', 'POLICY'];

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const currentSelect = byId<HTMLSelectElement>('current-period');
const previousSelect = byId<HTMLSelectElement>('previous-period');
const tokenForm = byId<HTMLFormElement>('token-form');
const tokenInput = byId<HTMLInputElement>('token');
const identity = byId<HTMLElement>('identity');
const signIn = byId<HTMLElement>('sign-in');
const grid = byId<HTMLElement>('panels');
const controls = byId<HTMLElement>('view-controls');
const alertsSlot = byId<HTMLElement>('alerts-slot');

let ctx: PanelContext | null = null;

function showIdentity(token: string | null): void {
  const claims = token ? readClaims(token) : null;
  if (!token || !claims) {
    identity.replaceChildren();
    return;
  }
  const expired = claims.exp !== undefined && claims.exp * 1000 < Date.now();
  const stamp =
    claims.exp === undefined ? '' : new Date(claims.exp * 1000).toISOString().slice(0, 16).replace('T', ' ');
  const until = claims.exp === undefined ? '' : ` · ${expired ? 'expired' : 'valid until'} ${stamp} UTC`;
  identity.replaceChildren(
    'Signed in as ',
    h('strong', {}, claims.sub ?? 'unknown'),
    ` (${claims.role ?? 'no role'})${until}`,
  );
}

/** The one sign-in prompt: no panels, no period pickers, one message saying what to do. */
function showSignIn(reason: string | null): void {
  ctx = null;
  grid.replaceChildren();
  alertsSlot.replaceChildren();
  grid.hidden = true;
  controls.hidden = true;
  signIn.hidden = false;
  byId<HTMLElement>('sign-in-reason').replaceChildren(reason ?? 'Paste your access token to see the dashboards.');
  // Settled, so whoever waits for the page (tests, bench) sees it done: freshness needs a signed-in reader.
  setPanelState(panelElement('status'), 'ready', h('p', {}, 'Not signed in'));
  tokenInput.focus();
}

function showPageError(errors: ApiError[]): void {
  grid.hidden = false;
  grid.replaceChildren(
    h(
      'div',
      { class: 'panel wide panel-error', role: 'alert' },
      ...errors.map((e) => h('p', {}, h('code', {}, e.code), ' ', e.message)),
    ),
  );
}

function saveView(): void {
  if (!ctx) return;
  const s = ctx.selection;
  writeViewState({
    current: s.current.id,
    previous: s.previous?.id ?? null,
    measure: seriesView.measure,
    kind: seriesView.kind,
    supplier: supplierView.id,
  });
  updateReportHeader(s);
}

function visiblePanels(role: Role): PanelDefinition<any, any>[] {
  return PANELS.filter((p) => p.roles.includes(role) && (p !== supplierPanel || supplierView.id !== null));
}

/** Shows exactly the role's panels, in page order; panels already shown keep their content. */
function layoutPanels(role: Role): void {
  const present = new Map(
    [...grid.querySelectorAll<HTMLElement>(':scope > [data-panel]')].map((el) => [el.dataset.panel!, el]),
  );
  grid.replaceChildren(...visiblePanels(role).map((panel) => present.get(panel.name) ?? panelSection(panel)));
}

function loadPanels(panels: PanelDefinition<any, any>[]): void {
  if (!ctx) return;
  const context = ctx;
  const visible = new Set(visiblePanels(context.role).map((p) => p.name));
  for (const panel of panels) if (visible.has(panel.name)) void loadPanel(panel, context);
}

async function start(): Promise<void> {
  const token = readToken();
  showIdentity(token);
  if (!token) return showSignIn(null);
  const claims = readClaims(token);
  const role = (ROLES as readonly string[]).includes(claims?.role ?? '') ? (claims!.role as Role) : null;
  const periods = await fetchPeriods(token);
  if (!periods.ok) {
    const refused = periods.errors.find((e) => e.code === 'UNAUTHENTICATED');
    if (refused)
      return showSignIn(`Your token was refused (${refused.message}). Paste a valid token to sign in again.`);
    return showPageError(periods.errors);
  }
  if (!role)
    return showSignIn(
      `This token's role (${claims?.role ?? 'unreadable'}) has no dashboards. Sign in as a partner, agency, analyst ` +
        `or policy officer.`,
    );
  signIn.hidden = true;
  // The explorer is for analysts (issue 12); other roles can still open it, and the API still decides.
  byId<HTMLElement>('explorer-link').hidden = role !== 'ANALYST';
  controls.hidden = false;
  grid.hidden = false;
  grid.replaceChildren();
  const view = readViewState(window.location.search);
  if (view.measure) seriesView.measure = view.measure;
  if (view.kind && view.kind in KINDS) seriesView.kind = view.kind;
  supplierView.id = role === 'ANALYST' ? view.supplier : null;
  const all = periods.data.reportingPeriods ?? [];
  const hasData = view.current ? null : await periodsWithData(all, role, token);
  const selection = initialSelection(all, view, new Date().toISOString().slice(0, 10), hasData);
  if (!selection)
    return showPageError([
      { code: 'NO_PERIODS', message: 'No action periods are defined yet; an analyst creates them.' },
    ]);
  ctx = { selection, token, role, country: claims?.country ?? null, asOf: null, onViewChange: () => viewChanged() };
  fillPeriodSelects(currentSelect, previousSelect, selection);
  saveView();
  layoutPanels(role);
  showAlerts(ctx);
  void loadPanel(statusPanel, ctx).then((result) => {
    if (result.ok && ctx) {
      ctx.asOf = result.data.warehouseStatus?.asOf ?? null;
      updateReportHeader(ctx.selection, result.data.warehouseStatus);
    }
  });
  loadPanels(PANELS);
}

/** Unread alerts sit beside the view controls, for the roles that may read them only; they follow no period. */
function showAlerts(context: PanelContext): void {
  const allowed = alertsPanel.roles.includes(context.role);
  alertsSlot.replaceChildren(...(allowed ? [panelSection(alertsPanel)] : []));
  if (allowed) void loadPanel(alertsPanel, context);
}

/** A view change inside a panel (measure, kind, supplier): re-lay panels, reload the ones it touches. */
function viewChanged(): void {
  if (!ctx) return;
  saveView();
  layoutPanels(ctx.role);
  loadPanels([seriesPanel, supplierPanel]);
  if (supplierView.id) document.querySelector('[data-panel="supplier"]')?.scrollIntoView({ block: 'start' });
}

function changePeriods(changed: 'current' | 'previous'): void {
  if (!ctx) return;
  const s = ctx.selection;
  const find = (id: string) => s.periods.find((p) => p.id === id) ?? null;
  const current = find(currentSelect.value) ?? s.current;
  // A new current period brings its own default comparison; a chosen comparison stays.
  const previous = changed === 'current' ? defaultPrevious(s.periods, current) : find(previousSelect.value);
  ctx.selection = { ...s, current, previous };
  fillPeriodSelects(currentSelect, previousSelect, ctx.selection);
  saveView();
  loadPanels(PANELS.filter((p) => p !== riskiestPanel && p !== supplierPanel && p !== mySuppliersPanel));
}

currentSelect.addEventListener('change', () => changePeriods('current'));
previousSelect.addEventListener('change', () => changePeriods('previous'));
tokenForm.addEventListener('submit', (event) => {
  event.preventDefault();
  saveToken(tokenInput.value.trim());
  tokenInput.value = '';
  void start();
});
byId<HTMLButtonElement>('forget-token').addEventListener('click', () => {
  forgetToken();
  void start();
});
byId<HTMLButtonElement>('print-report').addEventListener('click', () => window.print());

adoptTokenFromUrl();
void start();
