/** The stack the dashboard tests and bench run against: seeded with the demo data set, a first warehouse build published. */
import { seedDemoData, type SeedSummary } from '../../demo/seed.js';
import { gql } from '../helpers/graphql.js';
import { startTestStack, type TestStack } from '../helpers/stack.js';

export async function startSeededStack(
  options: { syncIntervalSeconds?: number; extraEnv?: Record<string, string>; without?: string[] } = {},
): Promise<TestStack & { seeded: SeedSummary }> {
  let seeded: SeedSummary = {};
  const stack = await startTestStack({
    syncIntervalSeconds: options.syncIntervalSeconds ?? 2,
    extraEnv: options.extraEnv,
    without: options.without,
    before: async (dataDir) => {
      seeded = await seedDemoData(dataDir, { seed: 42 });
    },
  });
  try {
    await waitForWarehouseBuild(stack);
  } catch (error) {
    await stack.close();
    throw error;
  }
  return Object.assign(stack, { seeded });
}

/** Polls `warehouseStatus` through the gateway until insights serves a published build. */
export async function waitForWarehouseBuild(stack: TestStack, timeoutMs = 90_000): Promise<string> {
  const token = await stack.tokens.token('ANALYST');
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    const response = await gql(stack.gateway, '{ warehouseStatus { buildId } }', {}, token);
    const buildId = response.data?.warehouseStatus?.buildId as string | undefined;
    if (buildId) return buildId;
    last = JSON.stringify(response.errors ?? response.data);
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no warehouse build within ${timeoutMs} ms; last answer: ${last}`);
}
