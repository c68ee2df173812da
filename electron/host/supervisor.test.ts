/**
 * The host's supervision with a scripted child in this process: the cases a real process makes hard to time
 * (a stale child's protocol version, a crash right after `ready`, a restart budget that refills).
 */
import { describe, expect, it } from 'vitest';
import { createBackendHost, type HostOptions } from './host';
import type { ChildHandle } from './channel';
import { hostFailureOf, type HostMessage } from './protocol';

interface Scripted {
  /** Called with each message the host posts, and a way to answer or die. */
  onPost?: (m: HostMessage, child: { send(m: unknown): void; exit(code: number | null): void }) => void;
  helloVersion?: number;
}

function scriptedSpawn(script: Scripted = {}) {
  const stats = { starts: 0, killed: 0, posted: [] as HostMessage[] };
  const spawn = (): ChildHandle => {
    stats.starts++;
    let onMessage: (m: unknown) => void = () => {};
    let onExit: (code: number | null) => void = () => {};
    let alive = true;
    const child = {
      send: (m: unknown) => alive && onMessage(m),
      exit: (code: number | null) => {
        if (!alive) return;
        alive = false;
        onExit(code);
      },
    };
    setImmediate(() => child.send({ t: 'hello', v: script.helloVersion ?? 1, pid: stats.starts }));
    return {
      post: (m) => {
        stats.posted.push(m);
        if (script.onPost) return script.onPost(m, child);
        if (m.t === 'init') setImmediate(() => child.send({ t: 'ready' }));
        if (m.t === 'call') setImmediate(() => child.send({ t: 'result', id: m.id, result: { ok: true, value: stats.starts } }));
        if (m.t === 'close') setImmediate(() => child.send({ t: 'closed' }));
      },
      onMessage: (l) => (onMessage = l),
      onExit: (l) => (onExit = l),
      kill: () => {
        stats.killed++;
        setImmediate(() => child.exit(null));
      },
      pid: stats.starts,
    };
  };
  return { spawn, stats };
}

const host = (spawn: HostOptions['spawn'], extra: Partial<HostOptions> = {}) => {
  const logs: string[] = [];
  const h = createBackendHost({ spawn, init: { dataDir: '/nowhere', shell: 'electron' }, log: (l) => logs.push(l), ...extra });
  return Object.assign(h, { logs });
};

describe('host supervision', () => {
  it('a child that says hello in another protocol version is ended, not talked to, and not restarted', async () => {
    const { spawn, stats } = scriptedSpawn({ helloVersion: 99 });
    const h = host(spawn);
    expect(hostFailureOf(await h.call('app.info', {}))).toBe('UNAVAILABLE');
    expect(stats).toEqual({ starts: 1, killed: 1, posted: [] });
    expect(h.state).toBe('failed');
    expect(h.logs).toContain('protocol: backend speaks version 99, host 1');
    await h.close();
    expect(h.state).toBe('closed');
  });

  it('a child that dies right after ready: the call goes to the next one', async () => {
    let first = true;
    const { spawn, stats } = scriptedSpawn({
      onPost: (m, child) => {
        if (m.t === 'init') {
          child.send({ t: 'ready' });
          if (first) child.exit(1); // in the same turn: the host sees ready, then the exit, before it sends
          first = false;
        }
        if (m.t === 'call') setImmediate(() => child.send({ t: 'result', id: m.id, result: { ok: true, value: 'second' } }));
      },
    });
    const h = host(spawn);
    // made while the first child starts: it waits for that child's ready, which comes with its death
    expect(await h.call('app.info', {}, { repeatable: true })).toEqual({ ok: true, value: 'second' });
    expect(stats.starts).toBe(2);
    expect(h.stats.retries).toBe(1);
  });

  it('the restart budget refills: crashes further apart than the window do not add up', async () => {
    const { spawn, stats } = scriptedSpawn({
      onPost: (m, child) => {
        if (m.t === 'init') setImmediate(() => child.send({ t: 'ready' }));
        if (m.t === 'call') setImmediate(() => child.exit(1));
      },
    });
    const h = host(spawn, { maxRestarts: 2, restartWindowMs: 30 });
    for (let i = 0; i < 3; i++) {
      expect(hostFailureOf(await h.call('x', {}, { repeatable: true }))).toBe('EXITED'); // two crashes each (the call and its retry)
      await new Promise((r) => setTimeout(r, 40));
    }
    expect(h.state).toBe('running');
    expect(stats.starts).toBe(7);
    await h.call('x', {}, { repeatable: true });
    await h.call('x', {}, { repeatable: true }); // four crashes within the window: given up
    expect(h.state).toBe('failed');
  });

  it('works without a log or a platform, and logs a platform failure by its class', async () => {
    const quiet = scriptedSpawn({
      onPost: (m, child) => {
        if (m.t === 'init') setImmediate(() => child.send({ t: 'ready' }));
        if (m.t === 'call') {
          child.send({ t: 'platform', op: 'openBeamer', sessionId: 's' });
          child.send({ t: 'log', line: 'x' });
          setImmediate(() => child.send({ t: 'result', id: m.id, result: { ok: true, value: null } }));
        }
      },
    });
    const silent = createBackendHost({ spawn: quiet.spawn, init: { dataDir: '/nowhere', shell: 'electron' } });
    expect(await silent.call('window.openBeamer', {})).toEqual({ ok: true, value: null });
    const h = host(quiet.spawn, {
      platform: {
        openBeamer: () => {
          throw 'no display';
        },
      },
    });
    expect(await h.call('window.openBeamer', {})).toEqual({ ok: true, value: null });
    expect(h.logs).toEqual(['platform openBeamer failed: string', 'x']);
  });
});
