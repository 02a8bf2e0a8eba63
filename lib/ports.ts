/** The one table of default ports; every service and `npm start` read it. All listen on 127.0.0.1 by default. */
export const DEFAULT_PORTS = {
  gateway: 4000,
  audits: 4001,
  agency: 4002,
  campaigns: 4003,
  insights: 4004,
  /** The warehouse loop's operator port: /health, /metrics, POST /backup. */
  warehouse: 4005,
  dashboards: 4010,
} as const;

export type ServiceName = keyof typeof DEFAULT_PORTS;
export const SUBGRAPH_NAMES = ['audits', 'agency', 'campaigns', 'insights'] as const;
