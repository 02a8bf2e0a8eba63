/** Generated data sets are reused across benches: generating 10M findings takes most of a minute. */
import { generateScale } from './generate.js';
import { readManifest, sameSize } from './manifest.js';
import type { ScaleSize } from './options.js';

/**
 * Makes sure `dataDir` holds exactly `size` (by its manifest), generating it when not. Benches must not write
 * into it (copy the files first) or the next bench reads changed data.
 */
export async function ensureScaleData(
  dataDir: string,
  size: ScaleSize,
  log: (line: string) => void = console.log,
): Promise<void> {
  if (sameSize(readManifest(dataDir), size)) return;
  log(`Generating bench data into ${dataDir} …`);
  const result = await generateScale({ ...size, dataDir, force: true, log });
  log(`  generated in ${result.seconds.toFixed(1)} s`);
}
