import path from 'node:path';
import fs from 'node:fs/promises';
import { protocol } from 'electron';
import { CSP } from '../../shared/security';
import { mimeOf, resolveInside } from '../backend/core/static';

export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://leertafel`;

/** Must run before app 'ready': the scheme behaves like https (secure origin, fetch allowed). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/**
 * Serves the built renderer under app://leertafel/ instead of file://, so the page has a real origin
 * for the CSP and cannot read arbitrary files: every path is resolved inside `rootDir` or refused.
 */
export function handleAppProtocol(rootDir: string): void {
  const root = path.resolve(rootDir);
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== 'leertafel') return new Response('not found', { status: 404 });
    const file = resolveInside(root, url.pathname);
    if (!file) return new Response('not found', { status: 404 });
    try {
      const body = await fs.readFile(file);
      return new Response(body, {
        headers: {
          'Content-Type': mimeOf(file),
          'Content-Security-Policy': CSP,
          'X-Content-Type-Options': 'nosniff',
        },
      });
    } catch {
      return new Response('not found', { status: 404 });
    }
  });
}
