/**
 * Facility matching (DESIGN §2): two submissions name the same facility when their normalised name, address
 * and country agree. Normalising removes what auditors write differently for one place: case, punctuation,
 * diacritics, spacing, dotted initials ("P.T." = "PT") and company-form words wherever they stand, so
 * "PT. Ungaran Indah Busana" and "Ungaran Indah Busana PT" are one supplier. The demo-data generator imports
 * `matchKey`, so its signature is a contract.
 */

/** Company-form words ignored in names, in any position (lower case, after punctuation is removed). */
const COMPANY_FORMS = new Set([
  'pt',
  'tbk',
  'persero',
  'ltd',
  'limited',
  'co',
  'company',
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'sdn',
  'bhd',
  'berhad',
  'pte',
  'pty',
  'llc',
  'llp',
  'lp',
  'jsc',
  'ojsc',
  'cjsc',
  'tnhh',
  'mtv',
  'cty',
  'pvt',
  'private',
  'plc',
  'gmbh',
  'ag',
  'kg',
  'sa',
  'sas',
  'sarl',
  'srl',
  'spa',
  'bv',
  'nv',
  'cv',
  'ab',
  'oy',
  'kk',
  'ooo',
  'zao',
  'oao',
  'sl',
  'sau',
]);

/** Multi-word company forms ("Công ty", "Perseroan Terbatas"), removed before single words. */
const COMPANY_PHRASES: readonly (readonly string[])[] = [
  ['cong', 'ty'],
  ['perseroan', 'terbatas'],
  ['s', 'de', 'rl', 'de', 'cv'],
  ['de', 'rl', 'de', 'cv'],
  ['de', 'cv'],
];

/** Letters NFKD does not decompose into a base letter plus marks. */
const FOLDS: Readonly<Record<string, string>> = {
  ß: 'ss',
  đ: 'd',
  ð: 'd',
  ø: 'o',
  ł: 'l',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  þ: 'th',
};

/** Common street words spelled out or abbreviated; both become the short form. */
const ADDRESS_WORDS: Readonly<Record<string, string>> = {
  street: 'st',
  road: 'rd',
  avenue: 'ave',
  boulevard: 'blvd',
  jalan: 'jl',
  building: 'bldg',
  number: 'no',
  district: 'dist',
};

/** Lower-case ASCII-folded words: diacritics stripped, punctuation as spaces, dotted initials joined. */
function normaliseWords(text: string): string[] {
  const folded = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßđðøłæœıþ]/g, (c) => FOLDS[c] ?? c)
    .replace(/&/g, ' and ');
  const words = folded.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
  return joinInitials(words);
}

/** "p t" → "pt", "s a" → "sa": runs of single letters are one initialism however they were dotted. */
function joinInitials(words: string[]): string[] {
  const out: string[] = [];
  let run = '';
  for (const word of words) {
    if (word.length === 1 && /\p{L}/u.test(word)) {
      run += word;
      continue;
    }
    if (run) out.push(run);
    run = '';
    out.push(word);
  }
  if (run) out.push(run);
  return out;
}

function removePhrases(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length;) {
    const phrase = COMPANY_PHRASES.find((p) => p.every((w, j) => words[i + j] === w));
    if (phrase) {
      i += phrase.length;
      continue;
    }
    out.push(words[i]!);
    i++;
  }
  return out;
}

/** The facility name without company forms; a name made only of company forms is kept whole. */
export function normaliseName(name: string): string {
  const words = normaliseWords(name);
  const core = removePhrases(words).filter((w) => !COMPANY_FORMS.has(w));
  return (core.length > 0 ? core : words).join(' ');
}

function normaliseAddress(address: string): string {
  return normaliseWords(address)
    .map((w) => ADDRESS_WORDS[w] ?? w)
    .join(' ');
}

/** The key two submissions share exactly when they name the same facility. */
export function matchKey(name: string, address: string, countryCode: string): string {
  return `${normaliseName(name)}|${normaliseAddress(address)}|${countryCode.trim().toUpperCase()}`;
}
