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
  /** The build published after the tick. */
  buildId: string;
  /** Whether the tick built (the synced rows differed from the last build's) and published. */
  built: boolean;
  published: boolean;
  sync: PhaseFigures & { rows: number };
  build: PhaseFigures & {
    testsMs: number;
    tests: number;
    dirtySuppliers: number;
    dirtyAudits: number;
    models: ModelFigure[];
  };
  /** bytes: of the files this publish wrote (files unchanged since the previous build are not copied). */
  publish: PhaseFigures & { tables: number; bytes: number; maxLayers: number };
  /** ms from the tick's end until insights served its build (set by the bench when insights runs). */
  serveLagMs?: number;
  /** The warehouse process's VmHWM after the tick (reset before it), bytes. */
  peakRssBytes: number | null;
}

export type ChildCommand = { type: 'tick' };
export type ChildMessage =
  { type: 'ready' } | { type: 'tick'; figures: TickFigures } | { type: 'error'; message: string };
