/** How figures are written in docs/benchmarks.md: the median first, then the min–max range of the runs. */
import type { Summary } from './stats.js';

export function fmtNumber(value: number, digits = 0): string {
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** "1.21 s (1.18–1.30)"; a single run has no range. */
export function fmtSummary(s: Summary, unit: string, digits = 2): string {
  const range = s.runs > 1 ? ` (${fmtNumber(s.min, digits)}–${fmtNumber(s.max, digits)})` : '';
  return `${fmtNumber(s.median, digits)} ${unit}${range}`;
}

export function fmtBytes(bytes: number | null): string {
  if (bytes === null) return 'unknown';
  if (bytes >= 2 ** 30) return `${(bytes / 2 ** 30).toFixed(2)} GiB`;
  return `${(bytes / 2 ** 20).toFixed(0)} MiB`;
}

export function fmtBytesSummary(s: Summary): string {
  const range = s.runs > 1 ? ` (${fmtBytes(s.min)}–${fmtBytes(s.max)})` : '';
  return `${fmtBytes(s.median)}${range}`;
}

/** 'pass' when the median meets the limit, else 'FAIL'. */
export function verdict(median: number, limit: { atMost?: number; atLeast?: number }): 'pass' | 'FAIL' {
  if (limit.atMost !== undefined && median > limit.atMost) return 'FAIL';
  if (limit.atLeast !== undefined && median < limit.atLeast) return 'FAIL';
  return 'pass';
}
