/** Where the checked-in reference data lives, resolved from this file so it works from any working directory. */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute path of `<repo>/reference`. */
export const REFERENCE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../reference');

export const ISO_COUNTRIES_FILE = join(REFERENCE_DIR, 'iso-3166.csv');
export const GSI_FILE = join(REFERENCE_DIR, 'gsi-2023.csv');
export const ILAB_GOODS_FILE = join(REFERENCE_DIR, 'ilab-goods-2021.xml');
