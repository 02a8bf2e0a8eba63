/** Starts the real stack (one process per service, free loopback ports) in a temp data dir for e2e tests. */
import { launchStack, type RunningStack, type StackOptions } from '../../scripts/stack.js';
import { testStoreEnv } from './postgres.js';
import { makeTempDir } from './tmp.js';
import { tokenFactory, type TokenFactory } from './tokens.js';

export interface TestStack extends RunningStack {
  dataDir: string;
  tokens: TokenFactory;
  gateway: string;
  close(): Promise<void>;
}

export async function startTestStack(options: Partial<StackOptions> & { before?: (dataDir: string) => Promise<unknown> } = {}): Promise<TestStack> {
  const tmp = makeTempDir('tidemark-e2e-');
  const tokens = tokenFactory(tmp.dir); // creates the shared secret before any service reads it
  await options.before?.(tmp.dir);
  // On PostgreSQL (npm run test:postgres) the stores live there; the rest of the stack is unchanged.
  const storeEnv = await testStoreEnv(tmp.dir);
  const extraEnv = { ...storeEnv, ...options.extraEnv };
  const stack = await launchStack({ dataDir: tmp.dir, ports: 'free', ...options, extraEnv });
  // Onto the stack itself, not a spread copy: `children` is a getter that follows the supervisor's restarts.
  return Object.assign(stack, {
    dataDir: tmp.dir,
    tokens,
    gateway: stack.urls.gateway!,
    async close() {
      await stack.stop();
      tmp.remove();
    },
  });
}
