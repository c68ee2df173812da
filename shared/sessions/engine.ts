/**
 * The clock of a live bijeenkomst: pure transitions over RunState. The caller passes `now` (the
 * facilitator's clock) so the UI, the tests and a restored session all agree on time.
 *
 * Every transition returns a new object, or the very same object when the transition makes no sense
 * in the current status: a double key press or a stale button then changes nothing.
 */
import type { RunState, RunStatus } from './types';

const MINUTE = 60_000;
/** runStateSchema caps extra minutes per block at 240; staying inside keeps a saved run valid. */
const EXTRA_MAX = 240;

type Blocks = readonly { minutes: number }[];
type LogEntry = RunState['log'][number];

export function initialRun(blockCount: number): RunState {
  return {
    status: 'planned',
    blockIndex: 0,
    blockStartedAt: null,
    blockElapsedBefore: 0,
    extraMinutes: new Array<number>(Math.max(0, Math.floor(blockCount))).fill(0),
    actualStart: null,
    actualEnd: null,
    log: [],
  };
}

export function start(run: RunState, now: number): RunState {
  if (run.status !== 'planned') return run;
  return {
    ...run,
    status: 'running',
    blockIndex: 0,
    blockStartedAt: now,
    blockElapsedBefore: 0,
    actualStart: now,
    actualEnd: null,
    log: [{ blockIndex: 0, startedAt: now, endedAt: null }],
  };
}

export function pause(run: RunState, now: number): RunState {
  if (run.status !== 'running') return run;
  return { ...run, status: 'paused', blockStartedAt: null, blockElapsedBefore: elapsedInBlock(run, now) };
}

export function resume(run: RunState, now: number): RunState {
  if (run.status !== 'paused') return run;
  return { ...run, status: 'running', blockStartedAt: now };
}

/** On the last block this does nothing: ending the session is a deliberate act (finish). */
export function next(run: RunState, now: number, blockCount: number): RunState {
  if (!isLive(run.status) || run.blockIndex >= blockCount - 1) return run;
  return moveTo(run, run.blockIndex + 1, now);
}

/** Going back restarts that block from zero: the group is doing it again, not resuming it. */
export function previous(run: RunState, now: number): RunState {
  if (!isLive(run.status) || run.blockIndex === 0) return run;
  return moveTo(run, run.blockIndex - 1, now);
}

/** Only while live: "+5 min" answers a block that is running out, not a plan being edited. */
export function addMinutes(run: RunState, minutes = 5): RunState {
  if (!isLive(run.status) || !Number.isInteger(minutes) || minutes === 0) return run;
  const current = run.extraMinutes[run.blockIndex] ?? 0;
  const updated = Math.min(EXTRA_MAX, Math.max(0, current + minutes));
  if (updated === current) return run;
  const extraMinutes = [...run.extraMinutes];
  // A snapshot with fewer entries than blocks (an older saved run) is padded rather than left sparse.
  while (extraMinutes.length <= run.blockIndex) extraMinutes.push(0);
  extraMinutes[run.blockIndex] = updated;
  return { ...run, extraMinutes };
}

export function finish(run: RunState, now: number): RunState {
  if (!isLive(run.status)) return run;
  return {
    ...run,
    status: 'finished',
    blackout: false,
    // Frozen so that the view after the session still shows how long the last block ran.
    blockElapsedBefore: elapsedInBlock(run, now),
    blockStartedAt: null,
    actualEnd: now,
    log: closeOpen(run.log, now),
  };
}

/** Blacks out the beamer or shows it again; any time but after the end (the beamer then says "afgerond"). */
export function toggleBlackout(run: RunState): RunState {
  if (run.status === 'finished') return run;
  return { ...run, blackout: !run.blackout };
}

export interface BlockPlan {
  index: number;
  plannedStartMs: number | null;
  /** First time the block was started (a block revisited via previous keeps its first start)… */
  actualStartMs: number | null;
  /** …and the end of its last visit; null while that visit is still open. */
  actualEndMs: number | null;
}

export interface RunView {
  status: RunStatus;
  blockIndex: number;
  blockMinutes: number;
  elapsedMs: number;
  remainingMs: number;
  progress: number;
  overrunMs: number;
  plannedTotalMinutes: number;
  projectedEndMs: number | null;
  plannedEndMs: number | null;
  lateMinutes: number;
  blockPlan: BlockPlan[];
}

/**
 * `plannedStartMs` is when the bijeenkomst was planned to begin (its date and begintijd). With it,
 * lateness is measured against the plan: starting fifteen minutes late is fifteen minutes late, and a
 * bijeenkomst not yet started is late once its planned start has passed. Without it, against the
 * actual start (an older caller, or a plan without a time).
 */
