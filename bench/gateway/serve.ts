/**
 * Child-process entry for the gateway bench: starts ONE server (a subgraph, our gateway or the vanilla one)
 * on a free loopback port and reports its URL to the parent over IPC. Each server gets a process of its own
 * so the gateway under test shares its core only with the operating system's scheduling, not with the load
 * generator or the subgraphs' JavaScript. SIGTERM stops it cleanly (which also flushes a --cpu-prof profile).
 *
 *   node --import tsx bench/gateway/serve.ts <audits|agency|campaigns|ours|vanilla> '<json options>'
 */
import { createLogger } from '../../lib/logger.js';
import type { ServeOptions, ServerKind, ServerReady } from './serve-protocol.js';

async function startServer(kind: ServerKind, options: ServeOptions): Promise<{ url: string; stop(): Promise<void> }> {
  const log = createLogger(kind, 'warn');
  switch (kind) {
    case 'audits':
      return (await import('../../subgraphs/audits/server.js')).start({ port: 0, dataDir: options.dataDir, log });
    case 'agency':
      return (await import('../../subgraphs/agency/server.js')).start({ port: 0, dataDir: options.dataDir, log });
    case 'campaigns':
      return (await import('../../subgraphs/campaigns/server.js')).start({ port: 0, dataDir: options.dataDir, log });
    case 'ours':
      return (await import('../../gateway/server.js')).start({
        port: 0,
        dataDir: options.dataDir,
        subgraphUrls: options.subgraphUrls ?? {},
        mode: 'production',
        log,
      });
    case 'vanilla':
      return (await import('./vanilla-gateway.js')).startVanillaGateway(options.subgraphUrls ?? {});
  }
}

const [kind, json] = process.argv.slice(2) as [ServerKind, string];
const running = await startServer(kind, JSON.parse(json) as ServeOptions);
let stopping = false;
process.on('SIGTERM', () => {
  if (stopping) return;
  stopping = true;
  void running.stop().finally(() => process.exit(0));
});
// The parent going away (a crashed bench) must not leave servers behind.
process.on('disconnect', () => process.kill(process.pid, 'SIGTERM'));
process.send!({ ready: true, url: running.url } satisfies ServerReady);
