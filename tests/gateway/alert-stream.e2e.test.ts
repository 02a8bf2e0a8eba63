/**
 * Zero-tolerance alerts through the real stack: the `alerts` query and the live stream at /graphql/stream
 * (graphql-sse client), isolation between partners, resuming across a gateway restart, 1,000 alerts in order.
 */
import { createClient } from 'graphql-sse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchStack, type RunningStack } from '../../scripts/stack.js';
import { errorCode, gql } from '../helpers/graphql.js';
import { makeTempDir } from '../helpers/tmp.js';
import { PARTNER_A, PARTNER_B, tokenFactory, type TokenFactory } from '../helpers/tokens.js';

const SUBSCRIPTION = `subscription Alerts($after: String) {
  alertRaised(after: $after) { id cursor kind partnerOrgId auditId iloIndicator supplier { name } }
}`;

interface StreamedAlert {
  id: string;
  cursor: string;
  kind: string;
  partnerOrgId: string | null;
  auditId: string | null;
  iloIndicator: string | null;
  supplier: { name: string };
}

/**
 * A client as docs/alerts.md describes it: remembers the last cursor, re-subscribes from it after any
 * disconnect, and drops alerts it has seen (by id).
 */
function alertListener(streamUrl: string, token: string, after: string | null = null) {
  const received: StreamedAlert[] = [];
  const seen = new Set<string>();
  const errors: unknown[] = [];
  let cursor = after;
  let stopped = false;
  let duplicates = 0;
  const client = createClient({ url: streamUrl, headers: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
  const run = (async () => {
    while (!stopped) {
      try {
        for await (const result of client.iterate<{ alertRaised: StreamedAlert }>({
          query: SUBSCRIPTION,
          variables: { after: cursor },
        })) {
          if (result.errors) errors.push(result.errors);
          const alert = result.data?.alertRaised;
          if (!alert) continue;
          cursor = alert.cursor;
          if (seen.has(alert.id)) duplicates++;
          else {
            seen.add(alert.id);
            received.push(alert);
          }
          if (stopped) break;
        }
      } catch (error) {
        if (!stopped) errors.push(error);
      }
      if (!stopped) await new Promise((r) => setTimeout(r, 200)); // gateway away: try again shortly
    }
  })();
  return {
    received,
    errors,
    get duplicates() {
      return duplicates;
    },
    async waitFor(count: number, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      return received.length;
    },
    async stop() {
      stopped = true;
      client.dispose();
      await Promise.race([run, new Promise((r) => setTimeout(r, 2_000))]);
    },
  };
}

describe('gateway: zero-tolerance alerts', () => {
  const tmp = makeTempDir('tidemark-alerts-');
  let stack: RunningStack;
  let tokens: TokenFactory;
  let gateway: string;
  let stream: string;
  let acme: string;
  let globex: string;
  let analyst: string;
  let seq = 0;

  const auditWith = (
    name: string,
    severity = 'S4',
    iloIndicator: string | null = 'RETENTION_OF_IDENTITY_DOCUMENTS',
  ) => ({
    supplier: { name, address: `${++seq} Harbour Road`, countryCode: 'TH', sector: 'FISHING' },
    scheme: 'AMFORI_BSCI',
    type: 'INITIAL',
    announcement: 'UNANNOUNCED',
    auditDate: '2024-03-01',
    workersInterviewed: 30,
    findings: [
      { iloIndicator, schemeSeverity: 'Zero tolerance', severity, description: 'Passports held by the employer' },
    ],
  });
  const submit = async (token: string, name: string, url = gateway) => {
    const r = await gql(
      url,
      'mutation ($input: SubmitAuditInput!) { submitAudit(input: $input) { audit { id } } }',
      { input: auditWith(name) },
      token,
    );
    expect(r.errors).toBeUndefined();
    return r.data.submitAudit.audit.id as string;
  };
  const lastCursor = async (token: string) => {
    let after: string | null = null;
    for (;;) {
      const page: any = await gql(
        gateway,
        'query ($after: String) { alerts(after: $after, first: 200) { pageInfo { hasNextPage endCursor } } }',
        { after },
        token,
      );
      after = page.data.alerts.pageInfo.endCursor ?? after;
      if (!page.data.alerts.pageInfo.hasNextPage) return after;
    }
  };

  beforeAll(async () => {
    tokens = tokenFactory(tmp.dir);
    stack = await launchStack({
      dataDir: tmp.dir,
      ports: 'free',
      without: ['warehouse', 'dashboards'],
      extraEnv: { GATEWAY_ALERT_POLL_MS: '100' },
    });
    gateway = stack.urls.gateway!;
    stream = new URL('/graphql/stream', gateway).toString();
    acme = await tokens.token('PARTNER', PARTNER_A);
    globex = await tokens.token('PARTNER', PARTNER_B);
    analyst = await tokens.token('ANALYST');
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
    tmp.remove();
  });

  it('streams each partner only its own alerts, analysts all, and the alerts query agrees', async () => {
    const listeners = {
      acme: alertListener(stream, acme),
      globex: alertListener(stream, globex),
      analyst: alertListener(stream, analyst),
    };
    try {
      const acmeAudit = await submit(acme, 'Acme Fishing One');
      const globexAudit = await submit(globex, 'Globex Fishing One');
      // Not zero tolerance: an S4 without an ILO indicator, an S3 with one.
      await gql(
        gateway,
        'mutation ($input: SubmitAuditInput!) { submitAudit(input: $input) { audit { id } } }',
        { input: auditWith('Quiet Mill', 'S4', null) },
        acme,
      );
      expect(await listeners.analyst.waitFor(2)).toBe(2);
      expect(await listeners.acme.waitFor(1)).toBe(1);
      expect(await listeners.globex.waitFor(1)).toBe(1);
      await new Promise((r) => setTimeout(r, 500)); // time for anything that should not arrive
      expect(listeners.acme.received.map((a) => a.auditId)).toEqual([acmeAudit]);
      expect(listeners.globex.received.map((a) => a.auditId)).toEqual([globexAudit]);
      expect(listeners.analyst.received.map((a) => a.auditId)).toEqual([acmeAudit, globexAudit]);
      expect(listeners.acme.received[0]).toMatchObject({
        kind: 'ZERO_TOLERANCE_FINDING',
        partnerOrgId: 'org-acme',
        iloIndicator: 'RETENTION_OF_IDENTITY_DOCUMENTS',
        supplier: { name: 'Acme Fishing One' },
      });

      const query = '{ alerts { unacknowledgedCount edges { node { id auditId partnerOrgId } } } }';
      const viaQuery = await gql(gateway, query, {}, globex);
      expect(viaQuery.data.alerts.edges.map((e: any) => e.node.auditId)).toEqual([globexAudit]);
      // Another partner's alert cannot be acknowledged, nor told apart from a missing one.
      const acmeAlertId = listeners.acme.received[0]!.id;
      const foreign = await gql(
        gateway,
        'mutation ($id: ID!) { acknowledgeAlert(id: $id) { id } }',
        { id: acmeAlertId },
        globex,
      );
      expect(errorCode(foreign)).toBe('NOT_FOUND');
      const missing = await gql(
        gateway,
        'mutation ($id: ID!) { acknowledgeAlert(id: $id) { id } }',
        { id: 'no-such-alert' },
        globex,
      );
      expect(foreign.errors![0]!.message.replace(acmeAlertId, 'X')).toBe(
        missing.errors![0]!.message.replace('no-such-alert', 'X'),
      );
      // Per-user acknowledgement, idempotent; the unread panel's query.
      const ack = 'mutation ($id: ID!) { acknowledgeAlert(id: $id) { acknowledgedAt } }';
      const first = await gql(gateway, ack, { id: acmeAlertId }, acme);
      const again = await gql(gateway, ack, { id: acmeAlertId }, acme);
      expect(first.data.acknowledgeAlert.acknowledgedAt).toBe(again.data.acknowledgeAlert.acknowledgedAt);
      const unread = await gql(
        gateway,
        '{ alerts(unacknowledgedOnly: true) { unacknowledgedCount edges { node { id } } } }',
        {},
        acme,
      );
      expect(unread.data.alerts).toEqual({ unacknowledgedCount: 0, edges: [] });
      const colleague = await gql(
        gateway,
        '{ alerts(unacknowledgedOnly: true) { unacknowledgedCount } }',
        {},
        await tokens.token('PARTNER', { ...PARTNER_A, sub: 'carol@acme' }),
      );
      expect(colleague.data.alerts.unacknowledgedCount).toBe(1);
      // Roles without alerts: refused by the graph, on the query and on the stream alike.
      const policy = await tokens.token('POLICY');
      expect(errorCode(await gql(gateway, query, {}, policy))).toBe('FORBIDDEN');
      const refused = createClient({ url: stream, headers: { authorization: `Bearer ${policy}` }, retryAttempts: 0 });
      const results = [];
      for await (const r of refused.iterate({ query: SUBSCRIPTION })) results.push(r);
      refused.dispose();
      expect((results[0] as any).errors[0].extensions.code).toBe('FORBIDDEN');
    } finally {
      await Promise.all(Object.values(listeners).map((l) => l.stop()));
    }
    expect(listeners.acme.errors).toEqual([]);
  }, 60_000);

  it('speaks plain SSE as docs/alerts.md shows (curl, fetch), and serves the unread panel operation', async () => {
    await submit(acme, 'Plain SSE Mill');
    const response = await fetch(stream, {
      method: 'POST',
      headers: { authorization: `Bearer ${analyst}`, accept: 'text/event-stream', 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'subscription ($after: String) { alertRaised(after: $after) { id cursor kind supplier { name } } }',
        variables: { after: '0' },
      }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let text = '';
    // The stream opens with an SSE comment (':'), then events.
    const firstEvent = () =>
      text
        .split('\n\n')
        .slice(0, -1)
        .find((block) => block.startsWith('event:'));
    while (!firstEvent()) text += (await reader.read()).value ?? '';
    await reader.cancel();
    expect(text.startsWith(':')).toBe(true);
    const [event, data] = firstEvent()!.split('\n');
    expect(event).toBe('event: next');
    expect(JSON.parse(data!.replace(/^data:/, '')).data.alertRaised).toMatchObject({
      cursor: '1',
      kind: 'ZERO_TOLERANCE_FINDING',
    });

    const { readFileSync } = await import('node:fs');
    const operations = readFileSync(new URL('../../operations/alerts/unread-alerts.graphql', import.meta.url), 'utf8');
    const unread = await (
      await fetch(gateway, {
        method: 'POST',
        headers: { authorization: `Bearer ${analyst}`, 'content-type': 'application/json' },
        body: JSON.stringify({ query: operations, operationName: 'UnreadAlerts', variables: { first: 5 } }),
      })
    ).json();
    expect(unread.errors).toBeUndefined();
    expect(unread.data.alerts.unacknowledgedCount).toBeGreaterThan(0);
    expect(unread.data.alerts.edges[0].node).toMatchObject({
      kind: 'ZERO_TOLERANCE_FINDING',
      supplier: { country: { code: 'TH' } },
    });
  });

  it('ends a stream with UNAUTHENTICATED once its token expires', async () => {
    const { loadOrCreateSecret, mintToken } = await import('../../lib/auth.js');
    const secret = loadOrCreateSecret(tokens.secretFile);
    const shortLived = await mintToken(secret, { sub: 'brief@acme', role: 'ANALYST' }, { expiresIn: '2s' });
    const client = createClient({ url: stream, headers: { authorization: `Bearer ${shortLived}` }, retryAttempts: 0 });
    const codes: unknown[] = [];
    const started = Date.now();
    for await (const result of client.iterate({
      query: SUBSCRIPTION,
      variables: { after: await lastCursor(analyst) },
    })) {
      if (result.errors) codes.push((result.errors[0] as { extensions?: { code?: string } }).extensions?.code);
    }
    client.dispose();
    expect(codes).toEqual(['UNAUTHENTICATED']);
    expect(Date.now() - started).toBeGreaterThan(500);
  }, 30_000);

  it('refuses the stream without a token', async () => {
    const response = await fetch(stream, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: SUBSCRIPTION }),
    });
    expect(response.status).toBe(401);
    expect((await response.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('resumes after a gateway restart from the last cursor, losing no alert', async () => {
    const listener = alertListener(stream, analyst, await lastCursor(analyst));
    try {
      const before = [];
      for (let i = 0; i < 5; i++) before.push(await submit(i % 2 ? acme : globex, `Before restart ${i}`));
      expect(await listener.waitFor(5)).toBe(5);
      await stack.stopService('gateway');
      const during = [];
      // The audits subgraph stays up and takes submissions directly (it verifies the token itself).
      for (let i = 0; i < 5; i++)
        during.push(await submit(i % 2 ? acme : globex, `During restart ${i}`, stack.urls.audits!));
      await stack.startService('gateway');
      const after = [await submit(acme, 'After restart')];
      expect(await listener.waitFor(11)).toBe(11);
      expect(listener.received.map((a) => a.auditId)).toEqual([...before, ...during, ...after]);
      expect(listener.errors.length).toBeGreaterThan(0); // it did see the gateway go away
    } finally {
      await listener.stop();
    }
  }, 90_000);

  it('delivers 1,000 alerts recorded under load in order, each once', async () => {
    const listener = alertListener(stream, analyst, await lastCursor(analyst));
    const names: string[] = [];
    try {
      // 10 batches of 100 audits, 4 in flight at a time, while the stream reads.
      const batches = Array.from({ length: 10 }, (_, b) =>
        Array.from({ length: 100 }, (_, i) => {
          const name = `Load ${b}-${i}`;
          names.push(name);
          return { input: auditWith(name), idempotencyKey: `load-${b}-${i}` };
        }),
      );
      for (let i = 0; i < batches.length; i += 4) {
        await Promise.all(
          batches.slice(i, i + 4).map(async (inputs, j) => {
            const r = await gql(
              gateway,
              'mutation ($inputs: [SubmitAuditBatchItem!]!) { submitAudits(inputs: $inputs) { results { replayed } } }',
              { inputs },
              j % 2 ? acme : globex,
            );
            expect(r.errors).toBeUndefined();
          }),
        );
      }
      expect(await listener.waitFor(1_000, 60_000)).toBe(1_000);
      const cursors = listener.received.map((a) => Number(a.cursor));
      expect(cursors.every((c, i) => i === 0 || c > cursors[i - 1]!)).toBe(true);
      expect(new Set(listener.received.map((a) => a.supplier.name))).toEqual(new Set(names));
      expect(listener.duplicates).toBe(0);
    } finally {
      await listener.stop();
    }
  }, 120_000);
});
