import { randomUUID } from 'node:crypto';
import type { Db } from '../core/db';
import { ApiError } from '../../../shared/api/errors';
import type { ScriptDetail, ScriptExport, ScriptSummary } from '../../../shared/scripts/types';
import type { Block, Script } from '../../../shared/scripts/types';
import type { ScriptFormat } from '../../../shared/scripts/vocabulary';
import { parseScript, serializeScript } from '../../../shared/scripts';

interface ScriptRow {
  rowid: number;
  id: string;
  builtin: 0 | 1;
  title: string;
  format: string;
  canvas: string;
  roles: string;
  version: number;
  description: string;
  based_on: string | null;
  updated_at: string;
}

interface BlockRow {
  title: string;
  minutes: number;
  section: string | null;
  instruction: string;
  prompts: string;
}

const now = () => new Date().toISOString();

/**
 * The script library. Built-in scripts come from resources/scripts and are read-only; own scripts are
 * made by duplicating or importing and can be edited. A whole script (row + blocks) is always written in
 * one transaction, so a crash never leaves a script with half its blocks.
 */
export class ScriptService {
  private readonly stmts;

  constructor(private readonly db: Db) {
    this.stmts = {
      get: db.prepare<[string], ScriptRow>('SELECT rowid, * FROM scripts WHERE id = ?'),
      blocks: db.prepare<[string], BlockRow>(
        'SELECT title, minutes, section, instruction, prompts FROM script_blocks WHERE script_id = ? ORDER BY position',
      ),
      insert: db.prepare(
        `INSERT INTO scripts (id, builtin, title, format, canvas, roles, version, description, based_on, created_at, updated_at)
         VALUES (@id, @builtin, @title, @format, @canvas, @roles, @version, @description, @based_on, @now, @now)`,
      ),
      update: db.prepare(
        `UPDATE scripts SET title = @title, format = @format, canvas = @canvas, roles = @roles, version = @version,
           description = @description, updated_at = @now WHERE id = @id`,
      ),
      deleteBlocks: db.prepare('DELETE FROM script_blocks WHERE script_id = ?'),
      insertBlock: db.prepare(
        `INSERT INTO script_blocks (script_id, position, title, minutes, section, instruction, prompts)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ),
      delete: db.prepare('DELETE FROM scripts WHERE id = ?'),
      exists: db.prepare<[string], { one: number }>('SELECT 1 AS one FROM scripts WHERE id = ?'),
      builtinVersions: db.prepare<[], { id: string; version: number }>('SELECT id, version FROM scripts WHERE builtin = 1'),
    };
  }

  list(filter: { format?: ScriptFormat; query?: string } = {}): ScriptSummary[] {
    const where: string[] = [];
    const params: Record<string, string> = {};
    if (filter.format) {
      where.push('s.format = @format');
      params.format = filter.format;
    }
    const q = filter.query?.trim() ?? '';
    if (q.length >= 3) {
      // Trigram FTS needs at least three characters; quoting makes the query a literal substring,
      // and the column filter keeps the search to titles, as the library promises.
      where.push('s.rowid IN (SELECT rowid FROM scripts_fts WHERE scripts_fts MATCH @match)');
      params.match = `title : "${q.replace(/"/g, '""')}"`;
    } else if (q.length > 0) {
      where.push("s.title LIKE @like ESCAPE '\\'");
      params.like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    }
    const sql = `
      SELECT s.id, s.title, s.format, s.canvas, s.description, s.builtin, s.version, s.updated_at,
             COUNT(b.position) AS block_count, COALESCE(SUM(b.minutes), 0) AS total_minutes
      FROM scripts s LEFT JOIN script_blocks b ON b.script_id = s.id
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      GROUP BY s.id
      ORDER BY s.builtin DESC, s.title COLLATE NOCASE`;
    const rows = this.db.prepare(sql).all(params) as Array<{
      id: string; title: string; format: string; canvas: string; description: string; builtin: number;
      version: number; updated_at: string; block_count: number; total_minutes: number;
    }>;
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      format: r.format as ScriptSummary['format'],
      canvas: r.canvas as ScriptSummary['canvas'],
      description: r.description,
      builtin: r.builtin === 1,
      blockCount: r.block_count,
      totalMinutes: r.total_minutes,
      version: r.version,
      updatedAt: r.updated_at,
    }));
  }

  get(id: string): ScriptDetail {
    const row = this.stmts.get.get(id);
    if (!row) throw new ApiError('NOT_FOUND', `script ${id} not found`);
    const blocks: Block[] = this.stmts.blocks.all(id).map((b) => ({
      title: b.title,
      minutes: b.minutes,
      section: b.section,
      instruction: b.instruction,
      prompts: JSON.parse(b.prompts) as string[],
    }));
    return {
      id: row.id,
      title: row.title,
      format: row.format as Script['format'],
      canvas: row.canvas as Script['canvas'],
      roles: JSON.parse(row.roles) as Script['roles'],
      version: row.version,
      description: row.description,
      blocks,
      builtin: row.builtin === 1,
      basedOn: row.based_on,
      updatedAt: row.updated_at,
    };
  }

  duplicate(id: string, copySuffix = ' (kopie)'): ScriptDetail {
    const source = this.get(id);
    const copy: Script = { ...stripMeta(source), id: randomUUID(), title: `${source.title}${copySuffix}`.slice(0, 120), version: 1 };
    this.db.transaction(() => this.insert(copy, { builtin: false, basedOn: source.id }))();
    return this.get(copy.id);
  }

  /** Saves an edit of an own script; the version goes up so later session snapshots can tell edits apart. */
  save(script: Script): ScriptDetail {
    const existing = this.stmts.get.get(script.id);
    if (!existing) throw new ApiError('NOT_FOUND', `script ${script.id} not found`);
    if (existing.builtin === 1) throw new ApiError('READ_ONLY', 'built-in scripts cannot be changed');
    this.db.transaction(() => {
      this.stmts.update.run({ ...columns(script), version: existing.version + 1, now: now() });
      this.writeBlocks(script.id, script.blocks);
    })();
    return this.get(script.id);
  }

  delete(id: string): { deleted: ScriptDetail } {
    const detail = this.get(id);
    if (detail.builtin) throw new ApiError('READ_ONLY', 'built-in scripts cannot be deleted');
    this.stmts.delete.run(id);
    return { deleted: detail };
  }

  /** Undo of a delete: puts an own script back exactly as it was (same id). */
  restore(script: Script): ScriptDetail {
    if (this.stmts.exists.get(script.id)) throw new ApiError('CONFLICT', `script ${script.id} already exists`);
    this.db.transaction(() => this.insert(script, { builtin: false, basedOn: null }))();
    return this.get(script.id);
  }

  export(id: string): ScriptExport {
    const detail = this.get(id);
    return { filename: `${slugify(detail.title) || detail.id}.md`, content: serializeScript(stripMeta(detail)) };
  }

  /** Imports a script file as an own script. A file whose id is taken gets a fresh id, so nothing is overwritten. */
  import(content: string): ScriptDetail {
    const parsed = parseScript(content);
    if (!parsed.ok) {
      throw new ApiError(
        'PARSE_ERROR',
        'script file is malformed',
        parsed.errors.map((e) => ({ line: e.line, message: e.message })),
      );
    }
    const script = parsed.script;
    const id = this.stmts.exists.get(script.id) ? randomUUID() : script.id;
    this.db.transaction(() => this.insert({ ...script, id }, { builtin: false, basedOn: null }))();
    return this.get(id);
  }

  /**
   * Brings the built-in scripts in line with the files shipped in resources/: new ones are added, changed
   * versions replace the old, removed ones disappear. Own scripts that were based on them keep their content.
   */
  syncBuiltins(scripts: Script[]): { added: number; updated: number; removed: number } {
    const current = new Map(this.stmts.builtinVersions.all().map((r) => [r.id, r.version]));
    const counts = { added: 0, updated: 0, removed: 0 };
    this.db.transaction(() => {
      for (const s of scripts) {
        const v = current.get(s.id);
        if (v === undefined) {
          if (this.stmts.exists.get(s.id)) this.renameOwn(s.id);
          this.insert(s, { builtin: true, basedOn: null });
          counts.added++;
        } else if (v !== s.version) {
          this.stmts.update.run({ ...columns(s), version: s.version, now: now() });
          this.writeBlocks(s.id, s.blocks);
          counts.updated++;
        }
        current.delete(s.id);
      }
      for (const id of current.keys()) {
        this.stmts.delete.run(id);
        counts.removed++;
      }
    })();
    return counts;
  }

  /** An own script that happens to carry the id of a new built-in moves aside instead of being lost. */
  private renameOwn(id: string): void {
    this.db.prepare('UPDATE scripts SET id = ? WHERE id = ? AND builtin = 0').run(randomUUID(), id);
  }

  private insert(script: Script, meta: { builtin: boolean; basedOn: string | null }): void {
    this.stmts.insert.run({
      ...columns(script),
      version: script.version,
      builtin: meta.builtin ? 1 : 0,
      based_on: meta.basedOn,
      now: now(),
    });
    this.writeBlocks(script.id, script.blocks);
  }

  private writeBlocks(scriptId: string, blocks: Block[]): void {
    this.stmts.deleteBlocks.run(scriptId);
    blocks.forEach((b, i) =>
      this.stmts.insertBlock.run(scriptId, i, b.title, b.minutes, b.section, b.instruction, JSON.stringify(b.prompts)),
    );
  }
}

function columns(s: Script) {
  return {
    id: s.id,
    title: s.title,
    format: s.format,
    canvas: s.canvas,
    roles: JSON.stringify(s.roles),
    description: s.description,
  };
}

function stripMeta(d: ScriptDetail): Script {
  const { builtin: _b, basedOn: _o, updatedAt: _u, ...script } = d;
  return script;
}

export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}
