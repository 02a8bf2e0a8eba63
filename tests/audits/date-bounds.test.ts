/**
 * Dates far outside any reporting calendar are typos that would stall the warehouse for every partner (its
 * model tests refuse rows that map to no period), so intake refuses them with the field named.
 */
import { describe, expect, it } from 'vitest';
import { findStateViolation } from '../../subgraphs/audits/corrective-action-rules.js';

const open = (dueDate: string) => ({ status: 'OPEN' as const, dueDate, closedDate: null, verifiedDate: null });

describe('audits: date bounds', () => {
  it('accepts a due date up to five years after the audit', () => {
    expect(findStateViolation(open('2030-03-14'), '2025-03-14', '2025-06-01')).toBeNull();
  });

  it('refuses a due date more than five years after the audit, naming the field', () => {
    expect(findStateViolation(open('2099-01-01'), '2025-03-14', '2025-06-01')).toEqual({
      field: 'dueDate',
      message: 'must be within 5 years of the audit date (on or before 2030-03-14)',
    });
  });
});
