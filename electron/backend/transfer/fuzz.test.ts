/**
 * Issue 13: at least 500 mutated and truncated export files fed to the import. Every one must answer (no
 * crash: the dispatcher's INTERNAL never comes back), and a refused one must leave the database as it was
 * (row count and a SHA-256 over every row of every carried table, and over core_secrets). The PRNG is seeded,
 * so a failure is reproducible from the printed case number.
 */
import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Backend } from '..';
import type { Input, MethodName, Output } from '../../../shared/api/contract';
import type { Result } from '../../../shared/api/errors';
import { testBackend } from '../testing/helpers';
import { TEST_KDF } from '../core';
import { CARRIED_TABLES } from './tables';
import { seed } from './fixture';
import { checksum, open, seal, type InnerDocument } from './format';

const PASSWORD = 'exportwachtwoord-1';
/** The dispatcher (validation, errors as results) with the method's output type. */
const call = async <M extends MethodName>(b: Backend, method: M, input: Input<M>) => (await b.dispatch(method, input)) as Result<Output<M>>;
const CASES = 600;

/** mulberry32: small, seeded, good enough to pick mutations. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function state(b: Backend): { counts: Record<string, number>; digest: string } {
  const counts: Record<string, number> = {};
  const h = crypto.createHash('sha256');
  for (const t of [...CARRIED_TABLES, 'core_secrets']) {
    const rows = b.db.prepare(`SELECT * FROM "${t}" ORDER BY 1, 2`).raw().all() as unknown[][];
    counts[t] = rows.length;
    h.update(t);
    for (const r of rows) h.update(JSON.stringify(r.map((v) => (Buffer.isBuffer(v) ? v.toString('hex') : v))));
  }
  return { counts, digest: h.digest('hex') };
}

describe('import fuzz', () => {
  it(`${CASES} mutated or truncated files: no crash, and every refused import changes nothing`, async () => {
    const source = testBackend();
    seed(source, 'A');
    const exported = await call(source, 'transfer.export', { password: PASSWORD });
    if (!exported.ok) throw new Error(exported.error.code);
    const text = exported.value.content;
    const inner = open(text, PASSWORD) as InnerDocument;

    const target = testBackend();
    seed(target, 'B');
    const rnd = prng(0x13_2026);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
    const tally: Record<string, number> = {};

    const outer = (): string => {
      switch (Math.floor(rnd() * 6)) {
        case 0:
          return text.slice(0, Math.floor(rnd() * text.length));
        case 1: {
          const b = Buffer.from(text);
          for (let i = 0, n = 1 + Math.floor(rnd() * 4); i < n; i++) b[Math.floor(rnd() * b.length)] ^= 1 << Math.floor(rnd() * 8);
          return b.toString('latin1');
        }
        case 2: {
          const at = Math.floor(rnd() * text.length);
          return text.slice(0, at) + pick(['"', '{', ']', ',', 'A', '\u0000', 'null']) + text.slice(at);
        }
        case 3: {
          const env = JSON.parse(text) as Record<string, unknown> & { kdf: Record<string, unknown>; cipher: Record<string, unknown> };
          const where = pick(['format', 'formatVersion', 'kdf.N', 'kdf.r', 'kdf.salt', 'cipher.iv', 'cipher.tag', 'cipher.check', 'data']);
          const value = pick<unknown>([null, 0, 2, -1, 2 ** 30, '', 'AAAA', 'x', [], {}, 1.5]);
          const [a, b] = where.split('.') as [string, string?];
          if (b) (env[a] as Record<string, unknown>)[b] = value;
          else env[a] = value;
          return JSON.stringify(env);
        }
        case 4: {
          const env = JSON.parse(text) as { data: string };
          const data = Buffer.from(env.data, 'base64');
          return JSON.stringify({ ...env, data: data.subarray(0, Math.floor(rnd() * data.length)).toString('base64') });
        }
        default:
          return pick(['', '{}', '[]', 'null', '# script\n', JSON.stringify({ format: 'leertafel-export', formatVersion: 1 })]);
      }
    };
    // A document that opens (right password, checksum made again) but whose content was changed.
    const innerMutation = (): string => {
      const doc = structuredClone(inner);
      const tables = Object.keys(doc.payload.tables);
      const t = doc.payload.tables[pick(tables)]!;
      switch (Math.floor(rnd() * 6)) {
        case 0:
          if (t.rows.length) {
            const r = pick(t.rows);
            r[Math.floor(rnd() * r.length)] = pick<string | number | null>([null, '', 'Fatima Yilmaz, Kerkstraat 12', -1, 1e9, '{', '[]', 'x'.repeat(5000)]);
          }
          break;
        case 1:
          t.rows.push([...(t.rows[0] ?? t.columns.map(() => null))]);
          break;
        case 2:
          t.columns.reverse();
          break;
        case 3:
          delete doc.payload.tables[pick(tables)];
          break;
        case 4:
          if (t.rows.length) pick(t.rows).pop();
          break;
        default:
          (doc as unknown as Record<string, unknown>)[pick(['schemaVersion', 'formatVersion', 'createdAt', 'format'])] = pick<unknown>([0, 99, 'x', null]);
      }
      doc.checksum = checksum(doc.payload);
      return seal(doc, PASSWORD, TEST_KDF);
    };

    // Every fifth file goes to an installation without data of its own (a restore: its transaction empties the
    // tables first), the others to one with data (a merge).
    let empty = testBackend();
    const targets = { merge: { b: target, before: state(target) }, restore: { b: empty, before: state(empty) } };
    for (let i = 0; i < CASES; i++) {
      const content = rnd() < 0.65 ? outer() : innerMutation();
      const apply = rnd() < 0.8;
      const t = i % 5 === 0 ? targets.restore : targets.merge;
      const r = await call(t.b, apply ? 'transfer.import' : 'transfer.preview', { password: PASSWORD, data: Buffer.from(content, 'latin1').toString('base64') });
      expect(r.ok, `case ${i}: ${r.ok ? '' : r.error.code}`).toBe(true);
      if (!r.ok) continue;
      const outcome = r.value.status === 'refused' ? r.value.reason : r.value.status;
      tally[outcome] = (tally[outcome] ?? 0) + 1;
      const after = state(t.b);
      if (r.value.status === 'imported') {
        // A mutation the file survives (whitespace, a changed text in a new row): the import is allowed to add.
        if (t === targets.restore) {
          empty = testBackend();
          t.b = empty;
          t.before = state(empty);
        } else t.before = after;
        continue;
      }
      expect(after.counts, `case ${i} (${outcome})`).toEqual(t.before.counts);
      expect(after.digest, `case ${i} (${outcome})`).toBe(t.before.digest);
    }
    console.log(`transfer fuzz: ${CASES} files`, tally);
    expect(Object.values(tally).reduce((a, b) => a + b, 0)).toBe(CASES);
    expect(tally.imported ?? 0).toBeLessThan(CASES / 4);
  });
});
