/**
 * The breaker's state machine against a real HTTP server whose /health can go silent: timeouts open it, an open
 * breaker refuses at once, the probe runs only after the open period and in the background, a silent probe
 * re-opens it, an answering one closes it.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CircuitBreakers, CircuitOpenError, type CircuitState } from '../../gateway/circuit-breaker.js';

describe('gateway: circuit breaker per subgraph URL', () => {
  let server: http.Server;
  let url: string;
  let silent = false;
  let probes = 0;

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      if (req.url === '/health') probes += 1;
      if (silent) return; // never answers, like a stopped process
      res.end('{"status":"ok"}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const until = async (check: () => boolean) => {
    for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 20));
    expect(check()).toBe(true);
  };

  it('opens after consecutive timeouts, refuses at once, probes in the background, closes when healthy', async () => {
    const changes: CircuitState[] = [];
    const breakers = new CircuitBreakers({ failureThreshold: 2, openMs: 150, probeTimeoutMs: 500 }, (_url, state) =>
      changes.push(state),
    );
    const breaker = breakers.for(url);
    expect(breakers.for(url)).toBe(breaker);
    expect(breakers.for(`${url}?replica=2`)).not.toBe(breaker);

    breaker.recordFailure();
    breaker.recordSuccess(); // a success in between resets the count
    breaker.recordFailure();
    expect(breaker.current).toBe('closed');
    expect(() => breaker.guard()).not.toThrow();
    breaker.recordFailure();
    expect(breaker.current).toBe('open');
    expect(() => breaker.guard()).toThrow(CircuitOpenError);
    expect(probes).toBe(0); // no probe before the open period is over

    silent = true;
    await new Promise((r) => setTimeout(r, 200));
    expect(() => breaker.guard()).toThrow(CircuitOpenError); // starts the probe, still refuses
    expect(breaker.current).toBe('half_open');
    expect(() => breaker.guard()).toThrow(CircuitOpenError); // one probe at a time
    await until(() => breaker.current === 'open'); // the silent probe timed out
    expect(probes).toBe(1);

    silent = false;
    await new Promise((r) => setTimeout(r, 200));
    expect(() => breaker.guard()).toThrow(CircuitOpenError);
    await until(() => breaker.current === 'closed');
    expect(() => breaker.guard()).not.toThrow();
    expect(changes).toEqual(['open', 'half_open', 'open', 'half_open', 'closed']);
  });
});
