/**
 * The whole view lives in the URL, so a view can be reloaded, bookmarked or sent: the periods, the trend's
 * measure and period kind, and the supplier drilled into. Reading ignores values the page does not know.
 */
export interface ViewState {
  current: string | null;
  previous: string | null;
  measure: string | null;
  kind: string | null;
  supplier: string | null;
}

const KEYS = ['current', 'previous', 'measure', 'kind', 'supplier'] as const;

export function readViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const get = (key: string) => {
    const value = params.get(key);
    return value === null || value === '' ? null : value;
  };
  return {
    current: get('current'),
    previous: get('previous'),
    measure: get('measure'),
    kind: get('kind'),
    supplier: get('supplier'),
  };
}

/** The query string for a view; keys in a fixed order so the same view always gives the same URL. */
export function viewSearch(state: ViewState): string {
  const params = new URLSearchParams();
  for (const key of KEYS) if (state[key]) params.set(key, state[key]!);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function writeViewState(state: ViewState): void {
  const url = new URL(window.location.href);
  history.replaceState(history.state, '', url.pathname + viewSearch(state) + url.hash);
}
