/**
 * The process boundary in plain Node: the host and the real child entry over child_process.fork, with the
 * structured-clone serialization an Electron utilityProcess uses. What Electron main does with a
 * utilityProcess is this, behind the adapter in electron/main/backendProcess.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackendHost, forkChild, hostFailure, hostFailureOf, type BackendHost, type HostOptions } from '.';
import type { Progress } from '../backend/core/progress';
import { openTestDatabase, tempDir } from '../backend/testing/helpers';
import { DB_FILE } from '../backend/core/db';

const here = import.meta.dirname;
const TSX = { execArgv: ['--import', 'tsx'] };
const hosts: BackendHost[] = [];
afterEach(async () => {
  await Promise.all(hosts.splice(0).map((h) => h.close()));
});

function host(entry: 'child' | 'faulty', dataDir: string, extra: Partial<HostOptions> = {}): BackendHost & { logs: string[] } {
  const logs: string[] = [];
  const file = entry === 'child' ? path.join(here, 'child.ts') : path.join(here, 'testing', 'faulty-child.ts');
  const h = createBackendHost({ spawn: forkChild(file, TSX), init: { dataDir, shell: 'electron', version: '9.9.9' }, log: (l) => logs.push(l), ...extra });
  hosts.push(h);
  return Object.assign(h, { logs });
}

const alive = (pid: number | undefined) => {
  try {
    process.kill(pid!, 0);
    return true;
  } catch {
    return false;
  }
};

const GROUP = { name: 'Leergroep Noord', description: '', members: [{ name: 'Anna de Vries', function: '', organisation: '', skjNumber: null }] };

describe('the real backend in a child process', () => {
  it('answers through the dispatcher the tests run: values, typed errors, unknown methods', async () => {
    const h = host('child', tempDir());
    expect(await h.call('app.info', {})).toMatchObject({ ok: true, value: { name: 'Leertafel', shell: 'electron', version: '9.9.9' } });
    expect(await h.call('scripts.get', { id: '../../etc' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await h.call('scripts.get', { id: 'bestaat-niet' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await h.call('process.exit', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(h.pid).not.toBe(process.pid);
    expect(h.stats).toEqual({ starts: 1, crashes: 0, retries: 0 });
  });

  it('survives a SIGKILL with a call in flight: restarts, sends the call once more, and keeps every commit', async () => {
    const dataDir = tempDir();
    const h = host('child', dataDir);
    const saved = await h.call('groups.save', GROUP);
    expect(saved.ok).toBe(true);
    const first = h.pid;
    // The call is made, and the process dies before it can answer: the host cannot know whether it ran.
    const inFlight = h.call('groups.list', {}, { repeatable: true });
    process.kill(first!, 'SIGKILL');
    const listed = await inFlight;
    expect(listed).toMatchObject({ ok: true, value: [{ name: 'Leergroep Noord' }] });
    expect(h.pid).not.toBe(first);
    expect(alive(first)).toBe(false);
    expect(h.stats).toEqual({ starts: 2, crashes: 1, retries: 1 });
    expect(h.logs.some((l) => l.startsWith('backend exited'))).toBe(true);
  });

  it('closes after a WAL checkpoint: the process ends, the WAL is empty, and later calls answer CLOSED', async () => {
    const dataDir = tempDir();
    const h = host('child', dataDir);
    expect((await h.call('groups.save', GROUP)).ok).toBe(true);
    const pid = h.pid;
    await h.close();
    expect(h.state).toBe('closed');
    expect(alive(pid)).toBe(false);
    const wal = path.join(dataDir, `${DB_FILE}-wal`);
    expect(!fs.existsSync(wal) || fs.statSync(wal).size === 0).toBe(true);
    const db = openTestDatabase(dataDir);
    expect(db.prepare('SELECT name FROM groups').all()).toEqual([{ name: 'Leergroep Noord' }]);
    db.close();
    expect(hostFailureOf(await h.call('app.info', {}))).toBe('CLOSED');
  });
});

describe('the protocol, with a test backend in the child', () => {
  it('matches every answer to its call by id, whatever order they finish in', async () => {
    const h = host('faulty', tempDir());
    const calls = Array.from({ length: 20 }, (_, n) => (n % 2 ? h.call('test.slow', { ms: 40 - n }) : h.call('test.echo', { value: { n } })));
    const results = await Promise.all(calls);
    results.forEach((r, n) => expect(r).toMatchObject(n % 2 ? { ok: true, value: { slept: 40 - n } } : { ok: true, value: { echo: { n } } }));
  });

  it('delivers progress reports for a call, in order, before its result', async () => {
    const h = host('faulty', tempDir());
    const seen: Array<Progress | 'result'> = [];
    const result = h.call('test.progress', { steps: 4 }, { onProgress: (p) => seen.push(p) }).then((r) => (seen.push('result'), r));
    expect(await result).toEqual({ ok: true, value: { steps: 4 } });
    expect(seen).toEqual([1, 2, 3, 4].map((done) => ({ done, total: 4, stage: 'steps' })).concat(['result'] as never));
    // another call's progress does not leak into this one
    const other: Progress[] = [];
    await Promise.all([h.call('test.progress', { steps: 2 }), h.call('test.echo', { value: 1 }, { onProgress: (p) => other.push(p) })]);
    expect(other).toEqual([]);
  });

  it('a crash mid-request: the call is sent once more to a new process and answers', async () => {
    const dataDir = tempDir();
    const h = host('faulty', dataDir);
    const first = (await h.call('test.echo', {})) as { value: { pid: number } };
    const r = (await h.call('test.crashOnce', {}, { repeatable: true })) as { ok: true; value: { pid: number } };
    expect(r.ok).toBe(true);
    expect(r.value.pid).not.toBe(first.value.pid);
    expect(fs.readFileSync(path.join(dataDir, 'crashed-once'), 'utf8')).toBe(String(first.value.pid));
    expect(h.stats).toEqual({ starts: 2, crashes: 1, retries: 1 });
  });

  it('a call that is not repeatable (a create) is never sent twice: a crash answers EXITED, and the host goes on', async () => {
    const dataDir = tempDir();
    const h = host('faulty', dataDir);
    const first = (await h.call('test.echo', {})) as { value: { pid: number } };
    // the same call that succeeds on a second attempt above; without `repeatable` there is none
    expect(hostFailureOf(await h.call('test.crashOnce', {}))).toBe('EXITED');
    expect(fs.readFileSync(path.join(dataDir, 'crashed-once'), 'utf8')).toBe(String(first.value.pid));
    expect(h.stats).toEqual({ starts: 2, crashes: 1, retries: 0 });
    expect(h.logs.some((l) => l.includes('sending it once more'))).toBe(false);
    expect(await h.call('test.echo', { value: 'daarna' })).toMatchObject({ ok: true, value: { echo: 'daarna' } });
  });

  it('a call that crashes the backend twice fails with the typed error; the host goes on', async () => {
    const h = host('faulty', tempDir());
    const r = await h.call('test.crash', {}, { repeatable: true });
    expect(r).toEqual(hostFailure('EXITED'));
    expect(hostFailureOf(r)).toBe('EXITED');
    expect(h.stats).toEqual({ starts: 3, crashes: 2, retries: 1 });
    expect(h.state).toBe('running');
    expect(await h.call('test.echo', { value: 'na de crash' })).toMatchObject({ ok: true, value: { echo: 'na de crash' } });
  });

  it('gives up after too many crashes in a row: calls answer UNAVAILABLE', async () => {
    const h = host('faulty', tempDir(), { maxRestarts: 1 });
    expect(hostFailureOf(await h.call('test.crash', {}, { repeatable: true }))).toBe('EXITED');
    expect(h.state).toBe('failed');
    expect(hostFailureOf(await h.call('test.echo', {}))).toBe('UNAVAILABLE');
    expect(h.stats).toEqual({ starts: 2, crashes: 2, retries: 1 });
    expect(h.logs.at(-1)).toMatch(/not restarting/);
  });

  it('a backend that cannot open is not restarted; its error class, never its message, is logged', async () => {
    const dataDir = tempDir();
    fs.writeFileSync(path.join(dataDir, 'fail-start'), '');
    const h = host('faulty', dataDir);
    expect(hostFailureOf(await h.call('test.echo', {}))).toBe('UNAVAILABLE');
    expect(h.stats.starts).toBe(1);
    expect(h.logs).toContain('backend could not start: DatabaseTooNew');
    expect(h.logs.join('\n')).not.toContain(dataDir);
  });

  it('a process that dies while starting is restarted within the budget, then given up', async () => {
    const dataDir = tempDir();
    fs.writeFileSync(path.join(dataDir, 'crash-start'), '');
    const h = host('faulty', dataDir, { maxRestarts: 2 });
    expect(hostFailureOf(await h.call('test.echo', {}))).toBe('UNAVAILABLE');
    expect(h.stats).toMatchObject({ starts: 3, crashes: 3, retries: 0 });
  });

  it('the backend asks the shell to open the beamer through the protocol, before its answer arrives', async () => {
    const order: string[] = [];
    const h = host('faulty', tempDir(), { platform: { openBeamer: (id) => order.push(`openBeamer ${id}`) } });
    const r = await h.call('test.beamer', { sessionId: 'abc' });
    order.push('result');
    expect(r).toEqual({ ok: true, value: { opened: true } });
    expect(order).toEqual(['openBeamer abc', 'result']);
  });

  it('drops malformed messages, relays the backend log', async () => {
    const h = host('faulty', tempDir());
    expect(await h.call('test.garbage', {})).toEqual({ ok: true, value: 'after garbage' });
    expect(h.logs.filter((l) => l.includes('malformed'))).toHaveLength(2);
    await h.call('test.log', {});
    expect(h.logs).toContain('a line from the backend');
  });

  it('close lets a call in flight finish, then checkpoints and closes, in that order', async () => {
    const dataDir = tempDir();
    const h = host('faulty', dataDir);
    await h.call('test.echo', {});
    const slow = h.call('test.slow', { ms: 150 });
    await new Promise((r) => setTimeout(r, 20));
    const closing = h.close();
    expect(hostFailureOf(await h.call('test.echo', {}))).toBe('CLOSED');
    expect(await slow).toMatchObject({ ok: true, value: { slept: 150 } });
    await closing;
    const lines = fs.readFileSync(path.join(dataDir, 'served.log'), 'utf8').trim().split('\n');
    expect(lines.slice(1)).toEqual(['checkpoint', 'close']);
  });

  it('ends a child that does not answer close in time', async () => {
    const dataDir = tempDir();
    const h = host('faulty', dataDir, { closeTimeoutMs: 100 });
    await h.call('test.echo', {});
    const pid = h.pid;
    void h.call('test.slow', { ms: 5000 });
    await new Promise((r) => setTimeout(r, 20));
    await h.close();
    expect(alive(pid)).toBe(false);
    expect(h.logs).toContain('backend did not close in time; ending it');
  });
});
