import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Backend } from '..';
import type { Input, MethodName, Output } from '../../../shared/api/contract';
import type { Result } from '../../../shared/api/errors';
import { tempDir, testBackend } from '../testing/helpers';
import { CARRIED_TABLES } from './tables';
import { IGNORED_WORD, seed } from './fixture';
import { canonicalJson, checksum, open, seal, type InnerDocument } from './format';
import { TEST_KDF } from '../core';
import { EXCLUDED, isExcluded } from './tables';

const PASSWORD = 'exportwachtwoord-1';
/** The dispatcher (validation, errors as results) with the method's output type. */
const call = async <M extends MethodName>(b: Backend, method: M, input: Input<M>) => (await b.dispatch(method, input)) as Result<Output<M>>;

/** Every carried table, every column, ordered: what "equals the source" compares. */
function dump(b: Backend): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const t of CARRIED_TABLES) {
    const cols = (b.db.prepare(`PRAGMA table_xinfo("${t}")`).all() as { name: string; hidden: number }[]).filter((c) => c.hidden === 0).map((c) => `"${c.name}"`);
    out[t] = (b.db.prepare(`SELECT ${cols.join(', ')} FROM "${t}"`).raw().all() as unknown[][]).map((r) => canonicalJson(r)).sort();
  }
  return out;
}

const fingerprintOf = async (b: Backend) => {
  const r = await call(b, 'exchange.identity', undefined as never);
  if (!r.ok) throw new Error(r.error.code);
  return r.value.fingerprint;
};

const nameSecret = (b: Backend) => (b.db.prepare("SELECT value FROM core_secrets WHERE name = 'name-hash'").get() as { value: Buffer }).value.toString('hex');

