/**
 * Crash points for the kill -9 tests (tests/warehouse/sync-crash.e2e.test.ts): with WAREHOUSE_CRASH_AT_STEP=N the
 * process sends itself SIGKILL at the N-th step, exactly as a power cut would; with WAREHOUSE_CRASH_AT_LABEL=RE
 * at the first step whose label matches that regular expression; WAREHOUSE_CRASH_TRACE=1 writes one line per
 * step to stderr so a test can count the steps of an uninterrupted run. Inert otherwise.
 */
const crashAt = Number(process.env.WAREHOUSE_CRASH_AT_STEP ?? 0);
const crashAtLabel = process.env.WAREHOUSE_CRASH_AT_LABEL ? new RegExp(process.env.WAREHOUSE_CRASH_AT_LABEL) : null;
const trace = process.env.WAREHOUSE_CRASH_TRACE === '1';
let step = 0;

export function crashPoint(label: string): void {
  if (!crashAt && !crashAtLabel && !trace) return;
  step += 1;
  if (trace) process.stderr.write(`crash-point ${step} ${label}\n`);
  if (step === crashAt || crashAtLabel?.test(label)) process.kill(process.pid, 'SIGKILL');
}
