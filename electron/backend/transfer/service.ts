/**
 * "Alles exporteren / importeren" (issue 13). Export: every carried table (tables.ts) in one document,
 * checksummed, gzipped and encrypted (format.ts), written to `exports/` in the data folder and returned
 * for a download. Import: the whole file is read and checked first — outer form, password, tag, inner form,
 * checksum, tables and columns, case text through this machine's anonymisation gate — and then written
 * in one transaction whose foreign keys are checked before it commits; any problem rolls it back and the
 * caller gets a refusal reason. A preview runs the same path and always rolls back.
 *
 * The rule, shown before confirming: into an installation without data of its own everything is
 * restored (settings and the name-hash key included); into one with data, items are matched by id —
 * what is here stays as it is, identical or not, and only items that are not here are added.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../../shared/api/errors';
import { caseTextFields } from '../../../shared/cases/fields';
import { caseNoteInputSchema } from '../../../shared/ffps/types';
import { caseNoteTextFields } from '../../../shared/ffps/fields';
import { discussionTextFields, meetingSchema } from '../../../shared/ffps/meeting';
import { canvasSchema } from '../../../shared/sessions/types';
import { canvasTextFields } from '../../../shared/sessions/fields';
import { supervisionSchema, worksheetBodySchema } from '../../../shared/sos/types';
import { supervisionTextFields, worksheetTextFields } from '../../../shared/sos/fields';
import type { TextField } from '../../../shared/common/fields';
import {
  TRANSFER_AREAS,
  TRANSFER_FORMAT,
  TRANSFER_FORMAT_VERSION,
  TRANSFER_MAX_BYTES,
  type ImportInput,
  type TransferAreaCount,
  type TransferExport,
  type TransferMode,
  type TransferOutcome,
  type TransferPreview,
} from '../../../shared/transfer/types';
import { createNameKey, reportProgress, type Db, type NameKey } from '../core';
import type { Gate, GateContext } from '../anonymiser';
import { CARRIED_TABLES, ITEMS, type ItemSpec } from './tables';
import { StoredDataError } from '../core/json';
import { ed25519PrivateKey } from '../core/ed25519';
import { TransferRefused, canonicalJson, checksum, open, seal, validateInner, type Cell, type InnerDocument, type KdfParams, type Payload } from './format';

export const EXPORT_DIR = 'exports';
const NAME_SECRET = 'name-hash';
const NO_CONTEXT: GateContext = { allowedPhrases: [], ignoreHashes: new Set() };

export interface TransferDeps {
  db: Db;
  dataDir: string;
  /** The live name-hash secret of this installation: a restore copies the file's key into it in place. */
  nameSecret: Buffer;
  /** A gate with the given name key (the file's key checks the file's own "geen identificatie" hashes). */
  gateFor: (nameKey: NameKey) => Gate;
  info: { version: string; schemaVersion: number };
  kdf: KdfParams;
  now?: () => Date;
  /**
   * Called inside the import's transaction, after the rows are written and before it commits (also for a
   * preview): reads every item back through its area's own readers. A row that fits the tables but not its
   * area's schema (a JSON body of the wrong shape) throws StoredDataError there, and the import is refused
   * instead of committing data the app cannot read. The composition reads every search source here (which
   * reads every indexed area) without writing the index, and rebuilds the index once in `afterImport`.
   */
  verify?: () => void;
  /** Called after an import committed. */
  afterImport?: () => void;
  /**
   * The bundle exchange's identity key: exported into the file; taken over by a restore (an empty
   * installation: the new laptop), never by a merge, which keeps this installation's own identity.
   */
  identity?: { key(): string; adopt(pem: string): void };
}

interface Table {
  name: string;
  columns: string[];
  key: string[];
}

/** A file's rows of one table, in this database's column order. */
type Rows = Cell[][];

interface Plan {
  doc: InnerDocument;
  mode: TransferMode;
  secret: Buffer;
  rows: Map<string, Rows>;
  /** Per item spec: the root rows to add (new items); their children follow them. */
  additions: Map<string, Rows>;
  counts: TransferAreaCount[];
}

