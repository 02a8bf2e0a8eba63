/** What the scale generator writes, and the two sizes the benches use. */
export interface ScaleOptions {
  /** Folder holding audits.duckdb, agency.duckdb and campaigns.duckdb. */
  dataDir: string;
  suppliers: number;
  audits: number;
  findingsPerAudit: number;
  /** Same seed, same rows. */
  seed: number;
}

export type ScaleSize = Omit<ScaleOptions, 'dataDir'>;

/** Budget scale (DESIGN §6): 10k suppliers, 1M audits, 10M findings. */
export const FULL_SCALE: ScaleSize = { suppliers: 10_000, audits: 1_000_000, findingsPerAudit: 10, seed: 42 };
/** A few seconds' worth, for `npm run bench` and smoke runs. */
export const QUICK_SCALE: ScaleSize = { suppliers: 1_000, audits: 10_000, findingsPerAudit: 10, seed: 42 };

/** Audits, CAPs and feeds cover 2016–2025; status "as of" is the last day, so reruns never depend on today. */
export const FIRST_DAY = '2016-01-01';
export const LAST_DAY = '2025-12-31';
export const DAYS_IN_DECADE = 3653;

export function describeScale(size: ScaleSize): string {
  const findings = size.audits * size.findingsPerAudit;
  return `${fmtCount(size.suppliers)} suppliers, ${fmtCount(size.audits)} audits, ${fmtCount(findings)} findings`;
}

function fmtCount(n: number): string {
  if (n >= 1_000_000 && n % 1_000_000 === 0) return `${n / 1_000_000}M`;
  if (n >= 1_000 && n % 1_000 === 0) return `${n / 1_000}k`;
  return n.toLocaleString('en-US');
}

export function validateScale(size: ScaleSize): void {
  for (const [name, value, min] of [
    ['suppliers', size.suppliers, 1],
    ['audits', size.audits, 0],
    ['findingsPerAudit', size.findingsPerAudit, 0],
  ] as const) {
    if (!Number.isSafeInteger(value) || value < min)
      throw new Error(`--${kebab(name)} must be an integer ≥ ${min}, got ${value}`);
  }
  if (size.findingsPerAudit > 200)
    throw new Error('--findings-per-audit must be at most 200 (the API limit per audit)');
  if (!Number.isSafeInteger(size.seed)) throw new Error(`--seed must be an integer, got ${size.seed}`);
}

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}
