/**
 * Walk Free, Global Slavery Index 2023 (reference/gsi-2023.csv), one row per country. Blank cells are unknown
 * and become null, never 0: twenty countries have no prevalence estimate (Fiji among them) yet do have
 * government-response scores. Population uses a spreadsheet dash (" -   ") for unknown; that is null too.
 * Government-response milestones can be negative (North Korea's total is -3) and are kept as published.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { countryCodeForName } from './country-aliases.js';
import { GSI_FILE } from './paths.js';

export interface GsiCountry {
  /** ISO alpha-2 (XK for Kosovo, see country-aliases.ts). */
  countryCode: string;
  /** The name as the Slavery Index writes it. */
  countryName: string;
  population: number | null;
  /** Walk Free's region, e.g. 'Asia and the Pacific'. */
  region: string;
  prevalencePer1000: number | null;
  estimatedNumber: number | null;
  /** Total vulnerability score, %. */
  vulnerabilityTotal: number | null;
  /** Government response total, %; may be negative. */
  governmentResponseTotal: number | null;
}

const COLUMNS = {
  country: 'Country',
  population: 'Population',
  region: 'Region',
  prevalence: 'Estimated prevalence of modern slavery per 1,000 population',
  estimatedNumber: 'Estimated number of people in modern slavery',
  vulnerability: 'Total Vulnerability score (%)',
  response: 'Government response total (%)',
} as const;

export function loadGsi(file: string = GSI_FILE): GsiCountry[] {
  const rows: Record<string, string>[] = parse(readFileSync(file, 'utf8'), {
    columns: true,
    bom: true,
    skip_empty_lines: true,
  });
  const header = Object.keys(rows[0] ?? {});
  for (const column of Object.values(COLUMNS)) {
    if (!header.includes(column)) throw new Error(`${file}: column "${column}" is missing`);
  }
  return rows.map((row, i) => {
    const where = `${file}:${i + 2}`;
    const countryName = (row[COLUMNS.country] ?? '').trim().normalize('NFC');
    const region = (row[COLUMNS.region] ?? '').trim();
    if (!countryName) throw new Error(`${where}: country name is blank`);
    if (!region) throw new Error(`${where}: region is blank`);
    const number = (column: string) => parseNumberCell(row[column], `${where} "${column}"`);
    return {
      countryCode: countryCodeForName(countryName),
      countryName,
      population: number(COLUMNS.population),
      region,
      prevalencePer1000: number(COLUMNS.prevalence),
      estimatedNumber: number(COLUMNS.estimatedNumber),
      vulnerabilityTotal: number(COLUMNS.vulnerability),
      governmentResponseTotal: number(COLUMNS.response),
    };
  });
}

/** '' and a lone dash are unknown (null); anything else must be a plain decimal number. */
function parseNumberCell(cell: string | undefined, where: string): number | null {
  const text = (cell ?? '').trim();
  if (text === '' || text === '-') return null;
  if (!/^-?\d+(\.\d+)?$/.test(text)) throw new Error(`${where}: "${text}" is not a number`);
  return Number(text);
}
