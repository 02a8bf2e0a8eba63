import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dedupeRepresentations, expandEntities } from '../../gateway/entity-dedup.js';
import { gql } from '../helpers/graphql.js';
import { startHarness, type GatewayHarness } from './fixtures/harness.js';

describe('gateway: entity fetches send each distinct representation once', () => {
  let h: GatewayHarness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it('resolves repeated entities once and answers every position', async () => {
    const before = h.beta.references;
    const response = await gql(
      h.url,
      '{ widgetsByIds(ids: ["7", "42", "7", "7", "42"]) { id name rating } }',
      {},
      await h.tokens.token('PARTNER'),
    );
    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
    expect(response.data.widgetsByIds).toEqual([
      { id: '7', name: 'Widget 7', rating: 2 },
      { id: '42', name: 'Widget 42', rating: 3 },
      { id: '7', name: 'Widget 7', rating: 2 },
      { id: '7', name: 'Widget 7', rating: 2 },
      { id: '42', name: 'Widget 42', rating: 3 },
    ]);
    expect(h.beta.references - before).toBe(2);
  });

  it('reports a subgraph error at every position that asked for the failing entity', async () => {
    const response = await gql(
      h.url,
      '{ widgetsByIds(ids: ["unrated", "1", "unrated"]) { id rating } }',
      {},
      await h.tokens.token('ANALYST'),
    );
    expect(response.status).toBe(200);
    expect(response.data.widgetsByIds).toEqual([
      { id: 'unrated', rating: null },
      { id: '1', rating: 2 },
      { id: 'unrated', rating: null },
    ]);
    const errors = response.errors ?? [];
    expect(errors.map((e: { path?: unknown[] }) => e.path)).toEqual([
      ['widgetsByIds', 0, 'rating'],
      ['widgetsByIds', 2, 'rating'],
    ]);
    for (const error of errors) expect(error.extensions?.code).toBe('NOT_FOUND');
  });

  it('leaves fetches without repeats as they are', () => {
    expect(
      dedupeRepresentations([
        { __typename: 'Widget', id: '1' },
        { __typename: 'Widget', id: '2' },
      ]),
    ).toBeNull();
    expect(dedupeRepresentations(undefined)).toBeNull();
  });

  it('gives each repeated position its own copy, so later merges into one do not leak into another', () => {
    const deduped = dedupeRepresentations([
      { __typename: 'C', code: 'TH' },
      { __typename: 'C', code: 'TH' },
    ])!;
    expect(deduped).toEqual({ unique: [{ __typename: 'C', code: 'TH' }], indexOf: [0, 0] });
    const expanded = expandEntities({ data: { _entities: [{ name: 'Thailand', tags: ['a'] }] } }, deduped);
    const [first, second] = (expanded.data as { _entities: { name: string; tags: string[] }[] })._entities;
    expect(second).toEqual(first);
    expect(second).not.toBe(first);
    second!.tags.push('b');
    expect(first!.tags).toEqual(['a']);
  });
});
