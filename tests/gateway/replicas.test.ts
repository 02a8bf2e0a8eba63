/**
 * gateway/replicas.ts over real HTTP servers standing in for two replicas of a subgraph: calls alternate,
 * a read is retried on the other replica when one is down or drops the connection, a mutation is retried
 * only when it never reached the replica or carries idempotency keys, and a replica that comes back rejoins.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COOLDOWN_MS, createReplicaFetcher, retryPolicyOf } from '../../gateway/replicas.js';
import { createSubgraphFetcher } from '../../gateway/subgraph-fetcher.js';

interface Replica {
  url: string;
  seen: string[];
  mode: 'ok' | 'reset';
  close(): Promise<void>;
  listen(): Promise<void>;
}

async function replica(name: string, port = 0): Promise<Replica> {
  const state = { seen: [] as string[], mode: 'ok' as 'ok' | 'reset' };
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      state.seen.push(body);
      if (state.mode === 'reset') return req.socket.destroy();
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ data: { from: name } }));
    });
  });
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return Object.assign(state, {
    url,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
    listen: () => new Promise<void>((r) => server.listen(Number(new URL(url).port), '127.0.0.1', r)),
  });
}

const body = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });
const READ = body('{ suppliers { totalCount } }');
const MUTATE = body('mutation($input: SubmitAuditInput!) { submitAudit(input: $input) { replayed } }', { input: {} });
const KEYED = body(
  'mutation($input: SubmitAuditInput!, $key: String) { submitAudit(input: $input, idempotencyKey: $key) { replayed } }',
  { input: {}, key: 'k1' },
);

let a: Replica;
let b: Replica;
const base = createSubgraphFetcher({ timeoutMs: 2_000 });
const from = async (response: { json(): Promise<any> }) => (await response.json()).data.from as string;

beforeAll(async () => {
  a = await replica('a');
  b = await replica('b');
});
afterAll(async () => {
  base.close();
  await a.close();
  await b.close();
});

describe('retry policy', () => {
  it('retries reads, mutations whose every root field has a key, and batches where every item has one', () => {
    expect(retryPolicyOf(READ)).toBe('always');
    expect(retryPolicyOf(MUTATE)).toBe('if-not-sent');
    expect(retryPolicyOf(KEYED)).toBe('always');
    expect(
      retryPolicyOf(
        body(
          'mutation($input: SubmitAuditInput!, $key: String) ' +
            '{ submitAudit(input: $input, idempotencyKey: $key) { replayed } }',
          { input: {}, key: null },
        ),
      ),
    ).toBe('if-not-sent');
    const batch = 'mutation($inputs: [SubmitAuditItem!]!) { submitAudits(inputs: $inputs) { replayed } }';
    expect(retryPolicyOf(body(batch, { inputs: [{ idempotencyKey: 'a' }, { idempotencyKey: 'b' }] }))).toBe('always');
    expect(retryPolicyOf(body(batch, { inputs: [{ idempotencyKey: 'a' }, { input: {} }] }))).toBe('if-not-sent');
    expect(
      retryPolicyOf(
        body(
          'mutation { submitAudit(input: {}, idempotencyKey: "k") { replayed } ' +
            'x: submitAudit(input: {}) { replayed } }',
        ),
      ),
    ).toBe('if-not-sent');
    expect(retryPolicyOf('not json')).toBe('if-not-sent');
  });
});

describe('replica fetcher', () => {
  it('spreads calls over both replicas', async () => {
    const fetch = createReplicaFetcher([a.url, b.url], base);
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => fetch('ignored', { method: 'POST', body: READ }).then(from)),
    );
    expect(answers.filter((x) => x === 'a')).toHaveLength(3);
    expect(answers.filter((x) => x === 'b')).toHaveLength(3);
  });

  it('retries a read whose connection drops on the other replica, but not an unkeyed mutation', async () => {
    const fetch = createReplicaFetcher([a.url, b.url], base);
    a.mode = 'reset';
    try {
      for (let i = 0; i < 4; i++) expect(await from(await fetch('ignored', { method: 'POST', body: READ }))).toBe('b');
      // Two fresh fetchers so the first attempt lands on a (round-robin starts at the first replica).
      const seenBefore = b.seen.length;
      await expect(
        createReplicaFetcher([a.url, b.url], base)('ignored', { method: 'POST', body: MUTATE }),
      ).rejects.toThrow();
      expect(b.seen.length).toBe(seenBefore); // not sent again: a may have written it
      expect(
        await from(await createReplicaFetcher([a.url, b.url], base)('ignored', { method: 'POST', body: KEYED })),
      ).toBe('b');
    } finally {
      a.mode = 'ok';
    }
  });

  it('sends any mutation on when a replica refuses the connection, and takes a restarted one back', async () => {
    const fetch = createReplicaFetcher([a.url, b.url], base);
    await a.close();
    expect(await from(await fetch('ignored', { method: 'POST', body: MUTATE }))).toBe('b');
    const answers = await Promise.all(
      Array.from({ length: 4 }, () => fetch('ignored', { method: 'POST', body: READ }).then(from)),
    );
    expect(answers).toEqual(['b', 'b', 'b', 'b']);
    await a.listen();
    await new Promise((r) => setTimeout(r, COOLDOWN_MS + 100));
    const after = await Promise.all(
      Array.from({ length: 4 }, () => fetch('ignored', { method: 'POST', body: READ }).then(from)),
    );
    expect(after).toContain('a');
  });
});
