/**
 * One typed, frozen config per service, read from the environment with zod. A missing or malformed variable
 * stops the service at start with a message naming the variable and what it expects.
 */
import { z } from 'zod';

class ConfigError extends Error {}

export function readConfig<S extends z.ZodType>(
  service: string,
  schema: S,
  env: NodeJS.ProcessEnv = process.env,
): Readonly<z.infer<S>> {
  const result = schema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.') || '(env)'}: ${i.message}`);
    throw new ConfigError(`${service}: invalid configuration\n${lines.join('\n')}`);
  }
  return Object.freeze(result.data) as Readonly<z.infer<S>>;
}

/** Shared field builders so every service spells the same variable the same way. */
export const env = {
  port: (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback),
  host: () => z.string().min(1).default('127.0.0.1'),
  path: (fallback: string) => z.string().min(1).default(fallback),
  url: () => z.string().url(),
  seconds: (fallback: number) => z.coerce.number().positive().default(fallback),
  mode: () => z.enum(['development', 'production', 'test']).default('development'),
};
