/**
 * Audit histories: each supplier is audited by one to four partners whose sectors fit, each on its own cycle
 * (INITIAL, then PERIODIC; a FOLLOW_UP after serious findings; sometimes a CLOSURE after a clean follow-up),
 * from a little after registration until `now` or until the partner stops sourcing there.
 */
import type { Announcement, AuditType } from '../subgraphs/audits/domain.js';
import { addDays, minDate, timestampOn } from './dates.js';
import { draftCorrectiveAction, draftFindings, type FindingDraft } from './findings.js';
import { PARTNERS, type DemoPartner } from './partners.js';
import type { Random } from './random.js';
import type { AuditRow, CorrectiveActionRow, FindingRow, SupplierRow } from './rows.js';
import type { SupplierProfile } from './suppliers.js';

export interface AuditTables {
  audits: AuditRow[];
  findings: FindingRow[];
  corrective_actions: CorrectiveActionRow[];
}

interface PlannedAudit {
  row: AuditRow;
  findings: FindingDraft[];
}

function choosePartners(rng: Random, profile: SupplierProfile): DemoPartner[] {
  const candidates = PARTNERS.filter((p) => (p.sectors[profile.sector] ?? 0) > 0);
  const count = Math.min(
    candidates.length,
    rng.weighted([
      [1, 5],
      [2, 3.5],
      [3, 1.3],
      [4, 0.3],
    ]),
  );
  const chosen: DemoPartner[] = [];
  while (chosen.length < count) {
    const rest = candidates.filter((p) => !chosen.includes(p));
    chosen.push(rng.weighted(rest.map((p): [DemoPartner, number] => [p, p.sectors[profile.sector]!])));
  }
  return chosen;
}

function announcementFor(rng: Random, partner: DemoPartner, type: AuditType): Announcement {
  const unannounced = type === 'FOLLOW_UP' ? Math.max(0.4, partner.unannounced) : partner.unannounced;
  return rng.weighted([
    ['UNANNOUNCED', unannounced],
    ['SEMI_ANNOUNCED', 0.3],
    ['ANNOUNCED', 0.7 - unannounced],
  ]);
}

function workersInterviewed(rng: Random, workerCount: number | null): number {
  const workers = workerCount ?? 200;
  return Math.min(workers, Math.max(5, Math.min(80, Math.round(Math.sqrt(workers) * rng.float(0.8, 1.6)))));
}

/** One partner's audits of one supplier, in date order. */
function planPair(
  rng: Random,
  supplier: SupplierRow,
  profile: SupplierProfile,
  partner: DemoPartner,
  first: string,
  now: string,
  nextId: () => string,
): PlannedAudit[] {
  const scheme = rng.weighted(partner.schemes);
  const lastDate = addDays(now, -7);
  const maxAudits = rng.chance(0.5) ? rng.int(1, 3) : Number.POSITIVE_INFINITY;
  const planned: PlannedAudit[] = [];
  let date = first;
  let type: AuditType = 'INITIAL';
  let recurrence = 0.65;
  while (date <= lastDate && planned.length < maxAudits) {
    const interviewed = workersInterviewed(rng, supplier.worker_count);
    const findings = draftFindings(rng, {
      scheme,
      propensity: profile.propensity,
      chronic: profile.chronic,
      recurrence: type === 'FOLLOW_UP' ? recurrence * 0.7 : recurrence,
      workersInterviewed: interviewed,
    });
    const submittedOn = minDate(addDays(date, rng.int(1, 21)), now);
    planned.push({
      row: {
        audit_id: nextId(),
        supplier_id: supplier.supplier_id,
        partner_org_id: partner.orgId,
        scheme,
        audit_type: type,
        announcement: announcementFor(rng, partner, type),
        audit_date: date,
        workers_interviewed: interviewed,
        submitted_at: timestampOn(submittedOn, rng.int(6 * 3600, 20 * 3600)),
      },
      findings,
    });
    // Persistent auditing works: chronic issues recur less each time.
    recurrence *= 0.8;
    const serious = findings.some((f) => f.indicator !== null && (f.severity === 'S3' || f.severity === 'S4'));
    let gap: number;
    if (serious && type !== 'FOLLOW_UP' && rng.chance(0.6)) {
      type = 'FOLLOW_UP';
      gap = rng.int(60, 130);
    } else if (type === 'FOLLOW_UP' && !serious && rng.chance(0.35)) {
      type = 'CLOSURE';
      gap = rng.int(20, 60);
    } else {
      type = 'PERIODIC';
      gap = rng.int(Math.round(partner.cycleMonths[0] * 30.4), Math.round(partner.cycleMonths[1] * 30.4));
    }
    date = addDays(date, gap);
  }
  return planned;
}

export function generateAudits(
  rng: Random,
  suppliers: readonly SupplierRow[],
  profiles: readonly SupplierProfile[],
  now: string,
): AuditTables {
  const out: AuditTables = { audits: [], findings: [], corrective_actions: [] };
  let auditSeq = 0;
  let findingSeq = 0;
  let actionSeq = 0;
  const nextAuditId = () => `aud-${String(++auditSeq).padStart(5, '0')}`;
  suppliers.forEach((supplier, i) => {
    const profile = profiles[i]!;
    choosePartners(rng, profile).forEach((partner, k) => {
      const first = addDays(profile.registeredOn, k === 0 ? rng.int(0, 90) : rng.int(30, 1100));
      const planned = planPair(rng, supplier, profile, partner, first, now, nextAuditId);
      planned.forEach((audit, j) => {
        out.audits.push(audit.row);
        const laterAudits = planned.slice(j + 1).map((a) => ({
          date: a.row.audit_date,
          indicators: new Set(a.findings.filter((f) => f.severity !== 'S0').map((f) => f.indicator ?? '')),
        }));
        for (const finding of audit.findings) {
          const findingId = `fnd-${String(++findingSeq).padStart(6, '0')}`;
          out.findings.push({
            finding_id: findingId,
            audit_id: audit.row.audit_id,
            ilo_indicator: finding.indicator,
            scheme_severity: finding.schemeSeverity,
            severity: finding.severity,
            description: finding.description,
          });
          const action = draftCorrectiveAction(rng, finding, {
            auditDate: audit.row.audit_date,
            submittedAt: audit.row.submitted_at,
            propensity: profile.propensity,
            now,
            laterAudits,
          });
          if (!action) continue;
          out.corrective_actions.push({
            corrective_action_id: `cap-${String(++actionSeq).padStart(6, '0')}`,
            finding_id: findingId,
            description: action.description,
            status: action.status,
            due_date: action.dueDate,
            closed_date: action.closedDate,
            verified_date: action.verifiedDate,
            updated_at: action.updatedAt,
          });
        }
      });
    });
  });
  return out;
}
