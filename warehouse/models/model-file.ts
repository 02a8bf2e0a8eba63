/**
 * One model = one .sql file: a header of `--` lines, then a single SELECT. The header states the grain
 * (required), optionally the materialization, and the tests declared beside the model:
 *
 *   -- grain: one row per supplier
 *   -- materialized: view                      (default: view in staging, table elsewhere)
 *   -- incremental: supplier_id                (or audit_id: rows are partitioned by this key, see incremental.ts)
 *   -- tests:
 *   --   not_null: supplier_id, score        (one test per column)
 *   --   unique: supplier_id                     (or a composite: unique: supplier_id, as_of)
 *   --   relationships: supplier_id -> stg_audits__suppliers.supplier_id
 *   --   accepted_values: band -> LOW, MEDIUM, HIGH, SEVERE
 *   --   invariant score_in_range: SELECT * FROM mart_supplier_risk
 *   --     WHERE score NOT BETWEEN 0 AND 100    (deeper-indented lines continue the SQL; it must return no rows)
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

export type Layer = 'staging' | 'intermediate' | 'marts';
export type Materialization = 'table' | 'view';

export type ModelTest =
  | { kind: 'not_null'; column: string }
  | { kind: 'unique'; columns: string[] }
  | { kind: 'relationships'; column: string; toModel: string; toColumn: string }
  | { kind: 'accepted_values'; column: string; values: string[] }
  | { kind: 'invariant'; name: string; sql: string };

export interface ModelFile {
  name: string;
  layer: Layer;
  file: string;
  grain: string;
  materialized: Materialization;
  /** Partition key for incremental builds, or null for a model always built whole. */
  incremental: string | null;
  /** The SELECT, without the header and without a trailing semicolon. */
  sql: string;
  tests: ModelTest[];
}

export function parseModelFile(file: string, layer: Layer): ModelFile {
  const name = basename(file, '.sql');
  const lines = readFileSync(file, 'utf8').split('\n');
  let bodyStart = lines.findIndex((l) => l.trim() !== '' && !l.trim().startsWith('--'));
  if (bodyStart < 0) bodyStart = lines.length;
  const header = lines.slice(0, bodyStart).filter((l) => l.trim().startsWith('--')).map((l) => l.replace(/^\s*--/, ''));
  const sql = lines.slice(bodyStart).join('\n').trim().replace(/;\s*$/, '');
  if (!sql) throw new Error(`${file}: the model has no SQL`);
  if (sql.includes(';')) {
    // Semicolons inside literals would trip this too; models never need them, so keep the rule simple.
    throw new Error(`${file}: a model is a single SELECT without semicolons`);
  }

  let grain: string | null = null;
  let materialized: Materialization = layer === 'staging' ? 'view' : 'table';
  let incremental: string | null = null;
  const tests: ModelTest[] = [];
  let inTests = false;
  for (const raw of header) {
    const text = raw.trim();
    const top = /^([a-z_]+):\s*(.*)$/.exec(text);
    const indent = raw.length - raw.trimStart().length;
    if (inTests && indent >= 4 && tests.at(-1)?.kind === 'invariant' && text) {
      (tests.at(-1) as { sql: string }).sql += `\n${text}`;
      continue;
    }
    if (inTests && indent >= 2 && text) {
      tests.push(...parseTests(text, file));
      continue;
    }
    inTests = false;
    if (!top) continue;
    const [, key, value] = top;
    if (key === 'grain') grain = value!.trim();
    else if (key === 'materialized') {
      if (value !== 'table' && value !== 'view') throw new Error(`${file}: materialized must be table or view, got ${value}`);
      materialized = value;
    } else if (key === 'incremental') {
      if (!/^[a-z_]+$/.test(value!)) throw new Error(`${file}: incremental takes one key column, got ${value}`);
      incremental = value!;
    } else if (key === 'tests') inTests = true;
  }
  if (!grain) throw new Error(`${file}: the header must state the grain (-- grain: one row per …)`);
  if (incremental && materialized !== 'table') throw new Error(`${file}: only a table can be built incrementally`);
  return { name, layer, file, grain, materialized, incremental, sql, tests };
}

function list(value: string): string[] {
  return value.split(',').map((s) => s.trim()).filter(Boolean);
}

function parseTests(text: string, file: string): ModelTest[] {
  const invariant = /^invariant\s+([a-z0-9_]+):\s*(.+)$/i.exec(text);
  if (invariant) return [{ kind: 'invariant', name: invariant[1]!, sql: invariant[2]! }];
  const match = /^(not_null|unique|relationships|accepted_values):\s*(.+)$/.exec(text);
  if (!match) throw new Error(`${file}: cannot read the test "${text}"`);
  const [, kind, value] = match;
  // One not_null test per column, so a failure names its column.
  if (kind === 'not_null') return list(value!).map((column) => ({ kind: 'not_null', column }));
  if (kind === 'unique') return [{ kind, columns: list(value!) }];
  const arrow = /^(\w+)\s*->\s*(.+)$/.exec(value!);
  if (!arrow) throw new Error(`${file}: ${kind} needs "column -> …" ("${text}")`);
  if (kind === 'relationships') {
    const target = /^(\w+)\.(\w+)$/.exec(arrow[2]!.trim());
    if (!target) throw new Error(`${file}: relationships needs "column -> model.column" ("${text}")`);
    return [{ kind, column: arrow[1]!, toModel: target[1]!, toColumn: target[2]! }];
  }
  return [{ kind: 'accepted_values', column: arrow[1]!, values: list(arrow[2]!) }];
}
