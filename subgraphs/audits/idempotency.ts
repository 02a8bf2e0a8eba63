/**
 * Idempotency keys compare request bodies by a hash of their canonical JSON: object keys sorted, null and
 * absent fields alike (GraphQL clients differ in sending one or the other), array order kept.
 * The canonical form is stored (as its hash) with every key, so it must never change.
 */
import { createHash } from 'node:crypto';

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
