/** Where benches keep data: under the repo's git-ignored .tmp/, so nothing ever lands in data/ of a running stack. */
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const REPO_DIR = resolve(import.meta.dirname, '../..');
const BENCH_TMP = join(REPO_DIR, '.tmp', 'bench');

/** Cached generated data sets, one folder per scale; reused while their manifest matches. */
export function scaleDataDir(scale: 'quick' | 'full'): string {
  return join(REPO_DIR, '.tmp', 'bench-data', scale);
}

/** An empty scratch folder for one bench; removed and recreated on each call. */
export function freshScratchDir(name: string): string {
  const dir = join(BENCH_TMP, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}
