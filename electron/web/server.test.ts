import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * `npm run web` as a process: a few hundred malformed requests (issue 12) and it is still alive and
 * answering, and the test password it was started with appears nowhere in what it printed.
 */
const root = path.resolve(import.meta.dirname, '..', '..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'leertafel-server-'));
const rendererDir = fs.mkdtempSync(path.join(os.tmpdir(), 'leertafel-renderer-'));
fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Leertafel</title>');
const PASSWORD = 'server-test-wachtwoord-Zq81';

afterAll(() => {
  for (const d of [dataDir, rendererDir]) fs.rmSync(d, { recursive: true, force: true });
});

function send(port: number, text: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.end(Buffer.from(text, 'latin1')));
    let out = '';
    socket.setTimeout(5000, () => socket.destroy());
    socket.on('data', (d) => (out += d.toString('latin1')));
    socket.on('error', () => resolve(out));
    socket.on('close', () => resolve(out));
  });
}

describe('npm run web under malformed requests', () => {
  it('stays alive and answering after a few hundred of them', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'electron/web/server.ts', '--data-dir', dataDir, '--renderer-dir', rendererDir], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, LEERTAFEL_TEST_PASSWORD: PASSWORD },
    });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const url = await new Promise<URL>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no start: ${stderr}`)), 45_000);
      child.stdout.on('data', (d: Buffer) => {
        stdout += d.toString();
        const m = /^LEERTAFEL_URL=(\S+)$/m.exec(stdout);
        if (m) {
          clearTimeout(timer);
          resolve(new URL(m[1]));
        }
      });
      child.once('exit', (code) => reject(new Error(`exited ${code}: ${stderr}`)));
    });
    try {
      const port = Number(url.port);
      const token = url.searchParams.get('token')!;
      const host = `Host: 127.0.0.1:${port}\r\n`;
      const auth = `Authorization: Bearer ${token}\r\n`;
      const targets = ['/%00', '/a%00b', '/%E0%A4%A', '//', '//x', '/%', '/%%', '/..%00/', '*', 'http://[::1', '/\u0000', '/api/%', '/api/%E0%A4%A', '/api/lock.%00', '/api/%ZZ'];
      const bodies = ['', '{}', '{', 'null', '[]', '"x"'];
      const requests: string[] = [];
      for (let i = 0; i < 300; i++) {
        const t = targets[i % targets.length];
        const method = i % 3 === 0 ? 'GET' : 'POST';
        const body = bodies[i % bodies.length];
        requests.push(`${method} ${t} HTTP/1.1\r\n${host}${i % 2 ? auth : ''}Content-Length: ${body.length}\r\n\r\n${body}`);
      }
      const answers: string[] = [];
      for (let i = 0; i < requests.length; i += 20) answers.push(...(await Promise.all(requests.slice(i, i + 20).map((r) => send(port, r)))));
      expect(child.exitCode).toBeNull();
      // Every one answered with a 4xx (the HTTP parser itself answers some with 400 and closes).
      const statuses = answers.map((a) => /^HTTP\/1\.1 (\d{3})/.exec(a)?.[1] ?? 'none');
      expect(statuses.filter((s) => !/^4\d\d$/.test(s))).toEqual([]);
      expect(statuses.filter((s) => s === '400').length).toBeGreaterThan(100);
      // And still answering a proper call.
      const ok = await send(port, `POST /api/app.info HTTP/1.1\r\n${host}${auth}Content-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`);
      expect(ok).toMatch(/^HTTP\/1\.1 200/);
      expect(ok).toContain('"ok":true');
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
    expect(stdout + stderr).not.toContain(PASSWORD);
  });
});
