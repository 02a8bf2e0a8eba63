/**
 * US Department of Labor (ILAB) List of Goods Produced by Child Labor or Forced Labor, 2021
 * (reference/ilab-goods-2021.xml), flattened to one entry per (good, country).
 *
 * Quirks handled here: a good listed for one country has a single <Country> element, which an XML parser
 * reads as an object rather than an array; names are NFC-normalised (the file writes "Açaí" decomposed);
 * goods overlap by design ("Bricks" and "Bricks (clay)" are separate goods); ILAB's regions are its own
 * (Russia is under "Indo-Pacific") and never decide the country code; <Derived_Country> is "No" or the name of
 * the country the listed input comes from.
 */
import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { countryCodeForName } from './country-aliases.js';
import { ILAB_GOODS_FILE } from './paths.js';

export interface IlabEntry {
  good: string;
  /** ILAB sector: Agriculture, Manufacturing, Mining or Other. */
  sector: string;
  countryCode: string;
  /** The name as ILAB writes it, e.g. 'Burma'. */
  countryName: string;
  childLabor: boolean;
  forcedLabor: boolean;
  forcedChildLabor: boolean;
  /** Produced with inputs that are on the list (e.g. goods made with cotton). */
  derivedLaborExploitation: boolean;
  /** True when <Derived_Country> names a country (the source of the listed input). */
  derivedCountry: boolean;
  /** Code of the country named by <Derived_Country>, or null for "No". */
  derivedCountryCode: string | null;
  /** ILAB's own region, e.g. 'Indo-Pacific'; not a UN M49 region. */
  ilabRegion: string;
}

interface RawCountry {
  Country_Name?: string;
  Country_Region?: string;
  Child_Labor?: string;
  Forced_Labor?: string;
  Forced_Child_Labor?: string;
  Derived_Labor_Exploitation?: string;
  Derived_Country?: string;
}

interface RawGood {
  Good_Name?: string;
  Good_Sector?: string;
  Countries?: { Country?: RawCountry | RawCountry[] } | '';
}

/** One element or many: XML has no arrays, so a lone child arrives as an object. */
function asArray<T>(value: T | T[] | undefined | null | ''): T[] {
  if (value === undefined || value === null || value === '') return [];
  return Array.isArray(value) ? value : [value];
}

function yesNo(value: string | undefined, where: string): boolean {
  if (value === 'Yes') return true;
  if (value === 'No') return false;
  throw new Error(`${where}: expected Yes or No, got ${JSON.stringify(value)}`);
}

function text(value: string | undefined, where: string): string {
  const out = String(value ?? '').trim().normalize('NFC');
  if (!out) throw new Error(`${where}: is blank`);
  return out;
}

export function loadIlabGoods(file: string = ILAB_GOODS_FILE): IlabEntry[] {
  const parser = new XMLParser({ parseTagValue: false, trimValues: true, ignoreAttributes: true });
  const doc = parser.parse(readFileSync(file, 'utf8')) as { Goods?: { Good?: RawGood | RawGood[] } };
  if (!doc.Goods) throw new Error(`${file}: no <Goods> root element`);
  const entries: IlabEntry[] = [];
  asArray(doc.Goods.Good).forEach((rawGood, g) => {
    const at = `${file}: Good[${g}]`;
    const good = text(rawGood.Good_Name, `${at} Good_Name`);
    const sector = text(rawGood.Good_Sector, `${at} Good_Sector`);
    const countries =
      rawGood.Countries === '' || rawGood.Countries === undefined ? [] : asArray(rawGood.Countries.Country);
    countries.forEach((raw, c) => {
      const where = `${at} (${good}) Country[${c}]`;
      const countryName = text(raw.Country_Name, `${where} Country_Name`);
      const derived = text(raw.Derived_Country, `${where} Derived_Country`);
      entries.push({
        good,
        sector,
        countryCode: countryCodeForName(countryName),
        countryName,
        childLabor: yesNo(raw.Child_Labor, `${where} Child_Labor`),
        forcedLabor: yesNo(raw.Forced_Labor, `${where} Forced_Labor`),
        forcedChildLabor: yesNo(raw.Forced_Child_Labor, `${where} Forced_Child_Labor`),
        derivedLaborExploitation: yesNo(raw.Derived_Labor_Exploitation, `${where} Derived_Labor_Exploitation`),
        derivedCountry: derived !== 'No',
        derivedCountryCode: derived === 'No' ? null : countryCodeForName(derived),
        ilabRegion: text(raw.Country_Region, `${where} Country_Region`),
      });
    });
  });
  return entries;
}
