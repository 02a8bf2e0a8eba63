/**
 * The evidence part of risk-v1 (DESIGN §3.3) as plain SQL over the audits tables: per supplier
 * E = 1 − Π(1 − c) over findings with an ILO indicator, c = min(0.95, w × 0.5^(age/365) × r), as of one day.
 * This is the reference the warehouse marts are measured against, not the marts themselves.
 */
const AS_OF = '2025-12-31';

const WEIGHT = `CASE severity WHEN 'S4' THEN 0.9 WHEN 'S3' THEN 0.5 WHEN 'S2' THEN 0.2 WHEN 'S1' THEN 0.05 ELSE 0 END`;
const REMEDIATION = `CASE WHEN verified_date <= DATE '${AS_OF}' THEN 0.2 WHEN closed_date <= DATE '${AS_OF}' THEN 0.5
  WHEN due_date < DATE '${AS_OF}' THEN 1.2 ELSE 1.0 END`;

/** One row per forced-labour finding with what its c needs: what a warehouse intermediate model would hold. */
export const ENRICHED_FINDINGS_SQL = `
  SELECT a.supplier_id, a.audit_date, f.severity, ca.due_date, ca.closed_date, ca.verified_date
  FROM findings f
  JOIN audits a ON a.audit_id = f.audit_id
  LEFT JOIN corrective_actions ca ON ca.finding_id = f.finding_id
  WHERE f.ilo_indicator IS NOT NULL AND NOT f.is_deleted AND NOT a.is_deleted AND a.audit_date <= DATE '${AS_OF}'`;

/** Noisy-OR per supplier over a relation shaped like ENRICHED_FINDINGS_SQL; ln(1 − c) sums instead of a product. */
export function noisyOrSql(source: string): string {
  return `
    SELECT supplier_id, 1 - exp(sum(ln(1 - c))) AS evidence, count(*) AS findings
    FROM (
      SELECT supplier_id,
        least(0.95, ${WEIGHT} * pow(0.5, (DATE '${AS_OF}' - audit_date) / 365.0) * ${REMEDIATION}) AS c
      FROM ${source}
    )
    GROUP BY supplier_id`;
}
