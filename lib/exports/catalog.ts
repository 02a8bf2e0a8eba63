/**
 * The standard exports the gateway serves (docs/exports.md), in one place: the gateway routes them and refuses
 * roles not listed here before any work; the agency subgraph lists them in `Query.dataExports`. The roles are
 * the ones the graph lets read the data behind each export (the graph enforces them again on every operation,
 * and tests/gateway/exports.e2e.test.ts checks each role's answer agrees).
 */
import type { Role } from '../identity.js';

export const INDICATOR_EXPORT_FORMATS = ['sdg', 'sdmx', 'hxl'] as const;
export type IndicatorExportFormat = (typeof INDICATOR_EXPORT_FORMATS)[number];

export interface DataExport {
  id: string;
  /** Gateway path, GET with the bearer token. */
  path: string;
  formats: readonly string[];
  title: string;
  description: string;
  roles: readonly Role[];
}

export const DATA_EXPORTS: readonly DataExport[] = [
  {
    id: 'indicators',
    path: '/exports/indicators.csv',
    formats: INDICATOR_EXPORT_FORMATS,
    title: 'Agency indicators',
    description:
      'Latest agency indicator values for countries and a period range: SDG 16.2.2-aligned CSV, SDMX-CSV 2.0 or HXL. ' +
      'Victim counts are suppressed as in the API; withheld cells are empty and flagged.',
    roles: ['AGENCY', 'ANALYST', 'POLICY'],
  },
  {
    id: 'suppliers',
    path: '/exports/suppliers.csv',
    formats: ['osh'],
    title: 'Supplier registry for Open Supply Hub',
    description:
      'Facilities as an Open Supply Hub list upload (country, name, address, sector, OS ID). ' +
      'Partners get the suppliers they have audited.',
    roles: ['PARTNER', 'ANALYST', 'POLICY', 'AGENCY'],
  },
];

export function exportsFor(role: Role): DataExport[] {
  return DATA_EXPORTS.filter((e) => e.roles.includes(role));
}