describe('Alles exporteren / importeren', () => {
  it('round trip into a fresh data folder equals the source in every table and field; a second import changes nothing', async () => {
    const sourceDir = tempDir();
    const source = testBackend(sourceDir);
    const { c } = seed(source);
    const before = dump(source);
    for (const t of CARRIED_TABLES) expect(before[t]!.length, `a row in ${t}`).toBeGreaterThan(0);

    const exported = await call(source, 'transfer.export', { password: PASSWORD });
    if (!exported.ok) throw new Error(exported.error.code);
    expect(fs.readFileSync(path.join(sourceDir, exported.value.relativePath), 'utf8')).toBe(exported.value.content);
    // Nothing of the content is readable without the password.
    expect(exported.value.content).not.toContain('Moeder');
    expect(exported.value.content).not.toContain(nameSecret(source));

    const targetDir = tempDir();
    const target = testBackend(targetDir);
    const data = Buffer.from(exported.value.content).toString('base64');
    const preview = await call(target, 'transfer.preview', { password: PASSWORD, data });
    expect(preview).toMatchObject({ ok: true, value: { status: 'preview', preview: { mode: 'restore' } } });
    const first = await call(target, 'transfer.import', { password: PASSWORD, data });
    expect(first).toMatchObject({ ok: true, value: { status: 'imported', preview: { mode: 'restore' } } });
    expect(dump(target)).toEqual(before);
    expect(nameSecret(target)).toBe(nameSecret(source));
    // The new laptop keeps the bundle identity colleagues confirmed: the same fingerprint, its key in place.
    expect(await fingerprintOf(target)).toBe(await fingerprintOf(source));
    expect(fs.readFileSync(path.join(targetDir, 'keys', 'identity-ed25519.pem'), 'utf8')).toBe(fs.readFileSync(path.join(sourceDir, 'keys', 'identity-ed25519.pem'), 'utf8'));
    // The scripts' full-text index followed the rows in (its triggers): the own copy is found by a part of its title.
    const own = source.services.scripts.list().find((x) => !x.builtin)!;
    expect(target.services.scripts.list({ query: own.title.slice(0, 12) }).map((x) => x.id)).toContain(own.id);
    // The search index is not in the file; it was rebuilt from the imported rows: the case is found by a word of its text.
    const found = (b: typeof source) => b.services.search.query({ text: 'Moeder' }).groups.flatMap((g) => g.hits.map((h) => h.refId));
    expect(found(source)).toContain(c.id);
    expect(found(target)).toEqual(found(source));
    // The live name key was replaced too: the case's "geen identificatie" still lets its notes through here.
    expect(target.services.cases.saveNotes({ id: c.id, notes: `Moeder zette ${IGNORED_WORD} weer op tafel.`, resolutions: [] }).notes).toContain(IGNORED_WORD);
    const after = dump(target);

    const second = await call(target, 'transfer.import', { password: PASSWORD, data });
    if (!second.ok || second.value.status !== 'imported') throw new Error('second import');
    expect(second.value.preview.mode).toBe('merge');
    expect(second.value.preview.areas.reduce((n, a) => n + a.new, 0)).toBe(0);
    expect(dump(target)).toEqual(after);
  });

  it('merges by id into an installation with its own data: existing items stay, new ones are added', async () => {
    const source = testBackend();
    const theirs = seed(source, 'A');
    const exported = await call(source, 'transfer.export', { password: PASSWORD });
    if (!exported.ok) throw new Error(exported.error.code);

    const target = testBackend();
    const mine = seed(target, 'B');
    const before = dump(target);
    const ownIdentity = await fingerprintOf(target);
    expect(ownIdentity).not.toBe(await fingerprintOf(source));
    const data = Buffer.from(exported.value.content).toString('base64');
    const preview = await call(target, 'transfer.preview', { password: PASSWORD, data });
    if (!preview.ok || preview.value.status !== 'preview') throw new Error('preview');
    expect(preview.value.preview.mode).toBe('merge');
    const cases = preview.value.preview.areas.find((a) => a.area === 'cases')!;
    expect(cases).toMatchObject({ new: 1, identical: 0, conflicts: 0 });
    // The built-in scripts are the app's: the same on both installations, whenever each synced them; the own copy is new.
    expect(preview.value.preview.areas.find((a) => a.area === 'scripts')).toMatchObject({ new: 1, conflicts: 0 });
    // Both have settings of their own (another display name): the one here stays.
    expect(preview.value.preview.areas.find((a) => a.area === 'settings')!.conflicts).toBeGreaterThan(0);
    // The preview wrote nothing, the search index included: it read every item back without indexing it.
    expect(dump(target)).toEqual(before);
    const searchRows = () => target.db.prepare('SELECT rowid, kind, ref_id FROM search_docs ORDER BY rowid').all();
    const indexed = (id: string) => target.services.search.query({ text: 'Moeder' }).groups.some((g) => g.hits.some((h) => h.refId === id));
    const indexBefore = searchRows();
    expect(indexed(theirs.c.id)).toBe(false);
    await call(target, 'transfer.preview', { password: PASSWORD, data });
    expect(searchRows()).toEqual(indexBefore);
    expect(target.services.search.ensureBuilt()).toBe(false);

    const done = await call(target, 'transfer.import', { password: PASSWORD, data });
    expect(done).toMatchObject({ ok: true, value: { status: 'imported' } });
    expect(target.services.cases.list().length).toBe(2);
    // After the commit the index was rebuilt once: the imported case is found, this installation's own too.
    expect(indexed(theirs.c.id)).toBe(true);
    expect(indexed(mine.c.id)).toBe(true);
    expect(target.services.search.ensureBuilt()).toBe(false);
    expect(target.services.groups.list().map((g) => g.name).sort()).toEqual(['Team Noord A', 'Team Noord B']);
    // A merge keeps this installation's own bundle identity.
    expect(await fingerprintOf(target)).toBe(ownIdentity);
    // Existing settings stay (conflict: this installation's value wins).
    expect(target.services.settings.get().displayName).toBe('Anna de Vries B');
    // The imported case's "geen identificatie" was hashed again with this installation's key: its notes pass here.
    const imported = target.services.cases.list().find((x) => x.id !== mine.c.id)!;
    // (The word is one the gate stops when nobody resolved it: the check below can fail.)
    const plain = target.services.cases.create({ format: 'mlb' });
    expect(() => target.services.cases.saveNotes({ id: plain.id, notes: `Moeder zette ${IGNORED_WORD} neer.`, resolutions: [] })).toThrow(/unresolved/);
    target.services.cases.delete(plain.id);
    expect(() => target.services.cases.saveNotes({ id: imported.id, notes: `Moeder zette ${IGNORED_WORD} weer neer.`, resolutions: [] })).not.toThrow();

    const again = dump(target);
    const second = await call(target, 'transfer.preview', { password: PASSWORD, data });
    if (!second.ok || second.value.status !== 'preview') throw new Error('second');
    expect(second.value.preview.areas.reduce((n, a) => n + a.new, 0)).toBe(0);
    expect(dump(target)).toEqual(again);
  });

  it('refuses a wrong password, a changed file, a truncated one, a newer one and another file, and changes nothing', async () => {
    const source = testBackend();
    seed(source);
    const exported = await call(source, 'transfer.export', { password: PASSWORD });
    if (!exported.ok) throw new Error(exported.error.code);
    const text = exported.value.content;
    const target = testBackend(tempDir());
    seed(target, 'B');
    const before = dump(target);
    const outcome = async (content: string, password = PASSWORD) => {
      const r = await call(target, 'transfer.import', { password, data: Buffer.from(content).toString('base64') });
      if (!r.ok) throw new Error(r.error.code);
      return r.value.status === 'refused' ? r.value.reason : r.value.status;
    };
    const env = JSON.parse(text) as { data: string; formatVersion: number };
    const flipped = Buffer.from(env.data, 'base64');
    flipped[10] ^= 1;
    expect(await outcome(text, 'een ander wachtwoord')).toBe('password');
    expect(await outcome(JSON.stringify({ ...env, data: flipped.toString('base64') }))).toBe('tampered');
    expect(await outcome(text.slice(0, Math.floor(text.length / 2)))).toBe('truncated');
    expect(await outcome(JSON.stringify({ ...env, formatVersion: env.formatVersion + 1 }))).toBe('newer');
    // A header asking scrypt for gigabytes is not one of ours (and is not run).
    expect(await outcome(JSON.stringify({ ...env, kdf: { ...(env as unknown as { kdf: object }).kdf, N: 2 ** 20, r: 16 } }))).toBe('not-an-export');
    expect(await outcome('# Een script\n')).toBe('not-an-export');
    expect(await outcome(JSON.stringify({ format: 'leertafel-bundle' }))).toBe('not-an-export');
    const missing = await call(target, 'transfer.preview', { password: PASSWORD, file: 'bestaat-niet.json' });
    expect(missing).toMatchObject({ ok: true, value: { status: 'refused', reason: 'unreadable' } });
    expect(dump(target)).toEqual(before);
  });
});

