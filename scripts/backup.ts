/**
 * `npm run backup -- --out DIR`: a consistent backup of a RUNNING stack. Each service that owns state copies
 * it itself (POST /backup, lib/ops/backup.ts) into a staging folder under the data dir; this script moves the
 * parts into DIR, adds the token secret, and writes DIR/manifest.json (files and per-table row counts).
 * The warehouse goes first: its watermarks then never point past what the store copies hold, so a restored
 * warehouse simply syncs forward. Service addresses come from the same variables the services read
 * (AUDITS_URL, AGENCY_URL, CAMPAIGNS_URL, WAREHOUSE_OPS_URL; default: the port table, shifted by
 * TIDEMARK_PORT_BASE); the token is BACKUP_TOKEN or a WAREHOUSE token minted with the data dir's secret.
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { authConfigFrom, authEnvSchema } from '../lib/auth-config.js';
import { loadOrCreateSecret, mintToken } from '../lib/auth.js';
import { readConfig } from '../lib/config.js';
import type { BackupAnswer } from '../lib/ops/backup.js';
import { DEFAULT_PORTS } from '../lib/ports.js';

export const BACKUP_ORDER = ['warehouse', 'audits', 'agency', 'campaigns'] as const;

export interface BackupManifest {
  format: 'tidemark-backup/1';
  createdAt: string;
  parts: BackupAnswer[];
  /** Files copied by this script rather than by a service. */
  extraFiles: string[];
}

const USAGE = 'usage: npm run backup -- --out DIR   (DIR must not exist or be empty)';

function fail(message: string): never {
  console.error(`backup failed: ${message}`);
  process.exit(1);
}

const { values } = parseArgs({ options: { out: { type: 'string' }, help: { type: 'boolean' } } });
if (values.help || !values.out) {
  console.log(USAGE);
  process.exit(values.help ? 0 : 1);
}
const out = resolve(values.out);
if (existsSync(out) && readdirSync(out).length > 0) fail(`${out} is not empty; choose a new folder`);

const config = readConfig(
  'backup',
  z.object({
    ...authEnvSchema,
    TIDEMARK_PORT_BASE: z.coerce.number().int().min(1).max(65_525).optional(),
    AUDITS_URL: z.string().url().optional(),
    AGENCY_URL: z.string().url().optional(),
    CAMPAIGNS_URL: z.string().url().optional(),
    WAREHOUSE_OPS_URL: z.string().url().optional(),
    BACKUP_TOKEN: z.string().min(1).optional(),
  }),
);
const dataDir = resolve(config.TIDEMARK_DATA_DIR);
const shift = (config.TIDEMARK_PORT_BASE ?? DEFAULT_PORTS.gateway) - DEFAULT_PORTS.gateway;
const base = (name: keyof typeof DEFAULT_PORTS, url?: string) =>
  new URL(url ?? `http://127.0.0.1:${DEFAULT_PORTS[name] + shift}/`).origin;
const services: Record<(typeof BACKUP_ORDER)[number], string> = {
  warehouse: base('warehouse', config.WAREHOUSE_OPS_URL),
  audits: base('audits', config.AUDITS_URL),
  agency: base('agency', config.AGENCY_URL),
  campaigns: base('campaigns', config.CAMPAIGNS_URL),
};

async function token(): Promise<string> {
  if (config.BACKUP_TOKEN) return config.BACKUP_TOKEN;
  const auth = authConfigFrom(config);
  if (!auth.secretFile) fail('tokens are verified with a JWKS here: set BACKUP_TOKEN to a token with role WAREHOUSE');
  const secret = loadOrCreateSecret(auth.secretFile);
  return mintToken(
    secret,
    { sub: 'backup', role: 'WAREHOUSE' },
    { issuer: auth.issuer, audience: auth.audience, expiresIn: '1h' },
  );
}

/** Moves a staged part into `out`, keeping data-dir-relative paths. */
function collect(answer: BackupAnswer): void {
  for (const file of answer.files) {
    const target = join(out, file);
    mkdirSync(dirname(target), { recursive: true });
    cpSync(join(answer.dir, file), target, { recursive: true });
  }
  rmSync(answer.dir, { recursive: true, force: true });
}

const bearer = await token();
mkdirSync(out, { recursive: true });
const parts: BackupAnswer[] = [];
for (const name of BACKUP_ORDER) {
  const started = performance.now();
  let response: Response;
  try {
    response = await fetch(`${services[name]}/backup`, {
      method: 'POST',
      headers: { authorization: `Bearer ${bearer}` },
    });
  } catch (error) {
    fail(
      `${name} at ${services[name]} did not answer (${(error as Error).cause ?? (error as Error).message}); ` +
        'is the stack running?',
    );
  }
  const body = (await response.json().catch(() => null)) as (BackupAnswer & { errors?: { message: string }[] }) | null;
  if (!response.ok || !body) fail(`${name}: HTTP ${response.status} ${body?.errors?.[0]?.message ?? ''}`);
  collect(body);
  parts.push(body);
  console.log(
    `${name.padEnd(10)} ${body.files.length} file(s), ${Object.keys(body.tables).length} tables, ` +
      `${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

const extraFiles: string[] = [];
if (existsSync(join(dataDir, 'jwt-secret'))) {
  copyFileSync(join(dataDir, 'jwt-secret'), join(out, 'jwt-secret'));
  extraFiles.push('jwt-secret');
}
const manifest: BackupManifest = {
  format: 'tidemark-backup/1',
  createdAt: new Date().toISOString(),
  parts,
  extraFiles,
};
writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`Backup written to ${out} (restore with: npm run restore -- --from ${out} --data-dir NEW_DIR)`);
