import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { findUnsafeCharacter, findUnsafeString, refuseUnsafeText } from '../../lib/text-safety.js';

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const REFUSED = [...range(0x00, 0x08), 0x0b, 0x0c, ...range(0x0e, 0x1f), 0x7f, ...range(0x202a, 0x202e), ...range(0x2066, 0x2069)];
const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

describe('lib/text-safety: characters', () => {
  it('refuses every C0 control but tab, LF and CR, DEL, and the bidi embedding/override/isolate controls', () => {
    for (const code of REFUSED) expect(findUnsafeCharacter(`ab${String.fromCharCode(code)}c`), hex(code)).toBe(`${hex(code)} at position 2`);
  });

  it('keeps tab, newline, carriage return, the rest of Unicode and the bidi marks right-to-left text needs', () => {
    const refused = new Set(REFUSED);
    for (let code = 0; code < 0x3000; code++) {
      if (refused.has(code) || (code >= 0xd800 && code <= 0xdfff)) continue;
      expect(findUnsafeCharacter(String.fromCharCode(code)), hex(code)).toBeNull();
    }
    expect(findUnsafeCharacter('Line 1\r\n\tLine 2 — ไทย, עברית\u200f, العربية\u061c, 🌏')).toBeNull();
  });

  it('reports the first offending character', () => {
    expect(findUnsafeCharacter('x\u202ey\u0000')).toBe('U+202E at position 1');
  });
});

describe('lib/text-safety: inputs', () => {
  it('finds the first unsafe string anywhere in a JSON-like value, with its path', () => {
    const input = { name: 'ok', findings: [{ description: 'fine' }, { description: 'fine', tags: ['a', 'b\u0007'] }], count: 3, none: null };
    expect(findUnsafeString(input)).toEqual({ path: ['findings', 1, 'tags', 1], found: 'U+0007 at position 1' });
    expect(findUnsafeString({ a: ['x', { b: 1 }], c: true })).toBeNull();
    expect(findUnsafeString('\u0000')).toEqual({ path: [], found: 'U+0000 at position 0' });
  });

  it('refuses before the wrapped schema runs, so trim() cannot hide a control character', () => {
    const schema = refuseUnsafeText(z.object({ name: z.string().trim().max(3, 'too long'), n: z.number() }));
    const result = schema.safeParse({ name: '\u000bverylong', n: 'not a number' });
    expect(result.success).toBe(false);
    expect(result.error!.issues).toHaveLength(1);
    expect(result.error!.issues[0]).toMatchObject({
      path: ['name'],
      message: 'must not contain control characters or bidirectional formatting controls (found U+000B at position 0)',
    });
  });

  it('passes safe input through the wrapped schema, with its transforms and own rules', () => {
    const schema = refuseUnsafeText(z.object({ name: z.string().trim() }));
    expect(schema.parse({ name: '  Acme\tLtd\n' })).toEqual({ name: 'Acme\tLtd' });
    expect(schema.safeParse({ name: 3 }).error!.issues[0]!.path).toEqual(['name']);
  });
});
