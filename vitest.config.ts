import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Three projects. `e2e`: every test file that starts processes (the stack, a subgraph, the warehouse CLI, a
 * script) is named *.e2e.test.ts, wherever it lives. `integration`: in-process, but seeds the demo data set or
 * builds whole warehouses (tens of seconds a file); named *.integration.test.ts. `unit`: everything else, in-process
 * and small (real DuckDB files and in-process HTTP servers on free ports); `npm run test:unit` is the fast loop.
 * tests/contracts/test-layout.test.ts enforces the naming.
 */
const E2E = ['tests/**/*.e2e.test.ts'];
const INTEGRATION = ['tests/**/*.integration.test.ts'];
/** PostgreSQL-only suites: `npm run test:postgres` (vitest.postgres.config.ts). */
const POSTGRES_ONLY = 'tests/postgres/**';

export default defineConfig({
  // graphql ships ESM (.mjs) and CJS builds; @apollo/* require() the CJS one. Pin one copy, or schemas built by
  // one are "from another module or realm" for the other.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    // With TIDEMARK_TEST_ENGINE=postgres it starts one PostgreSQL for the run (npm run test:postgres).
    globalSetup: ['tests/helpers/postgres-setup.ts'],
    pool: 'forks',
    // Two cores: e2e files start several processes each; more parallel files only thrash.
    maxWorkers: 2,
    // CI asks for a JSON summary too, to print one plain 'N passed, N failed' line.
    ...(process.env.VITEST_JSON
      ? { reporters: ['default', 'json'], outputFile: { json: process.env.VITEST_JSON } }
      : {}),
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: [...E2E, ...INTEGRATION, POSTGRES_ONLY],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: { name: 'integration', include: INTEGRATION, testTimeout: 30_000, hookTimeout: 60_000 },
      },
      {
        extends: true,
        test: { name: 'e2e', include: E2E, exclude: [POSTGRES_ONLY], testTimeout: 30_000, hookTimeout: 60_000 },
      },
    ],
  },
});
