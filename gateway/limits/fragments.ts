/**
 * Walking an operation with its fragments expanded, safely. Each fragment's result is computed once and
 * reused wherever it is spread, so fragments that spread each other many times cost linear time, not
 * exponential; a fragment that (indirectly) spreads itself contributes `onCycle` instead of recursing
 * forever. graphql's NoFragmentCyclesRule rejects such documents, but these walkers run in the same
 * validation pass (and the cost walker runs later), so they must be safe on their own.
 */
import type { FragmentDefinitionNode } from 'graphql';

export type FragmentLookup = (name: string) => FragmentDefinitionNode | null | undefined;

export function memoizeFragments<T>(
  lookup: FragmentLookup,
  compute: (fragment: FragmentDefinitionNode) => T,
  onCycle: T,
): (name: string) => T {
  const memo = new Map<string, T>();
  const visiting = new Set<string>();
  return (name) => {
    const known = memo.get(name);
    if (known !== undefined) return known;
    const fragment = lookup(name);
    if (!fragment || visiting.has(name)) return onCycle;
    visiting.add(name);
    const value = compute(fragment);
    visiting.delete(name);
    memo.set(name, value);
    return value;
  };
}

/** Introspection subtrees are policed by the introspection policy, not by the size limits. */
export function isIntrospectionRoot(fieldName: string): boolean {
  return fieldName === '__schema' || fieldName === '__type';
}
