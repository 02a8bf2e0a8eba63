/**
 * Joint Periods of Action. JPA5's dates are from the workshop co-chairs' statement (2 July – 3 December 2019);
 * JPA4's "2018" dates are our assumption (1 March – 31 August 2018); from JPA6 on, one period per calendar
 * year through 2025. Participants: the ten of JPA4 (statement, §4), the seven at the JPA5 workshop (§2),
 * then a seeded draw for later periods.
 */
import type { Random } from './random.js';
import { REGION_CODES } from './region.js';
import type { ActionPeriodRow } from './rows.js';

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

export function actionPeriods(): ActionPeriodRow[] {
  const rows: ActionPeriodRow[] = [
    {
      period_id: 'JPA4',
      number: 4,
      label: '4th Joint Period of Action',
      start_date: '2018-03-01',
      end_date: '2018-08-31',
    },
    {
      period_id: 'JPA5',
      number: 5,
      label: '5th Joint Period of Action',
      start_date: '2019-07-02',
      end_date: '2019-12-03',
    },
  ];
  for (let year = 2020, n = 6; year <= 2025; year++, n++) {
    rows.push({
      period_id: `JPA${n}`,
      number: n,
      label: `${ordinal(n)} Joint Period of Action`,
      start_date: `${year}-01-01`,
      end_date: `${year}-12-31`,
    });
  }
  return rows;
}

/** JPA5 workshop attendees (co-chairs' statement §2). */
const JPA5_PARTICIPANTS = ['AU', 'FJ', 'ID', 'MY', 'NZ', 'TH', 'VN'];
/** JPA4 had ten participating countries (§4); Myanmar is the one we leave out. */
const JPA4_PARTICIPANTS = REGION_CODES.filter((c) => c !== 'MM');

export function actionPeriodParticipants(rng: Random, periodId: string): string[] {
  if (periodId === 'JPA4') return [...JPA4_PARTICIPANTS];
  if (periodId === 'JPA5') return [...JPA5_PARTICIPANTS];
  // Later periods: the JPA5 core always, others most years.
  return REGION_CODES.filter((c) => JPA5_PARTICIPANTS.includes(c) || rng.chance(0.7));
}
