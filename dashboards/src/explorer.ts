/**
 * The GraphQL explorer: GraphiQL (from npm, bundled with the page, no CDN) sending every request through this
 * origin's /graphql proxy with the token the dashboards are signed in with (sessionStorage, token.ts). The
 * schema comes from introspection, which the gateway allows to analysts in development mode; elsewhere the
 * explorer still runs queries, without schema help.
 */
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { readClaims, readToken } from './token.js';

const DEFAULT_QUERY = `# Signed in with the dashboards' token.
# Every dashboard panel is a named query in operations/dashboards.
query LatestBuild {
  warehouseStatus {
    buildId
    asOf
    methodologyVersion
  }
}
`;

async function fetcher(params: unknown): Promise<unknown> {
  const token = readToken();
  const response = await fetch(new URL('graphql', window.location.href), {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(params),
  });
  return response.json();
}

const token = readToken();
const status = document.getElementById('explorer-status')!;
const claims = token ? readClaims(token) : null;
status.append(
  token
    ? ` · signed in as ${claims?.sub ?? 'unknown'} (${claims?.role ?? 'no role'})`
    : ' · not signed in: sign in on the dashboards first',
);
createRoot(document.getElementById('explorer')!).render(
  createElement(GraphiQL, { fetcher: fetcher as never, defaultQuery: DEFAULT_QUERY }),
);
