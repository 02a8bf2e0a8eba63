/**
 * Open Supply Hub facility identifiers (OS IDs), validated as Open Supply Hub itself does in
 * opensupplyhub/open-supply-hub, src/django/api/os_id.py (`make_os_id`, `checksum`, `validate_os_id`):
 *   CN 2019303 BQ3FZ P — ISO 3166-1 alpha-2 country, year and day of year of creation (7 digits), five
 *   Crockford base-32 symbols, and a check symbol: (ord(c1) + ord(c2) + Σ index of each later symbol in the
 *   Crockford alphabet) mod 32, as a Crockford symbol. Hyphens and spaces are ignored; 15 characters remain.
 * We store the compact upper-case form.
 */
import { isIsoCountryCode } from '../../lib/reference/iso.js';

/** Crockford base 32: digits and letters without I, L, O, U (the `symbols` of the base32-crockford package). */
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const SHAPE = /^[A-Z]{2}[0-9]{7}[0-9A-HJKMNP-TV-Z]{6}$/;

export function osIdCheckSymbol(withoutCheck: string): string {
  let sum = withoutCheck.charCodeAt(0) + withoutCheck.charCodeAt(1);
  for (const symbol of withoutCheck.slice(2)) sum += CROCKFORD.indexOf(symbol);
  return CROCKFORD[sum % 32]!;
}

/** The compact form of a valid OS ID, or a reason it is not one. */
export function parseOsId(raw: string): { ok: true; osId: string } | { ok: false; reason: string } {
  const id = raw.replace(/[-\s]/g, '').toUpperCase();
  if (id.length !== 15)
    return { ok: false, reason: 'must be 15 characters (hyphens and spaces aside), e.g. CN2019303BQ3FZP' };
  if (!SHAPE.test(id)) {
    return { ok: false, reason: 'must be a country code, 7 digits (year and day), then 6 Crockford base-32 symbols' };
  }
  if (!isIsoCountryCode(id.slice(0, 2)))
    return { ok: false, reason: `starts with ${id.slice(0, 2)}, which is not an ISO 3166-1 country code` };
  if (osIdCheckSymbol(id.slice(0, 14)) !== id[14])
    return { ok: false, reason: 'has a wrong check character: check for a typo' };
  return { ok: true, osId: id };
}
