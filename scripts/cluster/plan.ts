/**
 * The services of `npm run cluster` on loopback: REPLICAS replicas of each store subgraph (audits, agency,
 * campaigns) over one PostgreSQL, REPLICAS insights replicas reading the same data dir (so they serve the same
 * published build), one warehouse loop, REPLICAS gateways each spreading calls over every replica
 * (gateway/replicas.ts), and the dashboards page on the first gateway. Same entries and flags as scripts/stack.ts.
 */
import { resolve } from 'node:path';
import { freePort, type ServiceSpec } from '../stack.js';
import { AUDITS_NODE_FLAGS } from '../../subgraphs/audits/node-flags.js';

const REPLICAS = 2;

/** Fixed ports for `npm run cluster` (clear of `npm start`'s 4000–4010): 41x1, 41x2 per kind; PostgreSQL 4150. */
export const CLUSTER_PORTS = {
  gateway: 4100,
  dashboards: 4109,
  audits: 4110,
  agency: 4120,
  campaigns: 4130,
  insights: 4140,
  postgres: 4150,
} as const;

export interface ClusterOptions {
  dataDir: string;
  ports: 'default' | 'free';
  /** PostgreSQL holding the three stores (each in its schema). */
  databaseUrl: string;
  syncIntervalSeconds?: number;
  without?: string[];
}

type Kind = 'gateway' | 'audits' | 'agency' | 'campaigns' | 'insights';

export async function planCluster(options: ClusterOptions): Promise<ServiceSpec[]> {
  const portsOf = async (kind: Kind) =>
    Promise.all(
      Array.from({ length: REPLICAS }, async (_, i) =>
        options.ports === 'free' ? freePort() : CLUSTER_PORTS[kind] + i + (kind === 'gateway' ? 0 : 1),
      ),
    );
  const p = {
    audits: await portsOf('audits'),
    agency: await portsOf('agency'),
    campaigns: await portsOf('campaigns'),
    insights: await portsOf('insights'),
    gateway: await portsOf('gateway'),
    dashboards: options.ports === 'free' ? await freePort() : CLUSTER_PORTS.dashboards,
  };
  const list = (ports: number[]) => ports.map((port) => `http://127.0.0.1:${port}/graphql`);
  // The gateways get every replica; the warehouse (one loop, it does not change) reads the first of each.
  const gatewayUrls = {
    AUDITS_URL: list(p.audits).join(','),
    AGENCY_URL: list(p.agency).join(','),
    CAMPAIGNS_URL: list(p.campaigns).join(','),
    INSIGHTS_URL: list(p.insights).join(','),
  };
  const warehouseUrls = {
    AUDITS_URL: list(p.audits)[0]!,
    AGENCY_URL: list(p.agency)[0]!,
    CAMPAIGNS_URL: list(p.campaigns)[0]!,
    INSIGHTS_URL: list(p.insights)[0]!,
  };
  const common = { TIDEMARK_DATA_DIR: resolve(options.dataDir), TIDEMARK_DATABASE_URL: options.databaseUrl };
  const replicas = (
    kind: Kind,
    entry: string,
    env: Record<string, string> = {},
    nodeFlags?: readonly string[],
  ): ServiceSpec[] =>
    p[kind].map((port, i) => ({
      name: `${kind}-${i + 1}` as const,
      entry,
      port,
      env: { ...common, ...env, PORT: String(port) },
      ...(nodeFlags ? { nodeFlags } : {}),
    }));
  const all: ServiceSpec[] = [
    ...replicas('audits', 'subgraphs/audits/index.ts', {}, AUDITS_NODE_FLAGS),
    ...replicas('agency', 'subgraphs/agency/index.ts'),
    ...replicas('campaigns', 'subgraphs/campaigns/index.ts'),
    ...replicas('insights', 'subgraphs/insights/index.ts'),
    {
      name: 'warehouse',
      entry: 'warehouse/index.ts',
      port: null,
      env: { ...common, ...warehouseUrls, WAREHOUSE_SYNC_INTERVAL_SECONDS: String(options.syncIntervalSeconds ?? 5) },
    },
    ...replicas('gateway', 'gateway/index.ts', gatewayUrls),
    {
      name: 'dashboards',
      entry: 'dashboards/server.ts',
      port: p.dashboards,
      env: { ...common, GATEWAY_URL: list(p.gateway)[0]!, PORT: String(p.dashboards) },
    },
  ];
  return all.filter((s) => !options.without?.includes(s.name));
}
