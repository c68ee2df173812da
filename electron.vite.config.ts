import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { CSP } from './shared/security';

/**
 * The built page carries its CSP as a meta tag too (the app:// handler and the bridge also send it as a
 * header). Only at build time: the dev server sends its policy as a header (cspDev below).
 */
const cspMeta = (): Plugin => ({
  name: 'leertafel-csp-meta',
  apply: 'build',
  transformIndexHtml: (html) =>
    html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP.replace("; frame-ancestors 'none'", '')}" />`),
});

/** The React refresh preamble as a module of the dev server (plugin-react's own virtual module), not inline. */
const PREAMBLE_SRC = '/@id/__x00__@vitejs/plugin-react/preamble';

/** The policy of app:// with one addition: style elements carrying this run's nonce. */
export function devCsp(nonce: string): string {
  return CSP.split('; ')
    .map((d) => (d.startsWith('style-src ') ? `${d} 'nonce-${nonce}'` : d))
    .join('; ');
}

/**
 * The dev server (electron-vite dev, the page Electron loads in development) sends the same CSP as app://, so a
 * script or style that would be blocked in the built app is blocked while developing too. Two things of the dev
 * server itself are made to fit instead of widening the policy for them:
 *   - @vitejs/plugin-react injects the React refresh preamble as an inline <script>; it is replaced by a
 *     <script src> for the same code as a module, so script-src stays 'self' exactly.
 *   - Vite's client inserts each imported CSS file as a <style> element (the build links .css files); with
 *     `html.cspNonce` it gives each one this run's random nonce, which style-src allows. That nonce is the one
 *     difference from app://.
 * Any other inline script left in the page fails loudly here rather than silently in the browser.
 */
export const cspDev = (nonce = randomBytes(18).toString('base64')): Plugin => ({
  name: 'leertafel-csp-dev',
  apply: 'serve',
  config: () => ({ html: { cspNonce: nonce } }),
  configureServer(server) {
    const policy = devCsp(nonce);
    server.middlewares.use((_req, res, next) => {
      res.setHeader('Content-Security-Policy', policy);
      next();
    });
  },
  transformIndexHtml: {
    order: 'post',
    handler(html) {
      const out = html.replace(
        /<script type="module">\s*import \{ injectIntoGlobalHook \} from "\/@react-refresh";[\s\S]*?<\/script>/,
        `<script type="module" src="${PREAMBLE_SRC}"></script>`,
      );
      const inline = [...out.matchAll(/<script\b([^>]*)>/g)].filter(([, attrs]) => !/\bsrc=/.test(attrs));
      if (inline.length) throw new Error(`leertafel-csp-dev: ${inline.length} inline script(s) in index.html would be blocked by the CSP`);
      return out;
    },
  },
});

export default defineConfig({
  main: {
    build: {
      // index: the main process. backend: the backend's own process (a utilityProcess main forks).
      // backupWorker: the backend's backup worker_thread (core/backgroundBackup.ts finds it beside backend.js).
      rollupOptions: {
        input: { index: resolve('electron/main/index.ts'), backend: resolve('electron/host/child.ts'), backupWorker: resolve('electron/backend/core/backupWorker.ts') },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload can require nothing but 'electron': bundle whatever it imports.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        // Sandboxed preloads cannot be ES modules.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('renderer'),
    plugins: [react(), cspMeta(), cspDev()],
    build: {
      // electron-vite leaves output unminified by default; the first screen should load fast.
      // LEERTAFEL_NO_MINIFY=1 keeps names in stack traces while debugging.
      minify: process.env.LEERTAFEL_NO_MINIFY !== '1',
      rollupOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
