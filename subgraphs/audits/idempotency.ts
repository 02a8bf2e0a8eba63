/** The audits intake hashes bodies with the shared canonical form (lib/idempotency.ts). */
export { canonicalJson, hashRequest } from '../../lib/idempotency.js';
