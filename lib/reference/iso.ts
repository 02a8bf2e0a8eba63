/**
 * ISO 3166-1 countries with UN M49 regions (reference/iso-3166.csv). Regions are blank for places M49 does not
 * place (Antarctica, Taiwan in this edition): those become null, never ''.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { ISO_COUNTRIES_FILE } from './paths.js';

export interface IsoCountry {
  /** ISO alpha-2, e.g. VN. */
  code: string;
  alpha3: string;
  /** Numeric code with its leading zeros kept, e.g. '004'. */
  numericCode: string;
  name: string;
  region: string | null;
  subRegion: string | null;
}

type IsoCsvRow = Record<'name' | 'alpha-2' | 'alpha-3' | 'country-code' | 'region' | 'sub-region', string | undefined>;

export function loadIsoCountries(file: string = ISO_COUNTRIES_FILE): IsoCountry[] {
  const rows: IsoCsvRow[] = parse(readFileSync(file, 'utf8'), {
    columns: true,
    bom: true,
    skip_empty_lines: true,
    trim: true,
  });
  return rows.map((row, i) => {
    const line = i + 2; // header is line 1
    const country: IsoCountry = {
      code: row['alpha-2'] ?? '',
      alpha3: row['alpha-3'] ?? '',
      numericCode: row['country-code'] ?? '',
      name: (row.name ?? '').normalize('NFC'),
      region: blankToNull(row.region),
      subRegion: blankToNull(row['sub-region']),
    };
    if (!/^[A-Z]{2}$/.test(country.code)) {
      throw new Error(`${file}:${line}: alpha-2 "${country.code}" is not two capital letters`);
    }
    if (!/^[A-Z]{3}$/.test(country.alpha3)) {
      throw new Error(`${file}:${line}: alpha-3 "${country.alpha3}" is not three capital letters`);
    }
    if (!/^\d{3}$/.test(country.numericCode)) {
      throw new Error(`${file}:${line}: numeric code "${country.numericCode}" is not three digits`);
    }
    if (!country.name) throw new Error(`${file}:${line}: country name is blank`);
    return country;
  });
}

function blankToNull(value: string | undefined): string | null {
  return value === undefined || value.trim() === '' ? null : value.trim();
}

let isoCodes: ReadonlySet<string> | null = null;

/** True when `code` is an ISO 3166-1 alpha-2 code in the reference file (read once, then cached). */
export function isIsoCountryCode(code: string): boolean {
  isoCodes ??= new Set(loadIsoCountries().map((c) => c.code));
  return isoCodes.has(code);
}
