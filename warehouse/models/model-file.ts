/**
 * One model = one .sql file: a header of `--` lines, then a single SELECT. The header states the grain
 * (required), optionally the materialization, and the tests declared beside the model:
 *
 *   -- grain: one row per supplier
 *   -- materialized: view                      (default: view in staging, table elsewhere)
 *   -- incremental: supplier_id                (or audit_id: rows are partitioned by this key, see incremental.ts)
 *   -- window: int_audits_joined partition by supplier_id order by audit_date, submitted_at, audit_id
 *                                              (with incremental: a key's row also reads the row of the key just
 *                                              before it in this ordering of that relation, see incremental.ts)
 *   -- additive: actions over mart_cap_facts by closed_month, country_code, days_to_close
 *                                              (instead of incremental: rows are sums over the rows of
 *                                              incremental inputs, updated by the change in those, see additive.ts)
 *   -- tests:
 *   --   not_null: supplier_id, score        (one test per column)
 *   --   unique: supplier_id                     (or a composite: unique: supplier_id, as_of)
 *   --   relationships: supplier_id -> stg_audits__suppliers.supplier_id
 *   --   accepted_values: band -> LOW, MEDIUM, HIGH, SEVERE
 *   --   invariant score_in_range: SELECT * FROM mart_supplier_risk
 *   --     WHERE score NOT BETWEEN 0 AND 100    (the SQL must return no rows; a line indented deeper continues
 *                                              the line above, for any header line)
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

export type Layer = 'staging' | 'intermediate' | 'marts';
type Materialization = 'table' | 'view';

export type ModelTest =
  | { kind: 'not_null'; column: string }
  | { kind: 'unique'; columns: string[] }
  | { kind: 'relationships'; column: string; toModel: string; toColumn: string }
  | { kind: 'accepted_values'; column: string; values: string[] }
  | { kind: 'invariant'; name: string; sql: string };

/** A `-- window:` header: the ordering in which each key's row reads its predecessor's (lag/lead by one). */
export interface WindowSpec {
  /** The model input whose rows, in this order, are the rows the model's window runs over. */
  relation: string;
  partitionBy: string[];
  /** Plain columns, ascending; must include the partition key so that the order is total. */
  orderBy: string[];
  /**
   * `with previous <column>`: the model's column holding the key of the row just before each one (`lag(<key>) OVER
   * …`), so the rows that followed a changed key are found by that column instead of a window over its partitions.
   */
  previous: string | null;
}

/** An `-- additive:` header: the model's rows are sums over the rows of incremental inputs. */
export interface AdditiveSpec {
  /** Columns that add up (non-negative; a row whose sums are all 0 or NULL is not kept). */
  sums: string[];
  /** The incremental models (one partition key) whose rows are summed. */
  over: string[];
  /** The columns a row is grouped by: with the sums, every column of the model. */
  by: string[];
}

export interface ModelFile {
  name: string;
  layer: Layer;
  file: string;
  grain: string;
  materialized: Materialization;
  /** Partition key for incremental builds, or null for a model always built whole. */
  incremental: string | null;
  /** Ordering an incremental model's rows read their predecessor in, or null. */
  window: WindowSpec | null;
  /** For a model updated by adding the change in its input's rows, how; or null. */
  additive: AdditiveSpec | null;
  /** The SELECT, without the header and without a trailing semicolon. */
  sql: string;
  tests: ModelTest[];
}

