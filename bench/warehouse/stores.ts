/**
 * The generated stores the warehouse bench runs on, by audit count: 10k suppliers, 10 findings per audit, seed
 * 42, cached under .tmp/bench-data/ (the 1M store is the one every full-scale bench shares).
 */
import { join } from 'node:path';
import { REPO_DIR, scaleDataDir } from '../lib/paths.js';
import { FULL_SCALE, type ScaleSize } from '../scale/options.js';

export function storeOf(audits: number): { size: ScaleSize; cache: string } {
  const size: ScaleSize = { ...FULL_SCALE, audits };
  if (audits === FULL_SCALE.audits) return { size, cache: scaleDataDir('full') };
  // 100k was the quick warehouse bench's own cache before there were more sizes.
  const name = audits === 100_000 ? 'warehouse-quick' : `warehouse-${audits}`;
  return { size, cache: join(REPO_DIR, '.tmp', 'bench-data', name) };
}

/** "300k", "1M", "3.5M": an audit count as the bench's rows name it. */
export function shortCount(n: number): string {
  if (n >= 1_000_000) return `${Number((n / 1_000_000).toFixed(2))}M`;
  if (n >= 1_000) return `${Number((n / 1_000).toFixed(1))}k`;
  return String(n);
}
