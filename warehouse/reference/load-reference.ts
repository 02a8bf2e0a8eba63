/**
 * Reference data (ISO countries, Global Slavery Index 2023, ILAB goods list) into `ref_countries`, `ref_gsi`
 * and `ref_ilab_goods`, through the shared loaders in lib/reference. Parsed once per process; the tables are
 * rewritten only when the content differs from what the warehouse holds (a fingerprint is kept beside them).
 */
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { loadGsi } from '../../lib/reference/gsi.js';
import { loadIlabGoods } from '../../lib/reference/ilab.js';
import { loadIsoCountries } from '../../lib/reference/iso.js';
import { execSql, type WarehouseDb } from '../db.js';

interface ReferenceRows {
  countries: Record<string, unknown>[];
  gsi: Record<string, unknown>[];
  ilab: Record<string, unknown>[];
  fingerprint: string;
}

let cached: ReferenceRows | null = null;

function readReferenceRows(): ReferenceRows {
  if (cached) return cached;
  const countries = loadIsoCountries().map((c) => ({
    country_code: c.code,
    alpha3: c.alpha3,
    numeric_code: c.numericCode,
    country_name: c.name,
    region: c.region,
    sub_region: c.subRegion,
  }));
  const gsi = loadGsi().map((g) => ({
    country_code: g.countryCode,
    country_name: g.countryName,
    population: g.population,
    gsi_region: g.region,
    prevalence_per_1000: g.prevalencePer1000,
    estimated_number: g.estimatedNumber,
    vulnerability_total: g.vulnerabilityTotal,
    government_response_total: g.governmentResponseTotal,
  }));
  const ilab = loadIlabGoods().map((e) => ({
    good: e.good,
    ilab_sector: e.sector,
    country_code: e.countryCode,
    country_name: e.countryName,
    child_labor: e.childLabor,
    forced_labor: e.forcedLabor,
    forced_child_labor: e.forcedChildLabor,
    derived_labor_exploitation: e.derivedLaborExploitation,
    derived_country: e.derivedCountry,
  }));
  const fingerprint = createHash('sha256').update(JSON.stringify([countries, gsi, ilab])).digest('hex');
  cached = { countries, gsi, ilab, fingerprint };
  return cached;
}

const DDL = [
  `CREATE OR REPLACE TABLE ref_countries (country_code VARCHAR, alpha3 VARCHAR, numeric_code VARCHAR,
    country_name VARCHAR,
     region VARCHAR, sub_region VARCHAR)`,
  `CREATE OR REPLACE TABLE ref_gsi (country_code VARCHAR, country_name VARCHAR, population DOUBLE, gsi_region VARCHAR,
     prevalence_per_1000 DOUBLE, estimated_number DOUBLE, vulnerability_total DOUBLE,
     government_response_total DOUBLE)`,
  `CREATE OR REPLACE TABLE ref_ilab_goods (good VARCHAR, ilab_sector VARCHAR, country_code VARCHAR,
    country_name VARCHAR,
     child_labor BOOLEAN, forced_labor BOOLEAN, forced_child_labor BOOLEAN, derived_labor_exploitation BOOLEAN,
     derived_country BOOLEAN)`,
];

/** Ensures the reference tables hold the current reference files; returns true when they were (re)loaded. */
export async function loadReferenceData(db: WarehouseDb): Promise<boolean> {
  const rows = readReferenceRows();
  await execSql(
    db,
    'CREATE TABLE IF NOT EXISTS _reference_fingerprint (fingerprint VARCHAR NOT NULL, loaded_at TIMESTAMP NOT NULL)',
  );
  const current = await sql<{ fingerprint: string }>`SELECT fingerprint FROM _reference_fingerprint`.execute(db);
  if (current.rows[0]?.fingerprint === rows.fingerprint) return false;
  await db.transaction().execute(async (trx) => {
    for (const statement of DDL) await execSql(trx, statement);
    await trx.insertInto('ref_countries').values(rows.countries).execute();
    await trx.insertInto('ref_gsi').values(rows.gsi).execute();
    await trx.insertInto('ref_ilab_goods').values(rows.ilab).execute();
    await execSql(trx, 'DELETE FROM _reference_fingerprint');
    await sql`INSERT INTO _reference_fingerprint VALUES (${rows.fingerprint}, now()::TIMESTAMP)`.execute(trx);
  });
  return true;
}