export function parseModelFile(file: string, layer: Layer): ModelFile {
  const name = basename(file, '.sql');
  const lines = readFileSync(file, 'utf8').split('\n');
  let bodyStart = lines.findIndex((l) => l.trim() !== '' && !l.trim().startsWith('--'));
  if (bodyStart < 0) bodyStart = lines.length;
  const header = lines
    .slice(0, bodyStart)
    .filter((l) => l.trim().startsWith('--'))
    .map((l) => l.replace(/^\s*--/, ''));
  const sql = lines.slice(bodyStart).join('\n').trim().replace(/;\s*$/, '');
  if (!sql) throw new Error(`${file}: the model has no SQL`);
  if (sql.includes(';')) {
    // Semicolons inside literals would trip this too; models never need them, so keep the rule simple.
    throw new Error(`${file}: a model is a single SELECT without semicolons`);
  }

  let grain: string | null = null;
  let materialized: Materialization = layer === 'staging' ? 'view' : 'table';
  let incremental: string | null = null;
  let window: WindowSpec | null = null;
  let additive: AdditiveSpec | null = null;
  const tests: ModelTest[] = [];
  let inTests = false;
  for (const raw of joinContinuations(header)) {
    const text = raw.trim();
    const top = /^([a-z_]+):\s*(.*)$/.exec(text);
    const indent = raw.length - raw.trimStart().length;
    if (inTests && indent >= 2 && text) {
      tests.push(...parseTests(text, file));
      continue;
    }
    inTests = false;
    if (!top) continue;
    const [, key, value] = top;
    if (key === 'grain') grain = value!.trim();
    else if (key === 'materialized') {
      if (value !== 'table' && value !== 'view')
        throw new Error(`${file}: materialized must be table or view, got ${value}`);
      materialized = value;
    } else if (key === 'incremental') {
      if (!/^[a-z_]+$/.test(value!)) throw new Error(`${file}: incremental takes one key column, got ${value}`);
      incremental = value!;
    } else if (key === 'window') window = parseWindow(value!, file);
    else if (key === 'additive') additive = parseAdditive(value!, file);
    else if (key === 'tests') inTests = true;
  }
  if (!grain) throw new Error(`${file}: the header must state the grain (-- grain: one row per …)`);
  if (incremental && materialized !== 'table') throw new Error(`${file}: only a table can be built incrementally`);
  if (window && !incremental) throw new Error(`${file}: window needs an incremental key`);
  // The column must be what the model's window gives as each row's predecessor key (checked by its text here; the
  // equivalence tests check its values).
  const lagOf = (key: string, column: string) =>
    new RegExp(`lag\\(\\s*${key}\\s*\\)\\s+OVER\\s+(\\w+|\\([^)]*\\))\\s+AS\\s+${column}\\b`, 'i');
  if (window?.previous && !lagOf(incremental!, window.previous).test(sql)) {
    throw new Error(
      `${file}: with previous ${window.previous} needs "lag(${incremental}) OVER … AS ${window.previous}"`,
    );
  }
  if (window && !window.orderBy.includes(incremental!)) {
    // Ties would leave lag() free to pick either row, and a recomputed slice could pick differently.
    throw new Error(`${file}: the window must order by the incremental key ${incremental} too, so the order is total`);
  }
  if (additive && (incremental || materialized !== 'table'))
    throw new Error(`${file}: an additive model is a table without an incremental key`);
  return { name, layer, file, grain, materialized, incremental, window, additive, sql, tests };
}

/**
 * A header line indented four or more spaces continues the line above it, so a long invariant, value list or
 * additive spec can stay within the line length: invariant SQL keeps its line breaks, anything else is joined by a
 * space.
 */
function joinContinuations(header: readonly string[]): string[] {
  const lines: string[] = [];
  for (const raw of header) {
    const indent = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (indent >= 4 && text && lines.length > 0) {
      const above = lines.at(-1)!;
      lines[lines.length - 1] = above + (/^invariant\s/.test(above.trim()) ? '\n' : ' ') + text;
    } else lines.push(raw);
  }
  return lines;
}

function parseWindow(value: string, file: string): WindowSpec {
  const match = /^(\w+)\s+partition\s+by\s+(.+?)\s+order\s+by\s+(.+?)(?:\s+with\s+previous\s+(\w+))?$/i.exec(
    value.trim(),
  );
  const columns = (text: string) => list(text).every((c) => /^[a-z_][a-z0-9_]*$/.test(c));
  if (!match || !columns(match[2]!) || !columns(match[3]!)) {
    throw new Error(
      `${file}: window takes "<relation> partition by <columns> order by <columns> [with previous <column>]" ` +
        `(plain columns, ascending), got ${value}`,
    );
  }
  return { relation: match[1]!, partitionBy: list(match[2]!), orderBy: list(match[3]!), previous: match[4] ?? null };
}

function parseAdditive(value: string, file: string): AdditiveSpec {
  const match = /^(.+?)\s+over\s+(.+?)\s+by\s+(.+)$/i.exec(value.trim());
  const columns = (text: string) => list(text).every((c) => /^[a-z_][a-z0-9_]*$/.test(c));
  if (!match || !columns(match[1]!) || !columns(match[2]!) || !columns(match[3]!)) {
    throw new Error(`${file}: additive takes "<sum columns> over <models> by <columns>", got ${value}`);
  }
  return { sums: list(match[1]!), over: list(match[2]!), by: list(match[3]!) };
}

function list(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

function parseTests(text: string, file: string): ModelTest[] {
  const invariant = /^invariant\s+([a-z0-9_]+):\s*([\s\S]+)$/i.exec(text);
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
