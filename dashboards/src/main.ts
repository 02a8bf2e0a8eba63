/**
 * The dashboard page: token, period pickers, and panels each bound to one named operation. Panels load in
 * parallel; a failure in one never blanks another.
 */
import { h } from './dom.js';
import { loadPanel, showPanelErrors, type PanelDefinition } from './panel.js';
import { campaignsPanel } from './panels/campaigns.js';
import { headlinePanel } from './panels/headline.js';
import { hotspotsPanel } from './panels/hotspots.js';
import { indicatorsPanel } from './panels/indicators.js';
import { bindSeriesControls, seriesPanel } from './panels/series.js';
import { statusPanel } from './panels/status.js';
import { defaultPrevious, fetchPeriods, fillPeriodSelects, initialSelection, rememberSelection, type Selection } from './periods.js';
import { adoptTokenFromUrl, forgetToken, readClaims, readToken, saveToken } from './token.js';

// Typed per panel where declared; the list only needs what loadPanel needs.
const PERIOD_PANELS: PanelDefinition<any, any>[] = [headlinePanel, seriesPanel, hotspotsPanel, indicatorsPanel, campaignsPanel];
const ALL_PANELS: PanelDefinition<any, any>[] = [statusPanel, ...PERIOD_PANELS];

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const currentSelect = byId<HTMLSelectElement>('current-period');
const previousSelect = byId<HTMLSelectElement>('previous-period');
const tokenForm = byId<HTMLFormElement>('token-form');
const tokenInput = byId<HTMLInputElement>('token');
const identity = byId<HTMLElement>('identity');

let selection: Selection | null = null;

function showIdentity(token: string | null): void {
  if (!token) {
    identity.replaceChildren('No token yet: paste one above to see the dashboards.');
    return;
  }
  const claims = readClaims(token);
  if (!claims) {
    identity.replaceChildren('This token cannot be read; the API will say why it refuses it.');
    return;
  }
  const expired = claims.exp !== undefined && claims.exp * 1000 < Date.now();
  const until = claims.exp === undefined ? '' : ` · ${expired ? 'expired' : 'valid until'} ${new Date(claims.exp * 1000).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  identity.replaceChildren('Signed in as ', h('strong', {}, claims.sub ?? 'unknown'), ` (${claims.role ?? 'no role'})${until}`);
}

function loadPanels(panels: PanelDefinition<any, any>[]): void {
  if (!selection) return;
  const token = readToken();
  for (const panel of panels) void loadPanel(panel, selection, token);
}

async function start(): Promise<void> {
  const token = readToken();
  showIdentity(token);
  currentSelect.disabled = true;
  previousSelect.disabled = true;
  const result = await fetchPeriods(token);
  if (!result.ok) {
    selection = null;
    for (const panel of ALL_PANELS) showPanelErrors(panel.name, result.errors);
    return;
  }
  const today = new Date().toISOString().slice(0, 10);
  selection = initialSelection(result.data.reportingPeriods ?? [], window.location.search, today);
  if (!selection) {
    for (const panel of ALL_PANELS) showPanelErrors(panel.name, [{ code: 'NO_PERIODS', message: 'No action periods are defined yet; an analyst creates them.' }]);
    return;
  }
  fillPeriodSelects(currentSelect, previousSelect, selection);
  rememberSelection(selection);
  loadPanels(ALL_PANELS);
}

function changePeriods(changed: 'current' | 'previous'): void {
  if (!selection) return;
  const find = (id: string) => selection!.periods.find((p) => p.id === id) ?? null;
  const current = find(currentSelect.value) ?? selection.current;
  // A new current period brings its own default comparison; a chosen comparison stays.
  const previous = changed === 'current' ? defaultPrevious(selection.periods, current) : find(previousSelect.value);
  selection = { ...selection, current, previous };
  fillPeriodSelects(currentSelect, previousSelect, selection);
  rememberSelection(selection);
  loadPanels(PERIOD_PANELS);
}

currentSelect.addEventListener('change', () => changePeriods('current'));
previousSelect.addEventListener('change', () => changePeriods('previous'));
bindSeriesControls(() => loadPanels([seriesPanel]));
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

adoptTokenFromUrl();
void start();
