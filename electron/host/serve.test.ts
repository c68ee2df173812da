import { afterEach, describe, expect, it, vi } from 'vitest';
import { serveBackend, type CreateServed, type ServedBackend } from './serve';
import { reportProgress } from '../backend/core/progress';
import type { ChildMessage } from './protocol';

/** The child's loop in-process, on a channel the test holds both ends of. */
function serve(create: CreateServed, options: Parameters<typeof serveBackend>[2] = {}) {
  const out: ChildMessage[] = [];
  let deliver: (m: unknown) => void = () => {};
  serveBackend({ post: (m) => out.push(m), onMessage: (l) => (deliver = l) }, create, options);
  const tick = () => new Promise((r) => setTimeout(r, 0));
  return { out, send: async (m: unknown) => (deliver(m), await tick(), await tick()) };
}

const INIT = { t: 'init', init: { dataDir: '/nowhere', shell: 'electron' } };
const fake = (over: Partial<ServedBackend> = {}): ServedBackend => ({
  dispatch: async (method) => ({ ok: true, value: method }),
  checkpoint: vi.fn(),
  close: vi.fn(),
  ...over,
});

afterEach(() => vi.useRealTimers());

describe('serveBackend (the child loop)', () => {
  it('says hello first, answers calls only once the backend is open', async () => {
    const s = serve(() => fake());
    expect(s.out).toEqual([{ t: 'hello', v: 1, pid: process.pid }]);
    await s.send({ t: 'call', id: 1, method: 'app.info', input: {} });
    expect(s.out.at(-1)).toMatchObject({ t: 'result', id: 1, result: { ok: false, error: { details: [{ message: 'UNAVAILABLE' }] } } });
    await s.send(INIT);
    expect(s.out.at(-1)).toEqual({ t: 'ready' });
    await s.send(INIT); // a second init changes nothing
    await s.send({ t: 'call', id: 2, method: 'app.info', input: {} });
    expect(s.out.at(-1)).toEqual({ t: 'result', id: 2, result: { ok: true, value: 'app.info' } });
  });

  it('drops what is not a host message, and says so in the log', async () => {
    const s = serve(() => fake());
    await s.send({ t: 'call', id: 'one', method: 'x' });
    expect(s.out.at(-1)).toEqual({ t: 'log', line: 'protocol: malformed message from the host dropped' });
  });

  it('thins progress out to one report per interval, but always sends the first and the last', async () => {
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const s = serve(
      () =>
        fake({
          dispatch: async () => {
            for (let done = 1; done <= 10; done++) {
              now += 20;
              reportProgress({ done, total: 10 });
            }
            return { ok: true, value: null };
          },
        }),
      { progressIntervalMs: 50 },
    );
    await s.send(INIT);
    await s.send({ t: 'call', id: 5, method: 'x', input: {} });
    const progress = s.out.filter((m) => m.t === 'progress').map((m) => (m as { progress: { done: number } }).progress.done);
    // t=20 (first: the page learns at once that work began), 80, 140 (≥ 50 ms apart), and the final one
    expect(progress).toEqual([1, 4, 7, 10]);
    vi.restoreAllMocks();
  });

  it('answers INTERNAL if a dispatch ever rejects (it should not)', async () => {
    const s = serve(() => fake({ dispatch: () => Promise.reject(new Error('boom')) }));
    await s.send(INIT);
    await s.send({ t: 'call', id: 3, method: 'x', input: {} });
    expect(s.out.at(-1)).toEqual({ t: 'result', id: 3, result: { ok: false, error: { code: 'INTERNAL', message: 'internal error' } } });
  });

  it('reports a backend that cannot open by its error class, and ends the process', async () => {
    vi.useFakeTimers();
    const exit = vi.fn();
    const s = serve(
      () => {
        throw new RangeError('/home/anna/geheim');
      },
      { exit, exitGraceMs: 10 },
    );
    s.send(INIT);
    await vi.advanceTimersByTimeAsync(1);
    expect(s.out.at(-1)).toEqual({ t: 'fatal', reason: 'RangeError' });
    expect(exit).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(10);
    expect(exit).toHaveBeenCalledWith(1);
    const t = serve(() => Promise.reject('not an error'));
    t.send(INIT);
    await vi.advanceTimersByTimeAsync(1);
    expect(t.out.at(-1)).toEqual({ t: 'fatal', reason: 'string' });
  });

  it('closes once: checkpoint, close, closed; failures of either are logged by class and do not stop it', async () => {
    const b = fake({
      checkpoint: vi.fn(() => {
        throw new TypeError('x');
      }),
      close: vi.fn(() => {
        throw 'y';
      }),
    });
    const s = serve(() => b);
    await s.send(INIT);
    await s.send({ t: 'close' });
    await s.send({ t: 'close' });
    expect(s.out.slice(2)).toEqual([
      { t: 'log', line: 'checkpoint failed: TypeError' },
      { t: 'log', line: 'close failed: string' },
      { t: 'closed' },
    ]);
    await s.send({ t: 'call', id: 9, method: 'x', input: {} });
    expect(s.out.at(-1)).toMatchObject({ t: 'result', id: 9, result: { error: { details: [{ message: 'CLOSED' }] } } });
  });

  it('a close before the backend opened closes nothing', async () => {
    const b = fake();
    const s = serve(() => b);
    await s.send({ t: 'close' });
    expect(s.out.at(-1)).toEqual({ t: 'closed' });
    expect(b.checkpoint).not.toHaveBeenCalled();
  });
});
