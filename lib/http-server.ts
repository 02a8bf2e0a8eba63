/**
 * Apollo Server over plain node:http, shared by the gateway and every subgraph. It owns what happens before
 * GraphQL: body size (413, declared or chunked), UTF-8 and JSON parsing (400, also for invalid UTF-8 bytes and
 * strings with lone UTF-16 surrogates), content type (415), the /health route and extra routes (/ready,
 * /metrics, POST /backup), request ids, and closing cleanly. No Express: nothing here needs it.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { findIllFormedString } from './well-formed-json.js';

export type RouteHandler = (req: http.IncomingMessage, res: http.ServerResponse) => void | Promise<void>;

export interface HttpServerOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  context: (args: { req: http.IncomingMessage; requestId: string; body: unknown }) => Promise<TContext>;
  port: number;
  host: string;
  /** Largest accepted request body in bytes; larger requests get HTTP 413 before any parsing. */
  maxBodyBytes?: number;
  /** Extra routes such as /ready and /metrics (GET), or 'POST /backup' (a method before the path). */
  routes?: Record<string, RouteHandler>;
  /** Answers the requests it claims before GraphQL (e.g. a browser opening the API URL, gateway/browser-page.ts). */
  browserPage?: { wants(req: http.IncomingMessage, path: string): boolean; handle: RouteHandler };
  /** Extra fields of the /health answer, e.g. the build a service serves. */
  health?: () => object;
  /** Routes that take any method and read their own body (e.g. GraphQL over SSE at /graphql/stream). */
  streamRoutes?: Record<string, RouteHandler>;
  /** Called once per GraphQL request when its response has been written. */
  onResponse?: (info: { requestId: string; status: number; ms: number; body: unknown }) => void;
}

export interface RunningServer {
  url: string;
  port: number;
  server: http.Server;
  stop(): Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** A chunked body is drained (so the client can read its 413) up to this many times the limit, then cut off. */
const DRAIN_FACTOR = 16;

function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      reject(new HttpError(413, 'PAYLOAD_TOO_LARGE', `Request body is larger than ${limit} bytes`));
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) {
        chunks.push(chunk);
        return;
      }
      if (!tooLarge) {
        tooLarge = true;
        // A chunked body past the limit: answer 413 now and read the rest without keeping it, as for a declared
        // length; destroying the socket instead would reset the connection before the client reads the answer.
        chunks.length = 0;
        reject(new HttpError(413, 'PAYLOAD_TOO_LARGE', `Request body is larger than ${limit} bytes`));
      }
      if (size > limit * DRAIN_FACTOR) req.destroy();
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function sendJsonError(
  res: http.ServerResponse,
  status: number,
  code: string,
  message: string,
  requestId: string,
): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('x-request-id', requestId);
  res.end(JSON.stringify({ errors: [{ message, extensions: { code, requestId } }] }));
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

async function parseBody(req: http.IncomingMessage, limit: number): Promise<unknown> {
  if (req.method !== 'POST') return undefined;
  const type = String(req.headers['content-type'] ?? '')
    .split(';')[0]!
    .trim()
    .toLowerCase();
  if (type !== 'application/json' && type !== 'application/graphql-response+json') {
    throw new HttpError(415, 'BAD_REQUEST', 'Send GraphQL requests as POST with content-type application/json');
  }
  const raw = await readBody(req, limit);
  let text: string;
  try {
    // Fatal: invalid UTF-8 is refused, not stored as U+FFFD.
    text = utf8.decode(raw);
  } catch {
    throw new HttpError(400, 'BAD_USER_INPUT', 'Request body is not valid UTF-8; send JSON encoded as UTF-8');
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new HttpError(400, 'BAD_REQUEST', 'Request body is not valid JSON');
  }
  const illFormed = findIllFormedString(body);
  if (illFormed !== null) {
    throw new HttpError(
      400,
      'BAD_USER_INPUT',
      `${illFormed}: is not well-formed Unicode (a lone surrogate such as \\ud800); send valid UTF-8 text`,
    );
  }
  return body;
}

export async function startHttpServer<TContext extends BaseContext>(
  options: HttpServerOptions<TContext>,
): Promise<RunningServer> {
  const maxBody = options.maxBodyBytes ?? 1_000_000;
  const routes: Record<string, RouteHandler> = {
    '/health': (_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ status: 'ok', ...options.health?.() }));
    },
    ...options.routes,
  };

  const server = http.createServer(async (req, res) => {
    const started = performance.now();
    const incomingId = req.headers['x-request-id'];
    const requestId = typeof incomingId === 'string' && /^[\w-]{1,64}$/.test(incomingId) ? incomingId : randomUUID();
    const path = (req.url ?? '/').split('?')[0]!;
    try {
      const stream = options.streamRoutes?.[path];
      if (stream) {
        await stream(req, res);
        return;
      }
      const route = req.method === 'GET' ? routes[path] : routes[`${req.method} ${path}`];
      if (route) {
        await route(req, res);
        return;
      }
      if (options.browserPage?.wants(req, path)) {
        await options.browserPage.handle(req, res);
        return;
      }
      if (path !== '/graphql' && path !== '/') {
        sendJsonError(res, 404, 'NOT_FOUND', `No route ${path}: GraphQL is served at /graphql`, requestId);
        return;
      }
      const body = await parseBody(req, maxBody);
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      const response = await options.apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: {
          method: (req.method ?? 'GET').toUpperCase(),
          headers,
          search: new URL(req.url ?? '/', 'http://x').search,
          body,
        },
        context: () => options.context({ req, requestId, body }),
      });
      for (const [key, value] of response.headers) res.setHeader(key, value);
      res.setHeader('x-request-id', requestId);
      res.statusCode = response.status ?? 200;
      if (response.body.kind === 'complete') {
        res.end(response.body.string);
      } else {
        for await (const chunk of response.body.asyncIterator) res.write(chunk);
        res.end();
      }
      options.onResponse?.({ requestId, status: res.statusCode, ms: performance.now() - started, body });
    } catch (error) {
      if (error instanceof HttpError) sendJsonError(res, error.status, error.code, error.message, requestId);
      else if (!res.headersSent)
        sendJsonError(res, 500, 'INTERNAL_SERVER_ERROR', `Internal error (request ${requestId})`, requestId);
      else res.destroy();
      options.onResponse?.({ requestId, status: res.statusCode, ms: performance.now() - started, body: undefined });
    }
  });
  server.keepAliveTimeout = 65_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${options.host}:${port}/graphql`,
    port,
    server,
    async stop() {
      await options.apollo.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
