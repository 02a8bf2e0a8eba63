/** Repeat a measurement and summarise it: the median is the figure, min–max shows how much to trust it. */

export interface Summary {
  median: number;
  min: number;
  max: number;
  runs: number;
  values: number[];
}

export function summarize(values: readonly number[]): Summary {
  if (values.length === 0) throw new Error('summarize needs at least one value');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]!, runs: values.length, values: [...values] };
}

/** Nearest-rank percentile (p in 0..100) of latencies or any other sample. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('percentile needs at least one value');
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1]!;
}

export interface RepeatOptions<T> {
  runs: number;
  /** Runs done first and thrown away (JIT, file cache). */
  warmup?: number;
  /** The figure of one run; default: its wall time in seconds. */
  measure?: (result: T, seconds: number) => number;
  /** Called after each kept run, e.g. to print progress. */
  onRun?: (run: number, value: number, result: T) => void;
}

/** Runs `fn` warmup + runs times in sequence; summarises the kept runs. */
export async function runRepeated<T>(
  fn: (run: number) => Promise<T>,
  options: RepeatOptions<T>,
): Promise<Summary & { results: T[] }> {
  for (let w = 0; w < (options.warmup ?? 0); w++) await fn(-1 - w);
  return runPrepared((run) => Promise.resolve(() => fn(run)), options);
}

/**
 * Like runRepeated, but `prepare` runs off the clock (building payloads, copying files) and returns the part
 * that is timed. `warmup` is ignored: warm up explicitly before calling.
 */
export async function runPrepared<T>(
  prepare: (run: number) => Promise<() => Promise<T>>,
  options: RepeatOptions<T>,
): Promise<Summary & { results: T[] }> {
  if (!Number.isInteger(options.runs) || options.runs < 1)
    throw new Error(`runs must be a positive integer, got ${options.runs}`);
  const measure = options.measure ?? ((_result: T, seconds: number) => seconds);
  const values: number[] = [];
  const results: T[] = [];
  for (let run = 0; run < options.runs; run++) {
    const timed = await prepare(run);
    const start = performance.now();
    const result = await timed();
    const value = measure(result, (performance.now() - start) / 1000);
    values.push(value);
    results.push(result);
    options.onRun?.(run, value, result);
  }
  return { ...summarize(values), results };
}

/** Times one call. */
export async function timeIt<T>(fn: () => Promise<T>): Promise<{ result: T; seconds: number }> {
  const start = performance.now();
  const result = await fn();
  return { result, seconds: (performance.now() - start) / 1000 };
}
