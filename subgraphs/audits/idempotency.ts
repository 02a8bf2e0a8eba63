/** The audits intake hashes bodies with the shared canonical form (lib/idempotency.ts). */
export { hashRequest } from '../../lib/idempotency.js';
