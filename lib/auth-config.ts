/** The auth variables every service reads, spelled once. */
import { join } from 'node:path';
import { z } from 'zod';
import { DEFAULT_AUDIENCE, DEFAULT_ISSUER, type AuthConfig } from './auth.js';

export const authEnvSchema = {
  TIDEMARK_DATA_DIR: z.string().min(1).default('data'),
  TIDEMARK_JWT_ISSUER: z.string().min(1).default(DEFAULT_ISSUER),
  TIDEMARK_JWT_AUDIENCE: z.string().min(1).default(DEFAULT_AUDIENCE),
  TIDEMARK_JWT_SECRET_FILE: z.string().min(1).optional(),
  TIDEMARK_JWKS_URL: z.string().url().optional(),
  TIDEMARK_JWKS_FILE: z.string().min(1).optional(),
};

export function authConfigFrom(env: {
  TIDEMARK_DATA_DIR: string;
  TIDEMARK_JWT_ISSUER: string;
  TIDEMARK_JWT_AUDIENCE: string;
  TIDEMARK_JWT_SECRET_FILE?: string;
  TIDEMARK_JWKS_URL?: string;
  TIDEMARK_JWKS_FILE?: string;
}): AuthConfig {
  return {
    issuer: env.TIDEMARK_JWT_ISSUER,
    audience: env.TIDEMARK_JWT_AUDIENCE,
    jwksUrl: env.TIDEMARK_JWKS_URL,
    jwksFile: env.TIDEMARK_JWKS_FILE,
    secretFile:
      env.TIDEMARK_JWKS_URL || env.TIDEMARK_JWKS_FILE
        ? undefined
        : (env.TIDEMARK_JWT_SECRET_FILE ?? join(env.TIDEMARK_DATA_DIR, 'jwt-secret')),
  };
}
