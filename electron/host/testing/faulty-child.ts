/**
 * A backend process for the protocol tests: the real serveBackend over the real channel, with a dispatch of
 * test methods instead of the real backend, so crashes, slow calls and progress happen exactly when a test
 * wants them. Files in the data folder steer it:
 *   fail-start    the backend "cannot open" (create throws: the child sends `fatal`)
 *   crash-start   the process dies while opening the backend
 *   served.log    written by it: one line per start, checkpoint and close, in order
 */
import fs from 'node:fs';
import path from 'node:path';
import { parentChannel } from '../channel';
import { serveBackend, type ServedBackend } from '../serve';
import { reportProgress } from '../../backend/core/progress';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

serveBackend(
  parentChannel(),
  (init, platform): ServedBackend => {
    const dir = init.dataDir;
    const note = (line: string) => fs.appendFileSync(path.join(dir, 'served.log'), `${line}\n`);
    if (fs.existsSync(path.join(dir, 'crash-start'))) process.exit(7);
    if (fs.existsSync(path.join(dir, 'fail-start'))) {
      const err = new Error(`cannot open ${dir}`);
      err.name = 'DatabaseTooNew';
      throw err;
    }
    note(`start ${process.pid}`);
    return {
      dispatch: async (method, input) => {
        const i = (input ?? {}) as { ms?: number; steps?: number; sessionId?: string; value?: unknown };
        switch (method) {
          case 'test.echo':
            return { ok: true, value: { echo: i.value, pid: process.pid } };
          case 'test.slow':
            await sleep(i.ms ?? 100);
            return { ok: true, value: { slept: i.ms, pid: process.pid } };
          case 'test.progress': {
            const total = i.steps ?? 3;
            for (let done = 1; done <= total; done++) {
              await sleep(5);
              reportProgress({ done, total, stage: 'steps' });
            }
            return { ok: true, value: { steps: total } };
          }
          case 'test.crash':
            note(`crash ${process.pid}`);
            process.kill(process.pid, 'SIGKILL');
            await sleep(10_000);
            return { ok: true, value: 'unreachable' };
          case 'test.crashOnce': {
            const marker = path.join(dir, 'crashed-once');
            if (!fs.existsSync(marker)) {
              fs.writeFileSync(marker, String(process.pid));
              process.kill(process.pid, 'SIGKILL');
              await sleep(10_000);
            }
            return { ok: true, value: { pid: process.pid } };
          }
          case 'test.beamer':
            return { ok: true, value: { opened: platform.openBeamer(i.sessionId ?? '') } };
          case 'test.garbage':
            process.send?.({ t: 'result', id: -1, result: null });
            process.send?.('not a message');
            return { ok: true, value: 'after garbage' };
          case 'test.log':
            platform.log('a line from the backend');
            return { ok: true, value: null };
          default:
            return { ok: false, error: { code: 'UNKNOWN_METHOD', message: 'unknown method' } };
        }
      },
      checkpoint: () => note('checkpoint'),
      close: () => note('close'),
    };
  },
  { progressIntervalMs: 0, exit: (code) => process.exit(code) },
);
