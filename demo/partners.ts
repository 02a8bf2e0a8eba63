/**
 * The demo's business partners (stable org ids, documented in demo/README.md). Portfolios overlap on purpose:
 * several partners audit the same suppliers, so cross-partner hotspots (≥ 3 suppliers audited by ≥ 2 partners
 * in a cell) exist.
 */
import type { DemoSector } from './sectors.js';
import type { AuditScheme } from '../subgraphs/audits/domain.js';

export interface DemoPartner {
  orgId: string;
  name: string;
  /** Schemes the partner's auditors use, weighted. */
  schemes: readonly (readonly [AuditScheme, number])[];
  /** Sector interest, weighted; 0 or missing = never sources there. */
  sectors: Partial<Record<DemoSector, number>>;
  /** Months between periodic audits (min, max). */
  cycleMonths: readonly [number, number];
  /** Share of audits that are unannounced. */
  unannounced: number;
}

export const PARTNERS: readonly DemoPartner[] = [
  {
    orgId: 'org-acme',
    name: 'Acme Retail Group',
    schemes: [
      ['SMETA', 6],
      ['AMFORI_BSCI', 2],
      ['INTERNAL', 1],
    ],
    sectors: { GARMENTS: 5, SEAFOOD_PROCESSING: 3, ELECTRONICS: 2, FISHING: 1 },
    cycleMonths: [14, 28],
    unannounced: 0.15,
  },
  {
    orgId: 'org-globex',
    name: 'Globex Seafood Imports',
    schemes: [
      ['AMFORI_BSCI', 5],
      ['SMETA', 3],
      ['OTHER', 1],
    ],
    sectors: { FISHING: 5, SEAFOOD_PROCESSING: 5, AGRICULTURE: 1 },
    cycleMonths: [14, 23],
    unannounced: 0.25,
  },
  {
    orgId: 'org-initech',
    name: 'Initech Devices',
    schemes: [
      ['RBA_VAP', 7],
      ['INTERNAL', 2],
    ],
    sectors: { ELECTRONICS: 6, CONSTRUCTION: 1 },
    cycleMonths: [21, 35],
    unannounced: 0.1,
  },
  {
    orgId: 'org-umbrella',
    name: 'Umbrella Foods',
    schemes: [
      ['SA8000', 3],
      ['SMETA', 3],
      ['AMFORI_BSCI', 2],
    ],
    sectors: { AGRICULTURE: 6, SEAFOOD_PROCESSING: 2, FISHING: 1, GARMENTS: 1 },
    cycleMonths: [14, 28],
    unannounced: 0.2,
  },
  {
    orgId: 'org-tidewater',
    name: 'Tidewater Infrastructure',
    schemes: [
      ['INTERNAL', 4],
      ['SA8000', 2],
      ['OTHER', 2],
    ],
    sectors: { CONSTRUCTION: 6, FISHING: 2, ELECTRONICS: 1, GARMENTS: 1 },
    cycleMonths: [17, 35],
    unannounced: 0.3,
  },
];

/** Each scheme's own grading for S0..S4, kept verbatim in findings.scheme_severity. */
export const SCHEME_GRADES: Readonly<Record<string, readonly [string, string, string, string, string]>> = {
  SMETA: ['Compliant', 'Observation', 'Minor', 'Major', 'Business Critical'],
  AMFORI_BSCI: ['PA rating A', 'PA rating C', 'PA rating D', 'PA rating E', 'Zero Tolerance'],
  RBA_VAP: ['Conformance', 'Risk of Nonconformance', 'Minor', 'Major', 'Priority'],
  SA8000: ['Conformance', 'Observation', 'Minor', 'Major', 'Critical'],
  INTERNAL: ['None', 'Low', 'Medium', 'High', 'Critical'],
  OTHER: ['Level 0', 'Level 1', 'Level 2', 'Level 3', 'Level 4'],
};
