import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { CSP } from './shared/security';

/**
 * The built page carries its CSP as a meta tag too (the app:// handler and the bridge also send it as a
 * header). Only at build time: the dev server injects an inline script that the policy would block.
 */
const cspMeta = (): Plugin => ({
  name: 'leertafel-csp-meta',
  apply: 'build',
  transformIndexHtml: (html) =>
    html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP.replace("; frame-ancestors 'none'", '')}" />`),
});

export default defineConfig({
  main: {
    build: {
      // index: the main process. backend: the backend's own process (a utilityProcess main forks).
      rollupOptions: { input: { index: resolve('electron/main/index.ts'), backend: resolve('electron/host/child.ts') } },
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
    plugins: [react(), cspMeta()],
    build: {
      // electron-vite leaves output unminified by default; the first screen should load fast.
      minify: true,
      rollupOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
