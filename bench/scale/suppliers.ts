/**
 * Suppliers are few (10k at full scale), so they are built in JS: `match_key` must come from the audits subgraph's
 * own `matchKey`, or facility matching would not find generated suppliers. Each also gets a hidden propensity
 * (sector, migrant share and chance) that skews its generated findings, so risk scores spread out.
 */
import { sql, type Kysely } from 'kysely';
import type { Sector } from '../../lib/domain/sectors.js';
import { matchKey } from '../../subgraphs/audits/matching.js';
import { loadIsoCountries } from '../../lib/reference/iso.js';
import { entityId } from './ids.js';
import { pick, unit } from './random.js';
import {
  NAME_FIRST, NAME_SECOND, SECTOR_GOODS, SECTOR_RISK, SECTOR_WEIGHTS, SECTOR_WORD, SOURCING_COUNTRIES, STREETS,
  type SourcingCountry,
} from './supplier-catalogue.js';

const INSERT_CHUNK = 5_000;

export interface GeneratedSupplier {
  row: Record<string, unknown>;
  propensity: number;
}

function weighted<T>(choices: readonly (readonly [T, number])[], r: number): T {
  const total = choices.reduce((s, [, w]) => s + w, 0);
  let acc = 0;
  for (const [value, weight] of choices) {
    acc += weight / total;
    if (r < acc) return value;
  }
  return choices[choices.length - 1]![0];
}

export function buildSupplier(i: number, seed: number, changeSeq: number): GeneratedSupplier {
  const u = (salt: string) => unit(seed, salt, i);
  const country: SourcingCountry = weighted(SOURCING_COUNTRIES.map((c) => [c, c.weight] as const), u('country'));
  const sector: Sector = weighted(SECTOR_WEIGHTS, u('sector'));
  const core = `${pick(NAME_FIRST, seed, 'n1', i)} ${pick(NAME_SECOND, seed, 'n2', i)} ${SECTOR_WORD[sector]}`;
  const name = country.form.replace('{name}', core);
  const address = `${i + 1} ${pick(STREETS, seed, 'street', i)} Road, ${pick(country.cities, seed, 'city', i)}`;
  const catalogue = SECTOR_GOODS[sector];
  const goods = catalogue.length === 0 ? [] : [...new Set([pick(catalogue, seed, 'g1', i), ...(u('g2?') < 0.4 ? [pick(catalogue, seed, 'g2', i)] : [])])];
  const migrantBase = sector === 'FISHING' || sector === 'SEAFOOD_PROCESSING' || sector === 'DOMESTIC_WORK' ? 0.35 : 0.05;
  const migrant = u('migrant?') < 0.1 ? null : Math.round(Math.min(1, migrantBase + u('migrant') ** 2 * 0.6) * 100) / 100;
  const createdDay = Math.floor(u('created') * 365);
  const createdAt = new Date(Date.UTC(2015, 0, 1 + createdDay, 8 + Math.floor(u('hour') * 9))).toISOString();
  const propensity = Math.min(1, (SECTOR_RISK[sector] / 4) * 0.35 + (migrant ?? 0.3) * 0.25 + u('propensity') ** 3 * 0.6);
  return {
    propensity,
    row: {
      supplier_id: entityId('sup', i),
      name,
      address,
      country_code: country.code,
      sector,
      goods,
      worker_count: u('workers?') < 0.05 ? null : Math.round(20 * Math.exp(u('workers') * 5.5)),
      migrant_worker_share: migrant,
      tier: u('tier?') < 0.1 ? null : 1 + Math.floor(u('tier') ** 2 * 3),
      match_key: matchKey(name, address, country.code),
      created_at: createdAt,
      updated_at: createdAt,
      change_seq: changeSeq,
    },
  };
}

/**
 * Column types of the suppliers rows as JSON: 10k rows go in as one JSON parameter, ten times faster than bound rows.
 */
const SUPPLIER_JSON_TYPES = {
  supplier_id: 'VARCHAR', name: 'VARCHAR', address: 'VARCHAR', country_code: 'VARCHAR', sector: 'VARCHAR', goods: 'VARCHAR[]',
  worker_count: 'INTEGER', migrant_worker_share: 'DOUBLE', tier: 'INTEGER', match_key: 'VARCHAR', created_at: 'TIMESTAMP',
  updated_at: 'TIMESTAMP', change_seq: 'BIGINT',
};

async function insertJsonRows(db: Kysely<any>, table: string, types: Record<string, string>, rows: readonly object[]): Promise<void> {
  const columns = Object.keys(types).join(', ');
  await sql`INSERT INTO ${sql.table(table)} (${sql.raw(columns)})
    SELECT ${sql.raw(columns)} FROM (SELECT unnest(from_json(${JSON.stringify(rows)}, ${JSON.stringify([types])}),
      max_depth := 2))`.execute(db);
}

async function createPropensityTable(db: Kysely<any>, propensities: readonly number[]): Promise<void> {
  await sql`CREATE OR REPLACE TEMP TABLE supplier_propensity (s BIGINT PRIMARY KEY, q DOUBLE NOT NULL)`.execute(db);
  await insertJsonRows(db, 'supplier_propensity', { s: 'BIGINT', q: 'DOUBLE' }, propensities.map((q, s) => ({ s, q })));
}

/**
 * Inserts suppliers 0..count-1 with change_seq firstSeq.. and leaves their propensities in the temp table
 * `supplier_propensity(s, q)` for the audit generator.
 */
export async function insertSuppliers(db: Kysely<any>, opts: { count: number; seed: number; firstSeq: number }): Promise<void> {
  const known = new Set(loadIsoCountries().map((c) => c.code));
  const unknown = SOURCING_COUNTRIES.filter((c) => !known.has(c.code)).map((c) => c.code);
  if (unknown.length > 0) throw new Error(`sourcing countries missing from the ISO list: ${unknown.join(', ')}`);
  const suppliers = Array.from({ length: opts.count }, (_, i) => buildSupplier(i, opts.seed, opts.firstSeq + i));
  for (let start = 0; start < suppliers.length; start += INSERT_CHUNK) {
    await insertJsonRows(db, 'suppliers', SUPPLIER_JSON_TYPES, suppliers.slice(start, start + INSERT_CHUNK).map((s) => s.row));
  }
  await createPropensityTable(db, suppliers.map((s) => s.propensity));
}

/** Rebuilds `supplier_propensity` for suppliers already in the file (appending audits to an existing store). */
export async function loadSupplierPropensity(db: Kysely<any>, opts: { count: number; seed: number }): Promise<void> {
  await createPropensityTable(db, Array.from({ length: opts.count }, (_, i) => buildSupplier(i, opts.seed, 0).propensity));
}