/** The file's inner document changed by `edit` and sealed again with the right password and a fresh checksum. */
function resealed(text: string, edit: (doc: InnerDocument) => void): string {
  const doc = open(text, PASSWORD) as InnerDocument;
  edit(doc);
  doc.checksum = checksum(doc.payload);
  return seal(doc, PASSWORD, TEST_KDF);
}

describe('what the import checks inside a file that opens', () => {
  it('refuses unresolved case text, rows that do not fit, unknown tables and dangling references; nothing changes', async () => {
    const source = testBackend();
    seed(source);
    const exported = await call(source, 'transfer.export', { password: PASSWORD });
    if (!exported.ok) throw new Error(exported.error.code);
    const text = exported.value.content;
    const target = testBackend();
    seed(target, 'B');
    const before = dump(target);
    const outcome = async (content: string) => {
      const r = await call(target, 'transfer.import', { password: PASSWORD, data: Buffer.from(content).toString('base64') });
      if (!r.ok) throw new Error(r.error.code);
      return r.value.status === 'refused' ? r.value.reason : r.value.status;
    };
    const col = (doc: InnerDocument, table: string, column: string) => doc.payload.tables[table]!.columns.indexOf(column);
    expect(await outcome(resealed(text, (d) => (d.payload.tables.cases!.rows[0]![col(d, 'cases', 'notes')] = 'Fatima Yilmaz woont op de Kerkstraat 12 in Zwolle, 06-12345678.')))).toBe('unresolved');
    expect(await outcome(resealed(text, (d) => (d.payload.tables.sessions!.rows[0]![col(d, 'sessions', 'canvas')] = '{niet json')))).toBe('content');
    expect(await outcome(resealed(text, (d) => (d.payload.tables.groups!.rows[0]![col(d, 'groups', 'name')] = null)))).toBe('content');
    // JSON that parses but is not what its area reads (a traject body of another shape): found when every
    // item is read back inside the transaction, refused before commit (the fuzz test found this one).
    expect(await outcome(resealed(text, (d) => (d.payload.tables.sos_trajects!.rows[0]![col(d, 'sos_trajects', 'body')] = '{"modules": 3}')))).toBe('content');
    expect(await outcome(resealed(text, (d) => (d.payload.tables.onbekend = { columns: ['x'], rows: [] })))).toBe('content');
    expect(await outcome(resealed(text, (d) => d.payload.tables.cases!.columns.push('extra')))).toBe('content');
    expect(await outcome(resealed(text, (d) => (d.schemaVersion += 1)))).toBe('newer');
    expect(await outcome(resealed(text, (d) => (d.formatVersion += 1)))).toBe('newer');
    // An identity that is no Ed25519 private key.
    expect(await outcome(resealed(text, (d) => (d.payload.identity = '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----')))).toBe('content');
    // A new reflection for a member that is not here: the foreign key check before commit refuses it.
    expect(
      await outcome(
        resealed(text, (d) => {
          const r = d.payload.tables.reflections!.rows[0]!;
          r[col(d, 'reflections', 'id')] = '00000000-0000-4000-8000-0000000000ff';
          r[col(d, 'reflections', 'member_id')] = '00000000-0000-4000-8000-0000000000fe';
        }),
      ),
    ).toBe('references');
    // A changed inner document whose checksum was not made again.
    const doc = open(text, PASSWORD) as InnerDocument;
    doc.payload.tables.groups!.rows[0]![col(doc, 'groups', 'name')] = 'Ander team';
    expect(await outcome(seal(doc, PASSWORD, TEST_KDF))).toBe('tampered');
    expect(dump(target)).toEqual(before);
  });
});

