/**
 * Reporting periods. Calendar periods (months '2019-07', quarters '2019-Q3', years '2019') are derived here,
 * never stored; action periods ('JPA5') are data in `action_periods` and only their id, label and length
 * rules live here. End dates are inclusive.
 */
import { addDays, addMonths, daysInMonth, inclusiveDays } from './dates.js';

export type PeriodKind = 'ACTION_PERIOD' | 'MONTH' | 'QUARTER' | 'YEAR';
export type CalendarKind = Exclude<PeriodKind, 'ACTION_PERIOD'>;

export interface ReportingPeriod {
  id: string;
  kind: PeriodKind;
  label: string;
  /** Action periods only. */
  number: number | null;
  startDate: string;
  endDate: string;
}

/** Calendar periods exist for these years, here and in the warehouse's mart_periods (tests/contracts checks). */
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2049;

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const pad2 = (n: number) => String(n).padStart(2, '0');

export function monthPeriod(year: number, month: number): ReportingPeriod {
  const id = `${year}-${pad2(month)}`;
  return {
    id,
    kind: 'MONTH',
    label: `${MONTH_NAMES[month - 1]} ${year}`,
    number: null,
    startDate: `${id}-01`,
    endDate: `${id}-${pad2(daysInMonth(year, month))}`,
  };
}

export function quarterPeriod(year: number, quarter: number): ReportingPeriod {
  const first = (quarter - 1) * 3 + 1;
  return {
    id: `${year}-Q${quarter}`,
    kind: 'QUARTER',
    label: `Q${quarter} ${year}`,
    number: null,
    startDate: `${year}-${pad2(first)}-01`,
    endDate: monthPeriod(year, first + 2).endDate,
  };
}

export function yearPeriod(year: number): ReportingPeriod {
  return {
    id: String(year),
    kind: 'YEAR',
    label: String(year),
    number: null,
    startDate: `${year}-01-01`,
    endDate: `${year}-12-31`,
  };
}

const inYears = (year: number) => year >= MIN_YEAR && year <= MAX_YEAR;

/** The calendar period an id names, or null when the id is not a (valid) calendar period id. */
export function calendarPeriodFromId(id: string): ReportingPeriod | null {
  let m = /^(\d{4})-(\d{2})$/.exec(id);
  if (m) {
    const [year, month] = [Number(m[1]), Number(m[2])];
    return inYears(year) && month >= 1 && month <= 12 ? monthPeriod(year, month) : null;
  }
  m = /^(\d{4})-Q([1-4])$/.exec(id);
  if (m) return inYears(Number(m[1])) ? quarterPeriod(Number(m[1]), Number(m[2])) : null;
  m = /^(\d{4})$/.exec(id);
  if (m) return inYears(Number(m[1])) ? yearPeriod(Number(m[1])) : null;
  return null;
}

/** JPA<n> → n, or null when the id is not an action-period id. */
export function actionPeriodNumberFromId(id: string): number | null {
  const m = /^JPA([1-9]\d{0,3})$/.exec(id);
  return m ? Number(m[1]) : null;
}

export function actionPeriodId(number: number): string {
  return `JPA${number}`;
}

export function actionPeriodLabel(number: number): string {
  const suffix = number % 100 >= 11 && number % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][number % 10] ?? 'th');
  return `${number}${suffix} Joint Period of Action`;
}

/** The calendar period of a kind that contains a date. */
function calendarPeriodContaining(kind: CalendarKind, date: string): ReportingPeriod {
  const [year, month] = date.split('-').map(Number) as [number, number];
  if (kind === 'MONTH') return monthPeriod(year, month);
  if (kind === 'QUARTER') return quarterPeriod(year, Math.ceil(month / 3));
  return yearPeriod(year);
}

/** The period of the same kind just before; null below MIN_YEAR. */
export function previousCalendarPeriod(period: ReportingPeriod): ReportingPeriod | null {
  if (period.kind === 'ACTION_PERIOD')
    throw new Error('previousCalendarPeriod: action periods are data; look up number - 1');
  const dayBefore = addDays(period.startDate, -1);
  if (Number(dayBefore.slice(0, 4)) < MIN_YEAR) return null;
  return calendarPeriodContaining(period.kind, dayBefore);
}

/**
 * Calendar periods of a kind overlapping from..to (inclusive), oldest first; stops after `limit` + 1 so callers can
 * refuse huge ranges.
 */
export function calendarPeriodsOverlapping(
  kind: CalendarKind,
  from: string,
  to: string,
  limit: number,
): ReportingPeriod[] {
  const out: ReportingPeriod[] = [];
  let period = calendarPeriodContaining(kind, from);
  while (period.startDate <= to && out.length <= limit) {
    out.push(period);
    const next = addDays(period.endDate, 1);
    if (Number(next.slice(0, 4)) > MAX_YEAR) break;
    period = calendarPeriodContaining(kind, next);
  }
  return out;
}

export function periodLengthDays(period: Pick<ReportingPeriod, 'startDate' | 'endDate'>): number {
  return inclusiveDays(period.startDate, period.endDate);
}

/**
 * Why an action period's dates are not acceptable, or null. Three to twelve calendar months: the day after the
 * end falls between start + 3 months and start + 12 months (1 March – 31 August is exactly six).
 */
export function actionPeriodDatesProblem(startDate: string, endDate: string): string | null {
  if (endDate <= startDate) return `must be after startDate ${startDate}`;
  const dayAfter = addDays(endDate, 1);
  // Periods were planned at six to twelve months, but the real 5th JPA (2 July – 3 December 2019) ran five: the
  // floor is three months so the partners' actual periods are accepted while a typo (a one-week period) is caught.
  if (dayAfter < addMonths(startDate, 3))
    return `the period must last at least three months (end on or after ${addDays(addMonths(startDate, 3), -1)})`;
  if (dayAfter > addMonths(startDate, 12))
    return `the period must last at most twelve months (end on or before ${addDays(addMonths(startDate, 12), -1)})`;
  return null;
}
