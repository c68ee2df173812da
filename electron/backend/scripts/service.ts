import { randomUUID } from 'node:crypto';
import type { Db } from '../core/db';
import { ApiError } from '../../../shared/api/errors';
import type { ScriptDetail, ScriptExport, ScriptSummary, Script } from '../../../shared/scripts/types';
import { SCRIPT_TITLE_MAX, type ScriptFormat } from '../../../shared/scripts/vocabulary';
import { parseScript, serializeScript } from '../../../shared/scripts';
import { slugify } from '../../../shared/common/slug';
import type { Gate } from '../anonymiser';
import { ScriptRepository } from './repository';
import { NO_INDEX, type SearchIndex } from '../search';
import { scriptDocs, scriptsSearchSource } from './search';

const now = () => new Date().toISOString();

/**
 * The script library. Built-in scripts come from resources/scripts and are read-only; own scripts are
 * made by duplicating or importing and can be edited. A whole script (row + blocks) is always written in
 * one transaction, so a crash never leaves a script with half its blocks.
 */
export class ScriptService {
  private readonly repo: ScriptRepository;

  constructor(
    db: Db,
    private readonly gate: Gate,
    /** The search index, written in step with every write (none in tests of this area alone). */
    private readonly search: SearchIndex = NO_INDEX,
  ) {
    this.repo = new ScriptRepository(db);
  }

  /** Script text is not case material: a BSN, phone number or address found in it is refused. */
  private checkText(script: Script): void {
    this.gate.assertNoStructured([
      { path: 'title', text: script.title },
      { path: 'description', text: script.description },
      ...script.blocks.flatMap((b, i) => [
        { path: `blocks.${i}.title`, text: b.title },
        { path: `blocks.${i}.instruction`, text: b.instruction },
        ...b.prompts.map((text, j) => ({ path: `blocks.${i}.prompts.${j}`, text })),
      ]),
    ]);
  }

  list(filter: { format?: ScriptFormat; query?: string } = {}): ScriptSummary[] {
    return this.repo.list(filter);
  }

  get(id: string): ScriptDetail {
    const script = this.repo.find(id);
    if (!script) throw new ApiError('NOT_FOUND', `script ${id} not found`);
    return script;
  }

  /** The script alone, without library metadata: what a bijeenkomst keeps as its snapshot. */
  snapshot(id: string): Script {
    return stripMeta(this.get(id));
  }

  duplicate(id: string, copySuffix = ' (kopie)'): ScriptDetail {
    const source = this.get(id);
    const copy: Script = { ...stripMeta(source), id: randomUUID(), title: `${source.title}${copySuffix}`.slice(0, SCRIPT_TITLE_MAX), version: 1 };
    this.repo.transaction(() => (this.repo.insert(copy, { builtin: false, basedOn: source.id }, now()), this.reindex(copy.id)));
    return this.get(copy.id);
  }

  /** Saves an edit of an own script; the version goes up so later session snapshots can tell edits apart. */
  save(script: Script): ScriptDetail {
    const existing = this.repo.meta(script.id);
    if (!existing) throw new ApiError('NOT_FOUND', `script ${script.id} not found`);
    if (existing.builtin) throw new ApiError('READ_ONLY', 'built-in scripts cannot be changed');
    this.checkText(script);
    this.repo.transaction(() => (this.repo.update(script, existing.version + 1, now()), this.reindex(script.id)));
    return this.get(script.id);
  }

  delete(id: string): { deleted: ScriptDetail } {
    const detail = this.get(id);
    if (detail.builtin) throw new ApiError('READ_ONLY', 'built-in scripts cannot be deleted');
    this.repo.transaction(() => (this.repo.delete(id), this.reindex(id)));
    return { deleted: detail };
  }

  /** Undo of a delete: puts an own script back exactly as it was (same id). */
  restore(script: Script): ScriptDetail {
    if (this.repo.exists(script.id)) throw new ApiError('CONFLICT', `script ${script.id} already exists`);
    this.checkText(script);
    this.repo.transaction(() => (this.repo.insert(script, { builtin: false, basedOn: null }, now()), this.reindex(script.id)));
    return this.get(script.id);
  }

