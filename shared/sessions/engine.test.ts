import { describe, it, expect } from 'vitest';
import type { RunState } from './types';
import { runStateSchema } from './types';
import { addMinutes, finish, formatClock, initialRun, next, pause, previous, resume, start, toggleBlackout, view } from './engine';

const MIN = 60_000;
const T0 = Date.UTC(2026, 4, 12, 8, 0); // 10:00 in Amsterdam, a plain weekday
/** The default MLB script: 5 · 10 · 15 · 15 · 20 · 15 · 10 = 90 minutes. */
const MLB = [5, 10, 15, 15, 20, 15, 10].map((minutes) => ({ minutes }));

function running(at = T0): RunState {
  return start(initialRun(MLB.length), at);
}

describe('transitions', () => {
  it('initialRun is planned at block 0 with no extras', () => {
    const run = initialRun(7);
    expect(run).toEqual({
      status: 'planned',
      blockIndex: 0,
      blockStartedAt: null,
      blockElapsedBefore: 0,
      extraMinutes: [0, 0, 0, 0, 0, 0, 0],
      actualStart: null,
      actualEnd: null,
      log: [],
    });
    expect(runStateSchema.safeParse(run).success).toBe(true);
  });

  it('start sets the actual start and opens a log entry for block 0', () => {
    const run = running();
    expect(run.status).toBe('running');
    expect(run.actualStart).toBe(T0);
    expect(run.blockStartedAt).toBe(T0);
    expect(run.log).toEqual([{ blockIndex: 0, startedAt: T0, endedAt: null }]);
  });

  it('never mutates its input', () => {
    const planned = initialRun(MLB.length);
    const frozen = JSON.parse(JSON.stringify(planned)) as RunState;
    const a = start(planned, T0);
    const b = addMinutes(a);
    const c = next(b, T0 + MIN, MLB.length);
    const d = pause(c, T0 + 2 * MIN);
    const e = previous(d, T0 + 3 * MIN);
    finish(resume(e, T0 + 4 * MIN), T0 + 5 * MIN);
    expect(planned).toEqual(frozen);
    expect(a.extraMinutes).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(b.log).toHaveLength(1);
    expect(c.status).toBe('running');
  });

  it('invalid transitions return the same object (double key presses are harmless)', () => {
    const planned = initialRun(MLB.length);
    expect(pause(planned, T0)).toBe(planned);
    expect(resume(planned, T0)).toBe(planned);
    expect(next(planned, T0, MLB.length)).toBe(planned);
    expect(previous(planned, T0)).toBe(planned);
    expect(finish(planned, T0)).toBe(planned);
    expect(addMinutes(planned)).toBe(planned);

    const run = running();
    expect(start(run, T0 + MIN)).toBe(run);
    expect(resume(run, T0 + MIN)).toBe(run);
    expect(previous(run, T0 + MIN)).toBe(run); // already at block 0

    const paused = pause(run, T0 + MIN);
    expect(pause(paused, T0 + 2 * MIN)).toBe(paused);

    const done = finish(run, T0 + MIN);
    for (const same of [start(done, 0), pause(done, 0), resume(done, 0), next(done, 0, 7), previous(done, 0), finish(done, 0), addMinutes(done)]) {
      expect(same).toBe(done);
    }
  });

  it('next on the last block is a no-op; finish ends the session', () => {
    let run = running();
    for (let i = 1; i < MLB.length; i++) run = next(run, T0 + i * MIN, MLB.length);
    expect(run.blockIndex).toBe(6);
    expect(next(run, T0 + 10 * MIN, MLB.length)).toBe(run);
  });

  it('addMinutes ignores zero, fractions, and stays within 0..240', () => {
    const run = running();
    expect(addMinutes(run, 0)).toBe(run);
    expect(addMinutes(run, 2.5)).toBe(run);
    expect(addMinutes(run, -5)).toBe(run); // nothing to take back
    expect(addMinutes(addMinutes(run, 10), -5).extraMinutes[0]).toBe(5);
    expect(addMinutes(run, 1000).extraMinutes[0]).toBe(240);
  });
});

