/**
 * The user's API token: kept in sessionStorage (gone when the tab closes), or taken once from a `?token=`
 * URL parameter (the demo link `npm start` prints) and then removed from the address bar and history.
 */
const KEY = 'tidemark.token';

export function readToken(): string | null {
  return sessionStorage.getItem(KEY);
}

export function saveToken(token: string): void {
  if (token) sessionStorage.setItem(KEY, token);
  else sessionStorage.removeItem(KEY);
}

export function forgetToken(): void {
  sessionStorage.removeItem(KEY);
}

/** Moves a `?token=` parameter into sessionStorage and off the URL. */
export function adoptTokenFromUrl(): void {
  const url = new URL(window.location.href);
  const token = url.searchParams.get('token');
  if (token === null) return;
  saveToken(token.trim());
  url.searchParams.delete('token');
  history.replaceState(history.state, '', url.pathname + url.search + url.hash);
}

export interface TokenClaims {
  sub?: string;
  role?: string;
  exp?: number;
  /** AGENCY: the country it reports for. */
  country?: string;
}

/**
 * What the token says about its holder, for display only ("signed in as …"): the gateway verifies the
 * signature and decides access; a token this cannot read is simply shown as unreadable.
 */
export function readClaims(token: string): TokenClaims | null {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const binary = atob(
      payload
        .replace(/-/g, '+')
        .replace(/_/g, '/')
        .padEnd(Math.ceil(payload.length / 4) * 4, '='),
    );
    const json = new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
    const claims = JSON.parse(json) as Record<string, unknown>;
    return {
      sub: typeof claims.sub === 'string' ? claims.sub : undefined,
      role: typeof claims.role === 'string' ? claims.role : undefined,
      exp: typeof claims.exp === 'number' ? claims.exp : undefined,
      ...(typeof claims.country === 'string' ? { country: claims.country } : {}),
    };
  } catch {
    return null;
  }
}
