// Benchmarks of the process boundary (electron/host): the round trip of a small API call from the parent to
// the backend process and back (child_process.fork with structured-clone serialization — what a
// utilityProcess does in Electron — of the real child entry under tsx), against the same call dispatched
// in-process; and what the boundary buys: how long the parent's event loop stalls while PDF exports run
// in-process versus in the child. Prints figures; never asserts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBackend, type Backend } from '../electron/backend';
import { createBackendHost, forkChild, type BackendHost } from '../electron/host';
import { fmt, samples } from './stats';

const N = 2000;
const EXPORTS = 5;
const CHILD = path.resolve(import.meta.dirname, '..', 'electron', 'host', 'child.ts');

async function latency(label: string, call: () => Promise<unknown>): Promise<void> {
  for (let i = 0; i < 200; i++) await call(); // warm-up
  const s = await samples(N, call);
  const us = (ms: number) => `${Math.round(ms * 1000)} µs`;
  console.log(`${label}: p50 ${us(s.median)}, p95 ${us(s.p95)}, min ${us(s.min)} over ${N} calls`);
}

/** One group and one bijeenkomst to export, planned through the API like the renderer would. */
async function sessionToExport(call: (m: string, i: unknown) => Promise<unknown>): Promise<string> {
  const ok = <T>(r: unknown) => {
    const res = r as { ok: boolean; value: T };
    if (!res.ok) throw new Error(`bench setup failed: ${JSON.stringify(r)}`);
    return res.value;
  };
  const names = ['Anna de Vries', 'Bram Okafor', 'Chris Jansen'];
  const group = ok<{ id: string; members: Array<{ id: string }> }>(
    await call('groups.save', { name: 'Leergroep Bench', description: '', members: names.map((name) => ({ name, function: '', organisation: '', skjNumber: null })) }),
  );
  const plan = {
    groupId: group.id,
    date: '2030-03-04',
    startTime: '19:00',
    endTime: '20:30',
    roles: { gespreksleider: group.members[0].id, inbrenger: group.members[1].id, notulist: null, tijdbewaker: null },
    caseId: null,
    leervraag: 'Hoe kan ik beter aansluiten bij een vader die boos is?',
  };
  return ok<{ id: string }>(await call('sessions.plan', { scriptId: 'mlb-vier-vensters', plan })).id;
}

/**
 * The parent's event loop while `work` runs: a 2 ms heartbeat, and the longest gap between beats (from the
 * start of the work on) — the longest time a process like Electron main could not have answered a click.
 */
async function stalls(work: () => Promise<unknown>): Promise<{ max: number; ms: number }> {
  await new Promise((r) => setTimeout(r, 20));
  const t0 = performance.now();
  let last = t0;
  let max = 0;
  const beat = setInterval(() => {
    const now = performance.now();
    max = Math.max(max, now - last);
    last = now;
  }, 2);
  await work();
  const end = performance.now();
  clearInterval(beat);
  return { max: Math.max(max, end - last), ms: end - t0 };
}

export default async function run(): Promise<void> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'leertafel-bench-shell-'));
  let backend: Backend | null = null;
  let host: BackendHost | null = null;
  try {
    backend = createBackend({ dataDir: path.join(tmp, 'direct'), shell: 'electron' });
    const direct = backend;
    host = createBackendHost({ spawn: forkChild(CHILD, { execArgv: ['--import', 'tsx'] }), init: { dataDir: path.join(tmp, 'child'), shell: 'electron' } });
    const child = host;
    const t0 = performance.now();
    await child.call('app.info', {});
    console.log(`backend process start to first answer (fork + tsx + open + migrate): ${fmt(performance.now() - t0)}`);

    await latency("'app.info' in-process (dispatch)", () => direct.dispatch('app.info', {}));
    await latency("'app.info' through the process boundary", () => child.call('app.info', {}));
    await latency("'scripts.list' (6 scripts) in-process", () => direct.dispatch('scripts.list', {}));
    await latency("'scripts.list' (6 scripts) through the process boundary", () => child.call('scripts.list', {}));

    const exportInput = (id: string) => ({ id, format: 'pdf', includeCanvas: true });
    const directId = await sessionToExport((m, i) => direct.dispatch(m, i));
    const childId = await sessionToExport((m, i) => child.call(m, i));
    const inProcess = await stalls(() => Promise.all(Array.from({ length: EXPORTS }, () => direct.dispatch('sessions.export', exportInput(directId)))));
    const inChild = await stalls(() => Promise.all(Array.from({ length: EXPORTS }, () => child.call('sessions.export', exportInput(childId)))));
    const line = (where: string, s: { max: number; ms: number }) =>
      console.log(`${EXPORTS} PDF exports ${where}: ${fmt(s.ms)} in all; the parent's event loop stalled up to ${fmt(s.max)} at a time`);
    line('in-process', inProcess);
    line('in the backend process', inChild);
  } finally {
    backend?.close();
    await host?.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
