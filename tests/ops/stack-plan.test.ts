/** The launcher's plan: the warehouse runs at a lower CPU priority unless told otherwise; a bad value is refused. */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { planServices } from '../../scripts/stack.js';
import { makeTempDir } from '../helpers/tmp.js';

const tmp = makeTempDir('tidemark-stack-plan-');
const plan = () => planServices({ dataDir: tmp.dir, ports: 'free' });
const warehouseOf = async () => (await plan()).find((s) => s.name === 'warehouse')!;

afterAll(() => tmp.remove());
afterEach(() => {
  delete process.env.WAREHOUSE_NICENESS;
});

describe('stack plan: the warehouse niceness', () => {
  it('runs the warehouse niced by 10 by default and only the warehouse', async () => {
    const specs = await plan();
    expect(specs.find((s) => s.name === 'warehouse')!.niceness).toBe(10);
    expect(specs.filter((s) => s.niceness).map((s) => s.name)).toEqual(['warehouse']);
  });

  it('takes WAREHOUSE_NICENESS, 0 turning it off', async () => {
    process.env.WAREHOUSE_NICENESS = '0';
    expect((await warehouseOf()).niceness).toBe(0);
    process.env.WAREHOUSE_NICENESS = '15';
    expect((await warehouseOf()).niceness).toBe(15);
  });

  it('refuses a value that is not an integer from 0 to 19, naming it', async () => {
    for (const bad of ['abc', '-1', '20', '2.5']) {
      process.env.WAREHOUSE_NICENESS = bad;
      await expect(plan()).rejects.toThrow(`WAREHOUSE_NICENESS must be an integer from 0 to 19, got "${bad}"`);
    }
  });
});
