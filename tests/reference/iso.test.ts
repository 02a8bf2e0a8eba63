import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isIsoCountryCode, loadIsoCountries } from '../../lib/reference/iso.js';
import { REFERENCE_DIR } from '../../lib/reference/paths.js';
import { makeTempDir } from '../helpers/tmp.js';

const tmp = makeTempDir('tidemark-iso-');
afterAll(() => tmp.remove());

describe('reference: ISO 3166 countries', () => {
  const countries = loadIsoCountries();

  it('resolves the reference folder from the module, not the working directory', () => {
    expect(REFERENCE_DIR).toMatch(/\/reference$/);
    expect(REFERENCE_DIR.startsWith('/')).toBe(true);
  });

  it('loads all 249 countries with unique codes', () => {
    expect(countries).toHaveLength(249);
    expect(new Set(countries.map((c) => c.code)).size).toBe(249);
    expect(new Set(countries.map((c) => c.alpha3)).size).toBe(249);
  });

  it('keeps non-ASCII names and leading zeros of numeric codes', () => {
    expect(countries.find((c) => c.code === 'AX')).toEqual({
      code: 'AX',
      alpha3: 'ALA',
      numericCode: '248',
      name: 'Åland Islands',
      region: 'Europe',
      subRegion: 'Northern Europe',
    });
    expect(countries.find((c) => c.code === 'AF')?.numericCode).toBe('004');
  });

  it('turns blank regions into null (Antarctica, Taiwan), never an empty string', () => {
    const aq = countries.find((c) => c.code === 'AQ')!;
    expect(aq.region).toBeNull();
    expect(aq.subRegion).toBeNull();
    expect(countries.find((c) => c.code === 'TW')?.region).toBeNull();
    expect(countries.filter((c) => c.region === '' || c.subRegion === '')).toEqual([]);
  });

  it('answers isIsoCountryCode for codes in the file only', () => {
    expect(isIsoCountryCode('VN')).toBe(true);
    expect(isIsoCountryCode('AX')).toBe(true);
    expect(isIsoCountryCode('XK')).toBe(false);
    expect(isIsoCountryCode('vn')).toBe(false);
    expect(isIsoCountryCode('')).toBe(false);
  });

  it('fails loudly on a malformed row, naming the file and line', () => {
    const file = join(tmp.dir, 'bad-iso.csv');
    writeFileSync(file, 'name,alpha-2,alpha-3,country-code,region,sub-region\nNowhere,N1,NWH,999,Europe,\n');
    expect(() => loadIsoCountries(file)).toThrow(/bad-iso\.csv:2: alpha-2 "N1"/);
  });
});
