/**
 * Input validation for the agency mutations: zod for shapes and ranges, then the cross-cell rules of a feed.
 * Every failure is BAD_USER_INPUT naming the input path (`input.values[3].value: ...`). Strings holding control
 * or bidi formatting characters are refused first (lib/text-safety.ts).
 */
import { z } from 'zod';
import { badInput } from '../../lib/errors.js';
import { isCalendarDate } from '../../lib/scalars.js';
import { refuseUnsafeText } from '../../lib/text-safety.js';
import { breakdownsOf, cellKey, DIMENSION_VALUES, INDICATORS, MEDIAN_INDICATORS, type Cell } from './indicators.js';

const MAX_VALUES_PER_FEED = 500;
const MAX_NOTE_LENGTH = 2000;
/**
 * Plausibility bounds (docs/security.md): no agency counts a million of anything for one country and period, and
 * a median response time of more than ten years is a typing error. Larger values are refused rather than shown
 * to policy officers as significant changes (and they keep sums far from float overflow).
 */
const MAX_FEED_COUNT = 1_000_000;
const MAX_MEDIAN_DAYS = 3_660;

const cellSchema = z.object({
  indicator: z.enum(INDICATORS),
  crimeType: z.enum(DIMENSION_VALUES.crimeType as [string, ...string[]]),
  exploitation: z.enum(DIMENSION_VALUES.exploitation as [string, ...string[]]),
  sex: z.enum(DIMENSION_VALUES.sex as [string, ...string[]]),
  ageGroup: z.enum(DIMENSION_VALUES.ageGroup as [string, ...string[]]),
  value: z.number({ error: 'must be a number' }).refine(Number.isFinite, 'must be a finite number').refine((v) => v >= 0, 'must not be negative'),
});

const submitSchema = z.object({
  periodId: z.string().trim().min(1, 'is required').max(32, 'is not a period id'),
  countryCode: z.string().nullish(),
  sourceReliability: z.enum(['A', 'B', 'C', 'D', 'E', 'F']),
  informationCredibility: z.number().int('must be a whole number from 1 to 6').min(1, 'must be from 1 to 6').max(6, 'must be from 1 to 6'),
  values: z
    .array(cellSchema)
    .min(1, 'must hold at least one value')
    .max(MAX_VALUES_PER_FEED, `must hold at most ${MAX_VALUES_PER_FEED} values; split the feed by indicator`),
  note: z.string().max(MAX_NOTE_LENGTH, `must be at most ${MAX_NOTE_LENGTH} characters`).nullish(),
});

export type SubmitFeedInput = z.infer<typeof submitSchema>;
const submitInput = refuseUnsafeText(submitSchema);

function parseOrThrow<T>(schema: z.ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
  throw badInput(`input${path}`, issue.message);
}

/** Shapes, ranges and the cross-cell rules: counts whole, no duplicate cells, breakdowns within their totals. */
export function validateSubmitFeedInput(input: unknown): SubmitFeedInput {
  const parsed = parseOrThrow(submitInput, input);
  checkCells(parsed.values);
  return parsed;
}

function checkCells(cells: readonly Cell[]): void {
  const indexOf = new Map<string, number>();
  cells.forEach((cell, i) => {
    const median = MEDIAN_INDICATORS.has(cell.indicator);
    if (!median && !Number.isInteger(cell.value)) {
      throw badInput(`input.values[${i}].value`, `${cell.indicator} is a count: use a whole number (got ${cell.value})`);
    }
    const bound = median ? MAX_MEDIAN_DAYS : MAX_FEED_COUNT;
    if (cell.value > bound) {
      const why = `${cell.indicator} must be at most ${bound} (plausibility bound; got ${cell.value})`;
      throw badInput(`input.values[${i}].value`, why);
    }
    const key = cellKey(cell);
    const first = indexOf.get(key);
    if (first !== undefined) throw badInput(`input.values[${i}]`, `repeats the cell of input.values[${first}] (${describeCell(cell)}); send each cell once`);
    indexOf.set(key, i);
  });
  // A breakdown's cells count disjoint groups of the same total, so together they cannot exceed it.
  for (const breakdown of breakdownsOf(cells.filter((c) => !MEDIAN_INDICATORS.has(c.indicator)))) {
    const totalIndex = indexOf.get(breakdown.totalKey);
    if (totalIndex === undefined) continue;
    const total = cells[totalIndex]!.value;
    const sum = breakdown.cells.reduce((s, c) => s + c.value, 0);
    if (sum > total) {
      const members = breakdown.cells.map((c) => `input.values[${indexOf.get(cellKey(c))}]`);
      throw badInput(
        `${members[0]}.value`,
        `the ${breakdown.cells[0]!.indicator} cells broken down by ${breakdown.dimension} ` +
          `(${members.join(', ')}) add up to ${sum}, above their ALL total ${total} at ` +
          `input.values[${totalIndex}]`,
      );
    }
  }
}

function describeCell(cell: Cell): string {
  return `${cell.indicator} crimeType=${cell.crimeType} exploitation=${cell.exploitation} sex=${cell.sex} ` +
    `ageGroup=${cell.ageGroup}`;
}

const createActionPeriodSchema = z.object({
  number: z.number().int('must be a whole number').min(1, 'must be at least 1').max(9999, 'must be at most 9999'),
  startDate: z.string().refine(isCalendarDate, 'must be a calendar date YYYY-MM-DD'),
  endDate: z.string().refine(isCalendarDate, 'must be a calendar date YYYY-MM-DD'),
  label: z.string().trim().min(1, 'must not be blank').max(200, 'must be at most 200 characters').nullish(),
});

export type CreateActionPeriodInput = z.infer<typeof createActionPeriodSchema>;
const createActionPeriodInput = refuseUnsafeText(createActionPeriodSchema);

export function validateCreateActionPeriodInput(input: unknown): CreateActionPeriodInput {
  return parseOrThrow(createActionPeriodInput, input);
}
