/**
 * The runnable examples of README.md and docs/queries.md, read from the Markdown itself so the docs cannot drift
 * from what is tested: every ```graphql block, every inline `query { … }`, and every ```sh block that calls curl.
 * Each example runs as the role its section is about (docs/queries.md is organised by user) or, for a curl
 * command, the role of the $<ROLE>_TOKEN it sends.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Role } from '../../lib/identity.js';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));

export interface DocExample {
  /** Where it is, for failure messages: `docs/queries.md › Analyst › query AuditPace`. */
  where: string;
  kind: 'graphql' | 'curl';
  role: Role;
  text: string;
}

const SECTION_ROLES: Record<string, Role> = {
  'Business partner': 'PARTNER',
  Analyst: 'ANALYST',
  'Policy officer': 'POLICY',
  Agency: 'AGENCY',
};

function operationName(query: string): string {
  return /^\s*(query|mutation)\s+(\w+)/.exec(query)?.[2] ?? 'anonymous query';
}

export function examplesOf(file: string): DocExample[] {
  const lines = readFileSync(`${REPO}${file}`, 'utf8').split('\n');
  const examples: DocExample[] = [];
  let section = '';
  let fence: { lang: string; lines: string[] } | null = null;
  for (const line of lines) {
    if (fence) {
      if (line.startsWith('```')) {
        const text = fence.lines.join('\n');
        if (fence.lang === 'graphql') {
          const where = `${file} › ${section} › ${operationName(text)}`;
          examples.push({ where, kind: 'graphql', role: SECTION_ROLES[section] ?? 'ANALYST', text });
        } else if (fence.lang === 'sh' && /\bcurl\b/.test(text)) {
          const role = (/\$([A-Z]+)_TOKEN/.exec(text)?.[1] ?? 'ANALYST') as Role;
          examples.push({ where: `${file} › ${section} › curl`, kind: 'curl', role, text });
        }
        fence = null;
      } else {
        fence.lines.push(line);
      }
      continue;
    }
    const opening = /^```(\w*)/.exec(line);
    if (opening) {
      fence = { lang: opening[1]!, lines: [] };
      continue;
    }
    const heading = /^#{2,3} (.+)$/.exec(line);
    if (heading) section = heading[1]!.trim();
    for (const inline of line.matchAll(/`(query \{[^`]+\})`/g)) {
      const where = `${file} › ${section} › inline query`;
      examples.push({ where, kind: 'graphql', role: SECTION_ROLES[section] ?? 'ANALYST', text: inline[1]! });
    }
  }
  return examples;
}
