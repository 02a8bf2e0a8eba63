/** What a group of intake units must know from the store before planning, read in one statement. */
import type { AuditRecord } from '../../db-types.js';
import type { SupplierDraft } from '../../domain.js';
import { matchKey } from '../../matching.js';
import type { IntakeUnit } from './types.js';
import { sqlStringList } from '../../../../lib/duckdb/sql-literals.js';

export interface KeyClaim {
  requestHash: string;
  auditId: string;
  /** Set when the audit is written by this group (not yet readable from the table). */
  audit?: AuditRecord;
}

/** Everything a unit consults; a unit writes to a copy, merged back only when the whole unit succeeds. */
export interface Known {
  keys: Map<string, KeyClaim>;
  supplierIds: Set<string>;
  suppliersByMatchKey: Map<string, string>;
}

export interface KnownRow {
  kind: 'key' | 'id' | 'match';
  k1: string;
  k2: string | null;
  v1: string | null;
  v2: string | null;
}

export const keyId = (orgId: string, key: string) => `${orgId}\u0000${key}`;
export const facilityKey = (f: SupplierDraft) => matchKey(f.name, f.address, f.countryCode);

/**
 * Everything the group must know, as ONE statement (idempotency keys, supplier ids, facility match keys).
 * It is sent as text, values inlined as literals, so it can travel with `BEGIN TRANSACTION` in the same
 * call (see write.ts).
 */
export function knownSql(units: readonly IntakeUnit[]): string {
  const submissions = units.flatMap((u) => u.submissions);
  const keyed = submissions.filter((s) => s.idempotencyKey !== null);
  const orgs = sqlStringList([...new Set(keyed.map((s) => s.partnerOrgId))]);
  const keyList = sqlStringList([...new Set(keyed.map((s) => s.idempotencyKey!))]);
  const ids = sqlStringList([...new Set(submissions.flatMap((s) => (s.draft.supplierId ? [s.draft.supplierId] : [])))]);
  const matchKeys = sqlStringList([
    ...new Set(submissions.flatMap((s) => (s.prepared.facilityKey === null ? [] : [s.prepared.facilityKey]))),
  ]);
  return `
    SELECT 'key' AS kind, partner_org_id AS k1, idempotency_key AS k2, request_hash AS v1, audit_id AS v2
    FROM idempotency_keys
      WHERE list_contains(${orgs}, partner_org_id) AND list_contains(${keyList}, idempotency_key)
    UNION ALL
    SELECT 'id', supplier_id, NULL, NULL, NULL
    FROM suppliers WHERE list_contains(${ids}, supplier_id) AND NOT is_deleted
    UNION ALL
    SELECT 'match', match_key, NULL, supplier_id, strftime(created_at, '%Y-%m-%dT%H:%M:%S.%f') || supplier_id
    FROM suppliers
      WHERE list_contains(${matchKeys}, match_key) AND NOT is_deleted`;
}

export function readKnown(rows: readonly KnownRow[]): Known {
  const known: Known = { keys: new Map(), supplierIds: new Set(), suppliersByMatchKey: new Map() };
  const earliest = new Map<string, string>();
  for (const r of rows) {
    if (r.kind === 'key') known.keys.set(keyId(r.k1, r.k2!), { requestHash: r.v1!, auditId: r.v2! });
    else if (r.kind === 'id') known.supplierIds.add(r.k1);
    else if (!earliest.has(r.k1) || r.v2! < earliest.get(r.k1)!) {
      // Several suppliers may share a key (registered before matching existed): the earliest wins.
      earliest.set(r.k1, r.v2!);
      known.suppliersByMatchKey.set(r.k1, r.v1!);
    }
  }
  return known;
}
