/**
 * Correctness at scale (issue 10 point 8): after incremental ticks that are not only inserts (late back-dated
 * audits, corrective-action updates, re-dated audits, tombstones of audits and findings: bench/scale/changes.ts),
 * every table the warehouse published must equal what a fresh warehouse publishes from a full build of the same
 * data. The rebuild runs in a warehouse process of its own on an empty data dir, syncing from the same sources.
 */
import { join } from 'node:path';
import type { ResultRow } from '../lib/record.js';
import type { ScaleSize } from '../scale/options.js';
import type { SourceChanges } from '../scale/changes.js';
import { comparePublished, type TableComparison } from './checksums.js';
import type { BenchInsights } from './insights.js';
import type { TickFigures } from './protocol.js';
import { describeTick } from './report.js';
import type { BenchSources } from './sources.js';
import { startWarehouseChild, type WarehouseChild } from './warehouse-child.js';

/** One round of mixed changes, in proportion to the store: at 1M audits 10k new, 1k late, 1k action updates, … */
export interface MixedRound extends SourceChanges {
  newAudits: number;
  lateAudits: number;
}

export function mixedRoundFor(size: ScaleSize): MixedRound {
  const share = (divisor: number) => Math.max(1, Math.round(size.audits / divisor));
  return {
    newAudits: share(100),
    lateAudits: share(1_000),
    actionUpdates: share(1_000),
    redatedAudits: share(10_000),
    deletedAudits: share(10_000),
    deletedFindings: share(2_000),
  };
}

export function describeRound(r: MixedRound): string {
  const n = (v: number) => v.toLocaleString('en-US');
  return (
    `${n(r.newAudits)} new audits, ${n(r.lateAudits)} late back-dated audits, ${n(r.actionUpdates)} corrective ` +
    `actions updated, ${n(r.redatedAudits)} audits re-dated, ${n(r.deletedAudits)} audits and ` +
    `${n(r.deletedFindings)} findings tombstoned`
  );
}

/** `rounds` ticks of the warehouse in `child`, each after one round of mixed changes, timed until served. */
export async function mixedTicks(opts: {
  sources: BenchSources;
  child: WarehouseChild;
  insights: BenchInsights;
  round: MixedRound;
  rounds: number;
  log: (line: string) => void;
}): Promise<TickFigures[]> {
  const ticks: TickFigures[] = [];
  for (let round = 1; round <= opts.rounds; round++) {
    await opts.sources.append(opts.round.newAudits);
    await opts.sources.append(opts.round.lateAudits, { late: true });
    const changed = await opts.sources.change(opts.round, round);
    const figures = await opts.child.tick();
    figures.serveLagMs = await opts.insights.served(figures.buildId);
    ticks.push(figures);
    opts.log(`  mixed changes ${round} (${JSON.stringify(changed)}): ${describeTick(figures)}`);
  }
  return ticks;
}

export interface Equivalence extends TableComparison {
  /** The rebuild's own tick (a full sync + build + publish). */
  rebuild: TickFigures;
  /** Wall time of the two checksum passes, ms. */
  checksumMs: number;
}

/**
 * Builds the sources' current data whole in a fresh warehouse (a process of its own, in `scratch`/rebuild) and
 * compares its published tables with those the warehouse over `incrementalDataDir` published last.
 */
export async function compareWithRebuild(opts: {
  incrementalDataDir: string;
  scratch: string;
  sources: BenchSources;
  asOf: string;
}): Promise<Equivalence> {
  let child: WarehouseChild | null = null;
  const dataDir = join(opts.scratch, 'rebuild');
  let rebuild: TickFigures;
  try {
    child = await startWarehouseChild({ dataDir, asOf: opts.asOf, env: opts.sources.env });
    rebuild = await child.tick();
  } finally {
    await child?.stop();
  }
  const started = performance.now();
  const comparison = await comparePublished(opts.incrementalDataDir, dataDir);
  return { ...comparison, rebuild, checksumMs: Math.round(performance.now() - started) };
}

export function equivalenceRow(result: Equivalence, rounds: number): ResultRow {
  const ok = result.differing.length === 0;
  return {
    measure:
      `**every published table equals a full rebuild's** after ${rounds} ticks of mixed changes ` +
      `(${result.tables} tables; row count and sum of row hashes, doubles rounded to 1e-9)`,
    measured: ok ? `all ${result.tables} equal` : `differ: ${result.differing.map((d) => d.table).join(', ')}`,
    runs: 1,
    target: 'all equal',
    status: ok ? 'pass' : 'FAIL',
  };
}

export function equivalenceNote(e: Equivalence): string {
  const rebuildSeconds = (e.rebuild.sync.ms + e.rebuild.build.ms + e.rebuild.publish.ms) / 1000;
  return (
    'Mixed changes (bench/scale/changes.ts), written as the audits subgraph writes them (a new change_seq per ' +
    'changed row, tombstones instead of deletes): late audits dated in 2016–2018 and submitted on the last day; ' +
    'corrective actions closed, verified or given a later due date; audits re-dated a year earlier; audits and ' +
    'findings tombstoned. Then the incremental warehouse is stopped and a fresh warehouse process builds the same ' +
    `data whole on an empty data dir (${rebuildSeconds.toFixed(1)} s); the checksums of both published builds, ` +
    'read through the snapshot contract as insights reads them (bench/warehouse/checksums.ts), took ' +
    `${(e.checksumMs / 1000).toFixed(1)} s.` +
    e.differing.map((d) => ` Rows of \`${d.table}\` on one side only: ${d.samples.join('; ') || 'none'}.`).join('')
  );
}
