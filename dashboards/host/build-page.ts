/**
 * Builds the page (dashboards/src, index.html, styles) for the browser with vite's programmatic build into
 * dashboards/dist. A build runs only when a source is newer than the last build's stamp, so restarts are quick;
 * there is no postinstall step, the first start builds.
 */
import { existsSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from '../../lib/logger.js';

const DASHBOARDS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DIST_DIR = join(DASHBOARDS_DIR, 'dist');
const STAMP_FILE = join(DIST_DIR, '.build-stamp');

/** Everything the bundle is made from: the page's own files and the typed operations it imports. */
const PAGES = { main: join(DASHBOARDS_DIR, 'index.html'), explorer: join(DASHBOARDS_DIR, 'explorer.html') };
const SOURCES = [...Object.values(PAGES), join(DASHBOARDS_DIR, 'src'), resolve(DASHBOARDS_DIR, '..', 'operations')];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs; // a deleted file changes its folder's mtime
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function isBuildStale(): boolean {
  if (!existsSync(STAMP_FILE) || !existsSync(join(DIST_DIR, 'index.html'))) return true;
  const built = statSync(STAMP_FILE).mtimeMs;
  return SOURCES.some((source) => newestMtime(source) > built);
}

/** Replaces `target` by `staging` with two renames; the build of a concurrent start that won the race is as good. */
function swapInto(staging: string, target: string): void {
  const retired = `${target}-old-${process.pid}-${Date.now()}`;
  if (existsSync(target)) renameSync(target, retired);
  try {
    renameSync(staging, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error;
  } finally {
    rmSync(retired, { recursive: true, force: true });
  }
}

/** Builds when stale; returns whether it built. */
export async function buildPage(options: { log?: Logger; force?: boolean } = {}): Promise<boolean> {
  if (!options.force && !isBuildStale()) {
    options.log?.info({ dist: DIST_DIR }, 'dashboard page is up to date');
    return false;
  }
  const started = performance.now();
  const startedAt = new Date();
  // Imported here so a start with a fresh build never loads the bundler.
  const { build } = await import('vite');
  // Built beside dist and swapped in, so a second server starting at the same time never serves a half-written dist.
  const staging = join(DASHBOARDS_DIR, `.dist-${process.pid}-${Date.now()}`);
  try {
    await build({
      root: DASHBOARDS_DIR,
      configFile: false,
      envDir: false,
      logLevel: 'warn',
      base: './',
      build: {
        outDir: staging,
        emptyOutDir: true,
        target: 'es2022',
        sourcemap: false,
        reportCompressedSize: false,
        // The explorer (GraphiQL, React) is its own page and bundle: the dashboards never load it.
        rollupOptions: {
          input: PAGES,
          // React's compiler runtime marks itself "use no memo"; a bundle drops the directive, harmlessly.
          onwarn(warning, warn) {
            if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
          },
        },
        chunkSizeWarningLimit: 4000,
      },
    });
    writeFileSync(join(staging, '.build-stamp'), startedAt.toISOString());
    // Dated to the build's start: a source saved while the build ran still makes the next start rebuild.
    utimesSync(join(staging, '.build-stamp'), startedAt, startedAt);
    swapInto(staging, DIST_DIR);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  options.log?.info({ dist: DIST_DIR, ms: Math.round(performance.now() - started) }, 'dashboard page built');
  return true;
}
