/**
 * `npm run test:postgres`: the store suites and the e2e suites again with every subgraph store on PostgreSQL
 * (an embedded server started for the run, or TIDEMARK_TEST_DATABASE_URL), plus the PostgreSQL-only suites in
 * tests/postgres/. Files about DuckDB itself (storage format, WAL settings) stay in the default run only.
 */
import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

process.env.TIDEMARK_TEST_ENGINE = 'postgres';

const STORE_SUITES = [
  'tests/audits/{change-feed,corrective-actions,http-access,http-intake,http-text-safety,http-validation}.test.ts',
  'tests/audits/{idempotency,intake-queue,intake-store,queries}.test.ts',
  'tests/agency/{change-feed,periods-api,restart,roles,store-feeds,store-periods,submit-feed,text-safety}.test.ts',
  'tests/campaigns/{http-roles,http-text-safety,http-validation,store}.test.ts',
];
const E2E_SUITES = [
  'tests/e2e/{foundation,freshness}.e2e.test.ts',
  'tests/security/{access-matrix,partner-isolation-audits,partner-isolation-insights}.test.ts',
];

// Spread, not mergeConfig: mergeConfig would append to the default run's include and exclude lists.
export default defineConfig({
  ...base,
  test: { ...base.test, include: [...STORE_SUITES, ...E2E_SUITES, 'tests/postgres/**/*.test.ts'], exclude: ['**/node_modules/**'] },
});
