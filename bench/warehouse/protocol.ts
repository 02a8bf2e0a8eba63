/** Messages between bench/warehouse.bench.ts and its warehouse child (bench/warehouse/child.ts). */

export interface PhaseFigures {
  /** Wall time inside the warehouse process, ms. */
  ms: number;
  /**
   * CPU time of the warehouse process meanwhile (DuckDB's threads included), ms: steadier than wall time on a shared
   * machine.
   */
  cpuMs: number;
}

interface ModelFigure {
  name: string;
  action: string;
  rows: number | null;
  ms: number;
  cpuMs: number;
}

export interface TickFigures {
  sync: PhaseFigures & { rows: number };
  build: PhaseFigures & { testsMs: number; tests: number; dirtySuppliers: number; dirtyAudits: number; models: ModelFigure[] };
  publish: PhaseFigures & { tables: number; bytes: number };
  /** The warehouse process's VmHWM after the tick (reset before it), bytes. */
  peakRssBytes: number | null;
}

export type ChildCommand = { type: 'tick' };
export type ChildMessage = { type: 'ready' } | { type: 'tick'; figures: TickFigures } | { type: 'error'; message: string };
