/**
 * The `-- window:` and `-- additive:` model headers (warehouse/models/model-file.ts, incremental.ts, additive.ts):
 * what they parse to, what they refuse, the build order they give, and that a change to them rebuilds the model.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadModels } from '../../warehouse/models/model-graph.js';
import { stateHashFor } from '../../warehouse/models/build-plan.js';
import { makeTempDir } from '../helpers/tmp.js';

const tmp = makeTempDir('tidemark-incremental-headers-');
let folders = 0;

function modelsDir(files: Record<string, string>): string {
  const dir = join(tmp.dir, `models-${++folders}`);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const AUDITS =
  '-- grain: one row per audit\n-- incremental: audit_id\n' +
  "SELECT 1 AS audit_id, 1 AS supplier_id, DATE '2025-01-01' AS audit_date";
const facts = (header: string) =>
  `-- grain: one row per audit\n${header}\nSELECT *, lag(audit_id) OVER (PARTITION BY supplier_id ORDER BY ` +
  `audit_date, audit_id) AS previous_id FROM int_audits`;
const VARIABLES = { asOf: '2025-12-31', riskVersion: 'v1' };

afterAll(() => tmp.remove());

describe('warehouse models: window and additive headers', () => {
  it('reads a window and an additive declaration', () => {
    const models = loadModels(
      modelsDir({
        'intermediate/int_audits.sql': AUDITS,
        'marts/mart_facts.sql': facts(
          '-- incremental: audit_id\n-- window: int_audits partition by supplier_id order by audit_date, audit_id',
        ),
        'marts/mart_counts.sql':
          '-- grain: one row per supplier\n-- additive: audits over mart_facts by supplier_id\nSELECT ' +
          'supplier_id, count(*) AS audits FROM mart_facts GROUP BY supplier_id',
      }),
    );
    const byName = new Map(models.map((m) => [m.name, m]));
    expect(byName.get('mart_facts')!.window).toEqual({
      relation: 'int_audits',
      partitionBy: ['supplier_id'],
      orderBy: ['audit_date', 'audit_id'],
      previous: null,
    });
    expect(byName.get('mart_counts')!.additive).toEqual({
      sums: ['audits'],
      over: ['mart_facts'],
      by: ['supplier_id'],
    });
    expect(byName.get('int_audits')!.window).toBeNull();
    expect(byName.get('int_audits')!.additive).toBeNull();
  });

  it('reads the column a windowed model keeps its predecessor key in', () => {
    const header =
      '-- incremental: audit_id\n-- window: int_audits partition by supplier_id order by audit_date, audit_id\n' +
      '--     with previous previous_id';
    const models = loadModels(
      modelsDir({ 'intermediate/int_audits.sql': AUDITS, 'marts/mart_facts.sql': facts(header) }),
    );
    expect(models.find((m) => m.name === 'mart_facts')!.window!.previous).toBe('previous_id');
  });

  it.each([
    [
      'a predecessor column the window does not give',
      '-- incremental: audit_id\n-- window: int_audits partition by supplier_id order by audit_date, audit_id\n' +
        '--     with previous supplier_id',
      /with previous supplier_id needs "lag\(audit_id\) OVER … AS supplier_id"/,
    ],
    [
      'a window without an incremental key',
      '-- window: int_audits partition by supplier_id order by audit_date, audit_id',
      /window needs an incremental key/,
    ],
    [
      'an order that is not total',
      '-- incremental: audit_id\n-- window: int_audits partition by supplier_id order by audit_date',
      /must order by the incremental key audit_id/,
    ],
    [
      'a window over a relation the model does not read',
      '-- incremental: audit_id\n-- window: int_other partition by supplier_id order by audit_date, audit_id',
      /window's relation int_other is not a model it reads/,
    ],
    [
      'a malformed window',
      '-- incremental: audit_id\n-- window: int_audits order by audit_date, audit_id',
      /window takes/,
    ],
  ])('refuses %s', (_what, header, error) => {
    const dir = modelsDir({ 'intermediate/int_audits.sql': AUDITS, 'marts/mart_facts.sql': facts(header) });
    expect(() => loadModels(dir)).toThrow(error);
  });

  it.each([
    [
      'an additive model with an incremental key too',
      '-- incremental: supplier_id\n-- additive: audits over int_audits by supplier_id',
      /an additive model is a table without an incremental key/,
    ],
    [
      'a sum over a model that is not incremental',
      '-- additive: audits over int_whole by supplier_id',
      /additive over int_whole, which is not an incremental model it reads/,
    ],
    ['a malformed additive declaration', '-- additive: audits by supplier_id', /additive takes/],
  ])('refuses %s', (_what, header, error) => {
    const dir = modelsDir({
      'intermediate/int_audits.sql': AUDITS,
      'intermediate/int_whole.sql': '-- grain: one row per audit\nSELECT 1 AS audit_id, 1 AS supplier_id',
      'marts/mart_counts.sql':
        `-- grain: one row per supplier\n${header}\nSELECT supplier_id, count(*) AS audits FROM int_audits JOIN ` +
        `int_whole USING (supplier_id) GROUP BY supplier_id`,
    });
    expect(() => loadModels(dir)).toThrow(error);
  });

  it('builds a windowed model and what reads it after the other models where dependencies allow', () => {
    const models = loadModels(
      modelsDir({
        'intermediate/int_audits.sql': AUDITS,
        'marts/mart_a_reads_facts.sql':
          '-- grain: one row per audit\n-- incremental: audit_id\nSELECT * FROM mart_facts',
        'marts/mart_facts.sql': facts(
          '-- incremental: audit_id\n-- window: int_audits partition by supplier_id order by audit_date, audit_id',
        ),
        'marts/mart_z_other.sql': '-- grain: one row per audit\n-- incremental: audit_id\nSELECT * FROM int_audits',
      }),
    );
    expect(models.map((m) => m.name)).toEqual(['int_audits', 'mart_z_other', 'mart_facts', 'mart_a_reads_facts']);
  });

  it('changes the state hash when the window or additive declaration changes, and only then', () => {
    const one = loadModels(
      modelsDir({
        'intermediate/int_audits.sql': AUDITS,
        'marts/mart_facts.sql': facts(
          '-- incremental: audit_id\n-- window: int_audits partition by supplier_id order by audit_date, audit_id',
        ),
      }),
    );
    const two = loadModels(
      modelsDir({
        'intermediate/int_audits.sql': AUDITS,
        'marts/mart_facts.sql': facts(
          '-- incremental: audit_id\n-- window: int_audits partition by supplier_id order by audit_id',
        ),
      }),
    );
    const hash = (models: typeof one, name: string) =>
      stateHashFor(
        models,
        models.find((m) => m.name === name)!,
        VARIABLES,
      );
    expect(hash(one, 'int_audits')).toBe(hash(two, 'int_audits'));
    expect(hash(one, 'mart_facts')).not.toBe(hash(two, 'mart_facts'));
  });
});
