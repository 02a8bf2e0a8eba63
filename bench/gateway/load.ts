/**
 * One load round with autocannon against one URL: fixed connections, every request with an Authorization
 * header no other request carried (TokenPool), every answer checked for GraphQL errors (an erroring server is
 * not a fast one). The load runs `settleSeconds` first and the figures cover only the answers that arrive in
 * the `seconds` after that: at a few dozen answers per second and 50 connections, autocannon's own totals
 * would be skewed by the ramp-up and by the requests still in flight when it stops.
 */
import autocannon from 'autocannon';
import { percentile } from '../lib/stats.js';
import type { TokenPool } from './tokens.js';

export interface LoadOptions {
  url: string;
  body: string;
  connections: number;
  settleSeconds: number;
  seconds: number;
  tokens: TokenPool;
}

export interface LoadResult {
  /** Whole answers (HTTP 200, no errors) per second within the measured window. */
  rps: number;
  p50: number;
  p99: number;
  /** Whole answers within the window. */
  answers: number;
  /** Whole answers over the whole run, settling and tail included (for CPU per answer). */
  allAnswers: number;
  windowSeconds: number;
  /** Answers (whole run) that were not HTTP 200 with an error-free body, plus socket errors and timeouts. */
  failures: number;
  firstFailure: string | null;
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const { pathname, search } = new URL(options.url);
  const latencies: number[] = [];
  let bad = 0;
  let allAnswers = 0;
  let lastWhole = false;
  let firstFailure: string | null = null;
  let windowStart = Infinity;
  let windowEnd = Infinity;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        // A second past the window, so no answer inside it is cut off by autocannon stopping.
        duration: options.settleSeconds + options.seconds + 1,
        timeout: 30,
        requests: [
          {
            method: 'POST',
            path: pathname + search,
            headers: { 'content-type': 'application/json' },
            body: options.body,
            setupRequest: (request) => ({
              ...request,
              headers: { ...request.headers, authorization: options.tokens.next() },
            }),
            // Runs just before the instance's 'response' event for the same answer.
            onResponse: (status, body) => {
              // A GraphQL error appears as an "errors" key; the bench's data never contains that string.
              lastWhole = status === 200 && !body.includes('"errors"');
              if (lastWhole) allAnswers++;
              else {
                bad++;
                firstFailure ??= `HTTP ${status}: ${body.slice(0, 300)}`;
              }
            },
          },
        ],
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('start', () => {
      windowStart = performance.now() + options.settleSeconds * 1000;
      windowEnd = windowStart + options.seconds * 1000;
    });
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      const now = performance.now();
      if (lastWhole && now >= windowStart && now < windowEnd) latencies.push(responseTime);
    });
  });
  const windowSeconds = options.seconds;
  return {
    rps: latencies.length / windowSeconds,
    p50: latencies.length > 0 ? percentile(latencies, 50) : NaN,
    p99: latencies.length > 0 ? percentile(latencies, 99) : NaN,
    answers: latencies.length,
    allAnswers,
    windowSeconds,
    failures: bad + result.errors + result.timeouts,
    firstFailure,
  };
}
