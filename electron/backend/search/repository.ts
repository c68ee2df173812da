import type { Db } from '../core/db';
import type { SearchKind } from '../../../shared/search/types';
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

export interface RankedRow {
  rid: number;
  kind: SearchKind;
  total: number;
}

export type HitRow = DocRow;

export interface Filter {
  match: string;
  kinds: string | null;
  groupId: string | null;
  owner: string | null;
  from: string | null;
  to: string | null;
  limit: number;
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
 * same rowid), `search_fts` (the trigram index, external content over search_text, written here
 * explicitly) and `search_meta`. No other code touches them.
 */
export class SearchRepository {
  private readonly s;

  constructor(private readonly db: Db) {
    this.s = {
      ofRef: db.prepare<[string, string], DocRow>(`${SELECT_DOC} WHERE d.kind = ? AND d.ref_id = ?`),
      ofCase: db.prepare<[string], DocRow>(`${SELECT_DOC} WHERE d.case_id = ?`),
      ofGroup: db.prepare<[string], DocRow>(`${SELECT_DOC} WHERE d.group_id = ?`),
      byRowids: db.prepare<[string], DocRow>(`${SELECT_DOC} WHERE d.rowid IN (SELECT value FROM json_each(?))`),
      insert: db.prepare<Omit<Columns, 'title' | 'body'>>(
        `INSERT INTO search_docs (kind, ref_id, part, case_id, group_id, owner, date, target_id, focus)
         VALUES (@kind, @ref_id, @part, @case_id, @group_id, @owner, @date, @target_id, @focus)`,
      ),
      insertText: db.prepare<[number | bigint, string, string]>('INSERT INTO search_text (rowid, title, body) VALUES (?, ?, ?)'),
      deleteText: db.prepare<[number]>('DELETE FROM search_text WHERE rowid = ?'),
      deleteRow: db.prepare<[number]>('DELETE FROM search_docs WHERE rowid = ?'),
      ftsInsert: db.prepare<[number | bigint, string, string]>('INSERT INTO search_fts (rowid, title, body) VALUES (?, ?, ?)'),
      // FTS5 takes a configuration value as a literal, not a bound parameter.
      secureOn: db.prepare("INSERT INTO search_fts (search_fts, rank) VALUES ('secure-delete', 1)"),
      secureOff: db.prepare("INSERT INTO search_fts (search_fts, rank) VALUES ('secure-delete', 0)"),
      ftsDelete: db.prepare<[number, string, string]>("INSERT INTO search_fts (search_fts, rowid, title, body) VALUES ('delete', ?, ?, ?)"),
      count: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM search_docs'),
      metaGet: db.prepare<[string], { value: string }>('SELECT value FROM search_meta WHERE key = ?'),
      metaSet: db.prepare<[string, string]>('INSERT INTO search_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'),
      ranked: db.prepare<Filter, RankedRow>(
        `WITH hits AS (
           SELECT d.rowid AS rid, d.kind, d.ref_id, d.date FROM search_fts JOIN search_docs d ON d.rowid = search_fts.rowid
           WHERE search_fts MATCH @match
             AND (@kinds IS NULL OR d.kind IN (SELECT value FROM json_each(@kinds)))
             AND (@groupId IS NULL OR d.group_id = @groupId)
             AND (d.owner IS NULL OR d.owner = @owner)
             AND (@from IS NULL OR substr(d.date, 1, 10) >= @from)
             AND (@to IS NULL OR substr(d.date, 1, 10) <= @to)
         ), refs AS (
           SELECT kind, ref_id, max(date) AS date, min(rid) AS rid FROM hits GROUP BY kind, ref_id
         ), ranked AS (
           SELECT rid, kind, row_number() OVER (PARTITION BY kind ORDER BY date DESC, ref_id) AS n,
                  count(*) OVER (PARTITION BY kind) AS total
           FROM refs
         )
         SELECT rid, kind, total FROM ranked WHERE n <= @limit`,
      ),
    };
  }

  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  /** Writes the parts of one item; unchanged parts are left alone (a canvas autosave rewrites little). */
  replace(kind: SearchKind, refId: string, docs: readonly SearchDoc[]): void {
    this.secureDelete(false);
    const existing = new Map(this.s.ofRef.all(kind, refId).map((r) => [r.part, r]));
    for (const doc of docs) {
      const cols = columnsOf(doc);
      const old = existing.get(cols.part);
      existing.delete(cols.part);
      if (old && same(old, cols)) continue;
      // A changed text gets a new rowid: see insertRow.
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
    this.secureDelete(true);
    for (const r of this.s.ofRef.all(kind, refId)) this.deleteRow(r);
  }

  removeByCase(caseId: string): number {
    this.secureDelete(true);
    const rows = this.s.ofCase.all(caseId);
    for (const r of rows) this.deleteRow(r);
    return rows.length;
  }

  removeByGroup(groupId: string): void {
    this.secureDelete(true);
    for (const r of this.s.ofGroup.all(groupId)) this.deleteRow(r);
  }

  ranked(filter: Filter): RankedRow[] {
    return this.s.ranked.all(filter);
  }

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
    this.secureDelete(true);
    this.db.prepare('DELETE FROM search_docs').run();
    this.db.prepare('DELETE FROM search_text').run();
    this.db.prepare("INSERT INTO search_fts (search_fts) VALUES ('delete-all')").run();
  }

  /** Inserts documents without touching the FTS index; `reindex()` builds it in one pass afterwards. */
  insertRaw(doc: SearchDoc): void {
    const { title, body, ...meta } = columnsOf(doc);
    const { lastInsertRowid } = this.s.insert.run(meta);
    this.s.insertText.run(lastInsertRowid, title, body);
  }

  /** FTS5's own rebuild from search_docs: repairs a damaged index, and is the fast path after `insertRaw`. */
  reindex(): void {
    this.db.prepare("INSERT INTO search_fts (search_fts) VALUES ('rebuild')").run();
  }

  /** FTS5's integrity check against the content table: throws (SQLITE_CORRUPT_VTAB) when they differ. */
  check(): void {
    this.db.prepare("INSERT INTO search_fts (search_fts, rank) VALUES ('integrity-check', 1)").run();
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
      const { lastInsertRowid } = this.s.insert.run(meta);
      this.s.insertText.run(lastInsertRowid, title, body);
      this.s.ftsInsert.run(lastInsertRowid, title, body);
    })();
  }

  /**
   * FTS5's secure-delete rewrites every index page that holds a term of the deleted text, at once: what a
   * removal needs (a deleted case's texts leave the index, not only a delete marker), but on a large
   * index it costs a replaced text some 200 ms where a plain delete costs a few (bench: search). So a
   * *replaced* version (anonymised text that passed the gate, in the encrypted file) is deleted plainly and
   * its entries leave when FTS5 merges segments; a *removal* (item, case, group) deletes securely.
   */
  private secureDelete(on: boolean): void {
    (on ? this.s.secureOn : this.s.secureOff).run();
  }

  private deleteRow(r: DocRow): void {
    this.s.ftsDelete.run(r.rowid, r.title, r.body);
    this.s.deleteRow.run(r.rowid);
    this.s.deleteText.run(r.rowid);
  }
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
