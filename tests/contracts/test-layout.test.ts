/**
 * `npm run test:unit` is the fast loop, so the unit project holds only small in-process tests (vitest.config.ts):
 * a test file that starts processes (directly, or through a helper that does) is named *.e2e.test.ts and runs in
 * the e2e project; one that seeds the demo data set, builds a demo warehouse or builds warehouses in a loop
 * in-process (tens of seconds each) is named *.integration.test.ts (or *.e2e.test.ts) and runs in the integration
 * project.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const TESTS = fileURLToPath(new URL('../', import.meta.url));
const SELF = fileURLToPath(import.meta.url);
/** What starts processes: child_process itself, the stack launcher, and the helpers built on them. */
const STARTS_PROCESSES = [
  /from 'node:child_process'/,
  /\blaunchStack\(/,
  /\bstartTestStack\(/,
  /\bstartSeededStack\(/,
  /\bstartSources\(/,
  /\bsetUpIsolationWorld\(/,
  /\buseDashboardStack\(/,
];
/** What seeds the demo data set (500 suppliers and their audits), builds a warehouse over it, or builds in a loop. */
const BUILDS_WAREHOUSES = [
  /\bseedDemoData\(/,
  /\bseedDemo: true\b/,
  /\buseDemoWarehouse\(/,
  /\bbuildDemoWarehouse\(/,
  /for \(.*\) \{[^}]*\b(?:buildModels|buildFromRawRows)\(/,
];

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

function filesMatching(patterns: RegExp[], allowedSuffixes: string[]): string[] {
  return testFiles(TESTS)
    .filter((file) => file !== SELF && !allowedSuffixes.some((suffix) => file.endsWith(suffix)))
    .filter((file) => patterns.some((pattern) => pattern.test(readFileSync(file, 'utf8'))))
    .map((file) => relative(TESTS, file));
}

describe('test layout', () => {
  it('names every test file that starts processes *.e2e.test.ts', () => {
    expect(filesMatching(STARTS_PROCESSES, ['.e2e.test.ts'])).toEqual([]);
  });

  it('keeps test files that seed the demo data set or build many warehouses out of the unit project', () => {
    expect(filesMatching(BUILDS_WAREHOUSES, ['.integration.test.ts', '.e2e.test.ts'])).toEqual([]);
  });
});
