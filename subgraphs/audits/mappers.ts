/** GraphQL type → the store row a resolver returns for it (read by codegen.ts). */
import type { AuditRecord, CorrectiveActionRow, FindingRow, SupplierRow } from './db-types.js';
import type { SubmissionResult } from './store/intake/types.js';

export type SupplierMapper = SupplierRow;
export type AuditMapper = AuditRecord;
export type FindingMapper = FindingRow;
export type CorrectiveActionMapper = CorrectiveActionRow;
export type CountryMapper = { code: string };
export type SubmitAuditPayloadMapper = SubmissionResult;
export type AlertMapper = import('./store/alert-tables.js').ReadAlertRow;
export type AlertConnectionMapper = import('./resolvers/alerts.js').AlertConnectionSource;
