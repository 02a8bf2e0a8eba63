import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadGsi } from '../../lib/reference/gsi.js';
import { makeTempDir } from '../helpers/tmp.js';

const tmp = makeTempDir('tidemark-gsi-');
afterAll(() => tmp.remove());

describe('reference: Global Slavery Index 2023', () => {
  const rows = loadGsi();
  const byCode = (code: string) => rows.find((r) => r.countryCode === code)!;

  it('loads 180 countries, one row per code', () => {
    expect(rows).toHaveLength(180);
    expect(new Set(rows.map((r) => r.countryCode)).size).toBe(180);
  });

  it('reads a complete row with every number', () => {
    expect(byCode('VN')).toEqual({
      countryCode: 'VN',
      countryName: 'Viet Nam',
      population: 97339000,
      region: 'Asia and the Pacific',
      prevalencePer1000: 4.1,
      estimatedNumber: 396000,
      vulnerabilityTotal: 44,
      governmentResponseTotal: 47,
    });
  });

  it('treats blank prevalence as unknown (null), not zero, and keeps the government response (Fiji)', () => {
    const fiji = byCode('FJ');
    expect(fiji.prevalencePer1000).toBeNull();
    expect(fiji.estimatedNumber).toBeNull();
    // The file has no vulnerability score for Fiji either: only the government response is published.
    expect(fiji.vulnerabilityTotal).toBeNull();
    expect(fiji.governmentResponseTotal).toBe(46);
    expect(rows.filter((r) => r.prevalencePer1000 === null)).toHaveLength(20);
    expect(rows.filter((r) => r.prevalencePer1000 === 0)).toHaveLength(0);
  });

  it('reads the spreadsheet dash in population as unknown', () => {
    expect(byCode('CV').population).toBeNull();
    expect(byCode('PW').population).toBeNull();
    const withoutPopulation = rows.filter((r) => r.population === null).map((r) => r.countryCode);
    expect(withoutPopulation.sort()).toEqual(['CV', 'LI', 'PW', 'XK']);
  });

  it('keeps negative government-response scores', () => {
    expect(byCode('KP').governmentResponseTotal).toBe(-3);
    expect(byCode('KP').prevalencePer1000).toBe(104.6);
  });

  it('maps the Slavery Index spellings, including the damaged ones, to codes', () => {
    expect(byCode('CI').countryName).toBe("C\uFFFDte d'Ivoire");
    expect(byCode('TR').countryName).toBe('T\uFFFDrkiye');
    expect(byCode('XK').countryName).toBe('Kosovo');
    expect(byCode('KR').countryName).toBe('South Korea');
  });

  it('fails loudly on a country name that maps to nothing', () => {
    const file = join(tmp.dir, 'gsi.csv');
    writeFileSync(
      file,
      'Country,Population,Region,"Estimated prevalence of modern slavery per 1,000 population",Estimated ' +
        'number of people in modern slavery,Total Vulnerability score (%),Government response total (%)\n' +
        'Freedonia,100,Europe and Central Asia,1,1,1,1\n',
    );
    expect(() => loadGsi(file)).toThrow(/"Freedonia"/);
  });

  it('fails loudly on a cell that is not a number', () => {
    const file = join(tmp.dir, 'gsi-bad-number.csv');
    writeFileSync(
      file,
      'Country,Population,Region,"Estimated prevalence of modern slavery per 1,000 population",Estimated ' +
        'number of people in modern slavery,Total Vulnerability score (%),Government response total (%)\n' +
        'Fiji,"1,000",Asia and the Pacific,,,,46\n',
    );
    expect(() => loadGsi(file)).toThrow(/"Population": "1,000" is not a number/);
  });
});
