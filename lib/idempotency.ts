/**
 * Idempotency keys: a client retrying a mutation with the same key and body gets the first answer back and
 * nothing is written twice; the same key with another body is IDEMPOTENCY_KEY_REUSED naming the key argument.
 * Bodies are compared by a hash of their canonical JSON: object keys sorted, null and absent fields alike
 * (GraphQL clients differ in sending one or the other), array order kept. The canonical form is stored (as its
 * hash) with every key, so it must never change.
 *
 * The audits intake keeps its own `idempotency_keys` table (keys map to audits, checked in bulk). Every other
 * mutation uses its store's `mutation_keys` table (scope, mutation, idempotency_key, request_hash, result_json,
 * created_at; created by a migration) through `replayOrNull` and `rememberResult`, both inside the write's own
 * transaction (one DuckDB connection serialises writers; on PostgreSQL an advisory lock per key does), so a
 * concurrent retry waits and then finds the key.
 */
import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import { appError, badInput } from './errors.js';
import type { Identity } from './identity.js';
import { lockForTransaction } from './store/transaction-lock.js';

/** JSON.stringify of each key seen, cached: bodies repeat the same few field names (it runs per submission). */
const quotedKeys = new Map<string, string>();

function quoteKey(key: string): string {
  let quoted = quotedKeys.get(key);
  if (quoted === undefined) {
    quoted = JSON.stringify(key);
    if (quotedKeys.size < 10_000) quotedKeys.set(key, quoted);
  }
  return quoted;
}

function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i === 0 ? '' : ',') + canonicalJson(value[i]);
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  // Default sort compares UTF-16 code units, as `a < b` does.
  const keys = Object.keys(record).sort();
  let out = '{';
  let first = true;
  for (const key of keys) {
    const v = record[key];
    if (v === null || v === undefined) continue;
    out += (first ? '' : ',') + quoteKey(key) + ':' + canonicalJson(v);
    first = false;
  }
  return `${out}}`;
}

export function hashRequest(input: unknown): string {
  return createHash('sha256').update(canonicalJson(input)).digest('hex');
}

export const idempotencyKeySchema = z
  .string()
  .min(1, 'must not be empty')
  .max(200, 'must be at most 200 characters')
  .regex(/^[\x21-\x7e]+$/, 'must be printable ASCII without spaces');

export interface IdempotencyClaim {
  /** Whose keys these are: a partner organisation, an agency, or a user. */
  scope: string;
  mutation: string;
  key: string;
  /** The argument's path for errors, e.g. `idempotencyKey`. */
  keyPath: string;
  requestHash: string;
}

/** Keys belong to the caller's organisation where it has one (two clerks of one agency share them), else the user. */
function idempotencyScope(identity: Identity): string {
  if (identity.role === 'AGENCY' && identity.agencyId) return `agency:${identity.agencyId}`;
  if (identity.role === 'PARTNER' && identity.orgId) return `org:${identity.orgId}`;
  return `user:${identity.subject}`;
}

/** A claim for a mutation's key and arguments, or null when the client sent no key (the key is validated). */
export function idempotencyClaim(
  identity: Identity,
  mutation: string,
  key: string | null | undefined,
  args: unknown,
  keyPath = 'idempotencyKey',
): IdempotencyClaim | null {
  if (key == null) return null;
  const parsed = idempotencyKeySchema.safeParse(key);
  if (!parsed.success) throw badInput(keyPath, parsed.error.issues[0]!.message);
  return { scope: idempotencyScope(identity), mutation, key: parsed.data, keyPath, requestHash: hashRequest(args) };
}

/** Inside the write's transaction: the first answer's stored ids for this key, or null to go on and write. */
export async function replayOrNull<T>(trx: Kysely<any>, claim: IdempotencyClaim | null): Promise<T | null> {
  if (!claim) return null;
  // On PostgreSQL a concurrent retry (another connection or replica) waits here for the first to commit.
  await lockForTransaction(trx, [`mutation_keys\u001f${claim.scope}\u001f${claim.mutation}\u001f${claim.key}`]);
  const { rows } = await sql<{ request_hash: string; result_json: string }>`
    SELECT request_hash, result_json FROM mutation_keys
    WHERE scope = ${claim.scope} AND mutation = ${claim.mutation} AND idempotency_key = ${claim.key}`.execute(trx);
  const row = rows[0];
  if (!row) return null;
  if (row.request_hash !== claim.requestHash) {
    throw appError(
      'IDEMPOTENCY_KEY_REUSED',
      `${claim.keyPath}: this idempotency key was already used with a different request body; ` +
        'use a new key for a new request',
      { field: claim.keyPath },
    );
  }
  return JSON.parse(row.result_json) as T;
}

/** Inside the write's transaction, after the write: remembers what a replay must return. */
export async function rememberResult(trx: Kysely<any>, claim: IdempotencyClaim | null, result: unknown): Promise<void> {
  if (!claim) return;
  const json = JSON.stringify(result);
  await sql`INSERT INTO mutation_keys (scope, mutation, idempotency_key, request_hash, result_json, created_at)
    VALUES (${claim.scope}, ${claim.mutation}, ${claim.key}, ${claim.requestHash}, ${json}, now())`.execute(trx);
}
