/** `bench-scale.json` beside the stores says what was generated, so benches reuse data and appends continue it. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ScaleSize } from './options.js';

/** Bumped whenever the generator writes different rows for the same size and seed; older caches are rebuilt. */
export const GENERATOR_VERSION = 1;

export interface ScaleManifest extends ScaleSize {
  generatorVersion: number;
  /** Audits written by later appends (indices audits .. audits + appendedAudits - 1). */
  appendedAudits: number;
  generatedAt: string;
  counts: Record<string, number>;
}

export const MANIFEST_FILE = 'bench-scale.json';

export function readManifest(dataDir: string): ScaleManifest | null {
  const file = join(dataDir, MANIFEST_FILE);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as ScaleManifest) : null;
}

export function writeManifest(dataDir: string, manifest: ScaleManifest): void {
  writeFileSync(join(dataDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
}

export function sameSize(manifest: ScaleManifest | null, size: ScaleSize): boolean {
  return (
    manifest !== null &&
    manifest.generatorVersion === GENERATOR_VERSION &&
    manifest.appendedAudits === 0 &&
    manifest.suppliers === size.suppliers &&
    manifest.audits === size.audits &&
    manifest.findingsPerAudit === size.findingsPerAudit &&
    manifest.seed === size.seed
  );
}
