/**
 * The dashboards server's environment, read once at start (lib/config.ts): port, host, and the gateway it proxies to.
 */
import { z } from 'zod';
import { authConfigFrom, authEnvSchema } from '../../lib/auth-config.js';
import type { AuthConfig } from '../../lib/auth.js';
import { env, readConfig } from '../../lib/config.js';
import { DEFAULT_PORTS } from '../../lib/ports.js';

const schema = z.object({
  PORT: env.port(DEFAULT_PORTS.dashboards),
  HOST: env.host(),
  GATEWAY_URL: env.url().default(`http://127.0.0.1:${DEFAULT_PORTS.gateway}/graphql`),
  /** Only to verify operator tokens on /metrics: the page's own requests carry the user's token to the gateway. */
  ...authEnvSchema,
});

export interface DashboardsConfig {
  port: number;
  host: string;
  gatewayUrl: string;
  auth: AuthConfig;
}

export function readDashboardsConfig(source: NodeJS.ProcessEnv = process.env): DashboardsConfig {
  const c = readConfig('dashboards', schema, source);
  return { port: c.PORT, host: c.HOST, gatewayUrl: c.GATEWAY_URL, auth: authConfigFrom(c) };
}
