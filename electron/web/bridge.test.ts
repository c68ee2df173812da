import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startBridge, type Bridge } from './bridge';
import { tempDir, testBackend } from '../backend/testing/helpers';

let bridge: Bridge | null = null;
afterEach(async () => {
  await bridge?.close();
  bridge = null;
});

async function start(backend = testBackend()): Promise<Bridge> {
  const rendererDir = tempDir('leertafel-renderer-');
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Leertafel</title>');
  fs.writeFileSync(path.join(tempDir('leertafel-outside-'), 'secret.txt'), 'geheim');
  bridge = await startBridge({ dispatch: backend.dispatch, rendererDir });
  return bridge;
}

/** Raw HTTP, so the test controls the Host header (fetch does not allow that). */
function request(b: Bridge, opts: { path: string; method?: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: b.port, path: opts.path, method: opts.method ?? 'GET', headers: { Host: `127.0.0.1:${b.port}`, ...opts.headers } },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    if (opts.body) req.write(opts.body);
    req.end();
  });
}

const api = (b: Bridge, method: string, input: unknown, headers: Record<string, string> = {}) =>
  request(b, {
    path: `/api/${method}`,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${b.token}`, ...headers },
    body: JSON.stringify(input),
  });

describe('loopback bridge', () => {
  it('listens on 127.0.0.1 only and hands out the token in the query string (the fragment is the route)', async () => {
    const b = await start();
    expect(b.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{64}$/);
  });

  it('answers a call with the right token and Host', async () => {
    const b = await start();
    const res = await api(b, 'scripts.get', { id: 'mlb-vier-vensters' });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: { id: 'mlb-vier-vensters' } });
  });

  it('refuses a call without a token', async () => {
    const b = await start();
    const res = await request(b, { path: '/api/scripts.list', method: 'POST', body: '{}' });
    expect(res.status).toBe(401);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('refuses a call with a wrong token', async () => {
    const b = await start();
    const res = await api(b, 'scripts.list', {}, { Authorization: `Bearer ${'0'.repeat(64)}` });
    expect(res.status).toBe(401);
    const short = await api(b, 'scripts.list', {}, { Authorization: 'Bearer abc' });
    expect(short.status).toBe(401);
  });

  it('refuses a wrong Host header, even with the right token (DNS rebinding)', async () => {
    const b = await start();
    const res = await api(b, 'scripts.list', {}, { Host: `evil.example:${b.port}` });
    expect(res.status).toBe(403);
    const page = await request(b, { path: '/', headers: { Host: 'evil.example' } });
    expect(page.status).toBe(403);
  });

  it('refuses a cross-origin call', async () => {
    const b = await start();
    const res = await api(b, 'scripts.list', {}, { Origin: 'http://evil.example' });
    expect(res.status).toBe(403);
  });

  it('validates input exactly like the Electron side', async () => {
    const b = await start();
    const res = await api(b, 'scripts.get', { id: '../../etc' });
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const notJson = await request(b, { path: '/api/scripts.list', method: 'POST', headers: { Authorization: `Bearer ${b.token}` }, body: '{nope' });
    expect(notJson.status).toBe(400);
  });

  it('serves the renderer with the strict CSP and nothing outside its folder', async () => {
    const b = await start();
    const page = await request(b, { path: '/' });
    expect(page.status).toBe(200);
    // The page's own address, with the token in its query string, is the same page (also on reload).
    const withToken = await request(b, { path: new URL(b.url).pathname + new URL(b.url).search });
    expect(withToken.status).toBe(200);
    expect(withToken.body).toBe(page.body);
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    for (const p of ['/../secret.txt', '/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fetc%2fpasswd']) {
      expect((await request(b, { path: p })).status).toBe(404);
    }
  });

  it('streams a call\'s progress as NDJSON lines before its result, to a caller that accepts them', async () => {
    const backend = testBackend();
    const g = backend.services.groups.save({
      name: 'Leergroep Noord',
      description: '',
      members: ['Anna de Vries', 'Bram Okafor'].map((n) => ({ name: n, function: 'jeugdbeschermer', organisation: 'GI', skjNumber: null })),
    });
    const s = backend.services.sessions.plan('mlb-vier-vensters', {
      groupId: g.id, date: '2030-03-04', startTime: '19:00', endTime: '20:30',
      roles: { gespreksleider: g.members[0].id, inbrenger: g.members[1].id, notulist: null, tijdbewaker: null },
      caseId: null, leervraag: 'Hoe blijf ik rustig als een vader boos wordt?',
    });
    const b = await start(backend);
    const input = { id: s.id, format: 'pdf', includeCanvas: false };

    const streamed = await api(b, 'sessions.export', input, { Accept: 'application/x-ndjson' });
    expect(streamed.status).toBe(200);
    expect(streamed.headers['content-type']).toContain('application/x-ndjson');
    const lines = streamed.body.trim().split('\n').map((l) => JSON.parse(l) as { progress?: { done: number; total: number; stage: string }; result?: { ok: boolean } });
    const progress = lines.flatMap((l) => (l.progress ? [l.progress] : []));
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.every((p) => p.stage === 'pdf')).toBe(true);
    expect(progress.at(-1)).toMatchObject({ done: progress.at(-1)?.total });
    expect(progress.map((p) => p.done)).toEqual([...progress.map((p) => p.done)].sort((x, y) => x - y));
    // exactly one result, and it is the last line
    expect(lines.filter((l) => l.result)).toHaveLength(1);
    expect(lines.at(-1)?.result).toMatchObject({ ok: true, value: { mime: 'application/pdf' } });

    // A caller that does not ask for lines gets the plain Result, as before.
    const plain = await api(b, 'sessions.export', input);
    expect(JSON.parse(plain.body)).toMatchObject({ ok: true, value: { mime: 'application/pdf' } });
  });

  it('answers 400 to a NUL byte in the path, a broken percent-encoding in a method name and an invalid target', async () => {
    const b = await start();
    const auth = `Authorization: Bearer ${b.token}\r\n`;
    expect(await raw(b.port, `GET /index.html%00.png HTTP/1.1\r\nHost: 127.0.0.1:${b.port}\r\n\r\n`)).toMatch(/^HTTP\/1\.1 (400|404)/);
    expect(await raw(b.port, `GET /%00 HTTP/1.1\r\nHost: 127.0.0.1:${b.port}\r\n\r\n`)).toMatch(/^HTTP\/1\.1 400/);
    expect(await raw(b.port, `POST /api/scripts.%E0%A4%A HTTP/1.1\r\nHost: 127.0.0.1:${b.port}\r\n${auth}Content-Length: 2\r\n\r\n{}`)).toMatch(/^HTTP\/1\.1 400/);
    expect(await raw(b.port, `GET // HTTP/1.1\r\nHost: 127.0.0.1:${b.port}\r\n\r\n`)).toMatch(/^HTTP\/1\.1 400/);
    expect(await raw(b.port, `GET http://[::1 HTTP/1.1\r\nHost: 127.0.0.1:${b.port}\r\n\r\n`)).toMatch(/^HTTP\/1\.1 400/);
    // Still answering.
    expect((await api(b, 'app.info', {})).status).toBe(200);
  });
});

/** Bytes straight onto the socket: http.request refuses to send most of these. Resolves with the first answer. */
export function raw(port: number, text: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.end(Buffer.from(text, 'latin1')));
    let out = '';
    socket.on('data', (d) => (out += d.toString('latin1')));
    socket.on('error', () => resolve(out));
    socket.on('close', () => resolve(out));
  });
}

describe('loopback bridge: body size', () => {
  it('gives only the import of everything room for an uploaded file (2 MB here); every other method stays at 1 MB', async () => {
    const b = await start();
    const big = 'A'.repeat(2 * 1024 * 1024);
    const upload = await api(b, 'transfer.preview', { password: 'geheim', data: big });
    expect(JSON.parse(upload.body)).toMatchObject({ ok: true, value: { status: 'refused', reason: 'not-an-export' } });
    const other = await api(b, 'scripts.get', { id: big }).catch((err: Error) => ({ status: 0, body: err.message }));
    expect(other.status).not.toBe(200);
  });
});
