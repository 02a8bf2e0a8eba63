/** The warehouse's configuration, read once from the environment (lib/config.ts). */
import { resolve } from 'node:path';
import { z } from 'zod';
import { authEnvSchema } from '../lib/auth-config.js';
import { env, readConfig } from '../lib/config.js';
import { DEFAULT_PORTS } from '../lib/ports.js';

const subgraphUrl = (port: number) => z.string().url().default(`http://127.0.0.1:${port}/graphql`);

const warehouseEnvSchema = z.object({
  ...authEnvSchema,
  /** The operator port (/health, /metrics, POST /backup). */
  PORT: env.port(DEFAULT_PORTS.warehouse),
  HOST: env.host(),
  AUDITS_URL: subgraphUrl(DEFAULT_PORTS.audits),
  AGENCY_URL: subgraphUrl(DEFAULT_PORTS.agency),
  CAMPAIGNS_URL: subgraphUrl(DEFAULT_PORTS.campaigns),
  WAREHOUSE_SYNC_INTERVAL_SECONDS: env.seconds(5),
  WAREHOUSE_LAKE_RETENTION_HOURS: z.coerce.number().min(0).default(0),
  WAREHOUSE_SNAPSHOTS_KEEP: z.coerce.number().int().min(1).default(3),
  WAREHOUSE_RISK_VERSION: z
    .string()
    .regex(/^[A-Za-z0-9._-]+$/)
    .default('risk-v1'),
  /**
   * DuckDB's buffer-pool limit. The budget is 2 GB peak RSS for the whole process (DESIGN §6); DuckDB's
   * allocations outside the pool, Node and the file copy of a publish come on top, about 0.7 GB at 10M findings.
   */
  WAREHOUSE_MEMORY_LIMIT: z
    .string()
    .regex(/^\d+(\.\d+)?\s*(KB|MB|GB|KiB|MiB|GiB)$/i)
    .default('1100MB'),
  /** A ready WAREHOUSE-role token; needed when tokens are RS256/ES256 (the warehouse cannot mint those). */
  WAREHOUSE_TOKEN: z.string().min(1).optional(),
});

export type WarehouseConfig = Readonly<z.infer<typeof warehouseEnvSchema>>;

export function readWarehouseConfig(environment: NodeJS.ProcessEnv = process.env): WarehouseConfig {
  const config = readConfig('warehouse', warehouseEnvSchema, environment);
  return Object.freeze({ ...config, TIDEMARK_DATA_DIR: resolve(config.TIDEMARK_DATA_DIR) });
}

export function subgraphUrlsOf(config: WarehouseConfig) {
  return { audits: config.AUDITS_URL, agency: config.AGENCY_URL, campaigns: config.CAMPAIGNS_URL };
}
