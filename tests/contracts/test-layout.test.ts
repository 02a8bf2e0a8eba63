/**
 * The unit project must stay in-process so `npm run test:unit` stays fast: a test file that starts processes
 * (directly, or through a helper that does) is named *.e2e.test.ts and runs in the e2e project (vitest.config.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const TESTS = fileURLToPath(new URL('../', import.meta.url));
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

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('test layout', () => {
  it('names every test file that starts processes *.e2e.test.ts', () => {
    const misplaced = testFiles(TESTS)
      .filter((file) => !file.endsWith('.e2e.test.ts') && file !== fileURLToPath(import.meta.url))
      .filter((file) => STARTS_PROCESSES.some((pattern) => pattern.test(readFileSync(file, 'utf8'))))
      .map((file) => relative(TESTS, file));
    expect(misplaced).toEqual([]);
  });
});
