import { describe, expect, it } from 'vitest';
import { HostError, hostFailure, hostFailureOf, isChildMessage, isHostMessage } from './protocol';

describe('protocol shape checks', () => {
  it('accept every well-formed message', () => {
    for (const m of [
      { t: 'init', init: { dataDir: '/d', shell: 'electron' } },
      { t: 'init', init: { dataDir: '/d', shell: 'web', resourcesDir: '/r', nativeBinding: '/n', version: '1' } },
      { t: 'call', id: 1, method: 'app.info', input: {} },
      { t: 'call', id: 2, method: 'app.info' },
      { t: 'close' },
    ]) expect(isHostMessage(m), JSON.stringify(m)).toBe(true);
    for (const m of [
      { t: 'hello', v: 1, pid: 4 },
      { t: 'ready' },
      { t: 'closed' },
      { t: 'fatal', reason: 'SqliteError' },
      { t: 'log', line: 'x' },
      { t: 'progress', id: 3, progress: { done: 1 } },
      { t: 'progress', id: 3, progress: { done: 1, total: 2, stage: 'pages' } },
      { t: 'result', id: 3, result: { ok: true, value: null } },
      { t: 'result', id: 3, result: { ok: false, error: { code: 'NOT_FOUND', message: 'm' } } },
      { t: 'platform', op: 'openBeamer', sessionId: 's' },
    ]) expect(isChildMessage(m), JSON.stringify(m)).toBe(true);
  });

  it('refuse malformed ones', () => {
    for (const m of [
      null,
      'close',
      [],
      { t: 'nope' },
      { t: 'init' },
      { t: 'init', init: { dataDir: '/d', shell: 'browser' } },
      { t: 'init', init: { dataDir: 1, shell: 'web' } },
      { t: 'init', init: { dataDir: '/d', shell: 'web', version: 2 } },
      { t: 'call', id: 0, method: 'x' },
      { t: 'call', id: 1.5, method: 'x' },
      { t: 'call', id: 1 },
    ]) expect(isHostMessage(m), JSON.stringify(m)).toBe(false);
    for (const m of [
      null,
      { t: 'nope' },
      { t: 'call', id: 1, method: 'x' },
      { t: 'hello', v: '1', pid: 4 },
      { t: 'fatal' },
      { t: 'log', line: 3 },
      { t: 'progress', id: 3, progress: { done: 'half' } },
      { t: 'progress', id: 3, progress: { done: Infinity } },
      { t: 'progress', id: 3, progress: { done: 1, total: '2' } },
      { t: 'progress', id: 3, progress: { done: 1, stage: 4 } },
      { t: 'result', id: -1, result: { ok: true, value: 1 } },
      { t: 'result', id: 3, result: null },
      { t: 'result', id: 3, result: { ok: true } },
      { t: 'result', id: 3, result: { ok: false, error: { code: 'X' } } },
      { t: 'platform', op: 'openExternal', sessionId: 's' },
      { t: 'platform', op: 'openBeamer' },
    ]) expect(isChildMessage(m), JSON.stringify(m)).toBe(false);
  });

  it('a host failure reaches the renderer as INTERNAL with the failure named, and is recognised again', () => {
    expect(hostFailure('EXITED')).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'the backend process ended during the call', details: [{ path: 'host', message: 'EXITED' }] },
    });
    expect(hostFailureOf(hostFailure('CLOSED'))).toBe('CLOSED');
    expect(hostFailureOf({ ok: false, error: { code: 'INTERNAL', message: 'internal error' } })).toBeNull();
    expect(hostFailureOf({ ok: false, error: { code: 'INTERNAL', message: 'x', details: [{ path: 'host', message: 'BOOM' }] } })).toBeNull();
    expect(hostFailureOf({ ok: true, value: 1 })).toBeNull();
    expect(new HostError('UNAVAILABLE')).toMatchObject({ name: 'HostError', reason: 'UNAVAILABLE' });
  });
});
