/**
 * Country names → ISO 3166-1 alpha-2. A name matches an ISO name from reference/iso-3166.csv, or an entry of the
 * explicit alias table below; anything else throws, so a new spelling in a source fails the load instead of
 * silently dropping a country. Matching ignores case, diacritics, apostrophe style and repeated spaces
 * ("Cote d'Ivoire" = "Côte d'Ivoire").
 *
 * The table holds every name in gsi-2023.csv and ilab-goods-2021.xml that differs from its ISO name (the
 * reference tests run every name of both files through `countryCodeForName`), plus common variants.
 *
 * Kosovo: not in ISO 3166-1. We map it to XK, the user-assigned code the European Commission, IMF and SWIFT
 * use, so the Slavery Index row is kept rather than dropped. XK is NOT an ISO code (`isIsoCountryCode('XK')`
 * is false) and is not in the agency's `countries` table: nothing can reference it until the project decides
 * to register it as a country.
 */
import { loadIsoCountries } from './iso.js';

/** The user-assigned code used for Kosovo (see above). */
export const KOSOVO_CODE = 'XK';

export const COUNTRY_ALIASES: Readonly<Record<string, string>> = {
  // Slavery Index 2023 spellings
  Bolivia: 'BO',
  'Cape Verde': 'CV',
  'Democratic Republic of the Congo': 'CD',
  'Republic of the Congo': 'CG',
  Iran: 'IR',
  Kosovo: KOSOVO_CODE,
  'Lao PDR': 'LA',
  Moldova: 'MD',
  Netherlands: 'NL',
  'North Korea': 'KP',
  'South Korea': 'KR',
  Russia: 'RU',
  Syria: 'SY',
  Taiwan: 'TW',
  Tanzania: 'TZ',
  'United Kingdom': 'GB',
  Venezuela: 'VE',
  // The published gsi-2023.csv carries U+FFFD where ô and ü were (the file was re-encoded once): match it as written.
  "C\uFFFDte d'Ivoire": 'CI',
  'T\uFFFDrkiye': 'TR',
  // ILAB 2021 spellings
  Burma: 'MM',
  'Kyrgyz Republic': 'KG',
  'Turkey (Türkiye)': 'TR',
  Vietnam: 'VN',
  // Common variants of the same countries
  'Viet Nam': 'VN',
  'Korea, North': 'KP',
  'Korea, South': 'KR',
  "Korea (Democratic People's Republic of)": 'KP',
  'Korea (Republic of)': 'KR',
  'Republic of Korea': 'KR',
  "Democratic People's Republic of Korea": 'KP',
  'Russian Federation': 'RU',
  'Iran (Islamic Republic of)': 'IR',
  'Syrian Arab Republic': 'SY',
  Laos: 'LA',
  'Bolivia (Plurinational State of)': 'BO',
  'Venezuela (Bolivarian Republic of)': 'VE',
  'United Republic of Tanzania': 'TZ',
  'Congo (Kinshasa)': 'CD',
  'Congo (Brazzaville)': 'CG',
  'DR Congo': 'CD',
  'Republic of Congo': 'CG',
  'Congo, Republic of the': 'CG',
  'Ivory Coast': 'CI',
  'Republic of Moldova': 'MD',
  Turkey: 'TR',
  'Taiwan (China)': 'TW',
  Palestine: 'PS',
  'State of Palestine': 'PS',
  'Palestinian Territories': 'PS',
  'Czech Republic': 'CZ',
  Swaziland: 'SZ',
  Macedonia: 'MK',
  'East Timor': 'TL',
  Brunei: 'BN',
  Micronesia: 'FM',
  'The Gambia': 'GM',
  'The Bahamas': 'BS',
  'United States': 'US',
  USA: 'US',
  UK: 'GB',
  'Vatican City': 'VA',
};

/** Case-, diacritic-, apostrophe- and space-insensitive key. */
function countryNameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u02BC`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

let index: ReadonlyMap<string, string> | null = null;

function buildIndex(): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const country of loadIsoCountries()) map.set(countryNameKey(country.name), country.code);
  for (const [alias, code] of Object.entries(COUNTRY_ALIASES)) {
    const key = countryNameKey(alias);
    const existing = map.get(key);
    if (existing !== undefined && existing !== code) {
      throw new Error(`country alias "${alias}" → ${code} contradicts ISO name → ${existing}`);
    }
    map.set(key, code);
  }
  return map;
}

/** ISO alpha-2 (or XK for Kosovo) for a country name as a source writes it; throws on a name that maps to nothing. */
export function countryCodeForName(name: string): string {
  index ??= buildIndex();
  const code = index.get(countryNameKey(name));
  if (code === undefined) {
    throw new Error(
      `No country code for the name "${name}": add it to COUNTRY_ALIASES in lib/reference/country-aliases.ts`,
    );
  }
  return code;
}
