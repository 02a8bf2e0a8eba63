/**
 * Operator routes: `/ready` and Prometheus `/metrics`, both for operator tokens (lib/ops/operator-auth.ts).
 * Ready means: every subgraph's /health answers, and the warehouse build that insights serves (its /health
 * reports `servedBuild`) exists and is younger than `maxBuildAgeSeconds` (GATEWAY_READY_MAX_BUILD_AGE_SECONDS;
 * 0 turns the age check off). The warehouse rebuilds whenever rows arrive and at least once a day (the
 * scoring date moves), so a build much older than a day means the warehouse is stuck.
 */
import type { TokenVerifier } from '../lib/auth.js';
import type { RouteHandler } from '../lib/http-server.js';
import { authorizeOperator, metricsRoute, sendJson } from '../lib/ops/operator-auth.js';
import type { GatewayMetrics } from './metrics.js';

const HEALTH_TIMEOUT_MS = 2000;

/** `http://host:port/graphql` → `http://host:port/health`. */
export function healthUrlOf(graphqlUrl: string): string {
  return new URL('/health', graphqlUrl).toString();
}

interface ServedBuild {
  buildId: string;
  builtAt: string;
}

interface Probe {
  state: 'up' | 'down';
  /** Present when the subgraph serves warehouse builds (insights): null before the first one. */
  servedBuild?: ServedBuild | null;
}

async function probe(url: string): Promise<Probe> {
  try {
    const response = await fetch(healthUrlOf(url), { signal: AbortSignal.timeout(HEALTH_TIMEOUT_MS) });
    const body = (await response.json().catch(() => ({}))) as { servedBuild?: ServedBuild | null };
    return { state: response.ok ? 'up' : 'down', ...('servedBuild' in body ? { servedBuild: body.servedBuild } : {}) };
  } catch {
    return { state: 'down' };
  }
}

/** Why the served build makes the stack not ready, or null when it is fine. */
function buildProblem(
  probes: Probe[],
  maxAgeSeconds: number,
  now = Date.now(),
): { problem: string | null; build?: object } {
  const reporting = probes.filter((p) => p.state === 'up' && p.servedBuild !== undefined);
  if (reporting.length === 0) return { problem: null };
  const served = reporting[0]!.servedBuild;
  if (!served) return { problem: 'no warehouse build is served yet' };
  const ageSeconds = Math.round((now - Date.parse(served.builtAt)) / 1000);
  const build = { ...served, ageSeconds, maxAgeSeconds };
  if (maxAgeSeconds > 0 && ageSeconds > maxAgeSeconds) {
    return { problem: `the served warehouse build is ${ageSeconds} s old (bound ${maxAgeSeconds} s)`, build };
  }
  return { problem: null, build };
}

export interface OpsRouteOptions {
  verifier: TokenVerifier;
  metrics: GatewayMetrics;
  /** Replica URLs per subgraph: a subgraph is up when one of its replicas is (gateway/replicas.ts). */
  subgraphUrls: Record<string, readonly string[]>;
  /** Bound on the served build's age for /ready, in seconds; 0: no bound. */
  maxBuildAgeSeconds: number;
}

export function opsRoutes(options: OpsRouteOptions): Record<string, RouteHandler> {
  return {
    async '/ready'(req, res) {
      if (!(await authorizeOperator(req, res, options.verifier))) return;
      const names = Object.keys(options.subgraphUrls);
      const probes = await Promise.all(
        names.map(async (name) => {
          const replicas = await Promise.all(options.subgraphUrls[name]!.map(probe));
          return replicas.find((p) => p.state === 'up') ?? replicas[0]!;
        }),
      );
      const subgraphs = Object.fromEntries(names.map((name, i) => [name, probes[i]!.state]));
      const { problem, build } = buildProblem(probes, options.maxBuildAgeSeconds);
      const down = names.filter((_, i) => probes[i]!.state === 'down');
      const reasons = [
        ...down.map((name) => `subgraph ${name} does not answer /health`),
        ...(problem ? [problem] : []),
      ];
      const ready = reasons.length === 0;
      sendJson(res, ready ? 200 : 503, {
        status: ready ? 'ready' : 'not ready',
        subgraphs,
        ...(build ? { build } : {}),
        reasons,
      });
    },
    '/metrics': metricsRoute(options.verifier, options.metrics.registry),
  };
}
