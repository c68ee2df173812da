import { z } from 'zod';
import type { Db } from '../core/db';
import { parseStored } from '../core/json';
import type { ScriptDetail, ScriptSummary } from '../../../shared/scripts/types';
import type { Block, Script } from '../../../shared/scripts/types';
import { ROLES, type ScriptFormat } from '../../../shared/scripts/vocabulary';

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

const promptsColumn = z.array(z.string());
const rolesColumn = z.array(z.enum(ROLES));

/** The scripts area's tables: `scripts`, `script_blocks` and the title index `scripts_fts`. */
export class ScriptRepository {
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
      renameOwn: db.prepare('UPDATE scripts SET id = ? WHERE id = ? AND builtin = 0'),
    };
  }

  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  list(filter: { format?: ScriptFormat; query?: string }): ScriptSummary[] {
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

  /** The script with its blocks, or undefined. */
  find(id: string): ScriptDetail | undefined {
    const row = this.stmts.get.get(id);
    if (!row) return undefined;
    const blocks: Block[] = this.stmts.blocks.all(id).map((b) => ({
      title: b.title,
      minutes: b.minutes,
      section: b.section,
      instruction: b.instruction,
      prompts: parseStored(promptsColumn, b.prompts, 'script_blocks.prompts'),
    }));
    return {
      id: row.id,
      title: row.title,
      format: row.format as Script['format'],
      canvas: row.canvas as Script['canvas'],
      roles: parseStored(rolesColumn, row.roles, 'scripts.roles'),
      version: row.version,
      description: row.description,
      blocks,
      builtin: row.builtin === 1,
      basedOn: row.based_on,
      updatedAt: row.updated_at,
    };
  }

  meta(id: string): { builtin: boolean; version: number } | undefined {
    const row = this.stmts.get.get(id);
    return row && { builtin: row.builtin === 1, version: row.version };
  }

  exists(id: string): boolean {
    return this.stmts.exists.get(id) !== undefined;
  }

  builtinVersions(): Map<string, number> {
    return new Map(this.stmts.builtinVersions.all().map((r) => [r.id, r.version]));
  }

  insert(script: Script, meta: { builtin: boolean; basedOn: string | null }, now: string): void {
    this.stmts.insert.run({ ...columns(script), version: script.version, builtin: meta.builtin ? 1 : 0, based_on: meta.basedOn, now });
    this.writeBlocks(script.id, script.blocks);
  }

  /** Replaces a script's fields and blocks, with the version given. */
  update(script: Script, version: number, now: string): void {
    this.stmts.update.run({ ...columns(script), version, now });
    this.writeBlocks(script.id, script.blocks);
  }

  delete(id: string): void {
    this.stmts.delete.run(id);
  }

  /** An own script moves to a new id (when a new built-in takes its old one). */
  renameOwn(id: string, newId: string): void {
    this.stmts.renameOwn.run(newId, id);
  }

  private writeBlocks(scriptId: string, blocks: Block[]): void {
    this.stmts.deleteBlocks.run(scriptId);
    blocks.forEach((b, i) =>
      this.stmts.insertBlock.run(scriptId, i, b.title, b.minutes, b.section, b.instruction, JSON.stringify(b.prompts)),
    );
  }
}

function columns(s: Script) {
  return { id: s.id, title: s.title, format: s.format, canvas: s.canvas, roles: JSON.stringify(s.roles), description: s.description };
}
