import { describe, expect, it } from 'vitest';
import { withholdSmallHotspots } from '../../lib/analytics/suppression.js';

const cells = [
  { key: 'TH/FISHING', supplierCount: 3, partnerCount: 2, partnerOrgIds: ['p1', 'p2'] },
  { key: 'TH/GARMENTS', supplierCount: 2, partnerCount: 5 },
  { key: 'VN/SEAFOOD', supplierCount: 10, partnerCount: 1 },
  { key: 'MY/ELECTRONICS', supplierCount: 3, partnerCount: 3 },
];
const keys = (result: readonly { key: string }[]) => result.map((cell) => cell.key);

describe('suppression: hotspot k-anonymity', () => {
  it('shows non-analysts only cells with at least 3 suppliers audited by at least 2 partners', () => {
    expect(keys(withholdSmallHotspots(cells, 'POLICY'))).toEqual(['TH/FISHING', 'MY/ELECTRONICS']);
    expect(keys(withholdSmallHotspots(cells, 'AGENCY'))).toEqual(['TH/FISHING', 'MY/ELECTRONICS']);
  });

  it('shows analysts every cell', () => {
    expect(keys(withholdSmallHotspots(cells, 'ANALYST'))).toEqual(keys(cells));
  });

  it('makes a partner need two other partners in the cell, so it cannot subtract its own audits', () => {
    expect(keys(withholdSmallHotspots(cells, { role: 'PARTNER', orgId: 'p1' }))).toEqual(['MY/ELECTRONICS']);
    expect(keys(withholdSmallHotspots(cells, { role: 'PARTNER', orgId: 'p9' }))).toEqual([
      'TH/FISHING',
      'MY/ELECTRONICS',
    ]);
    // Without the partner list the viewer is assumed to be among the partners.
    expect(keys(withholdSmallHotspots(cells, 'PARTNER'))).toEqual(['MY/ELECTRONICS']);
  });

  it('rejects malformed cells', () => {
    expect(() => withholdSmallHotspots([{ supplierCount: -1, partnerCount: 2 }], 'POLICY')).toThrow('supplierCount');
    expect(() =>
      withholdSmallHotspots([{ supplierCount: 4, partnerCount: 3, partnerOrgIds: ['p1'] }], 'POLICY'),
    ).toThrow('partnerCount is 3');
  });
});
