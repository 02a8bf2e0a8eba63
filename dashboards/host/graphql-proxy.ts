/**
 * POST /graphql → the gateway. The page is served from this origin, so the browser needs no CORS; the proxy
 * forwards the body, its content type and the caller's Authorization header, and nothing else (no cookies).
 * The gateway's status and body come back unchanged; when it cannot be reached the page gets a GraphQL-shaped
 * error it can show in its panels.
 */
import type http from 'node:http';

const MAX_BODY_BYTES = 1_000_000;
const TIMEOUT_MS = 30_000;

function sendError(res: http.ServerResponse, status: number, code: string, message: string): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

function readBody(req: http.IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(null);
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export async function proxyGraphQL(
  gatewayUrl: string,
  req: http.IncomingMessage,
  res: http.ServerResponse,
): Promise<void> {
  const declared = Number(req.headers['content-length'] ?? 0);
  const body = declared > MAX_BODY_BYTES ? null : await readBody(req);
  if (body === null) {
    sendError(res, 413, 'PAYLOAD_TOO_LARGE', `Request body is larger than ${MAX_BODY_BYTES} bytes`);
    return;
  }
  const headers: Record<string, string> = { 'content-type': String(req.headers['content-type'] ?? 'application/json') };
  if (typeof req.headers.authorization === 'string') headers.authorization = req.headers.authorization;
  let upstream: Response;
  try {
    upstream = await fetch(gatewayUrl, {
      method: 'POST',
      headers,
      body: body.toString('utf8'),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    const reason =
      (error as Error).name === 'TimeoutError' ? `did not answer within ${TIMEOUT_MS / 1000} s` : 'is not reachable';
    sendError(res, 502, 'GATEWAY_UNAVAILABLE', `The API gateway ${reason}; try again shortly`);
    return;
  }
  const text = await upstream.text();
  res.statusCode = upstream.status;
  res.setHeader('content-type', upstream.headers.get('content-type') ?? 'application/json; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  const requestId = upstream.headers.get('x-request-id');
  if (requestId) res.setHeader('x-request-id', requestId);
  res.end(text);
}
