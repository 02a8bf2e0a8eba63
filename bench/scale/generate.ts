/**
 * Writes a deterministic data set straight into the subgraph store files (DESIGN §6 scale: 10k suppliers, 1M
 * audits, 10M findings), opening each with its own migrations so the tables are exactly the services' contracts.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { openDatabase } from '../../lib/duckdb/database.js';
import { insertFeeds } from './agency-feeds.js';
import { seedIsoCountries } from '../../subgraphs/agency/store/countries.js';
import { insertActionPeriods } from './agency-reference.js';
import { installAuditMacros } from './audit-macros.js';
import { insertAudits, insertCorrectiveActions, insertFindings, nextSeqAfter, type AuditRange } from './audits.js';
import { insertCampaigns } from './campaigns.js';
import { GENERATOR_VERSION, MANIFEST_FILE, writeManifest } from './manifest.js';
import { validateScale, type ScaleOptions } from './options.js';
import { installRandomMacros } from './random.js';
import { nextSeq, restartSequence } from './sequence.js';
import { insertSuppliers } from './suppliers.js';

export const STORE_FILES = ['audits.duckdb', 'agency.duckdb', 'campaigns.duckdb'] as const;

export interface StepTiming {
  step: string;
  rows: number;
  seconds: number;
}

export interface GenerateResult {
  steps: StepTiming[];
  seconds: number;
  counts: Record<string, number>;
}

export type Log = (line: string) => void;

export function migrations(name: string): string {
  return join(import.meta.dirname, '../../subgraphs', name, 'migrations');
}

export async function timed(steps: StepTiming[], log: Log, step: string, fn: () => Promise<number>): Promise<number> {
  const start = performance.now();
  const rows = await fn();
  const seconds = (performance.now() - start) / 1000;
  steps.push({ step, rows, seconds });
  log(`  ${step.padEnd(28)} ${rows.toLocaleString('en-US').padStart(12)} rows ${seconds.toFixed(2).padStart(7)} s`);
  return rows;
}

function removeStores(dataDir: string): void {
  for (const file of [...STORE_FILES, MANIFEST_FILE]) {
    rmSync(join(dataDir, file), { force: true });
    rmSync(join(dataDir, `${file}.wal`), { force: true });
  }
}

export async function generateScale(options: ScaleOptions & { force?: boolean; log?: Log }): Promise<GenerateResult> {
  validateScale(options);
  const log = options.log ?? (() => {});
  const existing = STORE_FILES.filter((f) => existsSync(join(options.dataDir, f)));
  if (existing.length > 0 && !options.force) {
    throw new Error(`${options.dataDir} already holds ${existing.join(', ')}; pass --force to replace them`);
  }
  mkdirSync(options.dataDir, { recursive: true });
  removeStores(options.dataDir);
  const steps: StepTiming[] = [];
  const counts: Record<string, number> = {};
  const started = performance.now();

  const audits = await openDatabase<any>(join(options.dataDir, 'audits.duckdb'), {
    migrationsDir: migrations('audits'),
  });
  try {
    await installRandomMacros(audits.db, options.seed);
    await installAuditMacros(audits.db, options.suppliers);
    // Start after anything the migrations may have written with the sequence.
    const firstSeq = await nextSeq(audits.db);
    counts.suppliers = await timed(steps, log, 'suppliers', async () => {
      await insertSuppliers(audits.db, { count: options.suppliers, seed: options.seed, firstSeq });
      return options.suppliers;
    });
    const range: AuditRange = {
      firstAudit: 0,
      count: options.audits,
      findingsPerAudit: options.findingsPerAudit,
      firstSeq: firstSeq + options.suppliers,
    };
    counts.audits = await timed(steps, log, 'audits', () => insertAudits(audits.db, range));
    counts.findings = await timed(steps, log, 'findings', () => insertFindings(audits.db, range));
    counts.corrective_actions = await timed(steps, log, 'corrective_actions', () =>
      insertCorrectiveActions(audits.db, range),
    );
    const expectedFindings = options.audits * options.findingsPerAudit;
    if (counts.audits !== options.audits || counts.findings !== expectedFindings) {
      throw new Error(
        `wrote ${counts.audits} audits / ${counts.findings} findings, expected ${options.audits} / ${expectedFindings}`,
      );
    }
    await restartSequence(audits.db, nextSeqAfter(range));
    await timed(steps, log, 'checkpoint audits', async () => {
      await sql`CHECKPOINT`.execute(audits.db);
      return 0;
    });
  } finally {
    await audits.close();
  }

  const agency = await openDatabase<any>(join(options.dataDir, 'agency.duckdb'), {
    migrationsDir: migrations('agency'),
  });
  try {
    await installRandomMacros(agency.db, options.seed);
    counts.countries = await timed(steps, log, 'countries', () => seedIsoCountries(agency.db));
    counts.action_periods = await timed(steps, log, 'action_periods', () => insertActionPeriods(agency.db));
    let values = 0;
    counts.indicator_feeds = await timed(steps, log, 'indicator_feeds + values', async () => {
      const written = await insertFeeds(agency.db);
      values = written.values;
      return written.feeds;
    });
    counts.indicator_values = values;
  } finally {
    await agency.close();
  }

  const campaigns = await openDatabase<any>(join(options.dataDir, 'campaigns.duckdb'), {
    migrationsDir: migrations('campaigns'),
  });
  try {
    await installRandomMacros(campaigns.db, options.seed);
    let metrics = 0;
    counts.campaigns = await timed(steps, log, 'campaigns + metrics', async () => {
      const written = await insertCampaigns(campaigns.db, options.seed);
      metrics = written.metrics;
      return written.campaigns;
    });
    counts.campaign_metrics = metrics;
  } finally {
    await campaigns.close();
  }

  const seconds = (performance.now() - started) / 1000;
  const { dataDir: _dir, force: _force, log: _log, ...size } = options;
  writeManifest(options.dataDir, {
    ...size,
    generatorVersion: GENERATOR_VERSION,
    appendedAudits: 0,
    generatedAt: new Date().toISOString(),
    counts,
  });
  return { steps, seconds, counts };
}
