// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import '../i18n';
import { ProgressBar, SHOW_AFTER_MS } from './ProgressBar';
import { callEnded, callStarted, progressReported, runningCalls } from '../data/progress';
import { readLines } from '../api';

let clock = 0;
const now = () => clock;

afterEach(() => {
  cleanup();
  for (const r of runningCalls()) for (let i = 0; i < 5; i++) callEnded(r.method);
});

describe('progress of long calls', () => {
  it('shows a bar for a call that runs longer than the threshold and reports, and hides it when the call ends', () => {
    render(<ProgressBar now={now} />);
    act(() => {
      callStarted('sessions.export', 0);
      progressReported({ method: 'sessions.export', done: 1, total: 4, stage: 'pdf' });
    });
    // quick calls give no flicker
    expect(screen.queryByRole('progressbar')).toBeNull();
    clock = SHOW_AFTER_MS + 1;
    act(() => progressReported({ method: 'sessions.export', done: 3, total: 4, stage: 'pdf' }));
    const bar = screen.getByRole('progressbar', { name: 'PDF maken' });
    expect(bar.getAttribute('aria-valuenow')).toBe('75');
    expect(screen.getByRole('status').textContent).toContain('75%');
    act(() => callEnded('sessions.export'));
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('shows nothing for a call that never reports, and drops reports for calls not running', () => {
    clock = 10_000;
    render(<ProgressBar now={now} />);
    act(() => {
      callStarted('scripts.list', 0);
      progressReported({ method: 'cases.list', done: 1, total: 2 });
    });
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(runningCalls().map((r) => r.method)).toEqual(['scripts.list']);
  });

  it('words an unknown stage as work in progress, and a report without total as an indeterminate bar', () => {
    clock = 10_000;
    render(<ProgressBar now={now} />);
    act(() => {
      callStarted('sessions.export', 0);
      progressReported({ method: 'sessions.export', done: 2, stage: 'iets-nieuws' });
    });
    const bar = screen.getByRole('progressbar', { name: 'Bezig…' });
    expect(bar.getAttribute('aria-valuenow')).toBeNull();
  });

  it('keeps one entry per method while two calls of it run', () => {
    act(() => {
      callStarted('sessions.export', 0);
      callStarted('sessions.export', 5);
      callEnded('sessions.export');
    });
    expect(runningCalls()).toHaveLength(1);
    act(() => callEnded('sessions.export'));
    expect(runningCalls()).toHaveLength(0);
  });
});

describe("the bridge's NDJSON answer", () => {
  const stream = (chunks: string[]) =>
    new ReadableStream<Uint8Array>({
      start(c) {
        for (const ch of chunks) c.enqueue(new TextEncoder().encode(ch));
        c.close();
      },
    });

  it('passes progress lines to the store and returns the result line, also when lines are split across chunks', async () => {
    callStarted('sessions.export', 0);
    const result = await readLines(
      stream(['{"progress":{"done":1,"total":3,"st', 'age":"pdf"}}\n{"progress":{"done":3,"total":3,"stage":"pdf"}}\n', '{"result":{"ok":true,"value":42}}\n']),
      'sessions.export',
    );
    expect(result).toEqual({ ok: true, value: 42 });
    expect(runningCalls()[0]).toMatchObject({ method: 'sessions.export', done: 3, total: 3, stage: 'pdf' });
  });

  it('fails when the answer ends without a result (a cut connection is not a success)', async () => {
    await expect(readLines(stream(['{"progress":{"done":1}}\n']), 'sessions.export')).rejects.toThrow(/without a result/);
  });

  it('ignores a progress line whose shape is wrong (a stage that is not a code)', async () => {
    callStarted('sessions.export', 0);
    await readLines(stream(['{"progress":{"done":1,"stage":"Jan de Vries"}}\n{"result":{"ok":true,"value":null}}\n']), 'sessions.export');
    expect(runningCalls()[0]?.stage).toBeUndefined();
  });
});
