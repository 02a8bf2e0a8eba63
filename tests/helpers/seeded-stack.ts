/**
 * The real stack seeded with the demo data set (seed 42), with the warehouse's first build published so insights
 * answers: what the security suites, the dashboard tests, the docs examples and the dashboard/freshness benches
 * run against. One process per service on free loopback ports, in a temp data dir (helpers/stack.ts).
 */
import { seedDemoData, type SeedSummary } from '../../demo/seed.js';
import type { StackOptions } from '../../scripts/stack.js';
import { gql } from './graphql.js';
import { startTestStack, type TestStack } from './stack.js';

export interface SeededStackOptions {
  /** Seconds between warehouse ticks; default 2. */
  syncIntervalSeconds?: number;
  /** Services not to start (e.g. the dashboards for API-only suites). */
  without?: string[];
  /** Environment for every service (e.g. the gateway's GATEWAY_* settings). */
  extraEnv?: Record<string, string>;
  /** The supervisor's restarts and give-ups (tests that kill a service). */
  onEvent?: StackOptions['onEvent'];
}

export async function startSeededStack(options: SeededStackOptions = {}): Promise<TestStack & { seeded: SeedSummary }> {
  let seeded: SeedSummary = {};
  const stack = await startTestStack({
    syncIntervalSeconds: options.syncIntervalSeconds ?? 2,
    ...(options.without ? { without: options.without } : {}),
    ...(options.extraEnv ? { extraEnv: options.extraEnv } : {}),
    ...(options.onEvent ? { onEvent: options.onEvent } : {}),
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

/** Polls `probe` until it returns a value other than undefined; throws with the last answer after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}

/** Polls `warehouseStatus` through the gateway until insights serves a published build; returns its id. */
export async function waitForWarehouseBuild(stack: TestStack, timeoutMs = 90_000): Promise<string> {
  const token = await stack.tokens.token('ANALYST');
  let last = '';
  const probe = async () => {
    const response = await gql(stack.gateway, '{ warehouseStatus { buildId } }', {}, token);
    last = JSON.stringify(response.errors ?? response.data);
    return (response.data?.warehouseStatus?.buildId as string | undefined) ?? undefined;
  };
  try {
    return await waitFor('a published warehouse build', probe, timeoutMs);
  } catch (error) {
    throw new Error(`${(error as Error).message}; last answer: ${last}`);
  }
}
