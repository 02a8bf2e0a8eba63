/**
 * Operation limits and their defaults, in one place so docs/security.md, the config reader and the tests
 * agree. Each limit is checked before the query planner runs, so a rejected operation never reaches a subgraph.
 */
export interface OperationLimits {
  /** Deepest field nesting (fragments expanded; introspection subtrees not counted). */
  maxDepth: number;
  /** Aliased fields in one operation, counted with fragments expanded. */
  maxAliases: number;
  /** Fields selected on the root type (Query/Mutation), `__typename` excluded. */
  maxRootFields: number;
  /** Lexical tokens in the document; parsing stops at the first token over the limit. */
  maxTokens: number;
  /** Operations in one JSON array (batched) request. */
  maxBatch: number;
  /** Estimated cost (IBM cost spec, weights from the supergraph's @cost/@listSize). */
  maxCost: number;
  /** Request body bytes; larger bodies get HTTP 413 before parsing. */
  maxBodyBytes: number;
  /** List size assumed for a list field without @listSize or slicing argument. */
  defaultListSize: number;
}

export const DEFAULT_LIMITS: Readonly<OperationLimits> = Object.freeze({
  maxDepth: 10,
  maxAliases: 30,
  maxRootFields: 10,
  maxTokens: 2000,
  maxBatch: 5,
  maxCost: 5000,
  maxBodyBytes: 2_000_000,
  defaultListSize: 10,
});
