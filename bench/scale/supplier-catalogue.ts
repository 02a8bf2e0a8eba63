/** Word lists for generated suppliers: sourcing countries with weights and cities, sectors, ILAB good names. */
import type { Sector } from '../../lib/domain/sectors.js';

export interface SourcingCountry {
  code: string;
  weight: number;
  cities: readonly string[];
  /** How the local company form is written, e.g. "{name} Co., Ltd.". */
  form: string;
}

/** Weighted towards South-East Asia (the agency feeds' region) and the other large sourcing countries. */
export const SOURCING_COUNTRIES: readonly SourcingCountry[] = [
  { code: 'TH', weight: 12, cities: ['Samut Sakhon', 'Bangkok', 'Chon Buri', 'Songkhla'], form: '{name} Co., Ltd.' },
  {
    code: 'VN',
    weight: 10,
    cities: ['Ho Chi Minh City', 'Hai Phong', 'Binh Duong', 'Đà Nẵng'],
    form: 'Công ty TNHH {name}',
  },
  { code: 'MY', weight: 8, cities: ['Penang', 'Klang', 'Johor Bahru', 'Shah Alam'], form: '{name} Sdn. Bhd.' },
  { code: 'ID', weight: 8, cities: ['Jakarta', 'Surabaya', 'Medan', 'Semarang'], form: 'PT. {name}' },
  { code: 'PH', weight: 5, cities: ['Manila', 'Cebu', 'General Santos'], form: '{name} Inc.' },
  { code: 'KH', weight: 5, cities: ['Phnom Penh', 'Sihanoukville'], form: '{name} Co., Ltd.' },
  { code: 'MM', weight: 4, cities: ['Yangon', 'Mandalay'], form: '{name} Co., Ltd.' },
  { code: 'LA', weight: 2, cities: ['Vientiane', 'Savannakhet'], form: '{name} Co., Ltd.' },
  { code: 'SG', weight: 1, cities: ['Singapore'], form: '{name} Pte. Ltd.' },
  { code: 'BN', weight: 1, cities: ['Bandar Seri Begawan'], form: '{name} Sdn. Bhd.' },
  { code: 'TL', weight: 1, cities: ['Dili'], form: '{name} Lda.' },
  { code: 'BD', weight: 8, cities: ['Dhaka', 'Chattogram', 'Gazipur'], form: '{name} Ltd.' },
  { code: 'IN', weight: 8, cities: ['Tiruppur', 'Bengaluru', 'Chennai', 'Surat'], form: '{name} Pvt. Ltd.' },
  { code: 'CN', weight: 10, cities: ['Shenzhen', 'Dongguan', 'Ningbo', 'Xiamen'], form: '{name} Co., Ltd.' },
  { code: 'PK', weight: 3, cities: ['Karachi', 'Sialkot', 'Lahore'], form: '{name} (Pvt.) Ltd.' },
  { code: 'TR', weight: 3, cities: ['Istanbul', 'İzmir', 'Bursa'], form: '{name} A.Ş.' },
  { code: 'MX', weight: 2, cities: ['Monterrey', 'Puebla'], form: '{name} S.A. de C.V.' },
  { code: 'BR', weight: 2, cities: ['São Paulo', 'Belém'], form: '{name} Ltda.' },
  { code: 'ET', weight: 1, cities: ['Addis Ababa', 'Hawassa'], form: '{name} PLC' },
  { code: 'GH', weight: 1, cities: ['Kumasi', 'Accra'], form: '{name} Ltd.' },
  { code: 'TW', weight: 2, cities: ['Kaohsiung', 'Taichung'], form: '{name} Co., Ltd.' },
  { code: 'LK', weight: 1, cities: ['Colombo'], form: '{name} (Pvt) Ltd.' },
];

export const SECTOR_WEIGHTS: readonly (readonly [Sector, number])[] = [
  ['GARMENTS', 20],
  ['ELECTRONICS', 12],
  ['MANUFACTURING', 14],
  ['AGRICULTURE', 14],
  ['SEAFOOD_PROCESSING', 8],
  ['FISHING', 5],
  ['CONSTRUCTION', 6],
  ['MINING', 4],
  ['HOSPITALITY', 5],
  ['LOGISTICS', 6],
  ['DOMESTIC_WORK', 2],
  ['OTHER', 4],
];

/** Points from DESIGN §3 (sector 1–4), used only to skew generated findings towards riskier sectors. */
export const SECTOR_RISK: Readonly<Record<Sector, number>> = {
  FISHING: 4,
  SEAFOOD_PROCESSING: 4,
  DOMESTIC_WORK: 4,
  AGRICULTURE: 3,
  CONSTRUCTION: 3,
  MINING: 3,
  GARMENTS: 3,
  ELECTRONICS: 2,
  MANUFACTURING: 2,
  HOSPITALITY: 2,
  LOGISTICS: 2,
  OTHER: 1,
};

/** Good names exactly as on the ILAB 2021 list, per sector. */
export const SECTOR_GOODS: Readonly<Record<Sector, readonly string[]>> = {
  FISHING: ['Fish', 'Shrimp', 'Dried Fish'],
  SEAFOOD_PROCESSING: ['Shrimp', 'Fish', 'Dried Fish'],
  DOMESTIC_WORK: [],
  AGRICULTURE: ['Palm Fruit', 'Rubber', 'Sugarcane', 'Rice', 'Coffee', 'Tea', 'Cotton', 'Tobacco'],
  CONSTRUCTION: ['Bricks', 'Stones', 'Timber'],
  MINING: ['Gold', 'Coal', 'Tin'],
  GARMENTS: ['Garments', 'Textiles', 'Footwear', 'Carpets'],
  ELECTRONICS: ['Electronics'],
  MANUFACTURING: ['Rubber Gloves', 'Toys', 'Footwear', 'Bricks'],
  HOSPITALITY: [],
  LOGISTICS: [],
  OTHER: ['Toys'],
};

export const NAME_FIRST = [
  'Golden',
  'Eastern',
  'Pacific',
  'Royal',
  'Green',
  'Silver',
  'Lotus',
  'Harbour',
  'Summit',
  'Star',
  'Delta',
  'Jade',
  'Ocean',
  'Sunrise',
  'Phoenix',
  'Crown',
];
export const NAME_SECOND = [
  'River',
  'Bay',
  'Valley',
  'Bridge',
  'Union',
  'Horizon',
  'Dragon',
  'Pearl',
  'Orchid',
  'Coast',
  'Mountain',
  'Garden',
];
export const SECTOR_WORD: Readonly<Record<Sector, string>> = {
  FISHING: 'Fishing',
  SEAFOOD_PROCESSING: 'Seafood',
  DOMESTIC_WORK: 'Household Services',
  AGRICULTURE: 'Plantation',
  CONSTRUCTION: 'Construction',
  MINING: 'Mining',
  GARMENTS: 'Garment',
  ELECTRONICS: 'Electronics',
  MANUFACTURING: 'Industries',
  HOSPITALITY: 'Hospitality',
  LOGISTICS: 'Logistics',
  OTHER: 'Trading',
};
export const STREETS = [
  'Industrial',
  'Harbour',
  'Export Zone',
  'Riverside',
  'Station',
  'Highway 4',
  'Market',
  'Free Trade Zone',
];
