/**
 * GET /exports/indicators.csv?format=sdg|sdmx|hxl&from=…&to=…&countries=…[&period=YEAR] (docs/exports.md).
 * The numbers come from the graph, as the caller: `latestIndicatorValues` per country and period, so the file
 * holds exactly what the API would answer, suppression included (victim counts under 5 and their complements
 * withheld for every role but ANALYST). Rows are written as each answer arrives.
 */
import type http from 'node:http';
import { DATA_EXPORTS } from '../../lib/exports/catalog.js';
import type { GatewayContext } from '../context.js';
import type { GraphExecutor } from '../graph-executor.js';
import { CsvResponse } from './csv-response.js';
import { parseIndicatorExportParams } from './export-params.js';
import { ExportFailure } from './export-failure.js';
import { indicatorLayout, type ExportCell, type ExportCountry, type ExportPeriod } from './indicator-formats.js';

const CATALOG_ENTRY = DATA_EXPORTS.find((e) => e.id === 'indicators')!;
/** Country × period operations per file; beyond this, ask for fewer countries or a shorter range. */
const MAX_EXPORT_CELLS_QUERIES = 2_000;
/** Operations in flight at once: enough to hide a round trip, few enough not to crowd other callers. */
const IN_FLIGHT = 4;

const PERIODS = `query ExportPeriods($kind: ReportingPeriodKind!, $from: Date, $to: Date) {
  reportingPeriods(kind: $kind, from: $from, to: $to) { id kind startDate endDate }
}`;
const COUNTRIES = `query ExportCountries { countries { code alpha3 name } }`;
const VALUES = `query ExportValues($countryCode: ID!, $periodId: ID!) {
  latestIndicatorValues(countryCode: $countryCode, periodId: $periodId) {
    indicator crimeType exploitation sex ageGroup value suppressed
  }
}`;

async function ask<T>(
  graph: GraphExecutor,
  ctx: GatewayContext,
  query: string,
  variables?: Record<string, unknown>,
): Promise<T> {
  const result = await graph<T>(ctx, query, variables);
  if (result.errors?.length || !result.data) throw ExportFailure.fromGraph(result.errors);
  return result.data;
}

export async function exportIndicators(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  ctx: GatewayContext,
  graph: GraphExecutor,
): Promise<void> {
  const params = parseIndicatorExportParams(new URL(req.url ?? '/', 'http://x').searchParams);
  ExportFailure.requireRole(ctx, CATALOG_ENTRY);
  const { reportingPeriods: periods } = await ask<{ reportingPeriods: ExportPeriod[] }>(graph, ctx, PERIODS, {
    kind: params.kind,
    from: params.from,
    to: params.to,
  });
  const { countries: known } = await ask<{ countries: ExportCountry[] }>(graph, ctx, COUNTRIES);
  const byCode = new Map(known.map((c) => [c.code, c]));
  const unknown = params.countries.find((c) => !byCode.has(c));
  if (unknown) throw ExportFailure.badParam('countries', `"${unknown}" is not a country the API knows`);
  const pairs = params.countries.flatMap((code) => periods.map((period) => ({ country: byCode.get(code)!, period })));
  if (pairs.length > MAX_EXPORT_CELLS_QUERIES) {
    throw ExportFailure.badParam(
      'countries',
      `${pairs.length} country-periods asked for; the limit is ${MAX_EXPORT_CELLS_QUERIES}: ` +
        'narrow countries or from..to',
    );
  }

  const layout = indicatorLayout(params.format, params.kind);
  const out = new CsvResponse(res, `tidemark-indicators-${params.format}-${params.from}_${params.to}.csv`);
  try {
    let head: typeof layout.head | null = layout.head;
    for (let i = 0; i < pairs.length || head; i += IN_FLIGHT) {
      const batch = pairs.slice(i, i + IN_FLIGHT);
      const answers = await Promise.all(
        batch.map((p) =>
          ask<{ latestIndicatorValues: ExportCell[] }>(graph, ctx, VALUES, {
            countryCode: p.country.code,
            periodId: p.period.id,
          }),
        ),
      );
      const rows = batch.flatMap((p, j) => answers[j]!.latestIndicatorValues.map((cell) => layout.row({ ...p, cell })));
      // The headers wait for the first answers, so a refusal by the graph still gets its own status.
      await out.write(head ? [...head, ...rows] : rows);
      head = null;
    }
    out.end();
  } catch (error) {
    if (!out.headersSent) throw error;
    ctx.log.error({ err: error }, 'indicator export failed after its first rows; response aborted');
    out.abort();
  }
}
