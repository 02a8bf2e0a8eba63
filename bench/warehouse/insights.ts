/** An insights process of its own over a warehouse's data dir, to time until it serves a build. */
import { join } from 'node:path';
import { launchStack, type RunningStack } from '../../scripts/stack.js';
import { gql } from '../../tests/helpers/graphql.js';
import { tokenFactory } from '../../tests/helpers/tokens.js';

export interface BenchInsights {
  stack: RunningStack;
  /** Waits until insights names `buildId` in warehouseStatus; resolves with the ms that took. */
  served(buildId: string): Promise<number>;
}

/** Starts insights over the warehouse's data dir (`secretFile`: the sources' token secret, bench/warehouse/sources). */
export async function startInsights(dataDir: string, secretFile: string): Promise<BenchInsights> {
  const stack = await launchStack({
    dataDir,
    ports: 'free',
    without: ['audits', 'agency', 'campaigns', 'warehouse', 'gateway', 'dashboards'],
    extraEnv: { TIDEMARK_JWT_SECRET_FILE: secretFile, INSIGHTS_SNAPSHOT_POLL_MS: '50' },
  });
  const token = await tokenFactory(join(secretFile, '..')).token('ANALYST');
  return {
    stack,
    async served(buildId) {
      const started = performance.now();
      for (;;) {
        const res = await gql(stack.urls.insights!, '{ warehouseStatus { buildId } }', {}, token);
        if (res.data?.warehouseStatus?.buildId === buildId) return Math.round(performance.now() - started);
        if (performance.now() - started > 60_000)
          throw new Error(`insights did not serve build ${buildId} within 60 s`);
        await new Promise((r) => setTimeout(r, 10));
      }
    },
  };
}
