/**
 * The warehouse bench's sources: a scratch copy of a generated data set (the cache stays untouched) served by
 * the three real subgraphs as child processes (scripts/stack.ts, as `npm start` runs them), with a WAREHOUSE
 * token secret in the same folder. `append` adds audits the way bench/generate-scale.ts --append-audits does and
 * `change` updates and tombstones rows (bench/scale/changes.ts), each with the audits subgraph stopped meanwhile
 * (one writer per DuckDB file).
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchStack, type RunningStack } from '../../scripts/stack.js';
import { tokenFactory } from '../../tests/helpers/tokens.js';
import { appendAudits, type AppendOptions } from '../scale/append.js';
import { changeSourceRows, type ChangeCounts, type SourceChanges } from '../scale/changes.js';
import { MANIFEST_FILE } from '../scale/manifest.js';

export interface BenchSources {
  dir: string;
  /** Environment a warehouse process needs to sync from these subgraphs. */
  env: Record<string, string>;
  append(audits: number, options?: AppendOptions): Promise<void>;
  /** Round `round` of updates and tombstones (rows picked differ per round). */
  change(changes: SourceChanges, round: number): Promise<ChangeCounts>;
  stop(): Promise<void>;
}

/**
 * `dir`: the scratch folder to copy the data set into, or null to serve the cache itself (only for a run that
 * changes no source rows: the subgraphs then write nothing the warehouse reads, and a 10M-audit copy is 9 GB).
 */
export async function startBenchSources(cacheDir: string, dir: string | null): Promise<BenchSources> {
  const inPlace = dir === null;
  const notInPlace = () => {
    if (inPlace) throw new Error(`bench sources: ${cacheDir} is served in place; its rows must not change`);
  };
  if (dir === null) dir = cacheDir;
  else {
    mkdirSync(dir, { recursive: true });
    for (const file of ['audits.duckdb', 'agency.duckdb', 'campaigns.duckdb', MANIFEST_FILE])
      copyFileSync(join(cacheDir, file), join(dir, file));
  }
  const tokens = tokenFactory(dir);
  const stack: RunningStack = await launchStack({
    dataDir: dir,
    ports: 'free',
    without: ['warehouse', 'insights', 'gateway', 'dashboards'],
  });
  return {
    dir,
    env: {
      TIDEMARK_JWT_SECRET_FILE: tokens.secretFile,
      AUDITS_URL: stack.urls.audits!,
      AGENCY_URL: stack.urls.agency!,
      CAMPAIGNS_URL: stack.urls.campaigns!,
    },
    async append(audits, options) {
      notInPlace();
      await stack.stopService('audits');
      await appendAudits(dir, audits, options);
      await stack.startService('audits');
    },
    async change(changes, round) {
      notInPlace();
      await stack.stopService('audits');
      const counts = await changeSourceRows(dir, changes, round);
      await stack.startService('audits');
      return counts;
    },
    stop: () => stack.stop(),
  };
}
