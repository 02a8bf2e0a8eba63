/**
 * The period pickers: the current action period and the period it is compared with. The default pair is the
 * latest period that holds data, compared with its previous one (the API's `previous`); for roles that read
 * aggregates, "holds data" means audits and agency feeds in the period and in the one before it; for a
 * partner, the period of its latest own audit. The choice is kept in the URL (view-state.ts).
 */
import {
  DashboardDataPeriodsDocument,
  DashboardLatestOwnAuditDocument,
  DashboardPeriodsDocument,
  type DashboardPeriodsQuery,
} from '../../operations/generated/graphql.js';
import { runOperation, type ApiResult } from './api.js';
import { h } from './dom.js';
import type { Role } from './panel.js';

export type Period = NonNullable<DashboardPeriodsQuery['reportingPeriods']>[number];

export interface Selection {
  current: Period;
  previous: Period | null;
  /** Every action period, oldest first. */
  periods: Period[];
}

export function fetchPeriods(token: string | null): Promise<ApiResult<DashboardPeriodsQuery>> {
  return runOperation(DashboardPeriodsDocument, {}, token);
}

/** The variables of a compare-based operation. */
export function periodVariables(s: Selection): { current: string; previous?: string } {
  return { current: s.current.id, ...(s.previous ? { previous: s.previous.id } : {}) };
}

/** The latest period that has begun by `today`; the first one when none has. */
export function defaultCurrent(periods: Period[], today: string): Period | null {
  const begun = periods.filter((p) => p.startDate <= today);
  return begun.at(-1) ?? periods[0] ?? null;
}

export function defaultPrevious(periods: Period[], current: Period): Period | null {
  return periods.find((p) => p.id === current.previous?.id) ?? null;
}

/**
 * The latest period that has data and whose previous period has data too (`hasData` per period id); the
 * latest with data when no pair has; null when none has.
 */
export function latestWithData(periods: Period[], hasData: (id: string) => boolean): Period | null {
  const withData = periods.filter((p) => hasData(p.id));
  const paired = withData.filter((p) => p.previous && hasData(p.previous.id));
  return paired.at(-1) ?? withData.at(-1) ?? null;
}

/** Which periods hold data for this role, asked of the API; null when it cannot tell (then the calendar decides). */
export async function periodsWithData(
  periods: Period[],
  role: Role,
  token: string | null,
): Promise<((id: string) => boolean) | null> {
  if (periods.length === 0) return null;
  if (role === 'PARTNER') {
    const latest = await runOperation(DashboardLatestOwnAuditDocument, {}, token);
    const date = latest.ok ? latest.data.audits?.edges[0]?.node.auditDate : undefined;
    if (!date) return null;
    const holding = periods.filter((p) => p.startDate <= date).at(-1);
    // A partner's own audits say nothing about the previous period: every period up to its latest counts.
    return holding ? (id) => periods.findIndex((p) => p.id === id) <= periods.indexOf(holding) : null;
  }
  const answer = await runOperation(
    DashboardDataPeriodsDocument,
    { from: periods[0]!.startDate, to: periods.at(-1)!.endDate },
    token,
  );
  if (!answer.ok) return null;
  // Points are keyed by their first day (cheaper to ask for than the period object); action periods do not overlap.
  const positive = (series: typeof answer.data.audits) =>
    new Set((series ?? []).flatMap((s) => s.points.filter((p) => (p.value ?? 0) > 0).map((p) => p.startDate)));
  const audits = positive(answer.data.audits);
  const agency = positive(answer.data.agency);
  const start = new Map(periods.map((p) => [p.id, p.startDate]));
  return (id) => audits.has(start.get(id)!) && agency.has(start.get(id)!);
}

/** The selection from the URL's ids when it names known periods, else the defaults. */
export function initialSelection(
  periods: Period[],
  wanted: { current: string | null; previous: string | null },
  today: string,
  hasData: ((id: string) => boolean) | null = null,
): Selection | null {
  const byId = (id: string | null) => (id === null ? undefined : periods.find((p) => p.id === id));
  const fallback = (hasData && latestWithData(periods, hasData)) || defaultCurrent(periods, today);
  const current = byId(wanted.current) ?? fallback;
  if (!current) return null;
  const previous = byId(wanted.previous) ?? defaultPrevious(periods, current);
  return { current, previous, periods };
}

function optionFor(period: Period, selected: boolean): HTMLOptionElement {
  const option = h('option', { value: period.id }, period.label);
  option.selected = selected;
  return option;
}

/** The dates under a picker: action periods differ in length, which matters when reading counts. */
export function describeDates(period: Period | null): string {
  return period ? `${period.startDate} to ${period.endDate} · ${period.lengthDays} days` : 'Nothing to compare with';
}

export function fillPeriodSelects(current: HTMLSelectElement, previous: HTMLSelectElement, selection: Selection): void {
  const hint = (select: HTMLSelectElement) => document.getElementById(`${select.id}-dates`);
  hint(current)?.replaceChildren(describeDates(selection.current));
  hint(previous)?.replaceChildren(describeDates(selection.previous));
  const newestFirst = [...selection.periods].reverse();
  current.replaceChildren(...newestFirst.map((p) => optionFor(p, p.id === selection.current.id)));
  const options = newestFirst.map((p) => optionFor(p, p.id === selection.previous?.id));
  // The first period has nothing before it; the API then compares with nothing.
  if (selection.previous === null)
    options.push(Object.assign(h('option', { value: '' }, 'None (no earlier period)'), { selected: true }));
  previous.replaceChildren(...options);
  current.disabled = false;
  previous.disabled = false;
}
