import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { COUNTRY_ALIASES, countryCodeForName, KOSOVO_CODE } from '../../lib/reference/country-aliases.js';
import { isIsoCountryCode, loadIsoCountries } from '../../lib/reference/iso.js';
import { GSI_FILE, ILAB_GOODS_FILE } from '../../lib/reference/paths.js';

/** Every country name each source file writes, read independently of the loaders under test. */
function gsiNames(): string[] {
  const rows: Record<string, string>[] = parse(readFileSync(GSI_FILE, 'utf8'), { columns: true, bom: true });
  return rows.map((r) => r.Country!);
}

function ilabNames(): string[] {
  const xml = readFileSync(ILAB_GOODS_FILE, 'utf8');
  const names = [...xml.matchAll(/<(?:Country_Name|Derived_Country)>([^<]*)</g)].map((m) => m[1]!.trim());
  return [...new Set(names)].filter((n) => n !== 'No');
}

describe('reference: country names to ISO codes', () => {
  it('maps the spellings that differ between ILAB, the Slavery Index and ISO', () => {
    expect(countryCodeForName('Viet Nam')).toBe('VN');
    expect(countryCodeForName('Vietnam')).toBe('VN');
    expect(countryCodeForName('Burma')).toBe('MM');
    expect(countryCodeForName('Myanmar')).toBe('MM');
    expect(countryCodeForName('North Korea')).toBe('KP');
    expect(countryCodeForName('South Korea')).toBe('KR');
    expect(countryCodeForName("Korea, Democratic People's Republic of")).toBe('KP');
    expect(countryCodeForName('Turkey (Türkiye)')).toBe('TR');
    expect(countryCodeForName('Russia')).toBe('RU');
    expect(countryCodeForName('Democratic Republic of the Congo')).toBe('CD');
    expect(countryCodeForName('Republic of the Congo')).toBe('CG');
  });

  it('ignores case, diacritics, apostrophe style and extra spaces', () => {
    expect(countryCodeForName("Cote d'Ivoire")).toBe('CI');
    expect(countryCodeForName('côte d’ivoire')).toBe('CI');
    expect(countryCodeForName('  viet   nam ')).toBe('VN');
    expect(countryCodeForName('ÅLAND ISLANDS')).toBe('AX');
  });

  it('matches the Slavery Index names as published, replacement characters included', () => {
    expect(countryCodeForName("C\uFFFDte d'Ivoire")).toBe('CI');
    expect(countryCodeForName('T\uFFFDrkiye')).toBe('TR');
  });

  it('maps every name in gsi-2023.csv and ilab-goods-2021.xml', () => {
    const names = [...gsiNames(), ...ilabNames()];
    expect(names.length).toBeGreaterThan(250);
    const unmapped = names.filter((name) => {
      try {
        countryCodeForName(name);
        return false;
      } catch {
        return true;
      }
    });
    expect(unmapped).toEqual([]);
  });

  it('maps every source name to an ISO code, except Kosovo to the user-assigned XK', () => {
    const codes = new Map([...gsiNames(), ...ilabNames()].map((n) => [n, countryCodeForName(n)]));
    const notIso = [...codes].filter(([, code]) => !isIsoCountryCode(code));
    expect(notIso).toEqual([['Kosovo', KOSOVO_CODE]]);
  });

  it('throws an error naming a name that maps to nothing', () => {
    expect(() => countryCodeForName('Atlantis')).toThrow(/"Atlantis"/);
    expect(() => countryCodeForName('')).toThrow(/No country code/);
  });

  it('keeps every alias pointing at a code in the ISO file (or XK)', () => {
    const iso = new Set(loadIsoCountries().map((c) => c.code));
    const bad = Object.entries(COUNTRY_ALIASES).filter(([, code]) => !iso.has(code) && code !== KOSOVO_CODE);
    expect(bad).toEqual([]);
  });
});
