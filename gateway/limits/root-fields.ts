/**
 * Max root fields: each root field is an independent (often subgraph-spanning) query, so a document with
 * many of them fans out into many subgraph requests. `__typename` is free and not counted.
 */
import { Kind, type SelectionSetNode, type ValidationRule } from 'graphql';
import { memoizeFragments } from './fragments.js';
import { tooComplex } from './limit-error.js';

export function rootFieldLimitRule(maxRootFields: number): ValidationRule {
  return (context) => {
    const fragmentRootFields = memoizeFragments(
      (name) => context.getFragment(name),
      (f) => countRootFields(f.selectionSet),
      0,
    );
    function countRootFields(set: SelectionSetNode): number {
      let count = 0;
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) {
          if (selection.name.value !== '__typename') count += 1;
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          count += countRootFields(selection.selectionSet);
        } else {
          count += fragmentRootFields(selection.name.value);
        }
      }
      return count;
    }
    return {
      OperationDefinition(node) {
        const count = countRootFields(node.selectionSet);
        if (count > maxRootFields) {
          context.reportError(
            tooComplex(
              'rootFields',
              `The operation selects ${count} root fields; the limit is ${maxRootFields}: send fewer per request`,
              { maximum: maxRootFields, actual: count },
              node,
            ),
          );
        }
        return false;
      },
    };
  };
}