  export(id: string): ScriptExport {
    const detail = this.get(id);
    return { filename: `${slugify(detail.title) || detail.id}.md`, content: serializeScript(stripMeta(detail)) };
  }

  /** Imports a script file as an own script. A file whose id is taken gets a fresh id, so nothing is overwritten. */
  /**
   * Imports a script file. When the library already holds its id: 'ask' refuses with CONFLICT (the
   * existing title in the detail, so the user can choose), 'replace' overwrites an own script (never a
   * built-in: READ_ONLY), 'copy' keeps both, the new one under a fresh id and a numbered title.
   */
  import(content: string, onExisting: 'ask' | 'replace' | 'copy' = 'copy'): ScriptDetail {
    const parsed = parseScript(content);
    if (!parsed.ok) {
      throw new ApiError('PARSE_ERROR', 'script file is malformed', parsed.errors.map((e) => ({ line: e.line, message: e.message, issue: e.issue })));
    }
    const script = parsed.script;
    this.checkText(script);
    const existing = this.repo.meta(script.id);
    if (existing && onExisting === 'ask') {
      throw new ApiError('CONFLICT', 'a script with this id exists', [{ path: 'id', message: this.get(script.id).title, issue: { code: existing.builtin ? 'script_exists_builtin' : 'script_exists' } }]);
    }
    if (existing && onExisting === 'replace') {
      if (existing.builtin) throw new ApiError('READ_ONLY', 'built-in scripts are not replaced');
      this.repo.transaction(() => (this.repo.update(script, existing.version + 1, now()), this.reindex(script.id)));
      return this.get(script.id);
    }
    const id = existing ? randomUUID() : script.id;
    const title = existing ? this.numberedTitle(script.title) : script.title;
    this.repo.transaction(() => (this.repo.insert({ ...script, id, title }, { builtin: false, basedOn: null }, now()), this.reindex(id)));
    return this.get(id);
  }

  /** "Titel (2)", "Titel (3)", …: the first that no script in the library has. */
  private numberedTitle(title: string): string {
    const taken = new Set(this.repo.list({}).map((s) => s.title));
    for (let n = 2; ; n++) {
      const candidate = `${title} (${n})`;
      if (!taken.has(candidate)) return candidate;
    }
  }

  /** Every script's texts, for a search rebuild. */
  searchSource() {
    return scriptsSearchSource({ list: () => this.list(), get: (id) => this.get(id) });
  }

  /** Writes (or removes) the script's search document (call inside the write's transaction). */
  private reindex(id: string): void {
    const s = this.repo.find(id);
    if (s) this.search.replace('script', id, scriptDocs(s));
    else this.search.remove('script', id);
  }

  /**
   * Brings the built-in scripts in line with the files shipped in resources/: new ones are added, changed
   * versions replace the old, removed ones disappear. Own scripts that were based on them keep their content.
   */
  syncBuiltins(scripts: Script[]): { added: number; updated: number; removed: number } {
    const current = this.repo.builtinVersions();
    const counts = { added: 0, updated: 0, removed: 0 };
    this.repo.transaction(() => {
      for (const s of scripts) {
        const v = current.get(s.id);
        if (v === undefined) {
          // An own script that happens to carry the id of a new built-in moves aside instead of being lost.
          if (this.repo.exists(s.id)) {
            const moved = randomUUID();
            this.repo.renameOwn(s.id, moved);
            this.reindex(moved);
          }
          this.repo.insert(s, { builtin: true, basedOn: null }, now());
          this.reindex(s.id);
          counts.added++;
        } else if (v !== s.version) {
          this.repo.update(s, s.version, now());
          this.reindex(s.id);
          counts.updated++;
        }
        current.delete(s.id);
      }
      for (const id of current.keys()) {
        this.repo.delete(id);
        this.reindex(id);
        counts.removed++;
      }
    });
    return counts;
  }
}

function stripMeta(d: ScriptDetail): Script {
  const { builtin: _b, basedOn: _o, updatedAt: _u, ...script } = d;
  return script;
}
