/**
 * The dashboards server's environment, read once at start (lib/config.ts): port, host, and the gateway it proxies to.
 */
import { z } from 'zod';
import { env, readConfig } from '../../lib/config.js';
import { DEFAULT_PORTS } from '../../lib/ports.js';

const schema = z.object({
  PORT: env.port(DEFAULT_PORTS.dashboards),
  HOST: env.host(),
  GATEWAY_URL: env.url().default(`http://127.0.0.1:${DEFAULT_PORTS.gateway}/graphql`),
});

export interface DashboardsConfig {
  port: number;
  host: string;
  gatewayUrl: string;
}

export function readDashboardsConfig(source: NodeJS.ProcessEnv = process.env): DashboardsConfig {
  const c = readConfig('dashboards', schema, source);
  return { port: c.PORT, host: c.HOST, gatewayUrl: c.GATEWAY_URL };
}
