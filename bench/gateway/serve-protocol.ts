/** What the bench parent and its server children (serve.ts) exchange. */
export type ServerKind = 'audits' | 'agency' | 'campaigns' | 'ours' | 'vanilla';

export interface ServeOptions {
  dataDir: string;
  /** For the gateways: subgraph name → GraphQL URL. */
  subgraphUrls?: Record<string, string>;
}

export interface ServerReady {
  ready: true;
  url: string;
}
