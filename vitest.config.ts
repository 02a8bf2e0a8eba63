import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  // graphql ships ESM (.mjs) and CJS builds; @apollo/* require() the CJS one. Pin one copy, or schemas built by
  // one are "from another module or realm" for the other.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    include: ['tests/**/*.test.ts', 'warehouse/**/*.test.ts'],
    // PostgreSQL-only suites run under `npm run test:postgres` (vitest.postgres.config.ts).
    exclude: [...configDefaults.exclude, 'tests/postgres/**'],
    // With TIDEMARK_TEST_ENGINE=postgres it starts one PostgreSQL for the run (npm run test:postgres).
    globalSetup: ['tests/helpers/postgres-setup.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: e2e files start several processes each; more parallel files only thrash.
    maxWorkers: 2,
    // CI asks for a JSON summary too, to print one plain 'N passed, N failed' line.
    ...(process.env.VITEST_JSON ? { reporters: ['default', 'json'], outputFile: { json: process.env.VITEST_JSON } } : {}),
  },
});
