/**
 * submitIndicatorFeed: an agency reports for its own country (from its token, never from the input) and one
 * period. The new revision and its values are written in one transaction; any failure writes nothing. With an
 * idempotency key, a retry returns the revision the first call wrote instead of adding another.
 */
import type { Kysely } from 'kysely';
import { badInput, forbidden } from '../../../lib/errors.js';
import { idempotencyClaim, rememberResult, replayOrNull } from '../../../lib/idempotency.js';
import type { Identity } from '../../../lib/identity.js';
import { todayUtc } from '../../../lib/scalars.js';
import type { DB, IndicatorFeedRow } from '../db-types.js';
import { validateSubmitFeedInput } from '../validation.js';
import { findCountryByCode } from './countries.js';
import { feedIdFor, insertFeedRevision, listFeedRevisions } from './feeds.js';
import { findReportingPeriod } from './reporting-periods.js';

export async function submitIndicatorFeed(
  db: Kysely<DB>,
  identity: Identity,
  input: Record<string, unknown>,
  idempotencyKey?: string | null,
): Promise<IndicatorFeedRow> {
  const { agencyId, countryCode } = identity;
  if (identity.role !== 'AGENCY' || !agencyId || !countryCode)
    throw forbidden('Only an agency token (with agency_id and country) can submit indicator feeds');
  if (input.countryCode != null && input.countryCode !== countryCode) {
    throw forbidden(
      `An agency submits feeds for its own country only: your token is for ${countryCode}, ` +
        `the input names ${String(input.countryCode)}`,
    );
  }
  const parsed = validateSubmitFeedInput(input);
  const claim = idempotencyClaim(identity, 'submitIndicatorFeed', idempotencyKey, input);
  if (!(await findCountryByCode(db, countryCode)))
    throw forbidden(`Your token's country ${countryCode} is not a known country`);
  const period = await findReportingPeriod(db, parsed.periodId);
  if (!period) {
    throw badInput(
      'input.periodId',
      `unknown period "${parsed.periodId}": use an action period id such as JPA5, ` +
        'or a month YYYY-MM, quarter YYYY-Qn or year YYYY',
    );
  }
  if (period.startDate > todayUtc())
    throw badInput(
      'input.periodId',
      `period ${period.id} starts on ${period.startDate}: report on a period once it has started`,
    );
  return db.transaction().execute(async (trx) => {
    const earlier = await replayOrNull<{ feedId: string; revision: number }>(trx, claim);
    if (earlier) {
      const row = (await listFeedRevisions(trx, earlier.feedId)).find((r) => r.revision === earlier.revision);
      if (!row) throw new Error(`idempotency key names ${earlier.feedId} revision ${earlier.revision}, which is gone`);
      return row;
    }
    const row = await insertFeedRevision(
      trx,
      {
        feed_id: feedIdFor(agencyId, period.id),
        agency_id: agencyId,
        country_code: countryCode,
        period_id: period.id,
        source_reliability: parsed.sourceReliability,
        information_credibility: parsed.informationCredibility,
        submitted_by: identity.subject,
        submitted_at: new Date().toISOString(),
        note: parsed.note ?? null,
      },
      parsed.values,
    );
    await rememberResult(trx, claim, { feedId: row.feed_id, revision: row.revision });
    return row;
  });
}
