/**
 * The budgets of DESIGN §6 and the raw-DuckDB reference figures it quotes, one id each. docs/benchmarks.md has
 * one summary row per entry; a bench that measures one at budget scale rewrites that row (see record.ts).
 */
export interface BudgetEntry {
  id: string;
  what: string;
  budget: string;
  /** The script that measures it, or null while none does. */
  script: string | null;
}

export const BUDGETS: readonly BudgetEntry[] = [
  {
    id: 'gateway-throughput',
    what: 'gateway throughput, federated query over 3 subgraphs, all protections on, a distinct token per request',
    budget: '≥ 1.3 × vanilla `@apollo/gateway` on the same subgraphs, same run (never below 1.0 ×)',
    script: 'bench/gateway.bench.ts',
  },
  {
    id: 'intake-batch',
    what: 'audit intake, batch mutation',
    budget: '≥ 1,000 audits/s with 10 findings each, none lost',
    script: 'bench/intake.bench.ts',
  },
  {
    id: 'intake-single-p99',
    what: 'single audit submission at 50 concurrent clients',
    budget: 'p99 ≤ 50 ms',
    script: 'bench/intake.bench.ts',
  },
  {
    id: 'warehouse-full',
    what: 'warehouse full sync + build, 1M audits / 10M findings',
    budget: '≤ 20 s, peak RSS ≤ 2 GB',
    script: 'bench/warehouse.bench.ts',
  },
  {
    id: 'warehouse-incremental',
    what: 'incremental tick, 10k new audits: sync + build + publish until insights serves it',
    budget: '≤ 2 s',
    script: 'bench/warehouse.bench.ts',
  },
  {
    id: 'warehouse-nothing-new',
    what: 'warehouse tick with nothing new (sync finds no rows, nothing built or published)',
    budget: '≤ 0.2 s',
    script: 'bench/warehouse.bench.ts',
  },
  {
    id: 'freshness',
    what: 'freshness, audit submitted → risk visible in the running stack',
    budget: '≤ 10 s',
    script: 'bench/freshness.bench.ts',
  },
  {
    id: 'insights-p95',
    what: 'insights queries (risk, hotspots, comparison) at 10M findings',
    budget: 'p95 ≤ 50 ms',
    script: 'bench/insights.bench.ts',
  },
  {
    id: 'dashboard',
    what: 'dashboard page, all panels rendered',
    budget: '≤ 1.5 s',
    script: 'bench/dashboard.bench.ts',
  },
];

/** Floors quoted in DESIGN §6 as "raw DuckDB on this machine"; the other benches compare against these. */
export const REFERENCES: readonly BudgetEntry[] = [
  {
    id: 'raw-parquet-out',
    what: 'raw DuckDB: findings table (10M rows) → Parquet',
    budget: 'quoted floor 1.1 s',
    script: 'bench/raw-duckdb.bench.ts',
  },
  {
    id: 'raw-parquet-in',
    what: 'raw DuckDB: Parquet → table (10M findings)',
    budget: 'quoted floor 0.9 s',
    script: 'bench/raw-duckdb.bench.ts',
  },
  {
    id: 'raw-noisy-or',
    what: 'raw DuckDB: noisy-OR risk aggregate over 10M findings',
    budget: 'quoted floor 0.3 s',
    script: 'bench/raw-duckdb.bench.ts',
  },
  {
    id: 'raw-intake-batch',
    what: 'raw DuckDB: intake, 100 audits × 10 findings per multi-row INSERT transaction',
    budget: 'quoted floor ~5,300 audits/s',
    script: 'bench/raw-duckdb.bench.ts',
  },
  {
    id: 'raw-commit',
    what: 'raw DuckDB: one commit per audit (1 audit + 10 findings)',
    budget: 'quoted floor ~3 ms',
    script: 'bench/raw-duckdb.bench.ts',
  },
  {
    id: 'generate-full',
    what: 'scale generator: 10k suppliers, 1M audits, 10M findings into the three stores',
    budget: 'well under 2 min',
    script: 'bench/generate.bench.ts',
  },
];

export function findEntry(id: string): BudgetEntry {
  const entry = [...BUDGETS, ...REFERENCES].find((e) => e.id === id);
  if (!entry) throw new Error(`unknown budget id "${id}"; see bench/lib/budgets.ts`);
  return entry;
}
