/**
 * Max aliases: stops alias bombs (`a1: expensive a2: expensive …`), where one small document asks for the
 * same costly field hundreds of times. Counted with fragments expanded, so hiding aliases in a fragment
 * spread many times does not help.
 */
import { Kind, type SelectionSetNode, type ValidationRule } from 'graphql';
import { memoizeFragments } from './fragments.js';
import { tooComplex } from './limit-error.js';

export function aliasLimitRule(maxAliases: number): ValidationRule {
  return (context) => {
    const fragmentAliases = memoizeFragments(
      (name) => context.getFragment(name),
      (f) => countAliases(f.selectionSet),
      0,
    );
    function countAliases(set: SelectionSetNode): number {
      let count = 0;
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) {
          if (selection.alias) count += 1;
          if (selection.selectionSet) count += countAliases(selection.selectionSet);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          count += countAliases(selection.selectionSet);
        } else {
          count += fragmentAliases(selection.name.value);
        }
      }
      return count;
    }
    return {
      OperationDefinition(node) {
        const count = countAliases(node.selectionSet);
        if (count > maxAliases) {
          context.reportError(
            tooComplex(
              'aliases',
              `The operation uses ${count} aliases; the limit is ${maxAliases}`,
              { maximum: maxAliases, actual: count },
              node,
            ),
          );
        }
        return false;
      },
    };
  };
}
