/** What a measurement ran on: the benches record it beside every figure, since numbers mean nothing without it. */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { sql } from 'kysely';
import { openDatabase } from '../../lib/duckdb/database.js';

export interface MachineInfo {
  cores: number;
  cpuModel: string;
  totalMemoryBytes: number;
  node: string;
  duckdb: string;
  os: string;
  /** 1-minute load average when measured: other work on a 2-core machine skews every figure. */
  loadAverage1m: number;
}

function osName(): string {
  try {
    const release = readFileSync('/etc/os-release', 'utf8');
    const pretty = /^PRETTY_NAME="?([^"\n]*)"?/m.exec(release)?.[1];
    if (pretty) return `${pretty}, ${os.type()} ${os.release()}`;
  } catch {
    // Not Linux, or no os-release: the kernel name and release below still identify the system.
  }
  return `${os.type()} ${os.release()}`;
}

async function duckdbVersion(): Promise<string> {
  const database = await openDatabase<any>(':memory:');
  try {
    const result = await sql<{ version: string }>`SELECT version() AS version`.execute(database.db);
    return result.rows[0]!.version;
  } finally {
    await database.close();
  }
}

export async function machineInfo(): Promise<MachineInfo> {
  const cpus = os.cpus();
  return {
    cores: os.availableParallelism?.() ?? cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown CPU',
    totalMemoryBytes: os.totalmem(),
    node: process.version,
    duckdb: await duckdbVersion(),
    os: osName(),
    loadAverage1m: os.loadavg()[0] ?? 0,
  };
}

/**
 * One line, e.g. "2 × AMD EPYC, 23.5 GiB, Node v20.20.2, DuckDB v1.5.6, Debian GNU/Linux 12 (bookworm), Linux 6.18".
 */
export function describeMachine(m: MachineInfo): string {
  const gib = (m.totalMemoryBytes / 2 ** 30).toFixed(1);
  return `${m.cores} × ${m.cpuModel}, ${gib} GiB, Node ${m.node}, DuckDB ${m.duckdb}, ${m.os}`;
}

/** Short form for table cells. */
export function shortMachine(m: MachineInfo): string {
  return `${m.cores} × ${m.cpuModel}, ${(m.totalMemoryBytes / 2 ** 30).toFixed(0)} GiB`;
}
