import type { Db } from '../core/db';
import { SEARCH_KINDS, type SearchKind } from '../../../shared/search/types';
import type { SearchDoc } from './types';

interface DocRow {
  rowid: number;
  kind: SearchKind;
  ref_id: string;
  part: string;
  case_id: string | null;
  group_id: string | null;
  owner: string | null;
  date: string;
  target_id: string;
  focus: string;
  title: string;
  body: string;
}

/** One matching text of a kind, newest first: its rowid, its item and its date. */
export interface MatchRow {
  rid: number;
  ref_id: string;
  date: string;
}

export type HitRow = DocRow;

export interface Filter {
  match: string;
  groupId: string | null;
  owner: string | null;
  from: string | null;
  to: string | null;
  /** The rowid range the period can lie in (see periodRowids); FTS5 starts and stops its walk there. */
  atLeast: number;
  below: number;
  /** At most this many matching texts (newest first). */
  rows: number;
}

/** The FTS5 table of one kind (a kind's name may hold a '-', a table's does not). */
export const ftsTable = (kind: SearchKind) => `search_fts_${kind.replace(/-/g, '_')}`;

/**
 * Rowids in date order, newest first: ((2^33 - 1 - seconds since 2000-01-01 UTC) << 20) + a sequence
 * number. FTS5 walks a doclist in rowid order and stops at a `LIMIT`, so "the newest matches" costs what
 * it returns, not what matches; and it walks two to four times faster in ascending order than in
 * descending order (bench, 50,000 texts), hence newest = smallest. The rowid stays under 2^53 (a
 * JavaScript number); dates after 2272 count as 2272, a date before 2000 or unreadable as 2000 (the
 * oldest). Within one second, the order of writing (the first written first).
 */
const SEQ_BITS = 20;
const SEQ_SPAN = 2 ** SEQ_BITS;
const EPOCH = Date.UTC(2000, 0, 1);
const MAX_SECONDS = 2 ** (53 - SEQ_BITS) - 1;

