import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Dispatch } from '../backend/core/dispatch';
import { CSP } from '../../shared/security';
import { mimeOf, resolveInside } from '../backend/core/static';
import { thinned, withProgress } from '../backend/core/progress';

export interface BridgeOptions {
  dispatch: Dispatch;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  port?: number;
  /** Fixed for tests that need to know it; random otherwise. */
  token?: string;
}

export interface Bridge {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const MAX_BODY = 1024 * 1024;
/** An import of everything carries the uploaded file as base64 (issue 13): only those two methods get more room. */
const MAX_TRANSFER_BODY = 96 * 1024 * 1024;
const TRANSFER_PATHS = new Set(['/api/transfer.preview', '/api/transfer.import']);
const NDJSON = 'application/x-ndjson';
const PROGRESS_INTERVAL_MS = 50;
const HEADERS = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Content-Security-Policy': CSP,
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
} as const;

/**
 * The loopback bridge: the same dispatch Electron's IPC uses, behind HTTP on 127.0.0.1 only, so the real
 * React UI can be driven in Chromium where no Electron binary exists. Every API call needs the random
 * token (a bearer header on each API call; the page learns it from its own address) and a Host header
 * naming this very listener, which stops DNS-rebinding pages from reaching it.
 */
export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const token = options.token ?? randomBytes(32).toString('hex');
  const tokenBuf = Buffer.from(token);
  let allowedHosts: Set<string> = new Set();
  const root = path.resolve(options.rendererDir);

  const server = http.createServer((req, res) => {
    const send = (status: number, body: string | Buffer, type = 'application/json; charset=utf-8') => {
      if (res.headersSent || res.destroyed) return;
      res.writeHead(status, { ...HEADERS, 'Content-Type': type });
      res.end(body);
    };
    const badRequest = () => send(400, JSON.stringify({ ok: false, error: { code: 'VALIDATION', message: 'bad request' } }));
    try {
      handle(req, res, send, badRequest);
    } catch {
      // Nothing a request carries may end the process: whatever was missed above answers 400.
      badRequest();
    }
  });

  function handle(req: http.IncomingMessage, res: http.ServerResponse, send: (status: number, body: string | Buffer, type?: string) => void, badRequest: () => void): void {
    if (!allowedHosts.has(req.headers.host ?? '')) return send(403, JSON.stringify({ ok: false, error: { code: 'FORBIDDEN', message: 'host not allowed' } }));
    // Only origin-form targets ("/path?query"); a NUL byte or an unparsable target is refused before use.
    const target = req.url ?? '';
    if (!target.startsWith('/') || target.startsWith('//') || target.includes('\0') || /%00/i.test(target)) return badRequest();
    let url: URL;
    try {
      url = new URL(target, 'http://x');
    } catch {
      return badRequest();
    }

    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return send(405, JSON.stringify({ ok: false, error: { code: 'FORBIDDEN', message: 'method not allowed' } }));
      const origin = req.headers.origin;
      if (origin !== undefined && !allowedHosts.has(origin.replace(/^http:\/\//, ''))) {
        return send(403, JSON.stringify({ ok: false, error: { code: 'FORBIDDEN', message: 'origin not allowed' } }));
      }
      const auth = Buffer.from(String(req.headers.authorization ?? '').replace(/^Bearer /, ''));
      if (auth.length !== tokenBuf.length || !timingSafeEqual(auth, tokenBuf)) {
        return send(401, JSON.stringify({ ok: false, error: { code: 'FORBIDDEN', message: 'token missing or wrong' } }));
      }
      const chunks: Buffer[] = [];
      let size = 0;
      const limit = TRANSFER_PATHS.has(url.pathname) ? MAX_TRANSFER_BODY : MAX_BODY;
      req.on('data', (c: Buffer) => {
        size += c.length;
        if (size > limit) req.destroy();
        else chunks.push(c);
      });
      req.on('error', () => undefined);
      req.on('end', () => {
        let input: unknown;
        try {
          input = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {};
        } catch {
          return send(400, JSON.stringify({ ok: false, error: { code: 'VALIDATION', message: 'body is not JSON' } }));
        }
        let method: string;
        try {
          method = decodeURIComponent(url.pathname.slice('/api/'.length));
        } catch {
          return badRequest();
        }
        const internal = { ok: false, error: { code: 'INTERNAL', message: 'internal error' } };
        if (!String(req.headers.accept ?? '').includes(NDJSON)) {
          options.dispatch(method, input).then(
            (result) => send(200, JSON.stringify(result)),
            () => send(500, JSON.stringify(internal)),
          );
          return;
        }
        // A caller that accepts NDJSON gets the call's progress reports as lines, then `{ result }` last:
        // the bridge's counterpart of the `progress{id}` messages of the Electron host.
        if (res.headersSent || res.destroyed) return;
        res.writeHead(200, { ...HEADERS, 'Content-Type': `${NDJSON}; charset=utf-8` });
        const line = (x: unknown) => void (res.destroyed || res.write(`${JSON.stringify(x)}\n`));
        const report = thinned((progress) => line({ progress }), PROGRESS_INTERVAL_MS);
        withProgress(report, () => options.dispatch(method, input)).then(
          (result) => res.end(`${JSON.stringify({ result })}\n`),
          () => res.end(`${JSON.stringify({ result: internal })}\n`),
        );
      });
      return;
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, '');
    serveStatic(root, url.pathname, send);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  return {
    // The token travels in the query string (the fragment holds the page's route), so a reload keeps
    // it. Only this listener ever sees it: the page sends no Referer (Referrer-Policy: no-referrer)
    // and makes no request elsewhere.
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function serveStatic(root: string, pathname: string, send: (status: number, body: string | Buffer, type?: string) => void): void {
  const file = resolveInside(root, pathname);
  if (!file) return send(404, 'not found', 'text/plain');
  fs.readFile(file, (err, data) => {
    if (err) return send(404, 'not found', 'text/plain');
    send(200, data, mimeOf(file));
  });
}
