/**
 * The docs are self-contained: no citations of a design document that is not in the repository, and every
 * relative link of the Markdown files points at a file that exists.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../docs/markdown-examples.js';

const MARKDOWN = [
  'README.md',
  ...readdirSync(join(REPO, 'docs')).map((f) => `docs/${f}`),
  'demo/README.md',
  'reference/README.md',
].filter((file) => file.endsWith('.md') && existsSync(join(REPO, file)));

describe('docs are self-contained', () => {
  it.each(MARKDOWN)('%s cites nothing outside the repository', (file) => {
    const text = readFileSync(join(REPO, file), 'utf8');
    expect(text.match(/DESIGN(\.md)? ?§|\/work\/|\.\.\/shared\//g) ?? []).toEqual([]);
    for (const [, target] of text.matchAll(/\]\(([^)#\s]+)(#[^)]*)?\)/g)) {
      if (/^[a-z]+:/.test(target!)) continue;
      expect(existsSync(join(REPO, dirname(file), target!)), `${file} links to ${target}`).toBe(true);
    }
  });
});
