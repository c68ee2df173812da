import type { Db } from '../core/db';
import { reportProgress } from '../core/progress';
import { SEARCH_KINDS, SEARCH_LIMIT_DEFAULT, type SearchGroup, type SearchQuery, type SearchResults, type SearchStatus, type SearchKind } from '../../../shared/search/types';
import { parseQuery } from '../../../shared/search/query';
import { makeSnippet } from '../../../shared/search/snippet';
import { SearchRepository, periodRowids } from './repository';
import type { SearchDoc, SearchIndex, SearchSource } from './types';

/** Raise when what areas index changes shape: the index is then rebuilt at the next start. */
export const INDEX_VERSION = 3;

/**
 * Per kind, the matching texts read at most (newest first). Beyond it a kind's total says "at least"
 * (`capped`): counting every match of a common word over 50,000 texts costs more than the whole search may.
 */
export const COUNT_ROWS = 100;

/**
 * The one search over every area's texts. Areas write through the `SearchIndex` methods inside their own
 * write transaction; for a rebuild each area registers a `SearchSource` (composition in backend/index.ts).
 */
export class SearchService implements SearchIndex {
  private readonly repo: SearchRepository;
  private readonly sources: SearchSource[] = [];
  private owner: () => string | null = () => null;

  constructor(db: Db) {
    this.repo = new SearchRepository(db);
  }

  register(source: SearchSource): void {
    this.sources.push(source);
  }

  /** Who "dit ben ik" is now (the portfolio's current profile): texts with another owner are not found. */
  setOwner(owner: () => string | null): void {
    this.owner = owner;
  }

  // ── the index, for areas (inside their transaction) ──────────────────────────────────────────────
  replace(kind: SearchKind, refId: string, docs: readonly SearchDoc[]): void {
    this.repo.replace(kind, refId, kept(docs));
  }
  put(doc: SearchDoc): void {
    this.repo.put(doc);
  }

  remove(kind: SearchKind, refId: string): void {
    this.repo.remove(kind, refId);
  }
  removeByCase(caseId: string): void {
    this.repo.removeByCase(caseId);
  }
  removeByGroup(groupId: string): void {
    this.repo.removeByGroup(groupId);
  }

  // ── queries ──────────────────────────────────────────────────────────────────────────────────────
  query(q: SearchQuery): SearchResults {
    const parsed = parseQuery(q.text);
    if (parsed.mode !== 'full') return { mode: parsed.mode, groups: [] };
    const limit = q.limit ?? SEARCH_LIMIT_DEFAULT;
    const period = { from: q.from ?? null, to: q.to ?? null };
    const filter = { match: parsed.match, groupId: q.groupId ?? null, owner: this.owner(), ...period, ...periodRowids(period.from, period.to) };
    const kinds = q.kinds?.length ? SEARCH_KINDS.filter((k) => q.kinds!.includes(k)) : SEARCH_KINDS;
    const found: Array<{ kind: SearchKind; total: number; capped: boolean; rids: number[] }> = [];
    for (const kind of kinds) {
      // One hit per item: its newest matching part. An item may match in several parts, so when the rows
      // read hold fewer items than asked while more rows exist, read further.
      let rows = COUNT_ROWS;
      for (;;) {
        const matches = this.repo.newest(kind, { ...filter, rows });
        const capped = matches.length === rows;
        const newest = new Map<string, number>();
        for (const m of matches) if (!newest.has(m.ref_id)) newest.set(m.ref_id, m.rid);
        if (capped && newest.size < limit) {
          rows *= 4;
          continue;
        }
        if (newest.size) found.push({ kind, total: newest.size, capped, rids: [...newest.values()].slice(0, limit) });
        break;
      }
    }
    const docs = new Map(this.repo.docs(found.flatMap((f) => f.rids)).map((d) => [d.rowid, d]));
    const groups: SearchGroup[] = [];
    for (const f of found) {
      const hits = f.rids.flatMap((rid) => {
        const hit = docs.get(rid);
        return hit
          ? [{ kind: hit.kind, refId: hit.ref_id, title: hit.title, date: hit.date, targetId: hit.target_id, focus: hit.focus, snippet: makeSnippet(hit.body, parsed.terms) }]
          : [];
      });
      hits.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.refId.localeCompare(b.refId)));
      groups.push({ kind: f.kind, total: f.total, capped: f.capped, hits });
    }
    return { mode: 'full', groups };
  }

  status(): SearchStatus {
    return { documents: this.repo.count(), indexVersion: INDEX_VERSION };
  }

  // ── rebuild ──────────────────────────────────────────────────────────────────────────────────────
  /**
   * Empties the index and fills it from every registered source, in one transaction, then lets FTS5
   * build its index in one pass. Reports progress per document (stage 'index').
   */
  rebuild(): SearchStatus {
    const total = this.sources.reduce((n, s) => n + s.count(), 0);
    let done = 0;
    reportProgress({ done, total, stage: 'index' });
    this.repo.transaction(() => {
      this.repo.clear();
      for (const source of this.sources) {
        for (const docs of source.all()) {
          for (const doc of kept(docs)) this.repo.insertRaw(doc);
          if (++done % 500 === 0) reportProgress({ done, total, stage: 'index' });
        }
      }
      this.repo.reindex();
      this.repo.setMeta('index_version', String(INDEX_VERSION));
    });
    reportProgress({ done: total, total, stage: 'index' });
    return this.status();
  }

  /**
   * Reads every registered source to its end without writing anything: what an import needs inside its
   * transaction to know that every imported item can be read back through its area (a row that fits the
   * tables but not its area's schema throws StoredDataError there). Marks the index as needing a rebuild,
   * in the same transaction: the import rebuilds it once after its commit, and a crash in between leaves
   * a mark that `ensureBuilt` acts on at the next start. Returns the number of items read.
   */
  readAllSources(): number {
    let items = 0;
    for (const source of this.sources) for (const _docs of source.all()) items++;
    this.repo.setMeta('index_version', 'stale');
    return items;
  }

  /** At start: an index never built (existing data from before search) or built by an older format is rebuilt. */
  ensureBuilt(): boolean {
    if (this.repo.meta('index_version') === String(INDEX_VERSION)) return false;
    this.rebuild();
    return true;
  }

  /** FTS5's integrity check (throws when the index and its documents differ). */
  check(): void {
    this.repo.check();
  }
}

/** The parts with text; an item with no text at all keeps its first part, so its title is found. */
function kept(docs: readonly SearchDoc[]): SearchDoc[] {
  const withText = docs.filter((d) => d.body.trim());
  return withText.length ? withText : docs.slice(0, 1);
}
