/**
 * Plans the rows for a group of intake units, to be written in one transaction. A unit is all-or-nothing
 * (one submitAudit, or one whole submitAudits batch); a unit that breaks a rule fails alone and the rest of
 * the group still commits. Planning is pure: what the store holds comes in as `known` (read once per group
 * by lookup.ts, or assumed by assume.ts and verified by the transaction), and units see each
 * other's effects in order: a key or a facility first used by an earlier unit of the group counts as
 * existing for later ones, exactly as if each had committed on its own.
 */
import type { GraphQLError } from 'graphql';
import { appError, badInput } from '../../../../lib/errors.js';
import type { AuditRecord } from '../../db-types.js';
import type { AuditSubmission } from '../../domain.js';
import { keyId, type KeyClaim, type Known } from './lookup.js';
import type { IntakeRows, IntakeUnit, SubmissionResult } from './types.js';
import { newSupplierRow } from '../suppliers.js';

/** What a unit produced: its rows to insert and results (replays of stored audits resolved later by id). */
interface UnitPlan {
  rows: IntakeRows;
  results: (SubmissionResult | { storedAuditId: string })[];
}

export type PlannedUnit = { ok: true; plan: UnitPlan } | { ok: false; error: GraphQLError };

function emptyRows(): IntakeRows {
  return { suppliers: [], audits: [], children: [], keys: [] };
}

/** Plans one unit against `known` (updated only when the unit succeeds). */
function planUnit(unit: IntakeUnit, known: Known, now: string): PlannedUnit {
  const rows = emptyRows();
  const results: UnitPlan['results'] = [];
  const keys = new Map<string, KeyClaim>();
  const suppliers = new Map<string, string>();
  for (const s of unit.submissions) {
    const id = s.idempotencyKey === null ? null : keyId(s.partnerOrgId, s.idempotencyKey);
    const prior = id === null ? undefined : (keys.get(id) ?? known.keys.get(id));
    if (prior) {
      if (prior.requestHash !== s.requestHash) {
        return {
          ok: false,
          error: appError(
            'IDEMPOTENCY_KEY_REUSED',
            `${s.keyPath}: this idempotency key was already used with a different request body; ` +
              'use a new key for a new submission',
            { field: s.keyPath },
          ),
        };
      }
      results.push(prior.audit ? { audit: prior.audit, replayed: true } : { storedAuditId: prior.auditId });
      continue;
    }
    let supplierId = s.draft.supplierId;
    if (supplierId !== null && !known.supplierIds.has(supplierId)) {
      return {
        ok: false,
        error: badInput(
          `${s.path}.supplierId`,
          'no supplier has this id; register the supplier or give its facility as `supplier`',
        ),
      };
    }
    if (supplierId === null) {
      const facility = s.draft.supplier!;
      const mk = s.prepared.facilityKey!;
      supplierId = suppliers.get(mk) ?? known.suppliersByMatchKey.get(mk) ?? null;
      if (supplierId === null) {
        const row = newSupplierRow(facility, mk, now);
        rows.suppliers.push(row);
        supplierId = row.supplier_id;
        suppliers.set(mk, supplierId);
      }
    }
    const audit = addAuditRecords(rows, s, supplierId, now);
    results.push({ audit, replayed: false });
    if (id !== null) {
      keys.set(id, { requestHash: s.requestHash, auditId: audit.audit_id, audit });
      rows.keys.push({
        partner_org_id: s.partnerOrgId,
        idempotency_key: s.idempotencyKey!,
        request_hash: s.requestHash,
        audit_id: audit.audit_id,
        created_at: now,
      });
    }
  }
  for (const [k, v] of keys) known.keys.set(k, v);
  for (const [k, v] of suppliers) known.suppliersByMatchKey.set(k, v);
  return { ok: true, plan: { rows, results } };
}

function addAuditRecords(rows: IntakeRows, s: AuditSubmission, supplierId: string, now: string): AuditRecord {
  const d = s.draft;
  const audit: AuditRecord = {
    audit_id: s.prepared.auditId,
    supplier_id: supplierId,
    partner_org_id: s.partnerOrgId,
    scheme: d.scheme,
    audit_type: d.auditType,
    announcement: d.announcement,
    audit_date: d.auditDate,
    workers_interviewed: d.workersInterviewed,
    submitted_at: now,
  };
  rows.audits.push(audit);
  // Findings and corrective actions were serialised on arrival (rows.ts), under the same audit id.
  rows.children.push(s.prepared);
  return audit;
}

/** Plans every unit of a group in order against what the store holds (`known`, read by lookup.ts). */
export function planIntake(units: readonly IntakeUnit[], known: Known, now: string): PlannedUnit[] {
  return units.map((unit) => planUnit(unit, known, now));
}
