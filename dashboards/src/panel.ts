/**
 * A panel is bound to ONE named operation (operations/dashboards/*.graphql). It shows its state in
 * `data-state` (loading | ready | error) so tests and the render-time bench can wait for it, and it is never
 * blank: loading text, the rendered answer, or the API's errors with their codes.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { runOperation, type ApiError } from './api.js';
import { h } from './dom.js';
import type { Selection } from './periods.js';

type PanelState = 'loading' | 'ready' | 'error';

export interface PanelDefinition<TData, TVariables> {
  /** The `data-panel` name of the panel's section in index.html. */
  name: string;
  document: TypedDocumentNode<TData, TVariables>;
  variables(selection: Selection): TVariables;
  render(data: TData, selection: Selection): Node;
}

export function panelElement(name: string): HTMLElement {
  const el = document.querySelector<HTMLElement>(`[data-panel="${name}"]`);
  if (!el) throw new Error(`index.html has no [data-panel="${name}"]`);
  return el;
}

function bodyOf(panel: HTMLElement): HTMLElement {
  const body = panel.querySelector<HTMLElement>('.panel-body');
  if (!body) throw new Error(`panel ${panel.dataset.panel} has no .panel-body`);
  return body;
}

function setPanelState(panel: HTMLElement, state: PanelState, content: Node): void {
  panel.dataset.state = state;
  panel.setAttribute('aria-busy', String(state === 'loading'));
  bodyOf(panel).replaceChildren(content);
}

function errorBlock(errors: ApiError[]): HTMLElement {
  return h(
    'div',
    { class: 'panel-error', role: 'alert' },
    h('p', { class: 'panel-error-title' }, errors.length === 1 ? 'The API refused or failed this panel:' : 'The API returned errors:'),
    h(
      'ul',
      {},
      ...errors.map((e) => h('li', { 'data-error-code': e.code }, h('code', { class: 'error-code' }, e.code), ' ', e.message)),
    ),
  );
}

export function showPanelErrors(name: string, errors: ApiError[]): void {
  setPanelState(panelElement(name), 'error', errorBlock(errors));
}

/** The latest load per panel; answers of older loads (the user changed period meanwhile) are dropped. */
const generation = new Map<string, number>();

export async function loadPanel<TData, TVariables>(
  definition: PanelDefinition<TData, TVariables>,
  selection: Selection,
  token: string | null,
): Promise<void> {
  const panel = panelElement(definition.name);
  const mine = (generation.get(definition.name) ?? 0) + 1;
  generation.set(definition.name, mine);
  setPanelState(panel, 'loading', h('p', { class: 'panel-loading' }, 'Loading…'));
  const result = await runOperation(definition.document, definition.variables(selection), token);
  if (generation.get(definition.name) !== mine) return;
  if (!result.ok) {
    setPanelState(panel, 'error', errorBlock(result.errors));
    return;
  }
  let content: Node;
  try {
    content = definition.render(result.data, selection);
  } catch (error) {
    setPanelState(panel, 'error', errorBlock([{ code: 'RENDER_ERROR', message: (error as Error).message }]));
    return;
  }
  setPanelState(panel, 'ready', content);
}
