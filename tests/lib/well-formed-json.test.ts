import { describe, expect, it } from 'vitest';
import { findIllFormedString } from '../../lib/well-formed-json.js';

describe('findIllFormedString', () => {
  it('accepts well-formed text, surrogate pairs included', () => {
    expect(
      findIllFormedString({
        query: '{ a }',
        variables: { name: 'Fish 🐟 ประมง', list: ['\u202e', '\u0000'], n: 1, b: null },
      }),
    ).toBeNull();
  });

  it('names the first string or key with a lone surrogate', () => {
    expect(findIllFormedString({ variables: { input: { name: 'a\ud800b' } } })).toBe('variables.input.name');
    expect(findIllFormedString({ variables: { input: { goods: ['ok', '\udc00'] } } })).toBe('variables.input.goods[1]');
    expect(findIllFormedString([{ query: 'x' }, { variables: { x: '\udbff' } }])).toBe('[1].variables.x');
    expect(findIllFormedString({ variables: { '\ud800': 1 } })).toBe('variables.\ud800');
    expect(findIllFormedString('\udfff\ud800')).toBe('body');
  });

  it('walks deeply nested JSON without overflowing the stack, and keeps the path short', () => {
    const deep = JSON.parse(`${'['.repeat(200_000)}"\\ud800"${']'.repeat(200_000)}`);
    expect(findIllFormedString(deep)).toBe(`${'[0]'.repeat(8)}.…${'[0]'.repeat(8)}`);
    expect(findIllFormedString(JSON.parse(`${'['.repeat(200_000)}1${']'.repeat(200_000)}`))).toBeNull();
  });
});
