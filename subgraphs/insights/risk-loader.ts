/**
 * Supplier.risk for a request: batched per asOf, row-level visibility applied (a partner gets null for a
 * supplier it has not audited — the same null as for a supplier that does not exist, so nothing is revealed),
 * then shaped for the caller's role (risk-view.ts). A partner's scores are always computed through the partner
 * view (other partners' audits as of month boundaries, docs/security.md), at any asOf, the build's included:
 * one path for every partner answer, so no argument can reach other partners' data by the day.
 */
import { badInput } from '../../lib/errors.js';
import { RISK_WITH_DRIVERS_MACRO } from '../../lib/snapshot-contract.js';
import type { Identity } from '../../lib/identity.js';
import { createLoader, type Loader } from '../../lib/loader.js';
import { findPublishedRisks, findSuppliersAuditedBy, scoreRisksAsOf } from './store/supplier-risk.js';
import { viewSupplierRisk, type SupplierRiskView } from './risk-view.js';
import type { Snapshot } from './snapshot/snapshot.js';

interface RiskRequest {
  supplierId: string;
  /** null: the build's asOf. */
  asOf: string | null;
}

export type RiskLoader = Loader<RiskRequest, SupplierRiskView | null>;

/** Throws BAD_USER_INPUT for a date after the build's asOf: the build holds nothing later to score with. */
export function checkRiskAsOf(snapshot: Snapshot, asOf: string | null | undefined): string | null {
  if (asOf == null || asOf === snapshot.pointer.asOf) return null;
  if (asOf > snapshot.pointer.asOf)
    throw badInput(
      'asOf',
      `must be on or before ${snapshot.pointer.asOf}, the date the current warehouse build is scored at`,
    );
  return asOf;
}

export function createRiskLoader(snapshot: () => Snapshot, viewer: () => Identity): RiskLoader {
  return createLoader<RiskRequest, SupplierRiskView | null>(
    async (requests) => {
      const snap = snapshot();
      const identity = viewer();
      const out = new Map<string, SupplierRiskView | null>();
      const byAsOf = new Map<string | null, string[]>();
      for (const r of requests) byAsOf.set(r.asOf, [...(byAsOf.get(r.asOf) ?? []), r.supplierId]);
      for (const [asOf, requested] of byAsOf) {
        const scope = {
          asOf: asOf ?? snap.pointer.asOf,
          riskVersion: snap.pointer.riskVersion,
          hasRiskWithDrivers: snap.pointer.macros.some((m) => m.name === RISK_WITH_DRIVERS_MACRO),
        };
        let facts;
        if (identity.role === 'PARTNER') {
          const orgId = identity.orgId ?? '';
          const audited = await findSuppliersAuditedBy(snap.db, orgId, requested);
          facts = await scoreRisksAsOf(
            snap.db,
            requested.filter((id) => audited.has(id)),
            scope,
            orgId,
          );
        } else if (asOf === null) {
          facts = await findPublishedRisks(snap.db, requested, scope, identity.role === 'ANALYST');
        } else {
          facts = await scoreRisksAsOf(snap.db, requested, scope);
        }
        for (const [id, f] of facts) out.set(riskKey({ supplierId: id, asOf }), viewSupplierRisk(f, identity));
      }
      return out;
    },
    null,
    riskKey,
  );
}

function riskKey(r: RiskRequest): string {
  return `${r.asOf ?? ''}|${r.supplierId}`;
}
