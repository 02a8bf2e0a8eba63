/** `--profile`: our gateway child runs under `node --cpu-prof`; after the run its profile is summarised here. */
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { summarizeProfile } from './cpu-profile.js';

export function profileFlags(dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  return ['--cpu-prof', `--cpu-prof-dir=${dir}`];
}

/** Prints self time by package and by function; call after the profiled child has exited. */
export function printProfile(dir: string): void {
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no .cpuprofile in ${dir}: did the profiled child exit cleanly?`);
  const summary = summarizeProfile(join(dir, file));
  console.log(
    `\nour gateway's CPU profile (${join(dir, file)}); idle ${(summary.idle * 100).toFixed(1)} % of the time`,
  );
  console.log('self time by package (share of busy time):');
  for (const p of summary.packages) console.log(`  ${(p.share * 100).toFixed(1).padStart(5)} %  ${p.name}`);
  console.log('self time by function:');
  for (const f of summary.functions) console.log(`  ${(f.share * 100).toFixed(1).padStart(5)} %  ${f.name}`);
}
