/**
 * A panel is bound to named operations (operations/dashboards/*.graphql). It shows its state in `data-state`
 * (loading | ready | error) so tests and the render-time bench can wait for it, and it is never blank: loading
 * text, the rendered answer, or the API's errors with their codes. A panel lists the roles it is for
 * (subgraphs/insights/access.ts decides what a role may read), so the page never asks for what it would be
 * refused. Every panel can give its answer as CSV, exactly as the API returned it.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { runOperation, type ApiError, type ApiResult } from './api.js';
import { downloadCsv, type CsvTable } from './csv.js';
import { h } from './dom.js';
import type { Selection } from './periods.js';

type PanelState = 'loading' | 'ready' | 'error';
export type Role = 'PARTNER' | 'AGENCY' | 'ANALYST' | 'POLICY';

export interface PanelContext {
  selection: Selection;
  token: string | null;
  /** The signed-in role and, for an agency, its country (from the token, for choosing panels only). */
  role: Role;
  country: string | null;
  /** The build's asOf date once the status panel has it. */
  asOf: string | null;
  /** Asks the page to reload panels after a view change inside a panel (e.g. a supplier picked). */
  onViewChange(): void;
}

export interface PanelDefinition<TData, TVariables = unknown> {
  /** The `data-panel` name. */
  name: string;
  title: string;
  roles: readonly Role[];
  wide?: boolean;
  /** Controls shown above the panel's body (the trend's measure picker). */
  controls?(ctx: PanelContext): Node | null;
  document?: TypedDocumentNode<TData, TVariables>;
  variables?(ctx: PanelContext): TVariables;
  /** Instead of document + variables: a panel that needs more than one operation in sequence. */
  fetch?(ctx: PanelContext): Promise<ApiResult<TData>>;
  render(data: TData, ctx: PanelContext): Node;
  csv(data: TData, ctx: PanelContext): CsvTable;
}

export function panelElement(name: string): HTMLElement {
  const el = document.querySelector<HTMLElement>(`[data-panel="${name}"]`);
  if (!el) throw new Error(`the page has no [data-panel="${name}"]`);
  return el;
}

/** The section of a panel: heading, CSV button, controls slot and body. */
export function panelSection(definition: PanelDefinition<any, any>): HTMLElement {
  const titleId = `${definition.name}-title`;
  return h(
    'section',
    {
      class: `panel${definition.wide ? ' wide' : ''}`,
      'data-panel': definition.name,
      'data-state': 'loading',
      'aria-labelledby': titleId,
    },
    h(
      'div',
      { class: 'panel-head' },
      h('h2', { id: titleId }, definition.title),
      h(
        'button',
        { type: 'button', class: 'secondary csv-button no-print', 'data-csv': definition.name, disabled: true },
        'Download CSV',
      ),
    ),
    h('div', { class: 'panel-controls-slot' }),
    h('div', { class: 'panel-body' }, h('p', { class: 'panel-loading' }, 'Loading…')),
  );
}

function bodyOf(panel: HTMLElement): HTMLElement {
  const body = panel.querySelector<HTMLElement>('.panel-body');
  if (!body) throw new Error(`panel ${panel.dataset.panel} has no .panel-body`);
  return body;
}

export function setPanelState(panel: HTMLElement, state: PanelState, content: Node): void {
  panel.dataset.state = state;
  panel.setAttribute('aria-busy', String(state === 'loading'));
  bodyOf(panel).replaceChildren(content);
}

function errorBlock(errors: ApiError[]): HTMLElement {
  return h(
    'div',
    { class: 'panel-error', role: 'alert' },
    h(
      'p',
      { class: 'panel-error-title' },
      errors.length === 1 ? 'The API refused or failed this panel:' : 'The API returned errors:',
    ),
    h(
      'ul',
      {},
      ...errors.map((e) =>
        h('li', { 'data-error-code': e.code }, h('code', { class: 'error-code' }, e.code), ' ', e.message),
      ),
    ),
  );
}

/** The latest load per panel; answers of older loads (the user changed period meanwhile) are dropped. */
const generation = new Map<string, number>();

export async function loadPanel<TData, TVariables>(
  definition: PanelDefinition<TData, TVariables>,
  ctx: PanelContext,
): Promise<ApiResult<TData>> {
  const panel = panelElement(definition.name);
  const mine = (generation.get(definition.name) ?? 0) + 1;
  generation.set(definition.name, mine);
  const csvButton = panel.querySelector<HTMLButtonElement>('.csv-button');
  if (csvButton) {
    csvButton.disabled = true;
    csvButton.onclick = null;
  }
  const slot = panel.querySelector<HTMLElement>('.panel-controls-slot');
  if (slot && definition.controls) slot.replaceChildren(definition.controls(ctx) ?? '');
  setPanelState(panel, 'loading', h('p', { class: 'panel-loading' }, 'Loading…'));
  const started = performance.now();
  const result = definition.fetch
    ? await definition.fetch(ctx)
    : await runOperation(definition.document!, definition.variables!(ctx), ctx.token);
  if (generation.get(definition.name) !== mine) return result;
  if (!result.ok) {
    setPanelState(panel, 'error', errorBlock(result.errors));
    return result;
  }
  let content: Node;
  try {
    content = definition.render(result.data, ctx);
  } catch (error) {
    setPanelState(panel, 'error', errorBlock([{ code: 'RENDER_ERROR', message: (error as Error).message }]));
    return result;
  }
  if (result.warnings?.length) {
    const missing = result.warnings.map((w) => `${w.code}: ${w.message}`).join('; ');
    content = h(
      'div',
      {},
      content,
      h('p', { class: 'note partial', role: 'status' }, `Some values could not be loaded (shown as —): ${missing}`),
    );
  }
  setPanelState(panel, 'ready', content);
  panel.dataset.renderMs = String(Math.round(performance.now() - started));
  if (csvButton) {
    csvButton.disabled = false;
    csvButton.onclick = () => downloadCsv(definition.csv(result.data, ctx));
  }
  return result;
}
