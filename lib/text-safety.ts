/**
 * Refuses text that would be stored and shown back in a misleading or harmful form: C0 control characters
 * other than tab, newline and carriage return (NUL truncates strings in C tools and log pipelines, the rest
 * have no place in a report), DEL, and the bidi embedding/override/isolate controls that reorder how text is
 * displayed ("Trojan Source": a supplier name that renders differently from its bytes). Ordinary Unicode,
 * including the bidi marks LRM/RLM that right-to-left scripts need, is kept.
 *
 * One refinement for every subgraph: wrap a mutation input schema in `refuseUnsafeText(schema)`; every string
 * anywhere in the raw input is checked before the schema runs (so before `trim()` can hide a leading control
 * character), and the first offending string becomes a zod issue at its path, which the subgraph's
 * validation turns into BAD_USER_INPUT naming the field.
 */
import { z } from 'zod';

// U+0000–U+0008, U+000B, U+000C, U+000E–U+001F, U+007F; U+202A–U+202E (LRE, RLE, PDF, LRO, RLO); U+2066–U+2069 (LRI,
// RLI, FSI, PDI).
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/;

/** The first refused character of `text` as `U+XXXX at position N` (0-based, UTF-16), or null when the text is safe. */
export function findUnsafeCharacter(text: string): string | null {
  const match = UNSAFE.exec(text);
  if (!match) return null;
  const code = match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
  return `U+${code} at position ${match.index}`;
}

function unsafeTextMessage(found: string): string {
  return `must not contain control characters or bidirectional formatting controls (found ${found})`;
}

/** The path and description of the first unsafe string in a JSON-like value, depth first in key order. */
export function findUnsafeString(value: unknown): { path: (string | number)[]; found: string } | null {
  // The path is built only for a hit (innermost key first, then reversed): intake walks every submission, and
  // copying a path array at each node was a tenth of the audits subgraph's allocations.
  const reversedPath: (string | number)[] = [];
  const found = findIn(value, reversedPath);
  return found === null ? null : { path: reversedPath.reverse(), found };
}

function findIn(value: unknown, reversedPath: (string | number)[]): string | null {
  if (typeof value === 'string') return findUnsafeCharacter(value);
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const found = findIn(value[index], reversedPath);
      if (found !== null) {
        reversedPath.push(index);
        return found;
      }
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      const found = findIn((value as Record<string, unknown>)[key], reversedPath);
      if (found !== null) {
        reversedPath.push(key);
        return found;
      }
    }
  }
  return null;
}

/** `schema`, after refusing any string in the input that holds a control or bidi override character. */
export function refuseUnsafeText<S extends z.ZodType>(schema: S): z.ZodPipe<z.ZodUnknown, S> {
  return z
    .unknown()
    .superRefine((value, ctx) => {
      const hit = findUnsafeString(value);
      if (hit) ctx.addIssue({ code: 'custom', path: hit.path, message: unsafeTextMessage(hit.found) });
    })
    .pipe(schema);
}
