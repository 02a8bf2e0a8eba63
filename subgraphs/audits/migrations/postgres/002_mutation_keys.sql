-- Idempotency keys of mutations other than the audit intake (which keeps idempotency_keys), per lib/idempotency.ts.
CREATE TABLE mutation_keys (
  scope VARCHAR NOT NULL,
  mutation VARCHAR NOT NULL,
  idempotency_key VARCHAR NOT NULL,
  request_hash VARCHAR NOT NULL,
  result_json VARCHAR NOT NULL,
  created_at TIMESTAMP NOT NULL,
  PRIMARY KEY (scope, mutation, idempotency_key)
);
