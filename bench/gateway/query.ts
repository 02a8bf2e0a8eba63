/**
 * The operations the bench sends, each with a check that an answer is whole.
 * - SUPPLIER_PAGE (the budget's query): a page of suppliers (audits) → each supplier's country name and
 *   region (agency, one entity fetch) → each country's campaigns (campaigns, one entity fetch). A page names
 *   the same country several times, as real pages do; the demo's first page is 10 suppliers in 3 countries.
 * - COUNTRY_OVERVIEW: one country (agency) → its suppliers (audits) and campaigns (campaigns), fetched in
 *   parallel with one representation each: three subgraphs and no repeated entity anywhere.
 * - AUDITS_HOP: the audits part of SUPPLIER_PAGE alone, sent straight to the audits subgraph: the floor.
 */
export const PAGE_SIZE = 10;

interface SupplierPage {
  suppliers?: { edges?: { node?: { country?: { code?: string; name?: string; campaigns?: unknown[] } } }[] };
}

interface CountryOverview {
  country?: { name?: string; suppliers?: { edges?: unknown[] }; campaigns?: unknown[] } | null;
}

export interface Operation {
  name: string;
  /** What the operation asks, for the docs. */
  description: string;
  body: string;
  /** A reason the answer's data is not whole, or null. */
  check(data: unknown): string | null;
}

function body(query: string, variables: Record<string, unknown>, operationName: string): string {
  return JSON.stringify({ query, variables, operationName });
}

export const SUPPLIER_PAGE: Operation = {
  name: 'supplier page',
  description: `\`suppliers(first: ${PAGE_SIZE})\` (audits) → \`country { name region }\` (agency) → \`campaigns\` ` +
    `(campaigns), three sequential fetches`,
  body: body(
    `query SupplierPage($first: Int!) {
  suppliers(first: $first) {
    totalCount
    edges { node { id name sector country { code name region campaigns { id name audience startDate endDate } } } }
  }
}`,
    { first: PAGE_SIZE },
    'SupplierPage',
  ),
  check(data) {
    const edges = (data as SupplierPage | undefined)?.suppliers?.edges ?? [];
    if (edges.length !== PAGE_SIZE) return `${edges.length} suppliers instead of ${PAGE_SIZE}`;
    if (edges.some((e) => typeof e.node?.country?.name !== 'string' || !Array.isArray(e.node.country.campaigns))) return 'a supplier without country name or campaigns';
    if (edges.every((e) => e.node?.country?.campaigns?.length === 0)) return 'no campaigns on any country: the campaigns hop is empty';
    return null;
  },
};

export const COUNTRY_OVERVIEW: Operation = {
  name: 'country overview',
  description: `\`country(code: "TH") { name region }\` (agency) → \`suppliers(first: ${PAGE_SIZE})\` (audits) and ` +
    `\`campaigns\` (campaigns) in parallel, one representation each`,
  body: body(
    `query CountryOverview($code: ID!, $first: Int!) {
  country(code: $code) {
    code name region
    suppliers(first: $first) { totalCount edges { node { id name sector } } }
    campaigns { id name audience startDate endDate }
  }
}`,
    { code: 'TH', first: PAGE_SIZE },
    'CountryOverview',
  ),
  check(data) {
    const country = (data as CountryOverview | undefined)?.country;
    if (!country || typeof country.name !== 'string') return 'no country';
    if (country.suppliers?.edges?.length !== PAGE_SIZE) return `${country.suppliers?.edges?.length ?? 0} suppliers instead of ${PAGE_SIZE}`;
    if (!Array.isArray(country.campaigns) || country.campaigns.length === 0) return 'no campaigns: the campaigns hop is empty';
    return null;
  },
};

export const AUDITS_HOP: Operation = {
  name: 'audits hop',
  description: `\`suppliers(first: ${PAGE_SIZE}) { … country { code } }\` straight to the audits subgraph`,
  body: body(
    `query SupplierPage($first: Int!) {
  suppliers(first: $first) {
    totalCount
    edges { node { id name sector country { code } } }
  }
}`,
    { first: PAGE_SIZE },
    'SupplierPage',
  ),
  check(data) {
    const edges = (data as SupplierPage | undefined)?.suppliers?.edges ?? [];
    return edges.length === PAGE_SIZE ? null : `${edges.length} suppliers instead of ${PAGE_SIZE}`;
  },
};

/** Distinct countries on the supplier page: how many representations a de-duplicating gateway sends. */
export function distinctCountries(data: unknown): number {
  return new Set(((data as SupplierPage | undefined)?.suppliers?.edges ?? []).map((e) => e.node?.country?.code)).size;
}

/** Sends one request; throws unless the answer is HTTP 200, without errors, and passes the operation's check. */
export async function fetchWhole(url: string, operation: Operation, authorization: string): Promise<unknown> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization }, body: operation.body });
  const text = await response.text();
  const answer = JSON.parse(text) as { data?: unknown; errors?: unknown[] };
  const problem =
    response.status !== 200 ? `HTTP ${response.status}` : answer.errors?.length ? `errors: ${JSON.stringify(answer.errors[0])}` : operation.check(answer.data);
  if (problem) throw new Error(`${operation.name} at ${url}: ${problem}: ${text.slice(0, 300)}`);
  return answer.data;
}
