/** Messages between the intake bench and its audits-subgraph child (bench/intake/serve.ts). */
export interface IntakeStats {
  /** Submissions per group commit, oldest first (the queue keeps the last 500–1000). */
  groupSizes: number[];
  /** Group commits and units committed since the server started. */
  totals: { groups: number; units: number };
  audits: number;
  findings: number;
}

export type IntakeChildMessage = { type: 'stats' };
export type IntakeParentMessage = { type: 'ready'; url: string } | { type: 'stats'; stats: IntakeStats };
