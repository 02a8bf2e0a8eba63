/**
 * Supplier facilities: name, address, country, sector, ILAB goods, workforce, migrant share, tier, and a
 * match key from the audits subgraph's own `matchKey` (so a demo supplier is found again when a partner
 * submits it by name). Also returns each supplier's hidden profile, which drives its audit history.
 */
import { matchKey } from '../subgraphs/audits/matching.js';
import { addDays, timestampOn } from './dates.js';
import { ILO_INDICATORS, type IloIndicator } from '../lib/domain/audit-vocabulary.js';
import { INDICATOR_PROFILE } from './finding-texts.js';
import type { Random } from './random.js';
import { REGION, regionCountry } from './region.js';
import type { SupplierRow } from './rows.js';
import {
  SECTOR_EXPOSURE,
  SECTOR_GOODS,
  SECTOR_NAME_WORDS,
  SECTOR_WEIGHTS,
  SECTOR_WORKERS,
  type DemoSector,
} from './sectors.js';

export interface SupplierProfile {
  supplierId: string;
  sector: DemoSector;
  registeredOn: string;
  /** 0..1: how likely and how grave findings are here. */
  propensity: number;
  /** Indicators that recur at this facility until fixed (repeat findings). */
  chronic: IloIndicator[];
}

const FIRST_REGISTRATION = '2018-01-01';

const MIGRANT_HEAVY: ReadonlySet<DemoSector> = new Set([
  'FISHING',
  'SEAFOOD_PROCESSING',
  'AGRICULTURE',
  'CONSTRUCTION',
  'ELECTRONICS',
]);

function pickGoods(rng: Random, sector: DemoSector): string[] {
  const first = rng.weighted(SECTOR_GOODS[sector]);
  if (!rng.chance(0.35)) return [first];
  const second = rng.weighted(SECTOR_GOODS[sector].filter(([g]) => g !== first));
  return [first, second];
}

function facilityName(rng: Random, code: string, sector: DemoSector): string {
  const c = regionCountry(code);
  const [a, b] = rng.sample(c.nameWords, 2) as [string, string];
  const core = rng.chance(0.5)
    ? `${a} ${rng.pick(SECTOR_NAME_WORDS[sector])}`
    : `${a} ${b} ${rng.pick(SECTOR_NAME_WORDS[sector])}`;
  return rng.pick(c.legalForms).replace('{n}', core);
}

function facilityAddress(rng: Random, code: string): string {
  const c = regionCountry(code);
  const street = rng.pick(c.streets);
  const number = rng.int(1, 480);
  const unit = code === 'TH' ? `${number}/${rng.int(1, 40)}` : String(number);
  return code === 'ID' ? `${street} No. ${unit}, ${rng.pick(c.cities)}` : `${unit} ${street}, ${rng.pick(c.cities)}`;
}

function migrantShare(rng: Random, destination: boolean, sector: DemoSector): number | null {
  if (rng.chance(0.05)) return null;
  const share = destination
    ? MIGRANT_HEAVY.has(sector)
      ? rng.float(0.3, 0.92)
      : rng.float(0.05, 0.5)
    : rng.float(0, 0.18);
  return Math.round(share * 100) / 100;
}

/** Early registrations are likelier, so most suppliers have several years of audits. */
function registrationDate(rng: Random): string {
  const span = 2737; // days from FIRST_REGISTRATION to LAST_REGISTRATION
  return addDays(FIRST_REGISTRATION, Math.floor(span * rng.next() ** 1.6));
}

function chronicIndicators(rng: Random, propensity: number, sector: DemoSector, share: number): IloIndicator[] {
  const weights = ILO_INDICATORS.map((i): [IloIndicator, number] => {
    let w = INDICATOR_PROFILE[i].frequency;
    if (
      sector === 'FISHING' &&
      (i === 'ISOLATION' || i === 'PHYSICAL_AND_SEXUAL_VIOLENCE' || i === 'RESTRICTION_OF_MOVEMENT')
    )
      w *= 3;
    if (share >= 0.3 && (i === 'RETENTION_OF_IDENTITY_DOCUMENTS' || i === 'DEBT_BONDAGE' || i === 'DECEPTION')) w *= 2;
    return [i, w];
  });
  const count = Math.min(4, rng.poisson(0.4 + 2.4 * propensity));
  const out: IloIndicator[] = [];
  while (out.length < count) {
    const next = rng.weighted(weights.filter(([i]) => !out.includes(i)));
    out.push(next);
  }
  return out;
}

export function generateSuppliers(rng: Random, count: number): { rows: SupplierRow[]; profiles: SupplierProfile[] } {
  const rows: SupplierRow[] = [];
  const profiles: SupplierProfile[] = [];
  const keys = new Set<string>();
  const countryWeights = REGION.map((c): [string, number] => [c.code, c.supplierWeight]);
  for (let i = 1; i <= count; i++) {
    const code = rng.weighted(countryWeights);
    const sector = rng.weighted(Object.entries(SECTOR_WEIGHTS[code]!) as [DemoSector, number][]);
    let name = facilityName(rng, code, sector);
    let address = facilityAddress(rng, code);
    // Two generated facilities must never be "the same place" to the matcher: draw again on a clash.
    while (keys.has(matchKey(name, address, code))) {
      name = facilityName(rng, code, sector);
      address = facilityAddress(rng, code);
    }
    const key = matchKey(name, address, code);
    keys.add(key);
    const share = migrantShare(rng, regionCountry(code).migrantDestination, sector);
    const registeredOn = registrationDate(rng);
    const createdAt = timestampOn(registeredOn, rng.int(7 * 3600, 18 * 3600));
    const propensity = Math.min(
      1,
      Math.max(0.02, SECTOR_EXPOSURE[sector] * (0.55 + 0.6 * (share ?? 0.2)) * rng.logNormal(0.8, 0.55)),
    );
    const supplierId = `sup-${String(i).padStart(4, '0')}`;
    rows.push({
      supplier_id: supplierId,
      name,
      address,
      country_code: code,
      sector,
      goods: pickGoods(rng, sector),
      worker_count: rng.chance(0.04) ? null : Math.max(12, Math.round(rng.logNormal(SECTOR_WORKERS[sector], 0.6))),
      migrant_worker_share: share,
      tier: rng.chance(0.05)
        ? null
        : rng.weighted([
            [1, 5],
            [2, 3],
            [3, 1.5],
          ]),
      match_key: key,
      created_at: createdAt,
      updated_at: createdAt,
    });
    profiles.push({
      supplierId,
      sector,
      registeredOn,
      propensity,
      chronic: chronicIndicators(rng, propensity, sector, share ?? 0),
    });
  }
  return { rows, profiles };
}
