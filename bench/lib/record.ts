/**
 * Writes results into docs/benchmarks.md in place. Each bench owns the block between `<!-- bench:<id> -->` and
 * `<!-- /bench:<id> -->` (created at the end of the file the first time) and rewrites only that. Figures taken
 * at budget scale also refresh their row in the summary tables, which are re-rendered from budgets.ts so every
 * budget has a row and unmeasured ones say so.
 */
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { BUDGETS, REFERENCES, findEntry, type BudgetEntry } from './budgets.js';
import { describeMachine, machineInfo, shortMachine, type MachineInfo } from './machine.js';
import { REPO_DIR } from './paths.js';

const DOC_FILE = resolve(import.meta.dirname, '../../docs/benchmarks.md');

export interface ResultRow {
  /** What was measured. */
  measure: string;
  /** The figure, formatted: "1.21 s (1.18–1.30)". */
  measured: string;
  runs: number;
  /** What it is compared with: a budget, a reference figure, or '—'. */
  target?: string;
  /** 'pass', 'FAIL', 'reference', 'info'. */
  status?: string;
  /** Budget or reference id (budgets.ts) this row measures; it refreshes the summary row at full scale. */
  budgetId?: string;
}

export interface RecordOptions {
  title: string;
  /** The command that produced the figures. */
  command: string;
  scale: 'quick' | 'full';
  /** What data size the figures are for, e.g. "10k suppliers, 1M audits, 10M findings". */
  scaleNote: string;
  notes?: readonly string[];
  machine?: MachineInfo;
  docFile?: string;
  date?: Date;
}

interface SummaryCells {
  measured: string;
  runs: string;
  machine: string;
  script: string;
  status: string;
}

const NOT_MEASURED: Omit<SummaryCells, 'script'> = {
  measured: 'not yet measured',
  runs: '—',
  machine: '—',
  status: 'not yet measured',
};

function budgetCell(entry: BudgetEntry): string {
  return `${entry.what} — ${entry.budget}`;
}

function parseSummaryRow(doc: string, entry: BudgetEntry): SummaryCells | null {
  const prefix = `| ${budgetCell(entry)} |`;
  const line = doc.split('\n').find((l) => l.startsWith(prefix));
  if (!line) return null;
  const cells = line
    .slice(prefix.length)
    .split('|')
    .map((c) => c.trim());
  const [measured, runs, machine, script, status] = cells;
  if (status === undefined) return null;
  return { measured: measured!, runs: runs!, machine: machine!, script: script!, status };
}

function renderSummary(doc: string, entries: readonly BudgetEntry[], updates: Map<string, SummaryCells>): string {
  const lines = entries.map((entry) => {
    const previous = parseSummaryRow(doc, entry);
    const cells =
      updates.get(entry.id) ??
      (previous && previous.status !== NOT_MEASURED.status
        ? previous
        : { ...NOT_MEASURED, script: entry.script ? `\`${entry.script}\`` : 'none yet' });
    return (
      `| ${budgetCell(entry)} | ${cells.measured} | ${cells.runs} | ${cells.machine} | ${cells.script} | ` +
      `${cells.status} |`
    );
  });
  return [
    '| budget | measured (median, min–max) | runs | machine | script | status |',
    '|---|---|---|---|---|---|',
    ...lines,
  ].join('\n');
}

/** Replaces the block between the markers of `id`, or appends one at the end. */
function replaceBlock(doc: string, id: string, body: string): string {
  const open = `<!-- bench:${id} -->`;
  const close = `<!-- /bench:${id} -->`;
  const block = `${open}\n${body.trim()}\n${close}`;
  const start = doc.indexOf(open);
  const end = doc.indexOf(close);
  if (start === -1 || end === -1 || end < start) return `${doc.trimEnd()}\n\n${block}\n`;
  return doc.slice(0, start) + block + doc.slice(end + close.length);
}

/** A verdict against a budget counts only at the scale the budget names: quick-scale runs say so beside it. */
function statusAt(row: ResultRow, options: RecordOptions): string {
  const status = row.status ?? 'info';
  return options.scale === 'quick' && (status === 'pass' || status === 'FAIL') ? `${status} (quick scale)` : status;
}

function renderSection(rows: readonly ResultRow[], options: RecordOptions, machine: MachineInfo, day: string): string {
  const table = [
    '| measure | measured (median, min–max) | runs | compared with | status |',
    '|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.measure} | ${r.measured} | ${r.runs} | ${r.target ?? '—'} | ${statusAt(r, options)} |`),
  ];
  return [
    `### ${options.title} (${options.scale} scale)`,
    '',
    `Measured ${day} with \`${options.command}\` on ${describeMachine(machine)}; load average ` +
      `${machine.loadAverage1m.toFixed(2)} (1 min) at the start.`,
    `Scale: ${options.scaleNote}.`,
    '',
    ...table,
    ...(options.notes && options.notes.length > 0 ? ['', ...options.notes.map((n) => `- ${n}`)] : []),
  ].join('\n');
}

export async function recordResult(section: string, rows: readonly ResultRow[], options: RecordOptions): Promise<void> {
  if (!/^[a-z0-9-]+$/.test(section)) throw new Error(`section id must be kebab-case, got "${section}"`);
  const file = options.docFile ?? DOC_FILE;
  const machine = options.machine ?? (await machineInfo());
  const day = (options.date ?? new Date()).toISOString().slice(0, 10);
  await withDocLock(file, () => writeResult(file, section, rows, options, machine, day));
}

function writeResult(
  file: string,
  section: string,
  rows: readonly ResultRow[],
  options: RecordOptions,
  machine: MachineInfo,
  day: string,
): void {
  let doc = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const blockId = options.scale === 'full' ? section : `${section}-quick`;
  doc = replaceBlock(doc, blockId, renderSection(rows, options, machine, day));

  if (options.scale === 'full') {
    const updates = new Map<string, SummaryCells>();
    for (const row of rows) {
      if (!row.budgetId) continue;
      const entry = findEntry(row.budgetId);
      updates.set(entry.id, {
        measured: row.measured,
        runs: String(row.runs),
        machine: `${shortMachine(machine)}, load ${machine.loadAverage1m.toFixed(1)}, ${day}`,
        script: `\`${entry.script ?? options.command}\``,
        status: row.status ?? 'info',
      });
    }
    doc = replaceBlock(doc, 'budgets', renderSummary(doc, BUDGETS, updates));
    doc = replaceBlock(doc, 'references', renderSummary(doc, REFERENCES, updates));
  }
  const temp = join(resolve(file, '..'), `.benchmarks.md.${process.pid}.tmp`);
  writeFileSync(temp, doc);
  renameSync(temp, file);
}

/**
 * Benches started side by side (several people, one machine) each read-modify-write the doc: an exclusive lock
 * file serialises them. A lock older than 30 s is left over from a crash and is taken over.
 */
async function withDocLock(file: string, fn: () => void): Promise<void> {
  const lock = join(REPO_DIR, '.tmp', 'bench', `${basename(file)}.lock`);
  mkdirSync(dirname(lock), { recursive: true });
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      closeSync(openSync(lock, 'wx'));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 30_000) rmSync(lock, { force: true });
      else if (Date.now() > deadline) throw new Error(`${lock} is held by another bench; remove it if none is running`);
      else await new Promise((r) => setTimeout(r, 50));
    }
  }
  try {
    fn();
  } finally {
    rmSync(lock, { force: true });
  }
}