class Rollback extends Error {}

export class TransferService {
  private readonly tables = new Map<string, Table>();
  private readonly now: () => Date;

  constructor(private readonly deps: TransferDeps) {
    this.now = deps.now ?? (() => new Date());
    for (const name of CARRIED_TABLES) {
      const info = deps.db.prepare(`PRAGMA table_xinfo("${name}")`).all() as { name: string; hidden: number; pk: number }[];
      // Generated columns (hidden 2 or 3) are computed, never carried.
      const visible = info.filter((c) => c.hidden === 0);
      this.tables.set(name, { name, columns: visible.map((c) => c.name), key: visible.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name) });
    }
  }

  // ── export ─────────────────────────────────────────────────────────────────────────────────────

  export(password: string): TransferExport {
    const tables: Payload['tables'] = {};
    const read = this.deps.db.transaction(() => {
      CARRIED_TABLES.forEach((name, i) => {
        const t = this.table(name);
        const rows = this.deps.db
          .prepare(`SELECT ${cols(t.columns)} FROM "${name}" ORDER BY ${cols(t.key.length ? t.key : t.columns)}`)
          .raw()
          .all() as unknown[][];
        for (const r of rows) for (const v of r) if (v !== null && typeof v !== 'string' && typeof v !== 'number') throw new ApiError('INTERNAL', `unexpected value type in ${name}`);
        tables[name] = { columns: t.columns, rows: rows as Cell[][] };
        reportProgress({ done: i + 1, total: CARRIED_TABLES.length + 1, stage: 'export' });
      });
    });
    read();
    const identity = this.deps.identity?.key();
    const payload: Payload = { nameKey: this.deps.nameSecret.toString('hex'), ...(identity ? { identity } : {}), tables };
    const createdAt = this.now().toISOString();
    const doc: InnerDocument = {
      format: TRANSFER_FORMAT,
      formatVersion: TRANSFER_FORMAT_VERSION,
      schemaVersion: this.deps.info.schemaVersion,
      appVersion: this.deps.info.version,
      createdAt,
      payload,
      checksum: checksum(payload),
    };
    const content = seal(doc, password, this.deps.kdf);
    const fileName = `leertafel-export-${createdAt.slice(0, 19).replace(/[-:]/g, '').replace('T', '-')}.json`;
    const dir = path.join(this.deps.dataDir, EXPORT_DIR);
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const file = path.join(dir, fileName);
    const tmp = `${file}.tmp`;
    fs.writeFileSync(tmp, content, { mode: 0o600 });
    fs.renameSync(tmp, file);
    reportProgress({ done: CARRIED_TABLES.length + 1, total: CARRIED_TABLES.length + 1, stage: 'export' });
    return { fileName, relativePath: `${EXPORT_DIR}/${fileName}`, bytes: Buffer.byteLength(content), content };
  }

  // ── import ─────────────────────────────────────────────────────────────────────────────────────

  preview(input: ImportInput): TransferOutcome {
    return this.run(input, false);
  }

  import(input: ImportInput): TransferOutcome {
    return this.run(input, true);
  }

  private run(input: ImportInput, apply: boolean): TransferOutcome {
    let plan: Plan;
    try {
      const text = this.readInput(input);
      reportProgress({ done: 0, total: 3, stage: 'import' });
      const doc = validateInner(open(text, input.password), this.deps.info.schemaVersion);
      reportProgress({ done: 1, total: 3, stage: 'import' });
      plan = this.plan(doc);
      reportProgress({ done: 2, total: 3, stage: 'import' });
      this.write(plan, apply);
    } catch (err) {
      if (err instanceof TransferRefused) return { status: 'refused', reason: err.reason };
      throw err;
    }
    const preview: TransferPreview = {
      mode: plan.mode,
      createdAt: plan.doc.createdAt,
      appVersion: plan.doc.appVersion,
      schemaVersion: plan.doc.schemaVersion,
      areas: plan.counts,
    };
    reportProgress({ done: 3, total: 3, stage: 'import' });
    if (!apply) return { status: 'preview', preview };
    if (plan.mode === 'restore') {
      plan.secret.copy(this.deps.nameSecret);
      if (plan.doc.payload.identity) this.deps.identity?.adopt(plan.doc.payload.identity);
    }
    this.deps.afterImport?.();
    return { status: 'imported', preview };
  }

  private readInput(input: ImportInput): string {
    if (input.data !== undefined) {
      const bytes = Buffer.from(input.data, 'base64');
      if (bytes.length > TRANSFER_MAX_BYTES) throw new TransferRefused('unreadable');
      return bytes.toString('utf8');
    }
    const file = path.isAbsolute(input.file!) ? input.file! : path.join(this.deps.dataDir, EXPORT_DIR, input.file!);
    try {
      const st = fs.statSync(file);
      if (!st.isFile() || st.size > TRANSFER_MAX_BYTES) throw new TransferRefused('unreadable');
      return fs.readFileSync(file, 'utf8');
    } catch (err) {
      if (err instanceof TransferRefused) throw err;
      throw new TransferRefused('unreadable');
    }
  }

  /** Everything decided before a row is written: tables and columns, the mode, case text, new/identical/conflict per item. */
  private plan(doc: InnerDocument): Plan {
    const rows = new Map<string, Rows>();
    const fileTables = doc.payload.tables;
    for (const name of Object.keys(fileTables)) if (!this.tables.has(name)) throw new TransferRefused(doc.schemaVersion < this.deps.info.schemaVersion ? 'older' : 'content');
    for (const name of CARRIED_TABLES) {
      const t = this.table(name);
      const f = fileTables[name];
      if (!f) {
        // A table this app has and the older file does not: nothing of it to import.
        if (doc.schemaVersion < this.deps.info.schemaVersion) {
          rows.set(name, []);
          continue;
        }
        throw new TransferRefused('content');
      }
      const same = f.columns.length === t.columns.length && t.columns.every((c) => f.columns.includes(c));
      if (!same) throw new TransferRefused(doc.schemaVersion < this.deps.info.schemaVersion ? 'older' : 'content');
      const order = t.columns.map((c) => f.columns.indexOf(c));
      rows.set(name, order.every((x, i) => x === i) ? f.rows : f.rows.map((r) => order.map((x) => r[x]!)));
    }
    // Child rows without their item in the file are not an export of ours.
    for (const item of ITEMS) {
      const keys = new Set(rows.get(item.table)!.map((r) => String(r[this.col(item.table, item.key[0]!)])));
      for (const child of item.children ?? []) {
        const ci = this.col(child.table, child.parentColumn);
        if (rows.get(child.table)!.some((r) => !keys.has(String(r[ci])))) throw new TransferRefused('content');
      }
    }

    const secret = Buffer.from(doc.payload.nameKey, 'hex');
    if (doc.payload.identity !== undefined && ed25519PrivateKey(doc.payload.identity) === null) throw new TransferRefused('content');
    const mode: TransferMode = this.isEmpty() ? 'restore' : 'merge';
    const fileKey = createNameKey(secret);
    this.checkCaseText(rows, this.deps.gateFor(fileKey));
    if (mode === 'merge' && !secret.equals(this.deps.nameSecret)) this.rekeyIgnoreHashes(rows, fileKey);

    const additions = new Map<string, Rows>();
    const counts = new Map(TRANSFER_AREAS.map((a) => [a, { area: a, new: 0, identical: 0, conflicts: 0 }]));
    for (const item of ITEMS) {
      const all = rows.get(item.table)!;
      const count = counts.get(item.area)!;
      const added: Rows = [];
      for (const row of all) {
        // A restore replaces what little is here (built-in scripts, settings); the counts still say what is the same.
        const state = this.compare(item, row, rows);
        if (state === 'new') added.push(row);
        count[state === 'new' ? 'new' : state === 'identical' ? 'identical' : 'conflicts'] += 1;
      }
      additions.set(item.table, mode === 'restore' ? all : added);
    }
    return { doc, mode, secret, rows, additions, counts: [...counts.values()] };
  }

  /** Nothing of the user's own yet: no rows beyond the built-in scripts, settings and notices. */
  private isEmpty(): boolean {
    for (const name of CARRIED_TABLES) {
      if (name === 'settings' || name === 'notices') continue;
      const sql = name === 'scripts' ? 'SELECT 1 FROM scripts WHERE builtin = 0 LIMIT 1' : name === 'script_blocks' ? 'SELECT 1 FROM script_blocks b JOIN scripts s ON s.id = b.script_id WHERE s.builtin = 0 LIMIT 1' : `SELECT 1 FROM "${name}" LIMIT 1`;
      if (this.deps.db.prepare(sql).get()) return false;
    }
    return true;
  }

  private compare(item: ItemSpec, row: Cell[], fileRows: Map<string, Rows>): 'new' | 'identical' | 'conflict' {
    const t = this.table(item.table);
    const where = t.key.map((k) => `"${k}" = ?`).join(' AND ');
    const keyValues = t.key.map((k) => row[this.col(item.table, k)]);
    const local = this.deps.db.prepare(`SELECT ${cols(t.columns)} FROM "${item.table}" WHERE ${where}`).raw().get(...keyValues) as Cell[] | undefined;
    if (!local) return 'new';
    if (canonicalJson(this.comparable(item.table, local)) !== canonicalJson(this.comparable(item.table, row))) return 'conflict';
    const id = row[this.col(item.table, item.key[0]!)];
    for (const child of item.children ?? []) {
      const ct = this.table(child.table);
      const ci = this.col(child.table, child.parentColumn);
      const mine = (this.deps.db.prepare(`SELECT ${cols(ct.columns)} FROM "${child.table}" WHERE "${child.parentColumn}" = ?`).raw().all(id) as Cell[][]).map(canonicalJson).sort();
      const theirs = fileRows.get(child.table)!.filter((r) => r[ci] === id).map(canonicalJson).sort();
      if (mine.length !== theirs.length || mine.some((m, i) => m !== theirs[i])) return 'conflict';
    }
    return 'identical';
  }

  /**
   * What makes two rows the same item. A built-in script is the app's, synced at each installation's first
   * start: the same id and version is the same script, whenever it was synced.
   */
  private comparable(table: string, row: Cell[]): Cell[] {
    if (table !== 'scripts' || row[this.col('scripts', 'builtin')] !== 1) return row;
    const skip = new Set([this.col('scripts', 'created_at'), this.col('scripts', 'updated_at')]);
    return row.filter((_, i) => !skip.has(i));
  }

  private write(plan: Plan, apply: boolean): void {
    const db = this.deps.db;
    const tx = db.transaction(() => {
      db.pragma('defer_foreign_keys = ON');
      if (plan.mode === 'restore') {
        for (const name of [...CARRIED_TABLES].reverse()) db.prepare(`DELETE FROM "${name}"`).run();
        db.prepare('INSERT OR REPLACE INTO core_secrets (name, value) VALUES (?, ?)').run(NAME_SECRET, plan.secret);
      }
      for (const item of ITEMS) {
        const added = plan.additions.get(item.table)!;
        this.insert(item.table, added);
        if (!item.children) continue;
        const ids = new Set(added.map((r) => r[this.col(item.table, item.key[0]!)]));
        for (const child of item.children) {
          const ci = this.col(child.table, child.parentColumn);
          this.insert(child.table, plan.mode === 'restore' ? plan.rows.get(child.table)! : plan.rows.get(child.table)!.filter((r) => ids.has(r[ci]!)));
        }
      }
      if ((db.pragma('foreign_key_check') as unknown[]).length > 0) throw new TransferRefused('references');
      try {
        this.deps.verify?.();
      } catch (err) {
        if (err instanceof StoredDataError) throw new TransferRefused('content');
        throw err;
      }
      if (!apply) throw new Rollback();
    });
    try {
      tx();
    } catch (err) {
      if (err instanceof Rollback) return;
      if (err instanceof TransferRefused) throw err;
      // A constraint of the tables (CHECK, STRICT types, NOT NULL, UNIQUE): the file does not fit. Rolled back.
      if (err instanceof Error && err.name === 'SqliteError') throw new TransferRefused('content');
      throw err;
    }
  }

  private insert(name: string, rows: Rows): void {
    if (rows.length === 0) return;
    const t = this.table(name);
    const stmt = this.deps.db.prepare(`INSERT INTO "${name}" (${cols(t.columns)}) VALUES (${t.columns.map(() => '?').join(', ')})`);
    for (const r of rows) stmt.run(...r);
  }

  // ── case text ──────────────────────────────────────────────────────────────────────────────────

  /** Every case's text, per case id, as the areas' own field lists name it. */
  private caseTexts(rows: Map<string, Rows>): Map<string | null, TextField[]> {
    const out = new Map<string | null, TextField[]>();
    const add = (caseId: Cell, fields: TextField[]) => {
      const k = typeof caseId === 'string' ? caseId : null;
      out.set(k, [...(out.get(k) ?? []), ...fields]);
    };
    const get = (table: string, r: Cell[], c: string) => r[this.col(table, c)];
    const json = (v: Cell) => JSON.parse(String(v)) as unknown;
    const people = group(rows.get('case_people')!, this.col('case_people', 'case_id'));
    const timeline = group(rows.get('case_timeline')!, this.col('case_timeline', 'case_id'));
    for (const c of rows.get('cases')!) {
      const id = get('cases', c, 'id') as string;
      add(id, [
        ...caseTextFields({
          codeName: String(get('cases', c, 'code_name')),
          people: (people.get(id) ?? []).map((p) => ({ role: String(get('case_people', p, 'role')), pseudonym: String(get('case_people', p, 'pseudonym')) })),
          timeline: (timeline.get(id) ?? []).map((t) => ({ period: String(get('case_timeline', t, 'period')), event: String(get('case_timeline', t, 'event')) })),
        }),
        { path: 'notes', text: String(get('cases', c, 'notes')) },
      ]);
    }
    for (const n of rows.get('ffps_notes')!) {
      const body = json(get('ffps_notes', n, 'body')) as Record<string, unknown>;
      const note = caseNoteInputSchema.parse({ ...body, caseId: get('ffps_notes', n, 'case_id'), phase: get('ffps_notes', n, 'phase'), contactNumber: get('ffps_notes', n, 'contact_number'), week: get('ffps_notes', n, 'week'), forDiscussion: get('ffps_notes', n, 'for_discussion') === 1 });
      add(get('ffps_notes', n, 'case_id'), caseNoteTextFields(note));
    }
    const noteCase = new Map(rows.get('ffps_notes')!.map((n) => [get('ffps_notes', n, 'id'), get('ffps_notes', n, 'case_id')]));
    for (const m of rows.get('ffps_meetings')!) {
      meetingSchema.parse(json(get('ffps_meetings', m, 'body'))).discussions.forEach((d, i) => add(noteCase.get(d.noteId) ?? null, discussionTextFields(d, i)));
    }
    for (const w of rows.get('sos_worksheets')!) {
      add(get('sos_worksheets', w, 'case_id'), [{ path: 'title', text: String(get('sos_worksheets', w, 'title')) }, ...worksheetTextFields(worksheetBodySchema.parse(json(get('sos_worksheets', w, 'body'))))]);
    }
    const sessionCase = new Map<Cell, Cell>();
    for (const s of rows.get('sessions')!) {
      sessionCase.set(get('sessions', s, 'id'), get('sessions', s, 'case_id'));
      add(get('sessions', s, 'case_id'), canvasTextFields(canvasSchema.parse(json(get('sessions', s, 'canvas')))));
    }
    for (const s of rows.get('sos_supervision')!) {
      add(sessionCase.get(get('sos_supervision', s, 'session_id')) ?? null, supervisionTextFields(supervisionSchema.parse(json(get('sos_supervision', s, 'body')))));
    }
    return out;
  }

  /** The context a case's own rows give: its pseudonyms, replacements chosen before, "geen identificatie" hashes. */
  private contextOf(rows: Map<string, Rows>, caseId: string | null): GateContext {
    if (caseId === null) return NO_CONTEXT;
    const p = this.col('case_people', 'case_id');
    const k = this.col('case_name_keys', 'case_id');
    const keys = rows.get('case_name_keys')!.filter((r) => r[k] === caseId);
    const kind = this.col('case_name_keys', 'kind');
    return {
      allowedPhrases: [
        ...rows.get('case_people')!.filter((r) => r[p] === caseId).map((r) => String(r[this.col('case_people', 'pseudonym')])),
        ...keys.filter((r) => r[kind] === 'pseudonym').map((r) => String(r[this.col('case_name_keys', 'replacement')])).filter(Boolean),
      ],
      ignoreHashes: new Set(keys.filter((r) => r[kind] === 'ignore').map((r) => String(r[this.col('case_name_keys', 'key_hash')]))),
    };
  }

  private checkCaseText(rows: Map<string, Rows>, gate: Gate): void {
    let texts: Map<string | null, TextField[]>;
    try {
      texts = this.caseTexts(rows);
    } catch {
      // A JSON column that does not parse, or does not fit its area's schema.
      throw new TransferRefused('content');
    }
    for (const [caseId, fields] of texts) {
      try {
        gate.assertResolved(fields, this.contextOf(rows, caseId));
      } catch (err) {
        if (err instanceof ApiError && err.code === 'UNRESOLVED') throw new TransferRefused('unresolved');
        throw err;
      }
    }
  }

  /**
   * Merging from another installation: the file's "geen identificatie" hashes were made with its key. A
   * form still in the case's text is found again and hashed with this installation's key, so the case
   * keeps passing this machine's gate when it is edited here. A hash whose form is no longer in the text
   * stays as it was (it matches nothing here; it never did harm).
   */
  private rekeyIgnoreHashes(rows: Map<string, Rows>, fileKey: NameKey): void {
    const localGate = this.deps.gateFor(createNameKey(this.deps.nameSecret));
    const localKey = createNameKey(this.deps.nameSecret);
    const texts = this.caseTexts(rows);
    const hashCol = this.col('case_name_keys', 'key_hash');
    const caseCol = this.col('case_name_keys', 'case_id');
    const kindCol = this.col('case_name_keys', 'kind');
    const mapped = new Map<string, string>();
    for (const [caseId, fields] of texts) {
      if (caseId === null) continue;
      for (const f of fields) {
        for (const x of localGate.checkText(f.text, NO_CONTEXT)) {
          const surface = f.text.slice(x.start, x.end);
          mapped.set(`${caseId}\u0000${fileKey(surface)}`, localKey(surface));
        }
      }
    }
    const seen = new Set<string>();
    const out: Rows = [];
    for (const r of rows.get('case_name_keys')!) {
      const next = r[kindCol] === 'ignore' ? mapped.get(`${String(r[caseCol])}\u0000${String(r[hashCol])}`) : undefined;
      const row = next ? r.map((v, i) => (i === hashCol ? next : v)) : r;
      const pk = `${String(row[caseCol])}\u0000${String(row[hashCol])}`;
      if (seen.has(pk)) continue;
      seen.add(pk);
      out.push(row);
    }
    rows.set('case_name_keys', out);
  }

  // ── helpers ────────────────────────────────────────────────────────────────────────────────────

  private table(name: string): Table {
    const t = this.tables.get(name);
    if (!t) throw new Error(`not a carried table: ${name}`);
    return t;
  }

  private col(table: string, column: string): number {
    const i = this.table(table).columns.indexOf(column);
    if (i < 0) throw new Error(`no column ${column} in ${table}`);
    return i;
  }
}

function cols(names: readonly string[]): string {
  return names.map((n) => `"${n}"`).join(', ');
}

function group(rows: Rows, col: number): Map<Cell, Rows> {
  const m = new Map<Cell, Rows>();
  for (const r of rows) m.set(r[col]!, [...(m.get(r[col]!) ?? []), r]);
  return m;
}

