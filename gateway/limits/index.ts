/** The operation limits as Apollo Server pieces: parse options, validation rules and the cost plugin. */
import type { ParseOptions, ValidationRule } from 'graphql';
import { aliasLimitRule } from './aliases.js';
import { depthLimitRule } from './depth.js';
import { rootFieldLimitRule } from './root-fields.js';
import type { OperationLimits } from './defaults.js';

export { DEFAULT_LIMITS, type OperationLimits } from './defaults.js';
export { costLimitPlugin } from './cost-plugin.js';
export { readCostMetadata } from './cost-metadata.js';

/** Static limits: validation rules run once per distinct document (Apollo Server caches validated documents). */
export function limitValidationRules(limits: OperationLimits): ValidationRule[] {
  return [depthLimitRule(limits.maxDepth), aliasLimitRule(limits.maxAliases), rootFieldLimitRule(limits.maxRootFields)];
}

/** The token limit is enforced by graphql's own parser, which stops at the first token over it. */
export function limitParseOptions(limits: OperationLimits): ParseOptions {
  return { maxTokens: limits.maxTokens };
}
