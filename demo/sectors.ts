/**
 * The demo's six sectors (palm oil is AGRICULTURE in the Sector enum), how common each is per country, and the
 * goods each produces, named exactly as on the ILAB 2021 list (reference/ilab-goods-2021.xml). Goods are picked
 * so some suppliers produce a good ILAB lists with forced labour for their country (e.g. Fish in Thailand,
 * Electronics in Malaysia) and most do not.
 */

import type { Sector } from '../lib/domain/sectors.js';

const DEMO_SECTORS = [
  'FISHING',
  'SEAFOOD_PROCESSING',
  'GARMENTS',
  'AGRICULTURE',
  'ELECTRONICS',
  'CONSTRUCTION',
] as const satisfies readonly Sector[];
export type DemoSector = (typeof DEMO_SECTORS)[number];

/** Relative sector weights per country; a missing sector does not occur there. */
export const SECTOR_WEIGHTS: Readonly<Record<string, Partial<Record<DemoSector, number>>>> = {
  AU: { FISHING: 2, SEAFOOD_PROCESSING: 2, CONSTRUCTION: 3, AGRICULTURE: 1, ELECTRONICS: 1 },
  FJ: { FISHING: 4, SEAFOOD_PROCESSING: 3, CONSTRUCTION: 2, GARMENTS: 1 },
  ID: { FISHING: 3, SEAFOOD_PROCESSING: 2, GARMENTS: 2, ELECTRONICS: 1, CONSTRUCTION: 1, AGRICULTURE: 4 },
  MY: { FISHING: 1, SEAFOOD_PROCESSING: 1, GARMENTS: 1, ELECTRONICS: 4, CONSTRUCTION: 2, AGRICULTURE: 4 },
  NZ: { FISHING: 3, SEAFOOD_PROCESSING: 3, CONSTRUCTION: 2 },
  TH: { FISHING: 3, SEAFOOD_PROCESSING: 4, GARMENTS: 2, ELECTRONICS: 2, CONSTRUCTION: 2, AGRICULTURE: 1 },
  VN: { FISHING: 2, SEAFOOD_PROCESSING: 3, GARMENTS: 4, ELECTRONICS: 3, CONSTRUCTION: 2 },
  LK: { FISHING: 2, SEAFOOD_PROCESSING: 2, GARMENTS: 5, CONSTRUCTION: 1 },
  KH: { FISHING: 1, SEAFOOD_PROCESSING: 1, GARMENTS: 5, CONSTRUCTION: 3, AGRICULTURE: 1 },
  MM: { FISHING: 2, SEAFOOD_PROCESSING: 2, GARMENTS: 4, CONSTRUCTION: 2, AGRICULTURE: 1 },
  PH: { FISHING: 3, SEAFOOD_PROCESSING: 2, GARMENTS: 1, ELECTRONICS: 3, CONSTRUCTION: 2, AGRICULTURE: 1 },
};

/** Goods per sector with weights; names exactly as on the ILAB list. */
export const SECTOR_GOODS: Readonly<Record<DemoSector, readonly (readonly [string, number])[]>> = {
  FISHING: [
    ['Fish', 6],
    ['Shrimp', 2],
    ['Lobsters', 1],
    ['Shellfish', 1],
  ],
  SEAFOOD_PROCESSING: [
    ['Shrimp', 4],
    ['Fish', 3],
    ['Dried Fish', 2],
    ['Shellfish', 1],
  ],
  GARMENTS: [
    ['Garments', 4],
    ['Textiles', 3],
    ['Footwear', 2],
    ['Thread/Yarn', 1],
    ['Fashion Accessories', 1],
  ],
  AGRICULTURE: [
    ['Palm Fruit', 3],
    ['Crude Palm Oil', 3],
    ['Refined Palm Oil', 1],
    ['Crude Palm Kernel Oil', 1],
    ['Oleochemicals', 1],
  ],
  ELECTRONICS: [
    ['Electronics', 6],
    ['Lithium-Ion Batteries', 1],
    ['Solar Cells', 1],
  ],
  CONSTRUCTION: [
    ['Bricks', 3],
    ['Cement', 2],
    ['Sand', 1],
    ['Timber', 1],
    ['Gravel (crushed stones)', 1],
    ['Stones', 1],
  ],
};

/** Words that make a facility name sound like its trade. */
export const SECTOR_NAME_WORDS: Readonly<Record<DemoSector, readonly string[]>> = {
  FISHING: ['Fishing', 'Fisheries', 'Marine', 'Ocean Catch', 'Deep Sea Fishing'],
  SEAFOOD_PROCESSING: ['Seafood', 'Frozen Foods', 'Marine Products', 'Cold Storage', 'Seafood Processing'],
  GARMENTS: ['Garment', 'Apparel', 'Textile', 'Knitwear', 'Fashion'],
  AGRICULTURE: ['Plantations', 'Palm Oil', 'Agro', 'Oil Mill', 'Estates'],
  ELECTRONICS: ['Electronics', 'Components', 'Technology', 'Precision', 'Circuits'],
  CONSTRUCTION: ['Construction', 'Builders', 'Brickworks', 'Engineering', 'Building Materials'],
};

/** Median workforce per sector (log-normal spread around it). */
export const SECTOR_WORKERS: Readonly<Record<DemoSector, number>> = {
  FISHING: 80,
  SEAFOOD_PROCESSING: 600,
  GARMENTS: 1200,
  AGRICULTURE: 450,
  ELECTRONICS: 1800,
  CONSTRUCTION: 250,
};

/** How exposed a sector is to forced-labour practices, 0..1 (drives finding counts and severities). */
export const SECTOR_EXPOSURE: Readonly<Record<DemoSector, number>> = {
  FISHING: 0.85,
  SEAFOOD_PROCESSING: 0.7,
  GARMENTS: 0.5,
  AGRICULTURE: 0.6,
  ELECTRONICS: 0.45,
  CONSTRUCTION: 0.55,
};
