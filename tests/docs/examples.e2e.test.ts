/**
 * Docs that run: the demo stack (`npm start`'s data set, seed 42) started once, and every example of README.md
 * and docs/queries.md sent to it as the docs write it. Curl commands run in bash after `source data/tokens.env`
 * (the file `npm start` writes), with the gateway's port swapped for the test stack's. Each answer must have no
 * errors and data of the shape asked for: every top-level field present and not null, lists not empty, and
 * the entities the examples name (supplier, campaign, country) found in the demo data with their insights.
 */
import { execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mintDemoTokens, writeTokensEnv } from '../../gateway/demo-tokens.js';
import type { Role } from '../../lib/identity.js';
import { gql } from '../helpers/graphql.js';
import { startSeededStack } from '../helpers/seeded-stack.js';
import type { TestStack } from '../helpers/stack.js';
import { makeTempDir } from '../helpers/tmp.js';
import { examplesOf, type DocExample } from './markdown-examples.js';

const run = promisify(execFile);
const README = examplesOf('README.md');
const QUERIES = examplesOf('docs/queries.md');

/** What the examples promise beyond "no errors": the entity they name exists in the demo and answers. */
const FOUND: Record<string, (data: any) => unknown[]> = {
  MySupplierRisk: (d) => [d.supplier.risk, d.supplier.risk.drivers[0]],
  Thailand: (d) => [d.country.indicators[0], d.country.riskProfile],
  Impact: (d) => [d.campaign.impact, d.campaign.impact.comparison[0]],
  Pace: (d) => [d.series[0]?.points[0]],
};

function expectShape(example: DocExample, body: { data?: any; errors?: unknown[] }): void {
  expect(body.errors, example.where).toBeUndefined();
  expect(body.data, example.where).toBeTruthy();
  for (const [field, value] of Object.entries(body.data)) {
    expect(value, `${example.where}: ${field}`).not.toBeNull();
    if (Array.isArray(value)) expect(value.length, `${example.where}: ${field} is empty`).toBeGreaterThan(0);
  }
  const name = /^\s*query\s+(\w+)/.exec(example.text)?.[1];
  for (const found of FOUND[name ?? '']?.(body.data) ?? [])
    expect(found, `${example.where}: in the demo data`).toBeTruthy();
}

describe('docs: every example of README.md and docs/queries.md answers on the demo stack', () => {
  let stack: TestStack;
  let tokens: Record<Role, string>;
  const shell = makeTempDir('tidemark-docs-');

  beforeAll(async () => {
    stack = await startSeededStack({ without: ['dashboards'] });
    tokens = await mintDemoTokens(stack.dataDir);
    // Where a newcomer runs the README's commands: a checkout with data/tokens.env, as npm start leaves it.
    mkdirSync(join(shell.dir, 'data'));
    writeTokensEnv(join(shell.dir, 'data'), tokens);
  }, 180_000);
  afterAll(async () => {
    await stack?.close();
    shell.remove();
  });

  it('finds the examples in the Markdown', () => {
    expect(README.filter((e) => e.kind === 'curl').length).toBeGreaterThan(0);
    expect(QUERIES.filter((e) => e.kind === 'graphql').length).toBeGreaterThanOrEqual(9);
  });

  it.each(README.filter((e) => e.kind === 'curl').map((e) => [e.where, e] as const))('%s', async (_, example) => {
    const origin = new URL(stack.gateway).origin;
    const script = example.text.replaceAll('http://127.0.0.1:4000', origin);
    const { stdout } = await run('bash', ['-e', '-c', script], { cwd: shell.dir });
    const body = JSON.parse(stdout);
    expectShape(example, body);
    expect(body.data.suppliers).toMatchObject({ totalCount: 500 });
    expect(body.data.suppliers.edges[0].node.country.name).toEqual(expect.any(String));
  });

  it.each([...README, ...QUERIES].filter((e) => e.kind === 'graphql').map((e) => [e.where, e] as const))(
    '%s',
    async (_, example) => {
      const response = await gql(stack.gateway, example.text, {}, tokens[example.role]);
      expect(response.status, example.where).toBe(200);
      expectShape(example, response);
    },
  );
});