describe('files of the first format', () => {
  it('a format 1 file (no identity in it) restores, and the new installation keeps the key it made', async () => {
    const source = testBackend();
    seed(source);
    const exported = await call(source, 'transfer.export', { password: PASSWORD });
    if (!exported.ok) throw new Error(exported.error.code);
    const v1 = resealed(exported.value.content, (d) => {
      d.formatVersion = 1;
      delete d.payload.identity;
    });
    const target = testBackend();
    const own = await fingerprintOf(target);
    const r = await call(target, 'transfer.import', { password: PASSWORD, data: Buffer.from(v1).toString('base64') });
    expect(r).toMatchObject({ ok: true, value: { status: 'imported', preview: { mode: 'restore' } } });
    expect(await fingerprintOf(target)).toBe(own);
    expect(target.services.cases.list().length).toBe(1);
  });
});

describe('which tables the export carries', () => {
  it('accounts for every table in the database: carried or excluded on purpose', () => {
    const b = testBackend();
    const tables = (b.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name);
    const unaccounted = tables.filter((t) => !CARRIED_TABLES.includes(t) && !isExcluded(t));
    expect(unaccounted, 'add the new table to ITEMS (with its item) or to EXCLUDED (with the reason) in transfer/tables.ts').toEqual([]);
    // Nothing carried is also excluded, and every carried table exists.
    expect(CARRIED_TABLES.filter(isExcluded)).toEqual([]);
    expect(CARRIED_TABLES.filter((t) => !tables.includes(t))).toEqual([]);
    expect(EXCLUDED.every((e) => e.reason.length > 10)).toBe(true);
  });
});
