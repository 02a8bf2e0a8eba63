/**
 * Which feeds a caller may read in full (metadata and per-revision values). Analysts: all. Agencies: their
 * own country's feeds (they read other countries' latest values through latestIndicatorValues, suppressed).
 * Policy officers and partners never reach this: field rules stop them first (access.ts).
 */
import { forbidden } from '../../../lib/errors.js';
import type { Identity } from '../../../lib/identity.js';

/** The country filter to apply: null means every country. */
export function feedCountryScope(identity: Identity, requested: string | null | undefined): string | null {
  if (identity.role === 'ANALYST') return requested ?? null;
  if (identity.role === 'AGENCY' && identity.countryCode) {
    if (requested != null && requested !== identity.countryCode) {
      throw forbidden(
        `An agency reads feed details for its own country (${identity.countryCode}) only; ` +
          `use latestIndicatorValues for ${requested}`,
      );
    }
    return identity.countryCode;
  }
  throw forbidden('Indicator feed details are for agencies and analysts');
}
