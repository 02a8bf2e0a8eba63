/**
 * Command-line flags every bench script takes: `--full` for budget scale (default quick), `--runs N`. A script
 * with flags of its own passes their definitions as `extra` and reads them from `values`.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export interface BenchArgs {
  full: boolean;
  scale: 'quick' | 'full';
  /** Overrides the script's default number of runs. */
  runs: number | null;
  /** The script's own flags (`extra`), as parsed. */
  values: Record<string, string | boolean | undefined>;
}

export function parseBenchArgs(
  argv: readonly string[] = process.argv.slice(2),
  extra: NonNullable<ParseArgsConfig['options']> = {},
): BenchArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      ...extra,
      full: { type: 'boolean', default: false },
      quick: { type: 'boolean', default: false },
      runs: { type: 'string' },
    },
    strict: true,
  });
  if (values.full && values.quick) throw new Error('pass --full or --quick, not both');
  const runs = values.runs === undefined ? null : Number(values.runs);
  if (runs !== null && (!Number.isInteger(runs) || runs < 1))
    throw new Error(`--runs must be a positive integer, got "${values.runs}"`);
  const full = values.full === true;
  return { full, scale: full ? 'full' : 'quick', runs, values: values as BenchArgs['values'] };
}

/** Runs a bench's main, printing a failure as one message and a non-zero exit code. */
export function runMain(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  });
}
