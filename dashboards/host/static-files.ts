/** Serves the built page from dashboards/dist: index.html for `/`, hashed assets under /assets/ cached for a year. */
import { readFile } from 'node:fs/promises';
import type http from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
};

/** The page talks only to its own origin; a token in the URL must never leak through a Referer header. */
const SECURITY_HEADERS: Record<string, string> = {
  // font-src data:: the GraphQL explorer's stylesheet embeds its fonts.
  'content-security-policy': [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; '),
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
};

/** Resolves a URL path inside dist, or null when it would escape it. */
function fileFor(distDir: string, urlPath: string): string | null {
  const path = urlPath === '/' || urlPath === '/index.html' ? '/index.html' : urlPath;
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return null;
  }
  const file = normalize(join(distDir, decoded));
  return file.startsWith(distDir + sep) ? file : null;
}

/** Writes the file for `urlPath`; returns false when there is none (the caller answers 404). */
export async function serveStatic(
  distDir: string,
  urlPath: string,
  res: http.ServerResponse,
  head: boolean,
): Promise<boolean> {
  const file = fileFor(distDir, urlPath);
  if (!file || file.endsWith(`${sep}.build-stamp`)) return false;
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'EISDIR')
      return false;
    throw error;
  }
  res.statusCode = 200;
  for (const [key, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(key, value);
  res.setHeader('content-type', TYPES[extname(file)] ?? 'application/octet-stream');
  res.setHeader('content-length', body.length);
  // Asset names carry a content hash; index.html must be revalidated so a rebuild is picked up.
  res.setHeader('cache-control', urlPath.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
  res.end(head ? undefined : body);
  return true;
}