export function dateRowidBase(date: string): number {
  const ms = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T00:00:00Z` : date);
  const seconds = Number.isFinite(ms) ? Math.floor((ms - EPOCH) / 1000) : 0;
  return (MAX_SECONDS - Math.min(MAX_SECONDS, Math.max(0, seconds))) * SEQ_SPAN;
}

const DAY = 86_400_000;
const dayAfter = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY).toISOString();

/**
 * The rowids a period's texts can have, for FTS5 to seek to (`rowid >= atLeast`) rather than walk every
 * newer match: a period filter on the date column alone is checked on each of them. A day's margin on
 * each side covers a timestamp with a UTC offset; the date column decides exactly.
 */
export function periodRowids(from: string | null, to: string | null): { atLeast: number; below: number } {
  return {
    atLeast: to ? dateRowidBase(dayAfter(to, 2)) : 0,
    below: from ? dateRowidBase(dayAfter(from, -1)) + SEQ_SPAN : Number.MAX_SAFE_INTEGER,
  };
}

type Columns = Omit<DocRow, 'rowid'>;

const SELECT_DOC = 'SELECT d.rowid, d.kind, d.ref_id, d.part, d.case_id, d.group_id, d.owner, d.date, d.target_id, d.focus, t.title, t.body FROM search_docs d JOIN search_text t ON t.rowid = d.rowid';

function columnsOf(d: SearchDoc): Columns {
  return {
    kind: d.kind,
    ref_id: d.refId,
    part: d.part ?? '',
    case_id: d.caseId ?? null,
    group_id: d.groupId ?? null,
    owner: d.owner ?? null,
    date: d.date,
    target_id: d.targetId ?? d.refId,
    focus: d.focus ?? '',
    title: d.title,
    body: d.body,
  };
}

const same = (a: Columns, b: Columns) =>
  a.case_id === b.case_id && a.group_id === b.group_id && a.owner === b.owner && a.date === b.date && a.target_id === b.target_id && a.focus === b.focus && a.title === b.title && a.body === b.body;

/**
 * The search area's tables: `search_docs` (what a result needs of each text), `search_text` (the text,
 * same rowid), one trigram index per kind (`search_fts_<kind>`, external content over the view
 * `search_text_<kind>`, written here explicitly) and `search_meta`. No other code touches them.
 * Rowids are in date order (dateRowidBase), so each kind's index hands over its newest matches first.
 */
export class SearchRepository {
  private readonly s;
  /** Per kind: its FTS5 table's statements. */
  private readonly fts: Map<SearchKind, ReturnType<typeof ftsStatements>>;
  /** The next sequence number (see dateRowidBase); read from the table at the first insert. */
  private seq: number | null = null;

  constructor(private readonly db: Db) {
    this.fts = new Map(SEARCH_KINDS.map((k) => [k, ftsStatements(db, k)]));
    this.s = {
      ofRef: db.prepare<[string, string], DocRow>(`${SELECT_DOC} WHERE d.kind = ? AND d.ref_id = ?`),
      ofCase: db.prepare<[string], DocRow>(`${SELECT_DOC} WHERE d.case_id = ?`),
      ofGroup: db.prepare<[string], DocRow>(`${SELECT_DOC} WHERE d.group_id = ?`),
      byRowids: db.prepare<[string], DocRow>(SearchRepository.docsSql),
      insert: db.prepare<Omit<Columns, 'title' | 'body'> & { rowid: number }>(
        `INSERT INTO search_docs (rowid, kind, ref_id, part, case_id, group_id, owner, date, target_id, focus)
         VALUES (@rowid, @kind, @ref_id, @part, @case_id, @group_id, @owner, @date, @target_id, @focus)`,
      ),
      exists: db.prepare<[number], number>('SELECT 1 FROM search_docs WHERE rowid = ?').pluck(),
      maxSeq: db.prepare<[], number | null>(`SELECT max(rowid & ${SEQ_SPAN - 1}) FROM search_docs`).pluck(),
      insertText: db.prepare<[number | bigint, string, string]>('INSERT INTO search_text (rowid, title, body) VALUES (?, ?, ?)'),
      deleteText: db.prepare<[number]>('DELETE FROM search_text WHERE rowid = ?'),
      deleteRow: db.prepare<[number]>('DELETE FROM search_docs WHERE rowid = ?'),
      count: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM search_docs'),
      metaGet: db.prepare<[string], { value: string }>('SELECT value FROM search_meta WHERE key = ?'),
      metaSet: db.prepare<[string, string]>('INSERT INTO search_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'),
    };
  }

  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  /** Writes the parts of one item; unchanged parts are left alone (a canvas autosave rewrites little). */
  replace(kind: SearchKind, refId: string, docs: readonly SearchDoc[]): void {
    this.secureDelete(kind, false);
    const existing = new Map(this.s.ofRef.all(kind, refId).map((r) => [r.part, r]));
    for (const doc of docs) {
      const cols = columnsOf(doc);
      const old = existing.get(cols.part);
      existing.delete(cols.part);
      if (old && same(old, cols)) continue;
      // A changed text gets a new rowid (nextRowid never hands out the old one again): see insertRow.
      if (old) this.deleteRow(old);
      this.insertRow(cols);
    }
    for (const old of existing.values()) this.deleteRow(old);
  }

  put(doc: SearchDoc): void {
    const part = doc.part ?? '';
    const others = this.s.ofRef.all(doc.kind, doc.refId).filter((r) => r.part !== part);
    this.replace(doc.kind, doc.refId, [...others.map(docOf), doc]);
  }

  remove(kind: SearchKind, refId: string): void {
    this.secureDelete(kind, true);
    for (const r of this.s.ofRef.all(kind, refId)) this.deleteRow(r);
  }

  removeByCase(caseId: string): number {
    const rows = this.s.ofCase.all(caseId);
    this.deleteSecurely(rows);
    return rows.length;
  }

  removeByGroup(groupId: string): void {
    this.deleteSecurely(this.s.ofGroup.all(groupId));
  }

  /** Rows of any kinds: secure-delete is switched on once per kind's index (a configuration write). */
  private deleteSecurely(rows: readonly DocRow[]): void {
    for (const kind of new Set(rows.map((r) => r.kind))) this.secureDelete(kind, true);
    for (const r of rows) this.deleteRow(r);
  }

  /**
   * The newest matching texts of one kind, at most `filter.rows`, newest first. The filters are checked
   * on each match as FTS5 hands it over, so the walk stops once enough are found.
   */
  newest(kind: SearchKind, filter: Filter): MatchRow[] {
    return this.fts.get(kind)!.newest.all(filter);
  }

  /** The SQL of `newest` (the benchmark runs the same statement raw). */
  static newestSql(kind: SearchKind): string {
    const t = ftsTable(kind);
    return `SELECT f.rowid AS rid, d.ref_id, d.date FROM ${t} f JOIN search_docs d ON d.rowid = f.rowid
         WHERE ${t} MATCH @match AND f.rowid >= @atLeast AND f.rowid < @below
           AND (@groupId IS NULL OR d.group_id = @groupId)
           AND (d.owner IS NULL OR d.owner = @owner)
           AND (@from IS NULL OR substr(d.date, 1, 10) >= @from)
           AND (@to IS NULL OR substr(d.date, 1, 10) <= @to)
         ORDER BY f.rowid LIMIT @rows`;
  }

  /** The documents (with their text) of these rowids. (SELECT_DOC, for the benchmark.) */
  static readonly docsSql = `${SELECT_DOC} WHERE d.rowid IN (SELECT value FROM json_each(?))`;

  /** The documents (with their text) of these rowids. */
  docs(rowids: readonly number[]): HitRow[] {
    return rowids.length ? this.s.byRowids.all(JSON.stringify(rowids)) : [];
  }

  count(): number {
    return this.s.count.get()!.n;
  }

  meta(key: string): string | undefined {
    return this.s.metaGet.get(key)?.value;
  }

  setMeta(key: string, value: string): void {
    this.s.metaSet.run(key, value);
  }

  /** Empties the index (documents and FTS data); with secure_delete the freed pages are zeroed. */
  clear(): void {
    for (const kind of SEARCH_KINDS) {
      this.secureDelete(kind, true);
      this.fts.get(kind)!.deleteAll.run();
    }
    this.db.prepare('DELETE FROM search_docs').run();
    this.db.prepare('DELETE FROM search_text').run();
  }

  /** Inserts documents without touching the FTS index; `reindex()` builds it in one pass afterwards. */
  insertRaw(doc: SearchDoc): void {
    const { title, body, ...meta } = columnsOf(doc);
    const rowid = this.nextRowid(meta.date);
    this.s.insert.run({ ...meta, rowid });
    this.s.insertText.run(rowid, title, body);
  }

  /** FTS5's own rebuild of each kind's index from its view: repairs a damaged index, and is the fast path after `insertRaw`. */
  reindex(): void {
    for (const kind of SEARCH_KINDS) this.fts.get(kind)!.rebuild.run();
  }

  /** FTS5's integrity check of each kind's index against its content: throws (SQLITE_CORRUPT_VTAB) when they differ. */
  check(): void {
    for (const kind of SEARCH_KINDS) this.fts.get(kind)!.check.run();
  }

  /**
   * FTS5's secure-delete (SQLite 3.53) miscounts when a rowid deleted in a transaction was inserted in
   * the same transaction and is still in FTS5's pending (in-memory) terms, or when a rowid is deleted
   * and inserted again in one transaction: the index then fails its integrity check. Each insert runs
   * in its own savepoint (which flushes the pending terms), and an update never reuses a rowid. The
   * tests run FTS5's integrity check after such sequences.
   */
  private insertRow(cols: Columns): void {
    this.db.transaction(() => {
      const { title, body, ...meta } = cols;
      const rowid = this.nextRowid(meta.date);
      this.s.insert.run({ ...meta, rowid });
      this.s.insertText.run(rowid, title, body);
      this.fts.get(meta.kind)!.insert.run(rowid, title, body);
    })();
  }

  /**
   * A free rowid in date order (see dateRowidBase). The sequence number only goes up (from the highest
   * in the table at the first insert, wrapping after 2^20), so a rowid deleted in this transaction is not
   * handed out again in it (the FTS5 quirk above).
   */
  private nextRowid(date: string): number {
    const base = dateRowidBase(date);
    this.seq ??= ((this.s.maxSeq.get() ?? -1) + 1) % SEQ_SPAN;
    for (let i = 0; i < SEQ_SPAN; i++) {
      const rowid = base + this.seq;
      this.seq = (this.seq + 1) % SEQ_SPAN;
      if (!this.s.exists.get(rowid)) return rowid;
    }
    throw new Error('search: no free rowid for this second');
  }

  /**
   * FTS5's secure-delete rewrites every index page that holds a term of the deleted text, at once: what a
   * removal needs (a deleted case's texts leave the index, not only a delete marker), but on a large
   * index it costs a replaced text some 50 ms (a kind of 15,000 texts) where a plain delete costs a few (bench: search). So a
   * *replaced* version (anonymised text that passed the gate, in the encrypted file) is deleted plainly and
   * its entries leave when FTS5 merges segments; a *removal* (item, case, group) deletes securely.
   */
  private secureDelete(kind: SearchKind, on: boolean): void {
    const fts = this.fts.get(kind)!;
    (on ? fts.secureOn : fts.secureOff).run();
  }

  private deleteRow(r: DocRow): void {
    this.fts.get(r.kind)!.delete.run(r.rowid, r.title, r.body);
    this.s.deleteRow.run(r.rowid);
    this.s.deleteText.run(r.rowid);
  }
}

/** One kind's FTS5 table: a table name is not a bound parameter, so each kind has its own statements. */
function ftsStatements(db: Db, kind: SearchKind) {
  const t = ftsTable(kind);
  return {
    insert: db.prepare<[number, string, string]>(`INSERT INTO ${t} (rowid, title, body) VALUES (?, ?, ?)`),
    delete: db.prepare<[number, string, string]>(`INSERT INTO ${t} (${t}, rowid, title, body) VALUES ('delete', ?, ?, ?)`),
    // FTS5 takes a configuration value as a literal, not a bound parameter.
    secureOn: db.prepare(`INSERT INTO ${t} (${t}, rank) VALUES ('secure-delete', 1)`),
    secureOff: db.prepare(`INSERT INTO ${t} (${t}, rank) VALUES ('secure-delete', 0)`),
    deleteAll: db.prepare(`INSERT INTO ${t} (${t}) VALUES ('delete-all')`),
    rebuild: db.prepare(`INSERT INTO ${t} (${t}) VALUES ('rebuild')`),
    check: db.prepare(`INSERT INTO ${t} (${t}, rank) VALUES ('integrity-check', 1)`),
    newest: db.prepare<Filter, MatchRow>(SearchRepository.newestSql(kind)),
  };
}

function docOf(r: DocRow): SearchDoc {
  return {
    kind: r.kind,
    refId: r.ref_id,
    part: r.part,
    caseId: r.case_id,
    groupId: r.group_id,
    owner: r.owner,
    date: r.date,
    targetId: r.target_id,
    focus: r.focus,
    title: r.title,
    body: r.body,
  };
}
