/**
 * The real thing: every subgraph and the gateway as their own processes (scripts/stack.ts, as `npm start`
 * runs them), called over HTTP with tokens from the stack's secret.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchStack, type RunningStack } from '../../scripts/stack.js';
import { gql } from '../helpers/graphql.js';
import { makeTempDir } from '../helpers/tmp.js';
import { tokenFactory, type TokenFactory } from '../helpers/tokens.js';

describe('gateway end to end: real subgraphs', () => {
  const tmp = makeTempDir('tidemark-gateway-e2e-');
  let stack: RunningStack;
  let tokens: TokenFactory;
  let url: string;
  let campaignId: string;

  beforeAll(async () => {
    tokens = tokenFactory(tmp.dir);
    stack = await launchStack({ dataDir: tmp.dir, ports: 'free', without: ['warehouse', 'dashboards'] });
    url = stack.urls.gateway!;
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
    tmp.remove();
  });

  it('writes through the gateway with each writer role', async () => {
    const supplier = await gql(
      url,
      'mutation ($input: SupplierInput!) { registerSupplier(input: $input) { matchedExisting supplier { id name } } }',
      { input: { name: 'Siam Seafood Co', address: '1 Harbour Road, Samut Sakhon', countryCode: 'TH', sector: 'SEAFOOD_PROCESSING' } },
      await tokens.token('PARTNER'),
    );
    expect(supplier.errors).toBeUndefined();
    expect(supplier.data.registerSupplier).toMatchObject({ matchedExisting: false, supplier: { name: 'Siam Seafood Co' } });

    const campaign = await gql(
      url,
      'mutation ($input: CreateCampaignInput!) { createCampaign(input: $input) { id name } }',
      {
        input: {
          name: 'Know your rights',
          countryCode: 'TH',
          audience: 'MIGRANT_WORKERS',
          channels: ['RADIO', 'SMS'],
          languages: ['th', 'my'],
          startDate: '2019-07-02',
          endDate: '2019-12-03',
        },
      },
      await tokens.token('AGENCY'),
    );
    expect(campaign.errors).toBeUndefined();
    campaignId = campaign.data.createCampaign.id;
  });

  it('joins one country across agency, audits and campaigns', async () => {
    const response = await gql(
      url,
      'query Thailand { country(code: "TH") { name alpha3 suppliers(first: 5) { totalCount edges { node { name ' +
        'sector } } } campaigns { name channels } } }',
      {},
      await tokens.token('ANALYST'),
    );
    expect(response.errors).toBeUndefined();
    expect(response.data.country).toEqual({
      name: 'Thailand',
      alpha3: 'THA',
      suppliers: { totalCount: 1, edges: [{ node: { name: 'Siam Seafood Co', sector: 'SEAFOOD_PROCESSING' } }] },
      campaigns: [{ name: 'Know your rights', channels: ['RADIO', 'SMS'] }],
    });
  });

  it('refuses callers without a valid token and operations over the limits', async () => {
    const anonymous = await gql(url, '{ countries { code } }', {}, null);
    expect(anonymous.status).toBe(401);
    const costly = await gql(
      url,
      '{ suppliers(first: 200) { edges { node { audits(first: 200) { edges { node { id } } } } } } }',
      {},
      await tokens.token('ANALYST'),
    );
    // 1 + 200 suppliers × (edge + node + audits connection 1 + 200 × (edge + node)), from the subgraphs' @listSize.
    expect(costly.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'cost', actual: 1 + 200 * (2 + 1 + 200 * 2) });
  });

  it('lets the subgraphs enforce roles behind the gateway', async () => {
    const response = await gql(url, '{ campaigns(first: 1) { totalCount } }', {}, await tokens.token('WAREHOUSE'));
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('answers with partial data while a subgraph is stopped, and recovers when it is back', async () => {
    const query = 'query ($id: ID!) { country(code: "TH") { name } campaign(id: $id) { name } }';
    const token = await tokens.token('ANALYST');
    await stack.stopService('campaigns');
    const down = await gql(url, query, { id: campaignId }, token);
    expect(down.data).toEqual({ country: { name: 'Thailand' }, campaign: null });
    expect(down.errors?.[0]?.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'campaigns' });
    const ready = await fetch(url.replace(/graphql$/, 'ready'), { headers: { authorization: `Bearer ${await tokens.token('WAREHOUSE')}` } });
    expect(ready.status).toBe(503);

    await stack.startService('campaigns');
    const back = await gql(url, query, { id: campaignId }, token);
    expect(back.errors).toBeUndefined();
    expect(back.data.campaign).toEqual({ name: 'Know your rights' });
  }, 60_000);
});
