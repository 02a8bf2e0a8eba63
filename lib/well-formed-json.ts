/**
 * JSON lets a string escape a lone UTF-16 surrogate (`"\ud800"`), but such a string is no Unicode text: DuckDB
 * and every other UTF-8 consumer refuse it deep inside a write, which surfaced as an internal error. The HTTP
 * layer looks for one right after parsing a request body, so the caller gets a client error naming the spot.
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

interface Step {
  value: unknown;
  /** Index of the parent step in the trail, -1 for the root. */
  parent: number;
  key: string | number;
}

/** Segments kept at each end of a path; a hostile body nests a million levels deep. */
const PATH_ENDS = 8;

function pathOf(trail: readonly Step[], index: number, key: string | number): string {
  const keys: (string | number)[] = [key];
  for (let i = index; i > 0; i = trail[i]!.parent) keys.push(trail[i]!.key);
  keys.reverse();
  const shown = keys.length > 2 * PATH_ENDS ? [...keys.slice(0, PATH_ENDS), '…', ...keys.slice(-PATH_ENDS)] : keys;
  return (
    shown.reduce<string>((path, k) => (typeof k === 'number' ? `${path}[${k}]` : path ? `${path}.${k}` : k), '') ||
    'body'
  );
}

/**
 * The path (`variables.input.name`, `[1].variables.x`) of the first string or object key holding a lone
 * surrogate, or null when the value is well-formed. Iterative, so deeply nested JSON cannot overflow the stack;
 * only containers are remembered and paths are built only for the answer, so time and memory stay linear.
 */
export function findIllFormedString(value: unknown): string | null {
  if (typeof value === 'string') return LONE_SURROGATE.test(value) ? 'body' : null;
  const trail: Step[] = [{ value, parent: -1, key: '' }];
  const pending: number[] = [0];
  while (pending.length > 0) {
    const index = pending.pop()!;
    const current = trail[index]!.value;
    const entries: [string | number, unknown][] = Array.isArray(current)
      ? current.map((item, i) => [i, item])
      : current !== null && typeof current === 'object'
        ? Object.entries(current)
        : [];
    for (const [key, item] of entries) {
      if (typeof key === 'string' && LONE_SURROGATE.test(key)) return pathOf(trail, index, key);
      if (typeof item === 'string' && LONE_SURROGATE.test(item)) return pathOf(trail, index, key);
      if (item !== null && typeof item === 'object') pending.push(trail.push({ value: item, parent: index, key }) - 1);
    }
  }
  return null;
}
