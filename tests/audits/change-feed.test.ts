import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, gql } from '../helpers/graphql.js';
import { PARTNER_A } from '../helpers/tokens.js';
import { makeTempDir } from '../helpers/tmp.js';
import { auditInput, startServer, SUBMIT } from './fixtures.js';
import { sqlString } from '../../lib/duckdb/sql-literals.js';

const EXPORT = `mutation($table: String!, $after: Int!) {
  exportAuditsChanges(table: $table, afterSeq: $after) { source table path fromSeqExclusive toSeqInclusive rowCount }
}`;

async function readParquet(path: string): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  try {
    const reader = await conn.runAndReadAll(`SELECT * FROM read_parquet(${sqlString(path)}) ORDER BY change_seq`);
    return reader.getRowObjectsJson() as Record<string, unknown>[];
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}

describe('audits subgraph: change feed for the warehouse', () => {
  const tmp = makeTempDir('audits-feed-');
  let ctx: Awaited<ReturnType<typeof startServer>>;
  let warehouse: string;
  let partner: string;
  const auditIds: string[] = [];

  beforeAll(async () => {
    ctx = await startServer(tmp.dir);
    warehouse = await ctx.tokens.token('WAREHOUSE');
    partner = await ctx.tokens.token('PARTNER', PARTNER_A);
    for (const date of ['2024-03-01', '2024-03-02']) {
      const res = await gql(ctx.url, SUBMIT, { input: auditInput({ auditDate: date }) }, partner);
      auditIds.push(res.data.submitAudit.audit.id);
    }
  });
  afterAll(async () => {
    await ctx.server.stop();
    tmp.remove();
  });

  it('writes the changed audits as a Parquet file DuckDB reads back', async () => {
    const res = await gql(ctx.url, EXPORT, { table: 'audits', after: 0 }, warehouse);
    expect(res.errors).toBeUndefined();
    const batch = res.data.exportAuditsChanges;
    expect(batch).toMatchObject({ source: 'audits', table: 'audits', fromSeqExclusive: 0, rowCount: 2 });
    expect(batch.path.startsWith(`${tmp.dir}/lake/audits/audits/`)).toBe(true);
    const rows = await readParquet(batch.path);
    expect(rows.map((r) => r.audit_id).sort()).toEqual([...auditIds].sort());
    expect(rows.every((r) => r.partner_org_id === PARTNER_A.org_id)).toBe(true);
    expect(Math.max(...rows.map((r) => Number(r.change_seq)))).toBe(batch.toSeqInclusive);
  });

  it('exports findings and corrective actions, and only rows after the given seq', async () => {
    const findings = (await gql(ctx.url, EXPORT, { table: 'findings', after: 0 }, warehouse)).data.exportAuditsChanges;
    expect(findings.rowCount).toBe(4);
    expect((await readParquet(findings.path)).map((r) => r.severity)).toEqual(['S3', 'S0', 'S3', 'S0']);
    const actions = (await gql(ctx.url, EXPORT, { table: 'corrective_actions', after: 0 }, warehouse)).data
      .exportAuditsChanges;
    expect(actions.rowCount).toBe(2);
    const rows = await readParquet(actions.path);
    const ca = rows[0]!.corrective_action_id as string;
    const update = `mutation($id: ID!) { updateCorrectiveAction(id: $id, input: { status: IN_PROGRESS }) { status } }`;
    expect((await gql(ctx.url, update, { id: ca }, partner)).data).toEqual({
      updateCorrectiveAction: { status: 'IN_PROGRESS' },
    });
    const next = (await gql(ctx.url, EXPORT, { table: 'corrective_actions', after: actions.toSeqInclusive }, warehouse))
      .data.exportAuditsChanges;
    expect(next.rowCount).toBe(1);
    expect(await readParquet(next.path)).toMatchObject([{ corrective_action_id: ca, status: 'IN_PROGRESS' }]);
    const none = (await gql(ctx.url, EXPORT, { table: 'corrective_actions', after: next.toSeqInclusive }, warehouse))
      .data.exportAuditsChanges;
    expect(none).toMatchObject({
      path: null,
      rowCount: 0,
      fromSeqExclusive: next.toSeqInclusive,
      toSeqInclusive: next.toSeqInclusive,
    });
  });

  it('refuses tables it does not publish', async () => {
    const res = await gql(ctx.url, EXPORT, { table: 'idempotency_keys', after: 0 }, warehouse);
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'table' });
  });

  it('refuses every role but WAREHOUSE', async () => {
    for (const role of ['PARTNER', 'ANALYST', 'POLICY', 'AGENCY'] as const) {
      const res = await gql(ctx.url, EXPORT, { table: 'audits', after: 0 }, await ctx.tokens.token(role));
      expect(errorCode(res)).toBe('FORBIDDEN');
    }
  });
});
