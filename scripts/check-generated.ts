/**
 * Fails when checked-in generated files are stale: the composed supergraph (and API schema), codegen output,
 * and the row types of published builds (lib/generated, from a real build of the warehouse models). It
 * regenerates into a scratch copy and compares, so running it never changes the work tree.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { REPO_ROOT } from './stack.js';

const GENERATED = [
  'gateway/supergraph.graphql',
  'gateway/api-schema.graphql',
  'subgraphs/audits/generated',
  'subgraphs/agency/generated',
  'subgraphs/campaigns/generated',
  'subgraphs/insights/generated',
  'operations/generated',
  'lib/generated',
];

function listFiles(path: string): string[] {
  if (!existsSync(path)) return [];
  if (statSync(path).isFile()) return [path];
  return readdirSync(path).flatMap((f) => listFiles(join(path, f)));
}

const scratch = mkdtempSync(join(tmpdir(), 'tidemark-gen-'));
try {
  for (const entry of [
    'package.json',
    'codegen.ts',
    'tsconfig.json',
    'lib',
    'gateway',
    'subgraphs',
    'operations',
    'dashboards',
    'reference',
  ]) {
    if (existsSync(join(REPO_ROOT, entry)))
      cpSync(join(REPO_ROOT, entry), join(scratch, entry), {
        recursive: true,
        filter: (src) => !src.includes('node_modules'),
      });
  }
  execFileSync('ln', ['-s', join(REPO_ROOT, 'node_modules'), join(scratch, 'node_modules')]);
  const run = (args: string[]) =>
    execFileSync(process.execPath, args, { cwd: scratch, stdio: ['ignore', 'pipe', 'pipe'] });
  run(['--import', 'tsx', 'gateway/compose.ts']);
  run([join(REPO_ROOT, 'node_modules/@graphql-codegen/cli/cjs/bin.js'), '--config', 'codegen.ts', '--silent']);
  // Built from the warehouse models of the work tree (it needs the whole warehouse), written into the scratch copy.
  execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'scripts/generate-published-types.ts',
      '--out',
      join(scratch, 'lib/generated/published-tables.ts'),
    ],
    {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const stale: string[] = [];
  for (const target of GENERATED) {
    const fresh = listFiles(join(scratch, target)).map((f) => relative(scratch, f));
    const current = listFiles(join(REPO_ROOT, target)).map((f) => relative(REPO_ROOT, f));
    for (const file of new Set([...fresh, ...current])) {
      const a = existsSync(join(scratch, file)) ? readFileSync(join(scratch, file), 'utf8') : null;
      const b = existsSync(join(REPO_ROOT, file)) ? readFileSync(join(REPO_ROOT, file), 'utf8') : null;
      if (a !== b) stale.push(file);
    }
  }
  if (stale.length > 0) {
    console.error(
      `Generated files are stale; run \`npm run compose && npm run codegen\` and commit:\n  ${stale.join('\n  ')}`,
    );
    process.exit(1);
  }
  console.log('Generated files are fresh (supergraph, API schema, codegen, published row types).');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
