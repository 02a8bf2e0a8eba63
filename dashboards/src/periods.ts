/**
 * The period pickers: the current action period (default: the latest one that has begun) and the period it
 * is compared with (default: the API's `previous` of the current one). The choice is kept in the URL
 * (`?current=JPA10&previous=JPA9`) so a view can be reloaded or shared.
 */
import { DashboardPeriodsDocument, type DashboardPeriodsQuery } from '../../operations/generated/graphql.js';
import { runOperation, type ApiResult } from './api.js';
import { h } from './dom.js';

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

/** The latest period that has begun by `today`; the first one when none has. */
export function defaultCurrent(periods: Period[], today: string): Period | null {
  const begun = periods.filter((p) => p.startDate <= today);
  return begun.at(-1) ?? periods[0] ?? null;
}

export function defaultPrevious(periods: Period[], current: Period): Period | null {
  return periods.find((p) => p.id === current.previous?.id) ?? null;
}

/** The selection from the URL when it names known periods, else the defaults. */
export function initialSelection(periods: Period[], search: string, today: string): Selection | null {
  const params = new URLSearchParams(search);
  const byId = (id: string | null) => (id === null ? undefined : periods.find((p) => p.id === id));
  const current = byId(params.get('current')) ?? defaultCurrent(periods, today);
  if (!current) return null;
  const previous = byId(params.get('previous')) ?? defaultPrevious(periods, current);
  return { current, previous, periods };
}

export function rememberSelection(selection: Selection): void {
  const url = new URL(window.location.href);
  url.searchParams.set('current', selection.current.id);
  if (selection.previous) url.searchParams.set('previous', selection.previous.id);
  else url.searchParams.delete('previous');
  history.replaceState(history.state, '', url.pathname + url.search + url.hash);
}

function optionFor(period: Period, selected: boolean): HTMLOptionElement {
  const option = h('option', { value: period.id }, period.label);
  option.selected = selected;
  return option;
}

/** The dates under a picker: action periods differ in length, which matters when reading counts. */
function describeDates(period: Period | null): string {
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
  if (selection.previous === null) options.push(Object.assign(h('option', { value: '' }, 'None (no earlier period)'), { selected: true }));
  previous.replaceChildren(...options);
  current.disabled = false;
  previous.disabled = false;
}
