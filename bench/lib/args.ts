/** Command-line flags every bench script takes: `--full` for budget scale (default quick), `--runs N`. */
import { parseArgs } from 'node:util';

export interface BenchArgs {
  full: boolean;
  scale: 'quick' | 'full';
  /** Overrides the script's default number of runs. */
  runs: number | null;
}

export function parseBenchArgs(argv: readonly string[] = process.argv.slice(2)): BenchArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: {
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
  return { full: values.full, scale: values.full ? 'full' : 'quick', runs };
}

/** Runs a bench's main, printing a failure as one message and a non-zero exit code. */
export function runMain(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  });
}
