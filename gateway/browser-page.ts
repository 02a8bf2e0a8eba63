/**
 * What a person who opens the gateway's URL in a browser sees: a short HTML page pointing to the dashboards
 * and the GraphQL explorer (served with the dashboards), instead of Apollo's CSRF-prevention error. Only a GET
 * of `/` or `/graphql` that asks for HTML and carries no `query` parameter gets it; GraphQL over GET is
 * unchanged.
 */
import type http from 'node:http';

export function wantsBrowserPage(req: http.IncomingMessage, path: string): boolean {
  if (req.method !== 'GET' || (path !== '/' && path !== '/graphql')) return false;
  if (new URL(req.url ?? '/', 'http://x').searchParams.has('query')) return false;
  return String(req.headers.accept ?? '').includes('text/html');
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function browserPage(dashboardsUrl: string): (req: http.IncomingMessage, res: http.ServerResponse) => void {
  const base = new URL(dashboardsUrl);
  const dashboards = escapeHtml(base.toString());
  const explorer = escapeHtml(new URL('explorer.html', base).toString());
  const body = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer"><title>Tidemark GraphQL API</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; line-height: 1.5;
  padding: 0 1rem">
<h1>Tidemark GraphQL API</h1>
<p>This is the API endpoint: programs send GraphQL requests here as <code>POST /graphql</code> with a bearer token.</p>
<ul>
<li><a href="${dashboards}">Dashboards</a>: period-over-period measures, hotspots and suppliers for your role.</li>
<li><a href="${explorer}">GraphQL explorer</a> (GraphiQL): write and run queries with your token.</li>
</ul>
<p>Documentation: docs/queries.md and docs/methodology.md in the repository.</p>
</body></html>
`;
  return (_req, res) => {
    res.statusCode = 200;
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.setHeader(
      'content-security-policy',
      "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; frame-ancestors 'none'",
    );
    res.setHeader('cache-control', 'no-cache');
    res.end(body);
  };
}
