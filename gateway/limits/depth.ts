/** Max depth: stops deeply nested selections (each level can multiply the work of the one above). */
import { Kind, type SelectionSetNode, type ValidationRule } from 'graphql';
import { isIntrospectionRoot, memoizeFragments } from './fragments.js';
import { tooComplex } from './limit-error.js';

export function depthLimitRule(maxDepth: number): ValidationRule {
  return (context) => {
    const fragmentDepth = memoizeFragments(
      (name) => context.getFragment(name),
      (f) => selectionDepth(f.selectionSet),
      0,
    );
    function selectionDepth(set: SelectionSetNode): number {
      let max = 0;
      for (const selection of set.selections) {
        let depth = 0;
        if (selection.kind === Kind.FIELD) {
          if (isIntrospectionRoot(selection.name.value)) continue;
          depth = 1 + (selection.selectionSet ? selectionDepth(selection.selectionSet) : 0);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          depth = selectionDepth(selection.selectionSet);
        } else {
          depth = fragmentDepth(selection.name.value);
        }
        if (depth > max) max = depth;
      }
      return max;
    }
    return {
      OperationDefinition(node) {
        const depth = selectionDepth(node.selectionSet);
        if (depth > maxDepth) {
          context.reportError(
            tooComplex(
              'depth',
              `The operation is nested ${depth} levels deep; the limit is ${maxDepth}: split it into smaller queries`,
              { maximum: maxDepth, actual: depth },
              node,
            ),
          );
        }
        return false;
      },
    };
  };
}
