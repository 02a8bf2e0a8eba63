/**
 * The gateway's environment, read once at start. Every subgraph URL defaults to its loopback port from
 * lib/ports.ts; `<NAME>_URL` overrides one (e.g. AUDITS_URL), and may list a subgraph's replicas separated by
 * commas. Limits default to DEFAULT_LIMITS.
 */
import { resolve } from 'node:path';
import { z } from 'zod';
import { authConfigFrom, authEnvSchema } from '../lib/auth-config.js';
import type { AuthConfig } from '../lib/auth.js';
import { env, readConfig } from '../lib/config.js';
import { DEFAULT_PORTS, SUBGRAPH_NAMES } from '../lib/ports.js';
import { DEFAULT_BREAKER_OPTIONS, type CircuitBreakerOptions } from './circuit-breaker.js';
import { DEFAULT_LIMITS, type OperationLimits } from './limits/index.js';
import { DEFAULT_ALERT_POLL_MS } from './alert-stream/route.js';
import { DEFAULT_MAX_BUILD_AGE_SECONDS, DEFAULT_SUBGRAPH_TIMEOUT_MS, type GatewayMode } from './server.js';
import { SUPERGRAPH_FILE } from './supergraph-file.js';

const count = (fallback: number) => z.coerce.number().int().positive().default(fallback);
/** One URL, or the replicas of the subgraph separated by commas (gateway/replicas.ts spreads calls over them). */
const subgraphUrl = (name: (typeof SUBGRAPH_NAMES)[number]) =>
  z
    .string()
    .default(`http://127.0.0.1:${DEFAULT_PORTS[name]}/graphql`)
    .transform((value) => value.split(',').map((u) => u.trim()).filter((u) => u.length > 0))
    .pipe(z.array(z.string().url()).min(1));

const schema = z.object({
  PORT: env.port(DEFAULT_PORTS.gateway),
  HOST: env.host(),
  TIDEMARK_MODE: env.mode(),
  TIDEMARK_SUPERGRAPH_FILE: env.path(SUPERGRAPH_FILE),
  AUDITS_URL: subgraphUrl('audits'),
  AGENCY_URL: subgraphUrl('agency'),
  CAMPAIGNS_URL: subgraphUrl('campaigns'),
  INSIGHTS_URL: subgraphUrl('insights'),
  GATEWAY_SUBGRAPH_TIMEOUT_MS: count(DEFAULT_SUBGRAPH_TIMEOUT_MS),
  /** /ready is not-ready when the served warehouse build is older than this; 0 turns the check off. */
  GATEWAY_READY_MAX_BUILD_AGE_SECONDS: z.coerce.number().int().min(0).default(DEFAULT_MAX_BUILD_AGE_SECONDS),
  GATEWAY_BREAKER_FAILURES: count(DEFAULT_BREAKER_OPTIONS.failureThreshold),
  GATEWAY_BREAKER_OPEN_MS: count(DEFAULT_BREAKER_OPTIONS.openMs),
  GATEWAY_BREAKER_PROBE_TIMEOUT_MS: count(DEFAULT_BREAKER_OPTIONS.probeTimeoutMs),
  GATEWAY_MAX_DEPTH: count(DEFAULT_LIMITS.maxDepth),
  GATEWAY_MAX_ALIASES: count(DEFAULT_LIMITS.maxAliases),
  GATEWAY_MAX_ROOT_FIELDS: count(DEFAULT_LIMITS.maxRootFields),
  GATEWAY_MAX_TOKENS: count(DEFAULT_LIMITS.maxTokens),
  GATEWAY_MAX_BATCH: count(DEFAULT_LIMITS.maxBatch),
  GATEWAY_MAX_COST: count(DEFAULT_LIMITS.maxCost),
  GATEWAY_MAX_BODY_BYTES: count(DEFAULT_LIMITS.maxBodyBytes),
  GATEWAY_ALERT_POLL_MS: count(DEFAULT_ALERT_POLL_MS),
  ...authEnvSchema,
});

export interface GatewayConfig {
  port: number;
  host: string;
  mode: GatewayMode;
  dataDir: string;
  supergraphFile: string;
  /** Replica URLs per subgraph (one for a single instance). */
  subgraphUrls: Record<string, string[]>;
  subgraphTimeoutMs: number;
  maxBuildAgeSeconds: number;
  breaker: CircuitBreakerOptions;
  alertPollMs: number;
  limits: OperationLimits;
  auth: AuthConfig;
}

export function readGatewayConfig(source: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const c = readConfig('gateway', schema, source);
  return {
    port: c.PORT,
    host: c.HOST,
    mode: c.TIDEMARK_MODE,
    dataDir: resolve(c.TIDEMARK_DATA_DIR),
    supergraphFile: resolve(c.TIDEMARK_SUPERGRAPH_FILE),
    subgraphUrls: { audits: c.AUDITS_URL, agency: c.AGENCY_URL, campaigns: c.CAMPAIGNS_URL, insights: c.INSIGHTS_URL },
    subgraphTimeoutMs: c.GATEWAY_SUBGRAPH_TIMEOUT_MS,
    maxBuildAgeSeconds: c.GATEWAY_READY_MAX_BUILD_AGE_SECONDS,
    breaker: {
      failureThreshold: c.GATEWAY_BREAKER_FAILURES,
      openMs: c.GATEWAY_BREAKER_OPEN_MS,
      probeTimeoutMs: c.GATEWAY_BREAKER_PROBE_TIMEOUT_MS,
    },
    alertPollMs: c.GATEWAY_ALERT_POLL_MS,
    limits: {
      ...DEFAULT_LIMITS,
      maxDepth: c.GATEWAY_MAX_DEPTH,
      maxAliases: c.GATEWAY_MAX_ALIASES,
      maxRootFields: c.GATEWAY_MAX_ROOT_FIELDS,
      maxTokens: c.GATEWAY_MAX_TOKENS,
      maxBatch: c.GATEWAY_MAX_BATCH,
      maxCost: c.GATEWAY_MAX_COST,
      maxBodyBytes: c.GATEWAY_MAX_BODY_BYTES,
    },
    auth: authConfigFrom(c),
  };
}