describe('time', () => {
  it('paused time is not counted', () => {
    let run = running();
    run = pause(run, T0 + 2 * MIN);
    expect(view(run, MLB, T0 + 30 * MIN).elapsedMs).toBe(2 * MIN);
    run = resume(run, T0 + 30 * MIN);
    const v = view(run, MLB, T0 + 31 * MIN);
    expect(v.elapsedMs).toBe(3 * MIN);
    expect(v.remainingMs).toBe(2 * MIN);
    expect(v.progress).toBeCloseTo(3 / 5);
  });

  it('+5 min extends only the current block and moves the projected end', () => {
    let run = running();
    run = next(run, T0 + 5 * MIN, MLB.length); // block 1, 10 minutes
    const before = view(run, MLB, T0 + 6 * MIN);
    run = addMinutes(run);
    const after = view(run, MLB, T0 + 6 * MIN);
    expect(run.extraMinutes).toEqual([0, 5, 0, 0, 0, 0, 0]);
    expect(after.blockMinutes).toBe(15);
    expect(after.remainingMs).toBe(before.remainingMs + 5 * MIN);
    expect(after.projectedEndMs).toBe(before.projectedEndMs! + 5 * MIN);
    expect(after.plannedTotalMinutes).toBe(90);
    expect(after.plannedEndMs).toBe(T0 + 90 * MIN);
    expect(after.lateMinutes).toBe(5);
    // The next block is back to its planned length.
    run = next(run, T0 + 21 * MIN, MLB.length);
    expect(view(run, MLB, T0 + 21 * MIN).blockMinutes).toBe(15);
  });

  it('previous and next keep the log consistent; previous restarts the block from 0', () => {
    let run = running();
    run = next(run, T0 + 5 * MIN, MLB.length);
    run = next(run, T0 + 15 * MIN, MLB.length);
    run = previous(run, T0 + 17 * MIN);
    expect(run.blockIndex).toBe(1);
    expect(view(run, MLB, T0 + 17 * MIN).elapsedMs).toBe(0);
    expect(view(run, MLB, T0 + 19 * MIN).elapsedMs).toBe(2 * MIN);
    run = next(run, T0 + 20 * MIN, MLB.length);
    expect(run.log).toEqual([
      { blockIndex: 0, startedAt: T0, endedAt: T0 + 5 * MIN },
      { blockIndex: 1, startedAt: T0 + 5 * MIN, endedAt: T0 + 15 * MIN },
      { blockIndex: 2, startedAt: T0 + 15 * MIN, endedAt: T0 + 17 * MIN },
      { blockIndex: 1, startedAt: T0 + 17 * MIN, endedAt: T0 + 20 * MIN },
      { blockIndex: 2, startedAt: T0 + 20 * MIN, endedAt: null },
    ]);
    // Exactly one open entry, always for the current block; entries are contiguous in time.
    expect(run.log.filter((e) => e.endedAt === null)).toEqual([{ blockIndex: 2, startedAt: T0 + 20 * MIN, endedAt: null }]);
    for (let i = 1; i < run.log.length; i++) expect(run.log[i]!.startedAt).toBe(run.log[i - 1]!.endedAt);

    const plan = view(run, MLB, T0 + 21 * MIN).blockPlan;
    expect(plan[1]).toEqual({ index: 1, plannedStartMs: T0 + 5 * MIN, actualStartMs: T0 + 5 * MIN, actualEndMs: T0 + 20 * MIN });
    expect(plan[2]).toEqual({ index: 2, plannedStartMs: T0 + 15 * MIN, actualStartMs: T0 + 15 * MIN, actualEndMs: null });
    expect(plan[3]).toEqual({ index: 3, plannedStartMs: T0 + 30 * MIN, actualStartMs: null, actualEndMs: null });
  });

  it('next while paused moves on but keeps the clock stopped', () => {
    let run = pause(running(), T0 + 2 * MIN);
    run = next(run, T0 + 4 * MIN, MLB.length);
    expect(run.status).toBe('paused');
    expect(view(run, MLB, T0 + 9 * MIN).elapsedMs).toBe(0);
    run = resume(run, T0 + 9 * MIN);
    expect(view(run, MLB, T0 + 10 * MIN).elapsedMs).toBe(MIN);
  });

  it('finish from paused works and closes the log', () => {
    let run = running();
    run = next(run, T0 + 5 * MIN, MLB.length);
    run = pause(run, T0 + 8 * MIN);
    run = finish(run, T0 + 12 * MIN);
    expect(run.status).toBe('finished');
    expect(run.actualEnd).toBe(T0 + 12 * MIN);
    expect(run.blockStartedAt).toBeNull();
    expect(run.log.every((e) => e.endedAt !== null)).toBe(true);
    expect(run.log[run.log.length - 1]).toEqual({ blockIndex: 1, startedAt: T0 + 5 * MIN, endedAt: T0 + 12 * MIN });
    // The view after the session is frozen: time moving on changes nothing.
    expect(view(run, MLB, T0 + 99 * MIN)).toEqual(view(run, MLB, T0 + 12 * MIN));
    expect(view(run, MLB, T0 + 99 * MIN).elapsedMs).toBe(3 * MIN);
    expect(runStateSchema.safeParse(run).success).toBe(true);
  });

  it('view before start', () => {
    const v = view(initialRun(MLB.length), MLB, T0);
    expect(v).toMatchObject({
      status: 'planned',
      blockIndex: 0,
      blockMinutes: 5,
      elapsedMs: 0,
      remainingMs: 5 * MIN,
      progress: 0,
      overrunMs: 0,
      plannedTotalMinutes: 90,
      projectedEndMs: null,
      plannedEndMs: null,
      lateMinutes: 0,
    });
    expect(v.blockPlan).toHaveLength(7);
    expect(v.blockPlan.every((b) => b.plannedStartMs === null && b.actualStartMs === null && b.actualEndMs === null)).toBe(true);
  });

  it('overrun: negative remaining, progress clamped, overrunMs', () => {
    const v = view(running(), MLB, T0 + 6 * MIN + 30_000);
    expect(v.remainingMs).toBe(-90_000);
    expect(v.overrunMs).toBe(90_000);
    expect(v.progress).toBe(1);
    expect(formatClock(v.remainingMs)).toBe('-1:30');
  });

  it('an overrun of 7 minutes makes the session 7 minutes late', () => {
    let run = running();
    run = next(run, T0 + 12 * MIN, MLB.length); // opening took 12 instead of 5
    const v = view(run, MLB, T0 + 12 * MIN);
    expect(v.projectedEndMs).toBe(T0 + 97 * MIN);
    expect(v.plannedEndMs).toBe(T0 + 90 * MIN);
    expect(v.lateMinutes).toBe(7);
    // Also while still in the overrunning block.
    expect(view(running(), MLB, T0 + 12 * MIN).lateMinutes).toBe(7);
  });

  it('a clock that jumps backwards never yields negative elapsed time', () => {
    const run = running();
    expect(view(run, MLB, T0 - 5 * MIN).elapsedMs).toBe(0);
    expect(pause(run, T0 - 5 * MIN).blockElapsedBefore).toBe(0);
  });

  it('a whole 7-block 90-minute session with a fake clock, run exactly to plan', () => {
    let now = T0;
    const tick = (minutes: number) => {
      now += minutes * MIN;
    };
    let run = start(initialRun(MLB.length), now);
    for (let i = 0; i < MLB.length; i++) {
      const minutes = MLB[i]!.minutes;
      tick(minutes / 2);
      let v = view(run, MLB, now);
      expect(v.blockIndex).toBe(i);
      expect(v.progress).toBeCloseTo(0.5);
      expect(v.lateMinutes).toBe(0);
      expect(v.projectedEndMs).toBe(T0 + 90 * MIN);
      tick(minutes / 2);
      v = view(run, MLB, now);
      expect(v.remainingMs).toBe(0);
      expect(formatClock(v.remainingMs)).toBe('0:00');
      run = i < MLB.length - 1 ? next(run, now, MLB.length) : finish(run, now);
    }
    const v = view(run, MLB, now);
    expect(run.actualEnd).toBe(T0 + 90 * MIN);
    expect(v.status).toBe('finished');
    expect(v.lateMinutes).toBe(0);
    expect(v.projectedEndMs).toBe(v.plannedEndMs);
    expect(run.log).toHaveLength(7);
    for (const b of v.blockPlan) expect(b.actualStartMs).toBe(b.plannedStartMs);
    expect(v.blockPlan[6]!.actualEndMs).toBe(T0 + 90 * MIN);
    expect(runStateSchema.safeParse(run).success).toBe(true);
  });

  it('a whole session with a break, +5 min and an overrun ends as late as it really ran', () => {
    let now = T0;
    let run = start(initialRun(MLB.length), now);
    const at = (m: number) => (now = T0 + m * MIN);
    run = next(run, at(5), MLB.length);
    run = next(run, at(15), MLB.length);
    run = addMinutes(run); // mensen 15 → 20
    run = next(run, at(35), MLB.length);
    run = pause(run, at(40)); // coffee
    expect(view(run, MLB, at(50)).lateMinutes).toBe(15); // 5 extra + 10 paused so far
    run = resume(run, at(50));
    run = next(run, at(60), MLB.length);
    run = next(run, at(83), MLB.length); // weging overran by 3
    run = next(run, at(98), MLB.length);
    expect(view(run, MLB, at(98)).lateMinutes).toBe(18);
    run = finish(run, at(108));
    const v = view(run, MLB, at(200));
    expect(v.lateMinutes).toBe(18);
    expect(v.projectedEndMs).toBe(T0 + 108 * MIN);
  });
});

