import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { parentChannel } from './channel';

/** The one adapter that lets the same child entry run as a utilityProcess and as a child_process.fork. */
describe('parentChannel', () => {
  it('under Electron uses process.parentPort: messages arrive as { data } events, replies go to postMessage', () => {
    const port = new EventEmitter() as EventEmitter & { postMessage: (m: unknown) => void };
    port.postMessage = vi.fn();
    const proc = Object.assign(new EventEmitter(), { parentPort: port, send: vi.fn() }) as unknown as NodeJS.Process;
    const channel = parentChannel(proc);
    const got: unknown[] = [];
    channel.onMessage((m) => got.push(m));
    port.emit('message', { data: { t: 'close' } });
    channel.post({ t: 'ready' });
    expect(got).toEqual([{ t: 'close' }]);
    expect(port.postMessage).toHaveBeenCalledWith({ t: 'ready' });
    expect((proc as unknown as { send: () => void }).send).not.toHaveBeenCalled();
  });

  it('under child_process.fork uses process.send and process.on("message"), and ends with its parent', () => {
    const proc = Object.assign(new EventEmitter(), { send: vi.fn(() => true), exit: vi.fn() }) as unknown as NodeJS.Process;
    const channel = parentChannel(proc);
    const got: unknown[] = [];
    channel.onMessage((m) => got.push(m));
    (proc as unknown as EventEmitter).emit('message', { t: 'close' });
    channel.post({ t: 'ready' });
    expect(got).toEqual([{ t: 'close' }]);
    expect(proc.send).toHaveBeenCalledWith({ t: 'ready' });
    (proc as unknown as EventEmitter).emit('disconnect');
    expect(proc.exit).toHaveBeenCalledWith(0);
  });

  it('refuses to run without a parent', () => {
    expect(() => parentChannel(new EventEmitter() as unknown as NodeJS.Process)).toThrow(/not started as a child process/);
  });
});
