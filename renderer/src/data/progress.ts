/**
 * What the renderer knows of long calls in flight: one entry per method while a call of it runs, with its
 * latest progress report (from the preload's channel in Electron, from the bridge's NDJSON lines in a
 * browser). The progress bar reads it through `useProgress`; nothing here is stored anywhere.
 */
import { useSyncExternalStore } from 'react';
import type { MethodName } from '../../../shared/api/contract';
import type { ProgressEvent } from '../../../shared/api/progress';

export interface Running {
  method: MethodName;
  /** When the first call of this method still running began (ms, performance clock). */
  since: number;
  done?: number;
  total?: number;
  stage?: string;
}

interface Slot {
  calls: number;
  running: Running;
}

const slots = new Map<MethodName, Slot>();
const listeners = new Set<() => void>();
let snapshot: readonly Running[] = [];

function publish(): void {
  snapshot = [...slots.values()].map((s) => s.running);
  for (const l of listeners) l();
}

export function callStarted(method: MethodName, now = performance.now()): void {
  const slot = slots.get(method);
  if (slot) slot.calls += 1;
  else slots.set(method, { calls: 1, running: { method, since: now } });
  publish();
}

export function callEnded(method: MethodName): void {
  const slot = slots.get(method);
  if (!slot) return;
  slot.calls -= 1;
  if (slot.calls <= 0) slots.delete(method);
  publish();
}

/** A report for a method with no call running (a late line after its result) is dropped. */
export function progressReported(event: ProgressEvent): void {
  const slot = slots.get(event.method);
  if (!slot) return;
  slot.running = { ...slot.running, done: event.done, total: event.total, stage: event.stage };
  publish();
}

export function subscribeProgress(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

export function runningCalls(): readonly Running[] {
  return snapshot;
}

/** Calls in flight that have reported progress at least once: the ones worth a progress bar. */
export function useProgress(): readonly Running[] {
  return useSyncExternalStore(subscribeProgress, runningCalls, runningCalls);
}
