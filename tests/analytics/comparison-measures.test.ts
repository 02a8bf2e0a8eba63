import { describe, expect, it } from 'vitest';
import { AGENCY_INDICATORS } from '../../lib/domain/agency-indicators.js';
import { MEASURES, findMeasure, requireMeasure } from '../../lib/analytics/measures.js';

describe('comparison: measure catalogue', () => {
  it('lists every measure of DESIGN §4 under a unique SCREAMING_SNAKE id', () => {
    const ids = MEASURES.map((measure) => measure.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
    for (const id of [
      'SUPPLIERS_AUDITED',
      'SEVERE_FINDING_SHARE',
      'REPEAT_FINDING_RATE',
      'CAP_CLOSURE_RATE',
      'MEDIAN_DAYS_TO_CLOSE',
      'CONVICTION_RATIO',
      'REFERRAL_RATE',
      'INFO_REQUESTS_ANSWERED_30D_SHARE',
      'CAMPAIGN_REACH',
      'CAMPAIGN_REPORTS',
      'CAMPAIGN_REPORTS_PER_100K_REACHED',
      ...AGENCY_INDICATORS.map((indicator) => `AGENCY_${indicator}`),
    ]) {
      expect(findMeasure(id), id).toBeDefined();
    }
  });

  it('describes every measure fully', () => {
    for (const measure of MEASURES) {
      expect(measure.label.length, measure.id).toBeGreaterThan(3);
      expect(measure.unit.length, measure.id).toBeGreaterThan(2);
      expect(measure.description.length, measure.id).toBeGreaterThan(20);
    }
  });

  it('pairs each kind with the test DESIGN §4 prescribes', () => {
    for (const measure of MEASURES) {
      if (measure.kind === 'MEDIAN' || measure.kind === 'RATIO') expect(measure.test, measure.id).toBe('NONE');
      if (measure.kind === 'PROPORTION') expect(measure.test, measure.id).toBe('NEWCOMBE_DIFFERENCE');
      if (measure.kind === 'RATE') expect(measure.test, measure.id).toBe('RATE_RATIO_EXACT');
      if (measure.kind === 'COUNT' && measure.test === 'NONE') expect(measure.limitation, measure.id).toMatch(/test/);
    }
    expect(requireMeasure('AGENCY_INFO_RESPONSE_DAYS_MEDIAN').kind).toBe('MEDIAN');
    expect(requireMeasure('AGENCY_ARRESTS')).toMatchObject({
      kind: 'COUNT',
      test: 'RATE_RATIO_EXACT',
      missingIsZero: false,
    });
    expect(requireMeasure('SUPPLIERS_AUDITED')).toMatchObject({ kind: 'COUNT', missingIsZero: true });
  });

  it('marks victim counts, and the ratio built from them, as suppressible and nothing else', () => {
    const suppressible = MEASURES.filter((measure) => measure.suppressible)
      .map((measure) => measure.id)
      .sort();
    expect(suppressible).toEqual(['AGENCY_VICTIMS_IDENTIFIED', 'AGENCY_VICTIMS_REFERRED', 'REFERRAL_RATE']);
  });

  it('points derived measures at components that exist', () => {
    for (const measure of MEASURES) {
      for (const component of [measure.numeratorMeasureId, measure.denominatorMeasureId]) {
        if (component !== undefined) expect(findMeasure(component), `${measure.id} → ${component}`).toBeDefined();
      }
    }
    expect(requireMeasure('REFERRAL_RATE')).toMatchObject({
      numeratorMeasureId: 'AGENCY_VICTIMS_REFERRED',
      denominatorMeasureId: 'AGENCY_VICTIMS_IDENTIFIED',
    });
  });

  it('says plainly that the 30-day answer share needs a new feed indicator', () => {
    const share = requireMeasure('INFO_REQUESTS_ANSWERED_30D_SHARE');
    expect(share.available).toBe(false);
    expect(share.limitation).toMatch(/INFO_REQUESTS_ANSWERED_WITHIN_30D/);
    expect(requireMeasure('INFO_REQUESTS_ANSWERED_SHARE').available).toBe(true);
  });

  it('throws for an unknown id', () => {
    expect(() => requireMeasure('VICTIMS_IDENTIFIED')).toThrow('unknown measure id VICTIMS_IDENTIFIED');
    expect(findMeasure('NOPE')).toBeUndefined();
  });
});
