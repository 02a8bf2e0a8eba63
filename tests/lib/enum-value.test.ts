import { describe, expect, it } from 'vitest';
import { SECTORS } from '../../lib/domain/sectors.js';
import { enumValue, optionalEnumValue } from '../../lib/enum-value.js';

describe('enumValue: a stored string crosses into an enum only when its vocabulary holds it', () => {
  it('returns a known value and keeps null as null', () => {
    expect(enumValue(SECTORS, 'FISHING', 'sector')).toBe('FISHING');
    expect(optionalEnumValue(SECTORS, null, 'sector')).toBeNull();
  });

  it('throws an internal error naming the column and the unknown value', () => {
    expect(() => enumValue(SECTORS, 'fishing', 'mart_x.sector')).toThrow("mart_x.sector: stored value 'fishing'");
    expect(() => optionalEnumValue(SECTORS, '', 'sector')).toThrow("stored value ''");
  });
});
