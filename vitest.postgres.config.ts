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
  'tests/audits/{alerts,corrective-action-counts,idempotency,intake-queue,intake-store,os-ids,queries}.test.ts',
  'tests/agency/{change-feed,periods-api,restart,roles,store-feeds,store-periods,submit-feed,text-safety}.test.ts',
  'tests/campaigns/{http-roles,http-text-safety,http-validation,store}.test.ts',
];
const E2E_SUITES = [
  'tests/e2e/{foundation,freshness}.e2e.test.ts',
  'tests/audits/corrective-action-counts.e2e.test.ts',
  'tests/security/{access-matrix,partner-isolation-audits,partner-isolation-insights}.e2e.test.ts',
];

// Spread, not mergeConfig (it would append to the default run's lists); one file list instead of its projects.
const { projects: _projects, ...shared } = base.test!;
export default defineConfig({
  ...base,
  test: {
    ...shared,
    include: [...STORE_SUITES, ...E2E_SUITES, 'tests/postgres/**/*.test.ts'],
    exclude: ['**/node_modules/**'],
    // CI's JSON summary of this run goes beside the default run's, not over it (.ci/run adds the two).
    ...(process.env.VITEST_JSON
      ? {
          reporters: ['default', 'json'],
          outputFile: { json: process.env.VITEST_JSON.replace(/\.json$/, '') + '.postgres.json' },
        }
      : {}),
    // The default run sets these per project; e2e files here start whole stacks and clusters.
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
