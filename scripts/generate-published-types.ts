/**
 * Generates lib/generated/published-tables.ts: the row type of every table a published build holds and of every
 * re-scoring macro's result, read from a real build (every model built over empty inputs in a scratch folder,
 * published, and DESCRIBEd through the views a reader uses). A column is nullable unless its model declares
 * `not_null` for it; a column with `accepted_values` is the union of those values. Part of `npm run codegen`;
 * `npm run check:generated` fails when the file is stale.
 *
 *   npx tsx scripts/generate-published-types.ts [--out FILE]
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { RESCORED_MARTS, rescoringMacroOf } from '../lib/snapshot-contract.js';
import { openPublishedBuild } from '../lib/snapshot-reader.js';
import { openWarehouse, querySql } from '../warehouse/db.js';
import { loadModels, type Model } from '../warehouse/models/model-graph.js';
import { buildModels } from '../warehouse/models/runner.js';
import { publishSnapshot } from '../warehouse/snapshot/publish-snapshot.js';
import { REPO_ROOT } from './stack.js';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
const out = values.out ?? join(REPO_ROOT, 'lib', 'generated', 'published-tables.ts');

interface Column {
  column_name: string;
  column_type: string;
}

/** TypeScript for a DuckDB type as lib/duckdb/values.ts hands values over. */
function tsType(duckType: string): string {
  const list = /^(.+)\[\]$/.exec(duckType);
  if (list) return `${tsType(list[1]!)}[]`;
  // A STRUCT's fields are typed as their values (DuckDB keeps no NOT NULL on them; our structs pack columns).
  const struct = /^STRUCT\((.*)\)$/.exec(duckType);
  if (struct)
    return `{ ${topLevelParts(struct[1]!)
      .map((f) => {
        const [name, ...type] = f.trim().split(' ');
        return `${name!.replaceAll('"', '')}: ${tsType(type.join(' '))}`;
      })
      .join('; ')} }`;
  if (/^(VARCHAR|DATE|TIMESTAMP.*|TIME|UUID|INTERVAL)$/.test(duckType)) return 'string';
  if (
    /^(BIGINT|INTEGER|SMALLINT|TINYINT|HUGEINT|UBIGINT|UINTEGER|USMALLINT|UTINYINT|DOUBLE|FLOAT|DECIMAL.*)$/.test(
      duckType,
    )
  )
    return 'number';
  if (duckType === 'BOOLEAN') return 'boolean';
  return 'unknown';
}

/** Splits `a T, b STRUCT(c U, d V)` at the commas outside parentheses. */
function topLevelParts(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') depth--;
    else if (text[i] === ',' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  return [...parts, text.slice(start)];
}

function rowType(name: string, columns: readonly Column[], model: Model | undefined): string {
  const notNull = new Set(model?.tests.flatMap((t) => (t.kind === 'not_null' ? [t.column] : [])) ?? []);
  const accepted = new Map(
    model?.tests.flatMap((t) => (t.kind === 'accepted_values' ? [[t.column, t.values] as const] : [])) ?? [],
  );
  const fields = columns.map((c) => {
    const values = accepted.get(c.column_name);
    const base = values ? values.map((v) => `'${v}'`).join(' | ') : tsType(c.column_type);
    return `  ${c.column_name}: ${base}${notNull.has(c.column_name) ? '' : ' | null'};`;
  });
  const source = model ? model.file.replace(`${REPO_ROOT}/`, '') : 'not a model: loaded by the warehouse';
  return `/** ${name}: ${source} */\nexport interface ${pascal(name)}Row {\n${fields.join('\n')}\n}`;
}

const pascal = (name: string) => name.replace(/(^|_)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());

const scratch = mkdtempSync(join(tmpdir(), 'tidemark-published-types-'));
try {
  const models = loadModels();
  const warehouse = await openWarehouse(scratch);
  let build;
  try {
    await buildModels(warehouse.db, { asOf: '2000-01-01', tests: 'none', models });
    build = await publishSnapshot(warehouse.db, { dataDir: scratch, models, graceMs: 0 });
  } finally {
    await warehouse.close();
  }
  const reader = await openPublishedBuild<any>(scratch, build);
  const parts: string[] = [];
  const tables: string[] = [];
  try {
    for (const table of build.tables) {
      const columns = await querySql<Column>(reader.db, `DESCRIBE ${table.name}`);
      parts.push(
        rowType(
          table.name,
          columns,
          models.find((m) => m.name === table.name),
        ),
      );
      tables.push(`  ${table.name}: ${pascal(table.name)}Row;`);
    }
    const macros: string[] = [];
    for (const mart of RESCORED_MARTS) {
      const call = `${rescoringMacroOf(mart)}(DATE '2000-01-01', 'risk-v1', []::VARCHAR[], NULL::VARCHAR)`;
      const columns = await querySql<Column>(reader.db, `DESCRIBE SELECT * FROM ${call}`);
      const name = `rescored_${mart}`;
      parts.push(
        rowType(
          name,
          columns,
          models.find((m) => m.name === mart),
        ),
      );
      macros.push(`  ${mart}: ${pascal(name)}Row;`);
    }
    const text = [
      '// Generated by scripts/generate-published-types.ts from a real build (`npm run codegen`); do not edit.',
      '// Row types of the tables every published build holds (lib/snapshot-contract.ts) and of the re-scoring macros.',
      '',
      ...parts.flatMap((p) => [p, '']),
      '/** Every table of a published build, by name (a Kysely database type). */',
      `export interface PublishedTables {\n${tables.join('\n')}\n}`,
      '',
      '/** The rows each re-scoring macro returns, by the mart it re-scores. */',
      `export interface RescoredRows {\n${macros.join('\n')}\n}`,
      '',
    ].join('\n');
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, text);
  } finally {
    await reader.close();
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
