/**
 * GET /exports/suppliers.csv: the supplier registry as an Open Supply Hub list upload (docs/exports.md) with the
 * columns country, name, address, sector, os_id. A partner gets the suppliers of its own audits (what it
 * submitted), other readers of the registry every supplier. Read from the graph as the caller, page by page.
 */
import type http from 'node:http';
import { DATA_EXPORTS } from '../../lib/exports/catalog.js';
import type { GatewayContext } from '../context.js';
import type { GraphExecutor, GraphResult } from '../graph-executor.js';
import { CsvResponse } from './csv-response.js';
import { ExportFailure } from './export-failure.js';

const CATALOG_ENTRY = DATA_EXPORTS.find((e) => e.id === 'suppliers')!;
const PAGE = 200;
const FIELDS = 'id name address sector osId country { code }';
const REGISTRY = `query ExportSuppliers($after: String) {
  suppliers(first: ${PAGE}, after: $after) { pageInfo { hasNextPage endCursor } edges { node { ${FIELDS} } } }
}`;
const OWN_AUDITS = `query ExportAuditedSuppliers($after: String) {
  audits(first: ${PAGE}, after: $after) { pageInfo { hasNextPage endCursor } edges { node { supplier { ${FIELDS} } } } }
}`;

interface ExportSupplier {
  id: string;
  name: string;
  address: string;
  sector: string;
  osId: string | null;
  country: { code: string };
}
interface Page<T> {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: T }[];
}

const OSH_COLUMNS = ['country', 'name', 'address', 'sector', 'os_id'] as const;

/** Our sector enum in words (SEAFOOD_PROCESSING → Seafood processing), as a person would type it. */
function sectorInWords(sector: string): string {
  const words = sector.toLowerCase().replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

async function* pagesOf(graph: GraphExecutor, ctx: GatewayContext): AsyncGenerator<ExportSupplier[]> {
  const ownOnly = ctx.identity!.role === 'PARTNER';
  const seen = new Set<string>();
  let after: string | null = null;
  for (;;) {
    const result: GraphResult<Record<string, Page<{ supplier?: ExportSupplier } & ExportSupplier>>> = await graph(
      ctx,
      ownOnly ? OWN_AUDITS : REGISTRY,
      { after },
    );
    if (result.errors?.length || !result.data) throw ExportFailure.fromGraph(result.errors);
    const page = ownOnly ? result.data.audits! : result.data.suppliers!;
    const suppliers: ExportSupplier[] = page.edges.map((e) => (ownOnly ? e.node.supplier! : e.node));
    yield suppliers.filter((s) => !seen.has(s.id) && seen.add(s.id));
    if (!page.pageInfo.hasNextPage) return;
    after = page.pageInfo.endCursor;
  }
}

export async function exportSuppliers(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  ctx: GatewayContext,
  graph: GraphExecutor,
): Promise<void> {
  ExportFailure.requireRole(ctx, CATALOG_ENTRY);
  const format = new URL(req.url ?? '/', 'http://x').searchParams.get('format') ?? 'osh';
  if (!CATALOG_ENTRY.formats.includes(format))
    throw ExportFailure.badParam('format', `must be one of ${CATALOG_ENTRY.formats.join(', ')}`);
  const out = new CsvResponse(res, 'tidemark-suppliers-open-supply-hub.csv');
  try {
    let head: string[][] | null = [[...OSH_COLUMNS]];
    for await (const suppliers of pagesOf(graph, ctx)) {
      const rows = suppliers.map((s) => [s.country.code, s.name, s.address, sectorInWords(s.sector), s.osId ?? '']);
      await out.write(head ? [...head, ...rows] : rows);
      head = null;
    }
    out.end();
  } catch (error) {
    if (!out.headersSent) throw error;
    ctx.log.error({ err: error }, 'supplier export failed after its first rows; response aborted');
    out.abort();
  }
}
