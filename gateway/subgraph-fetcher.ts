/**
 * The HTTP client the gateway uses to call subgraphs: node:http with a keep-alive agent, a deadline per
 * request (AbortSignal.timeout) and the whole body buffered (subgraph answers are JSON read at once anyway).
 * It replaces @apollo/gateway's default make-fetch-happen client, which carries an HTTP cache layer and
 * node-fetch stream plumbing we do not need on a loopback hop; this path is hot (every subgraph fetch).
 */
import http from 'node:http';
import https from 'node:https';
import type { Fetcher, FetcherHeaders, FetcherRequestInit, FetcherResponse } from '@apollo/utils.fetcher';

/** Thrown when no answer arrives before the deadline. */
export class SubgraphTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`no response within ${timeoutMs} ms`);
  }
}

/** Response headers, lower-cased; the gateway only reads content-type. */
class ResponseHeaders implements FetcherHeaders {
  private readonly map = new Map<string, string>();
  append(name: string, value: string): void {
    this.map.set(name.toLowerCase(), value);
  }
  delete(name: string): void {
    this.map.delete(name.toLowerCase());
  }
  get(name: string): string | null {
    return this.map.get(name.toLowerCase()) ?? null;
  }
  has(name: string): boolean {
    return this.map.has(name.toLowerCase());
  }
  set(name: string, value: string): void {
    this.map.set(name.toLowerCase(), value);
  }
  entries(): IterableIterator<[string, string]> {
    return this.map.entries();
  }
  keys(): IterableIterator<string> {
    return this.map.keys();
  }
  values(): IterableIterator<string> {
    return this.map.values();
  }
  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.map.entries();
  }
}

class BufferedResponse implements FetcherResponse {
  readonly bodyUsed = false;
  readonly redirected = false;
  constructor(
    readonly url: string,
    readonly status: number,
    readonly statusText: string,
    readonly headers: ResponseHeaders,
    private readonly body: Buffer,
  ) {}
  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }
  async text(): Promise<string> {
    return this.body.toString('utf8');
  }
  async json(): Promise<any> {
    return JSON.parse(this.body.toString('utf8'));
  }
  async arrayBuffer(): Promise<ArrayBuffer> {
    return this.body.buffer.slice(this.body.byteOffset, this.body.byteOffset + this.body.byteLength) as ArrayBuffer;
  }
  clone(): FetcherResponse {
    return new BufferedResponse(this.url, this.status, this.statusText, this.headers, this.body);
  }
}

export interface SubgraphFetcherOptions {
  timeoutMs: number;
  /** Sockets kept open per subgraph; requests beyond it queue in the agent. */
  maxSockets?: number;
}

export function createSubgraphFetcher(options: SubgraphFetcherOptions): Fetcher & { close(): void } {
  const agentOptions = { keepAlive: true, maxSockets: options.maxSockets ?? 256, scheduling: 'lifo' as const };
  const agents = { 'http:': new http.Agent(agentOptions), 'https:': new https.Agent(agentOptions) };
  const fetcher = (url: string, init: FetcherRequestInit = {}): Promise<FetcherResponse> =>
    new Promise((resolve, reject) => {
      const target = new URL(url);
      const client = target.protocol === 'https:' ? https : http;
      const signal = AbortSignal.timeout(options.timeoutMs);
      const body = init.body ?? '';
      const request = client.request(
        target,
        {
          method: init.method ?? 'POST',
          headers: { ...init.headers, 'content-length': Buffer.byteLength(body) },
          agent: agents[target.protocol as 'http:' | 'https:'],
          signal,
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', fail);
          response.on('close', () => {
            if (!response.complete) fail(new Error('connection closed before the response was complete'));
          });
          response.on('end', () => {
            const headers = new ResponseHeaders();
            for (const [name, value] of Object.entries(response.headers)) {
              if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
            }
            resolve(
              new BufferedResponse(
                url,
                response.statusCode ?? 0,
                response.statusMessage ?? '',
                headers,
                Buffer.concat(chunks),
              ),
            );
          });
        },
      );
      function fail(error: Error) {
        reject(signal.aborted ? new SubgraphTimeoutError(options.timeoutMs) : error);
      }
      request.on('error', fail);
      request.end(body);
    });
  return Object.assign(fetcher, {
    close() {
      agents['http:'].destroy();
      agents['https:'].destroy();
    },
  });
}
