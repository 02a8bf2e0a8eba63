/** Root queries: thin, the rules live in validation.ts, audit-scope.ts and the store. */
import { pageSize } from '../../../lib/pagination.js';
import { auditScopeOf } from '../audit-scope.js';
import type { QueryResolvers } from '../generated/resolvers-types.js';
import { findAuditById, listAudits } from '../store/audits.js';
import { findSupplierById, listSuppliers } from '../store/suppliers.js';
import { auditFilterSchema, parseInput, supplierFilterSchema } from '../validation.js';

export const Query: QueryResolvers = {
  async supplier(_root, { id }, ctx) {
    return (await findSupplierById(ctx.db, id)) ?? null;
  },
  async suppliers(_root, { first, after, filter }, ctx) {
    const limit = pageSize(first);
    return listSuppliers(ctx.db, parseInput(supplierFilterSchema, filter ?? {}, 'filter'), limit, after ?? null);
  },
  async audit(_root, { id }, ctx) {
    return (await findAuditById(ctx.db, id, auditScopeOf(ctx))) ?? null;
  },
  async audits(_root, { first, after, filter }, ctx) {
    const scope = auditScopeOf(ctx);
    const limit = pageSize(first);
    return listAudits(ctx.db, parseInput(auditFilterSchema, filter ?? {}, 'filter'), scope, limit, after ?? null);
  },
};
