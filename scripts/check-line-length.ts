/**
 * Fails when a source line is longer than 120 characters: TypeScript, SQL, GraphQL SDL and operations, CSS and
 * HTML under version control. Prettier wraps code at the same width but leaves comments, strings, SQL files and
 * template literals alone, so this catches what it cannot. Generated files (npm run compose / codegen) and
 * Markdown (prose, benchmark tables written by bench/) are not checked.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './stack.js';

const MAX = 120;
const CHECKED = /\.(ts|sql|graphql|css|html)$/;
const GENERATED = [
  /^gateway\/(supergraph|api-schema)\.graphql$/,
  /^subgraphs\/[^/]+\/generated\//,
  /^operations\/generated\//,
  /^lib\/generated\//,
];

const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
  cwd: REPO_ROOT,
  encoding: 'utf8',
})
  .split('\n')
  .filter((file) => CHECKED.test(file) && !GENERATED.some((pattern) => pattern.test(file)));

const long: string[] = [];
for (const file of files) {
  let text: string;
  try {
    text = readFileSync(join(REPO_ROOT, file), 'utf8');
  } catch {
    continue; // deleted in the work tree, still in the index
  }
  text.split('\n').forEach((line, index) => {
    // Characters, not UTF-16 units: '—' and '≥' count once, as an editor shows them.
    const length = [...line].length;
    if (length > MAX) long.push(`${file}:${index + 1}: ${length} characters`);
  });
}
if (long.length > 0) {
  console.error(`${long.length} lines are longer than ${MAX} characters:\n${long.join('\n')}`);
  process.exit(1);
}
console.log(`${files.length} files, no line longer than ${MAX} characters`);
