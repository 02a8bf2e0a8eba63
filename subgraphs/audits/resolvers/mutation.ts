/** Root mutations: each is one transaction (intake via the group-commit queue). */
import { exportChangeBatch } from '../../../lib/change-feed.js';
import { idempotencyClaim } from '../../../lib/idempotency.js';
import { requireIdentity } from '../../../lib/identity.js';
import { auditScopeOf, submittingPartnerOf } from '../audit-scope.js';
import { CHANGE_FEED_TABLES } from '../db-types.js';
import type { MutationResolvers } from '../generated/resolvers-types.js';
import { submitAudit, submitAudits } from '../intake.js';
import { updateCorrectiveAction } from '../store/corrective-actions.js';
import { registerSupplier } from '../store/suppliers.js';
import { correctiveActionPatchSchema, parseInput, parseSupplier } from '../validation.js';

export const Mutation: MutationResolvers = {
  async registerSupplier(_root, { input }, ctx) {
    return registerSupplier(ctx.db, parseSupplier(input, 'input'));
  },
  async submitAudit(_root, { input, idempotencyKey }, ctx) {
    return submitAudit(ctx.intake, submittingPartnerOf(ctx), input, idempotencyKey);
  },
  async submitAudits(_root, { inputs }, ctx) {
    return { results: await submitAudits(ctx.intake, submittingPartnerOf(ctx), inputs) };
  },
  async updateCorrectiveAction(_root, { id, input, idempotencyKey }, ctx) {
    submittingPartnerOf(ctx); // only the partner that owns the audit changes its corrective actions
    const patch = parseInput(correctiveActionPatchSchema, input, 'input');
    const claim = idempotencyClaim(requireIdentity(ctx), 'updateCorrectiveAction', idempotencyKey, { id, input });
    return updateCorrectiveAction(ctx.db, id, patch, auditScopeOf(ctx), claim);
  },
  async exportAuditsChanges(_root, { table, afterSeq }, ctx) {
    return exportChangeBatch(ctx.db, {
      source: 'audits',
      table,
      allowedTables: CHANGE_FEED_TABLES,
      afterSeq,
      lakeDir: ctx.lakeDir,
    });
  },
};
