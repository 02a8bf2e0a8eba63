/**
 * What a partner may learn about a supplier it shares with other partners (docs/security.md, "Partners sharing
 * a supplier"): its own audits as they are, other partners' audits only as they stood at calendar-month
 * boundaries. A partner's score is computed by the same SQL as everyone's, from inputs in which every date of
 * another partner's audit, finding or corrective action is moved to the first day of the month after it
 * (2025-03-01 and 2025-03-31 both become 2025-04-01). So another partner's audit counts from the first of the
 * next month and is aged from then, and a corrective action's status changes on the first of a month: whatever
 * `asOf` is asked, the answer depends on other partners' data only through their months, never their days.
 * Coarsening the inputs, not the answers, covers every field derived from them (score, band, override,
 * confidence, evidence, drivers) at once.
 */
import { sqlString } from '../db.js';

/**
 * Every date or timestamp column of the scoring inputs that carry a partner_org_id; a test checks this against
 * the tables, so a column added later cannot slip through uncoarsened.
 */
export const PARTNER_DATED_COLUMNS: Readonly<Record<string, Readonly<Record<string, 'DATE' | 'TIMESTAMP'>>>> = {
  int_audits_joined: { audit_date: 'DATE', submitted_at: 'TIMESTAMP' },
  int_findings_joined: { audit_date: 'DATE', due_date: 'DATE', closed_date: 'DATE', verified_date: 'DATE' },
};

/** The first day of the month after `column`, as the column's own type. */
function monthAfter(column: string, type: 'DATE' | 'TIMESTAMP'): string {
  return `CAST(date_trunc('month', "${column}") + INTERVAL 1 MONTH AS ${type})`;
}

/**
 * SELECT list for one scoring input as a viewer may see it: `*` for inputs without partner data, else
 * `* REPLACE (…)` with other partners' dates coarsened and the viewer's own kept. `viewer` is an SQL expression
 * for the viewer's org id (a literal, or a macro parameter); where it is NULL (not a partner) nothing is coarsened.
 */
export function partnerViewColumnsFor(input: string, viewer: string): string {
  const columns = PARTNER_DATED_COLUMNS[input];
  if (!columns) return '*';
  const exact = `(${viewer}) IS NULL OR partner_org_id = (${viewer})`;
  const replaced = Object.entries(columns).map(
    ([c, type]) => `CASE WHEN ${exact} THEN "${c}" ELSE ${monthAfter(c, type)} END AS "${c}"`,
  );
  return `* REPLACE (${replaced.join(', ')})`;
}

/** partnerViewColumnsFor with the viewer's org id as a literal. */
export function partnerViewColumns(input: string, viewerOrgId: string): string {
  return partnerViewColumnsFor(input, sqlString(viewerOrgId));
}
