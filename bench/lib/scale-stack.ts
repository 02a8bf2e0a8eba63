/**
 * The running stack a bench measures: over the demo data set (quick), or over a copy of the 1M-audit bench
 * store (--full; bench/scale, FULL_SCALE, generated once into .tmp/bench-data/full), after the warehouse's
 * first build of it has been published. Every service is a process of its own, as under `npm start`.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { startSeededStack, waitForWarehouseBuild } from '../../tests/helpers/seeded-stack.js';
import { startTestStack, type TestStack } from '../../tests/helpers/stack.js';
import { ensureScaleData } from '../scale/ensure.js';
import { STORE_FILES } from '../scale/generate.js';
import { describeScale, FULL_SCALE } from '../scale/options.js';
import { fmtNumber } from './format.js';
import { scaleDataDir } from './paths.js';

export async function startScaleStack(
  full: boolean,
  options: { syncIntervalSeconds: number },
): Promise<{ stack: TestStack; scaleNote: string }> {
  if (!full) {
    const stack = await startSeededStack({ syncIntervalSeconds: options.syncIntervalSeconds });
    const seeded = stack.seeded;
    return {
      stack,
      scaleNote:
        `demo data set, seed 42 (${fmtNumber(seeded.suppliers ?? 0)} suppliers, ` +
        `${fmtNumber(seeded.audits ?? 0)} audits, ` +
        `${fmtNumber(seeded.findings ?? 0)} findings, ${fmtNumber(seeded.indicator_values ?? 0)} indicator values, ` +
        `${fmtNumber(seeded.campaign_metrics ?? 0)} campaign metric rows)`,
    };
  }
  const source = scaleDataDir('full');
  await ensureScaleData(source, FULL_SCALE);
  const stack = await startTestStack({
    syncIntervalSeconds: options.syncIntervalSeconds,
    before: async (dataDir) => {
      for (const file of STORE_FILES) copyFileSync(join(source, file), join(dataDir, file));
    },
  });
  try {
    // The first full build of 1M audits takes about a minute on this machine (docs/benchmarks.md, warehouse).
    await waitForWarehouseBuild(stack, 15 * 60_000);
  } catch (error) {
    await stack.close();
    throw error;
  }
  return {
    stack,
    scaleNote: `1M-audit bench store (${describeScale(FULL_SCALE)}, bench/scale), copied; one warehouse build`,
  };
}
