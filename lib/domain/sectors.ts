/**
 * Supplier sectors (DESIGN §2): the audits store's accepted values, the Sector enum of the audits and insights
 * SDL, and the sector points of warehouse/risk/risk-parameters.csv; tests/contracts checks all three agree.
 */
export const SECTORS = [
  'FISHING',
  'SEAFOOD_PROCESSING',
  'DOMESTIC_WORK',
  'AGRICULTURE',
  'CONSTRUCTION',
  'MINING',
  'GARMENTS',
  'ELECTRONICS',
  'MANUFACTURING',
  'HOSPITALITY',
  'LOGISTICS',
  'OTHER',
] as const;
export type Sector = (typeof SECTORS)[number];