describe('formatClock', () => {
  it.each([
    [12 * MIN + 5_000, '12:05'],
    [0, '0:00'],
    [999, '0:01'],
    [-999, '0:00'],
    [-1000, '-0:01'],
    [-90_000, '-1:30'],
    [59 * MIN + 59_000, '59:59'],
    [3_723_000, '1:02:03'],
    [-3_723_000, '-1:02:03'],
    [Number.NaN, '0:00'],
  ])('%d ms → %s', (ms, text) => {
    expect(formatClock(ms)).toBe(text);
  });
});

describe('lateness against the planned start', () => {
  it('a session started fifteen minutes after its planned start is fifteen minutes late, not on time', () => {
    const run = running(T0 + 15 * MIN);
    expect(view(run, MLB, T0 + 16 * MIN).lateMinutes).toBe(0); // the old measure, against the actual start
    expect(view(run, MLB, T0 + 16 * MIN, T0).lateMinutes).toBe(15);
    expect(view(run, MLB, T0 + 16 * MIN, T0).blockPlan[1].plannedStartMs).toBe(T0 + 5 * MIN);
  });
  it('a session not started is late once its planned start has passed, and on time before', () => {
    const planned = initialRun(MLB.length);
    expect(view(planned, MLB, T0 - 30 * MIN, T0).lateMinutes).toBe(0);
    expect(view(planned, MLB, T0 + 10 * MIN, T0).lateMinutes).toBe(10);
  });
  it('starting early is not late', () => {
    expect(view(running(T0 - 5 * MIN), MLB, T0, T0).lateMinutes).toBe(0);
  });
});

describe('the black screen', () => {
  it('toggles while planned or live, and is lifted when the session finishes', () => {
    const on = toggleBlackout(running());
    expect(on.blackout).toBe(true);
    expect(runStateSchema.safeParse(on).success).toBe(true);
    expect(toggleBlackout(on).blackout).toBe(false);
    const done = finish(on, T0 + MIN);
    expect(done.blackout).toBe(false);
    expect(toggleBlackout(done)).toBe(done);
  });
});
