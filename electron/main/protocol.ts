import path from 'node:path';
import fs from 'node:fs/promises';
import type { Protocol } from 'electron';
import { CSP } from '../../shared/security';
import { mimeOf, resolveInside } from '../backend/core/static';

export const APP_SCHEME = 'app';
export const APP_HOST = 'leertafel';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * Is this URL on app://leertafel? Decided by scheme and host, not by `url.origin`: plain Node's URL gives a
 * scheme it does not know as special the opaque origin "null" (`new URL('app://leertafel/').origin`), and
 * whether Electron's main process answers otherwise for a scheme registered as standard cannot be checked
 * without the binary. Credentials or a port make it someone else's URL.
 */
export function isAppSchemeUrl(url: URL): boolean {
  return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === '';
}

/** Must run before app 'ready': the scheme behaves like https (secure origin, fetch allowed). */
export function registerAppScheme(protocol: Protocol): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/**
 * Serves the built renderer under app://leertafel/ instead of file://, so the page has a real origin
 * for the CSP and cannot read arbitrary files: every path is resolved inside `rootDir` or refused.
 */
export function handleAppProtocol(protocol: Protocol, rootDir: string): void {
  const root = path.resolve(rootDir);
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (!isAppSchemeUrl(url)) return new Response('not found', { status: 404 });
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
