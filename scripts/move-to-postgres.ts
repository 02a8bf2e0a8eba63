/**
 * `npm run move-to-postgres -- --data-dir data`: copies the embedded stores of a data dir into PostgreSQL,
 * to the databases the services will use: `<SERVICE>_DATABASE_URL` (AUDITS_, AGENCY_, CAMPAIGNS_) or else
 * TIDEMARK_DATABASE_URL. Start the services with the same variables afterwards. See docs/scale-out.md.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { databaseUrlFor } from '../lib/store/open-store.js';
import { moveDataDirToPostgres, STORE_SERVICES, type StoreService } from './move-to-postgres/move.js';

const USAGE = 'usage: TIDEMARK_DATABASE_URL=postgres://… npm run move-to-postgres -- --data-dir <dir>';

let values: { 'data-dir'?: string; help?: boolean };
try {
  ({ values } = parseArgs({
    options: { 'data-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    strict: true,
  }));
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const dataDir = resolve(values['data-dir'] ?? 'data');
const urls = {} as Record<StoreService, string>;
for (const service of STORE_SERVICES) {
  const url = databaseUrlFor(service);
  if (!url) {
    console.error(
      `no database for ${service}: set ${service.toUpperCase()}_DATABASE_URL or TIDEMARK_DATABASE_URL\n${USAGE}`,
    );
    process.exit(2);
  }
  urls[service] = url;
}
const started = performance.now();
try {
  const summary = await moveDataDirToPostgres(dataDir, urls);
  console.log(`Moved the stores of ${dataDir} to PostgreSQL in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  for (const [service, tables] of Object.entries(summary)) {
    if (typeof tables === 'string') console.log(`  ${service}: ${tables}`);
    else
      for (const [table, rows] of Object.entries(tables)) console.log(`  ${`${service}.${table}`.padEnd(30)} ${rows}`);
  }
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
