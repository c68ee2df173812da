import path from 'node:path';

/** Content types of the files the built renderer consists of. */
export const MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

export const mimeOf = (file: string): string => MIME[path.extname(file)] ?? 'application/octet-stream';

/**
 * The file a URL path names inside `root`, or null when it would lie outside (../, encoded or not):
 * the path-traversal guard of both the app:// protocol and the loopback bridge.
 */
export function resolveInside(root: string, urlPath: string): string | null {
  let rel: string;
  try {
    rel = decodeURIComponent(urlPath === '/' ? '/index.html' : urlPath);
  } catch {
    return null;
  }
  // A NUL byte makes every fs call throw synchronously: no file has one in its name.
  if (rel.includes('\0')) return null;
  const base = path.resolve(root);
  const file = path.resolve(base, `.${rel}`);
  return file.startsWith(base + path.sep) ? file : null;
}
