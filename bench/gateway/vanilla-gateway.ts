/**
 * The baseline: what a team gets from the Apollo docs. @apollo/gateway over the same supergraph inside
 * @apollo/server's standalone server, the caller's Authorization header forwarded to every subgraph (which
 * verify it), no extra plugins, no tuning, telemetry off (the machine is offline and it would cost time).
 */
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { readSupergraph } from '../../gateway/supergraph-file.js';
import { withRoutingUrls } from './supergraph-urls.js';

interface VanillaContext {
  authorization?: string;
}

export async function startVanillaGateway(
  subgraphUrls: Record<string, string>,
): Promise<{ url: string; stop(): Promise<void> }> {
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  const gateway = new ApolloGateway({
    supergraphSdl: withRoutingUrls(readSupergraph(), subgraphUrls),
    buildService: ({ url }) =>
      new RemoteGraphQLDataSource<VanillaContext>({
        url,
        willSendRequest({ request, context }) {
          if (context.authorization) request.http?.headers.set('authorization', context.authorization);
        },
      }),
  });
  const server = new ApolloServer<VanillaContext>({ gateway });
  const { url } = await startStandaloneServer(server, {
    listen: { port: 0, host: '127.0.0.1' },
    context: async ({ req }) => ({ authorization: req.headers.authorization }),
  });
  return { url, stop: () => server.stop() };
}