export function view(run: RunState, blocks: Blocks, now: number, plannedStartMs: number | null = null): RunView {
  const blockMinutes = minutesOf(run, blocks, run.blockIndex);
  const durationMs = blockMinutes * MINUTE;
  const elapsedMs = elapsedInBlock(run, now);
  const remainingMs = durationMs - elapsedMs;
  const progress = durationMs > 0 ? clamp01(elapsedMs / durationMs) : elapsedMs > 0 ? 1 : 0;
  const plannedTotalMinutes = blocks.reduce((sum, b) => sum + b.minutes, 0);

  let projectedEndMs: number | null = null;
  if (run.status === 'finished') {
    projectedEndMs = run.actualEnd;
  } else if (run.actualStart !== null) {
    let rest = 0;
    for (let i = run.blockIndex + 1; i < blocks.length; i++) rest += minutesOf(run, blocks, i);
    // Overrun of the current block is already in `now`; it must not also shorten the blocks after it.
    projectedEndMs = now + Math.max(0, remainingMs) + rest * MINUTE;
  }
  if (projectedEndMs === null && plannedStartMs !== null && run.status === 'planned') {
    // Not started: it would end the whole script's length after now (or after the planned start).
    projectedEndMs = Math.max(now, plannedStartMs) + plannedTotalMinutes * MINUTE;
  }
  const base = plannedStartMs ?? run.actualStart;
  const plannedEndMs = base === null ? null : base + plannedTotalMinutes * MINUTE;
  const lateMinutes =
    projectedEndMs === null || plannedEndMs === null ? 0 : Math.max(0, Math.round((projectedEndMs - plannedEndMs) / MINUTE));

  let offset = 0;
  const blockPlan = blocks.map((block, index): BlockPlan => {
    const plannedStartMs = base === null ? null : base + offset * MINUTE;
    offset += block.minutes;
    const visits = run.log.filter((entry) => entry.blockIndex === index);
    const first = visits[0];
    const last = visits[visits.length - 1];
    return { index, plannedStartMs, actualStartMs: first ? first.startedAt : null, actualEndMs: last ? last.endedAt : null };
  });

  return {
    status: run.status,
    blockIndex: run.blockIndex,
    blockMinutes,
    elapsedMs,
    remainingMs,
    progress,
    overrunMs: Math.max(0, -remainingMs),
    plannedTotalMinutes,
    projectedEndMs,
    plannedEndMs,
    lateMinutes,
    blockPlan,
  };
}

/**
 * Remaining time for the big clock. Positive time is rounded up, so "0:00" appears exactly when the
 * block is over; overrun is rounded down, so the display steps 0:01 → 0:00 → -0:01 without a "-0:00".
 */
export function formatClock(ms: number): string {
  if (!Number.isFinite(ms)) return '0:00';
  const seconds = ms >= 0 ? Math.ceil(ms / 1000) : -Math.floor(-ms / 1000);
  const sign = seconds < 0 ? '-' : '';
  const abs = Math.abs(seconds);
  const h = Math.floor(abs / 3600);
  const m = Math.floor((abs % 3600) / 60);
  const s = abs % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${sign}${h}:${String(m).padStart(2, '0')}:${ss}` : `${sign}${m}:${ss}`;
}

function isLive(status: RunStatus): boolean {
  return status === 'running' || status === 'paused';
}

function elapsedInBlock(run: RunState, now: number): number {
  // A clock that jumps backwards (NTP, a restored laptop) must not make time run negative.
  const running = run.status === 'running' && run.blockStartedAt !== null ? Math.max(0, now - run.blockStartedAt) : 0;
  return run.blockElapsedBefore + running;
}

function minutesOf(run: RunState, blocks: Blocks, index: number): number {
  return (blocks[index]?.minutes ?? 0) + (run.extraMinutes[index] ?? 0);
}

/** A pause carries over into the new block: the clock stays stopped until the facilitator resumes. */
function moveTo(run: RunState, blockIndex: number, now: number): RunState {
  const entry: LogEntry = { blockIndex, startedAt: now, endedAt: null };
  return {
    ...run,
    blockIndex,
    blockElapsedBefore: 0,
    blockStartedAt: run.status === 'running' ? now : null,
    log: [...closeOpen(run.log, now), entry],
  };
}

function closeOpen(log: RunState['log'], now: number): RunState['log'] {
  return log.map((entry) => (entry.endedAt === null ? { ...entry, endedAt: Math.max(now, entry.startedAt) } : entry));
}

function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}
