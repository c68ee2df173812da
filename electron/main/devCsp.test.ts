/**
 * The page Electron loads under `electron-vite dev` gets the same CSP as app://, and still works: the renderer's
 * Vite config from electron.vite.config.ts, served by a real Vite dev server, loaded in Chromium.
 */
import { chromium, type Browser } from '@playwright/test';
import { createServer, type InlineConfig, type Plugin, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config, { cspDev, devCsp } from '../../electron.vite.config';
import { CSP } from '../../shared/security';
import { chromiumLaunchOptions } from '../../e2e/support/browser';

const NONCE = 'dGVzdC1ub25jZS0xMjM0NTY3OA==';
const ZOD_EVAL_PROBE = /^script-src eval \S+\/node_modules\/\.vite\/deps\/zod\.js:\d+$/;
let server: ViteDevServer;
let base: string;

beforeAll(async () => {
  const renderer = (config as { renderer: InlineConfig }).renderer;
  const plugins = (renderer.plugins as Plugin[]).map((p) => (p && (p as Plugin).name === 'leertafel-csp-dev' ? cspDev(NONCE) : p));
  server = await createServer({ ...renderer, plugins, configFile: false, logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
  await server.listen();
  base = server.resolvedUrls!.local[0];
});
afterAll(() => server?.close());

describe('the dev server CSP', () => {
  it('is the policy of app://, with one addition: style elements carrying this run\'s nonce', () => {
    expect(devCsp(NONCE)).toBe(CSP.replace("style-src 'self'", `style-src 'self' 'nonce-${NONCE}'`));
    expect(devCsp(NONCE)).toContain("script-src 'self';");
  });

  it('is sent with the page and every module', async () => {
    for (const p of ['', 'src/main.tsx', '@vite/client', '@id/__x00__@vitejs/plugin-react/preamble']) {
      const res = await fetch(new URL(p, base));
      expect(res.status, p).toBe(200);
      expect(res.headers.get('content-security-policy'), p).toBe(devCsp(NONCE));
    }
  });

  it('leaves no inline script in the page: the React refresh preamble is a module', async () => {
    const html = await (await fetch(base)).text();
    for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) expect(tag).toMatch(/\bsrc="/);
    expect(html).toContain('<script type="module" src="/@id/__x00__@vitejs/plugin-react/preamble"');
    const preamble = await (await fetch(new URL('@id/__x00__@vitejs/plugin-react/preamble', base))).text();
    expect(preamble).toContain('injectIntoGlobalHook(window)');
  });

  it('refuses to serve a page with an inline script it did not expect', () => {
    const handler = (cspDev(NONCE).transformIndexHtml as { handler: (html: string) => string }).handler;
    expect(() => handler('<html><script>alert(1)</script></html>')).toThrow(/1 inline script\(s\) in index.html would be blocked/);
    expect(handler('<html><script type="module" src="/x.js"></script></html>')).toContain('src="/x.js"');
  });
});

const launch = chromiumLaunchOptions();
const noBrowser = !launch.executablePath ? 'no Chromium found (CHROMIUM_PATH, /usr/bin/chromium): the page is not loaded in a browser' : '';

describe('the dev page in Chromium under that CSP', () => {
  let browser: Browser;
  beforeAll(async () => {
    if (!noBrowser) browser = await chromium.launch(launch);
  });
  afterAll(() => browser?.close());

  it.skipIf(noBrowser)("runs React (preamble first) and applies the CSS with no violation but zod's eval probe; an inline script is blocked", async () => {
    const page = await browser.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __violations: string[] };
      w.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(base);
    await page.waitForFunction(() => (document.getElementById('root')?.childElementCount ?? 0) > 0, undefined, { timeout: 20_000 });
    expect(errors).toEqual([]);
    // zod probes whether `new Function` is allowed (try/catch, then it validates without it); Chromium reports the
    // probe. The built app under app:// sees the same report; the renderer can stop it with z.config({ jitless: true }).
    const violations = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
    expect(violations.filter((v) => !ZOD_EVAL_PROBE.test(v))).toEqual([]);
    // the theme's CSS arrived as a <style> with the nonce, and applies
    const styles = await page.evaluate(() => [...document.querySelectorAll('style')].map((s) => s.nonce));
    expect(styles.length).toBeGreaterThan(0);
    expect(new Set(styles)).toEqual(new Set([NONCE]));
    // the policy is in force: an inline script without the nonce does not run
    await page.addScriptTag({ content: 'window.__ran = true' }).catch(() => {});
    expect(await page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).toBeUndefined();
    const after = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
    expect(after.slice(violations.length)).toEqual([expect.stringMatching(/^script-src(-elem)? inline /)]);
    await page.close();
  });
});

it('the build does not get the dev plugin (the built page carries its CSP as a meta tag)', () => {
  expect(cspDev().apply).toBe('serve');
});
