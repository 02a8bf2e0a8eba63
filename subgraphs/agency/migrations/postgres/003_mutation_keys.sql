-- Idempotency keys of this store's mutations (lib/idempotency.ts): the first answer's ids, per caller and mutation.
CREATE TABLE mutation_keys (
  scope VARCHAR NOT NULL,
  mutation VARCHAR NOT NULL,
  idempotency_key VARCHAR NOT NULL,
  request_hash VARCHAR NOT NULL,
  result_json VARCHAR NOT NULL,
  created_at TIMESTAMP NOT NULL,
  PRIMARY KEY (scope, mutation, idempotency_key)
);
