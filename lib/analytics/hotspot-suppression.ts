/**
 * k-anonymity for cross-partner hotspots (DESIGN §5): a non-analyst sees a hotspot cell only when it holds
 * at least 3 suppliers audited by at least 2 partners, so no cell describes one partner's audits.
 * A partner who contributed to a cell can subtract its own audits, so for a PARTNER viewer the cell must hold
 * at least 2 partners besides the viewer. When the cell does not list its partners, the viewer is assumed
 * to be one of them (fail closed).
 */
import type { Role } from '../identity.js';

const HOTSPOT_MIN_SUPPLIERS = 3;
const HOTSPOT_MIN_PARTNERS = 2;

export interface HotspotCell {
  /** Distinct suppliers in the cell. */
  supplierCount: number;
  /** Distinct partners whose audits the cell draws on. */
  partnerCount: number;
  /** The partners' org ids, when known: lets a partner viewer who is not among them see 2-partner cells. */
  partnerOrgIds?: readonly string[];
}

export type HotspotViewer = Role | { role: Role; orgId?: string };

function assertCount(field: string, value: number): void {
  if (!Number.isInteger(value) || value < 0)
    throw new RangeError(`hotspot ${field} must be a non-negative integer, got ${value}`);
}

function otherPartners(cell: HotspotCell, orgId: string | undefined): number {
  if (cell.partnerOrgIds === undefined || orgId === undefined) return cell.partnerCount - 1;
  return new Set(cell.partnerOrgIds.filter((id) => id !== orgId)).size;
}

/** The cells this viewer may see, in input order; analysts see all. */
export function withholdSmallHotspots<T extends HotspotCell>(cells: readonly T[], viewer: HotspotViewer): T[] {
  const role = typeof viewer === 'string' ? viewer : viewer.role;
  const orgId = typeof viewer === 'string' ? undefined : viewer.orgId;
  for (const cell of cells) {
    assertCount('supplierCount', cell.supplierCount);
    assertCount('partnerCount', cell.partnerCount);
    if (cell.partnerOrgIds !== undefined && new Set(cell.partnerOrgIds).size !== cell.partnerCount) {
      throw new RangeError(
        `hotspot partnerOrgIds lists ${new Set(cell.partnerOrgIds).size} partners ` +
          `but partnerCount is ${cell.partnerCount}`,
      );
    }
  }
  if (role === 'ANALYST') return [...cells];
  return cells.filter(
    (cell) =>
      cell.supplierCount >= HOTSPOT_MIN_SUPPLIERS &&
      cell.partnerCount >= HOTSPOT_MIN_PARTNERS &&
      (role !== 'PARTNER' || otherPartners(cell, orgId) >= HOTSPOT_MIN_PARTNERS),
  );
}
