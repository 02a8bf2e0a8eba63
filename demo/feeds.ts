/**
 * Agency indicator feeds: one per agency and action period it took part in, and one per calendar quarter,
 * each submitted a few weeks after the period ends (so nothing after `now` exists yet). Small countries
 * report victim counts below 5 (suppression). About 4 % of quarters are missing; about one feed in twelve is
 * corrected by a second revision, a few by a third.
 */
import { addDays, timestampOn } from './dates.js';
import { caseCounts, correct, type Cells, type Period } from './feed-values.js';
import { actionPeriodParticipants } from './periods.js';
import type { Random } from './random.js';
import { REGION } from './region.js';
import type { ActionPeriodRow, IndicatorFeedRow, IndicatorValueRow } from './rows.js';

function quarters(): Period[] {
  const out: Period[] = [];
  const ends = ['03-31', '06-30', '09-30', '12-31'];
  for (let year = 2018; year <= 2025; year++) {
    ends.forEach((end, q) =>
      out.push({
        id: `${year}-Q${q + 1}`,
        start: `${year}-${String(q * 3 + 1).padStart(2, '0')}-01`,
        end: `${year}-${end}`,
        isAction: false,
      }),
    );
  }
  return out;
}

export function generateFeeds(
  rng: Random,
  periods: readonly ActionPeriodRow[],
  now: string,
): { feeds: IndicatorFeedRow[]; values: IndicatorValueRow[] } {
  const feeds: IndicatorFeedRow[] = [];
  const values: IndicatorValueRow[] = [];
  const actionPeriods = periods.map((p): Period & { participants: string[] } => ({
    id: p.period_id,
    start: p.start_date,
    end: p.end_date,
    isAction: true,
    participants: actionPeriodParticipants(rng, p.period_id),
  }));
  for (const country of REGION) {
    const own = [...actionPeriods.filter((p) => p.participants.includes(country.code)), ...quarters()];
    for (const period of own) {
      if (!period.isAction && rng.chance(0.04)) continue; // a missed quarter: series must fill the gap
      const submittedOn = addDays(period.end, rng.int(10, 45));
      if (submittedOn > now) continue;
      const feedId = `${country.agencyId}:${period.id}`;
      const cells: Cells = new Map();
      caseCounts(rng, country, period, feedId, cells);
      const base: Omit<IndicatorFeedRow, 'revision' | 'submitted_at' | 'note'> = {
        feed_id: feedId,
        agency_id: country.agencyId,
        country_code: country.code,
        period_id: period.id,
        source_reliability: rng.weighted([
          ['A', 1],
          ['B', 5],
          ['C', 3],
          ['D', 0.5],
        ]),
        information_credibility: rng.weighted([
          [1, 1],
          [2, 5],
          [3, 3],
          [4, 0.5],
        ]),
        submitted_by: `officer${rng.int(1, 3)}@${country.agencyId}`,
      };
      feeds.push({
        ...base,
        revision: 1,
        submitted_at: timestampOn(submittedOn, rng.int(7 * 3600, 17 * 3600)),
        note: null,
      });
      values.push(...cells.values());
      let revision = 1;
      let current = cells;
      let correctedOn = submittedOn;
      while (rng.chance(revision === 1 ? 0.08 : 0.2)) {
        correctedOn = addDays(correctedOn, rng.int(14, 120));
        if (correctedOn > now) break;
        revision++;
        const corrected = correct(rng, current, revision);
        current = corrected.cells;
        feeds.push({
          ...base,
          revision,
          submitted_at: timestampOn(correctedOn, rng.int(7 * 3600, 17 * 3600)),
          note: corrected.note,
        });
        values.push(...current.values());
      }
    }
  }
  return { feeds, values };
}
