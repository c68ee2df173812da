/**
 * Which tables "Alles exporteren" carries, and how an import matches them. Every table in the database is
 * accounted for here: carried (`ITEMS`, with the tables that belong to an item as its `children`) or left
 * out on purpose (`EXCLUDED`, with the reason). `tables.test.ts` fails when a migration adds a table that
 * is in neither list.
 *
 * The transfer area reads and writes the other areas' tables directly: it moves rows as they are, the
 * one place where that is the point (every area's own rules were applied when the rows were written; the
 * import checks case text again with this machine's gate).
 */
import type { TransferArea } from '../../../shared/transfer/types';

export interface ChildTable {
  table: string;
  /** The column that holds the item's key (the root table's single key column). */
  parentColumn: string;
}

/** One kind of item: a root table matched by its primary key, and the tables whose rows belong to it. */
export interface ItemSpec {
  table: string;
  area: TransferArea;
  key: readonly string[];
  children?: readonly ChildTable[];
}

/**
 * In the order they are written (a row's references come before it; foreign keys are also deferred to the
 * end of the transaction, so a script based on another script may come in any order).
 */
export const ITEMS: readonly ItemSpec[] = [
  { table: 'scripts', area: 'scripts', key: ['id'], children: [{ table: 'script_blocks', parentColumn: 'script_id' }] },
  { table: 'settings', area: 'settings', key: ['key'] },
  { table: 'notices', area: 'notices', key: ['id'] },
  {
    table: 'cases',
    area: 'cases',
    key: ['id'],
    children: [
      { table: 'case_people', parentColumn: 'case_id' },
      { table: 'case_timeline', parentColumn: 'case_id' },
      { table: 'case_name_keys', parentColumn: 'case_id' },
    ],
  },
  { table: 'groups', area: 'groups', key: ['id'], children: [{ table: 'group_members', parentColumn: 'group_id' }] },
  {
    table: 'sessions',
    area: 'sessions',
    key: ['id'],
    children: [
      { table: 'session_member_refs', parentColumn: 'session_id' },
      { table: 'sos_supervision', parentColumn: 'session_id' },
      { table: 'ffps_meetings', parentColumn: 'session_id' },
    ],
  },
  { table: 'reflections', area: 'reflections', key: ['id'] },
  { table: 'ffps_notes', area: 'ffps', key: ['id'] },
  { table: 'ffps_feedback', area: 'ffps', key: ['id'] },
  { table: 'ffps_techniques', area: 'ffps', key: ['name'] },
  { table: 'trusted_keys', area: 'exchange', key: ['public_key'] },
  { table: 'imported_bundles', area: 'exchange', key: ['id'] },
  { table: 'sos_trajects', area: 'sos', key: ['id'] },
  { table: 'sos_worksheets', area: 'sos', key: ['id'] },
  { table: 'sos_check_words', area: 'sos', key: ['kind', 'word'] },
  { table: 'portfolio_profiles', area: 'portfolio', key: ['id'], children: [{ table: 'portfolio_wb', parentColumn: 'profile_id' }] },
  { table: 'portfolio_state', area: 'portfolio', key: ['key'] },
  { table: 'portfolio_reflections', area: 'portfolio', key: ['id'] },
  { table: 'portfolio_goals', area: 'portfolio', key: ['id'], children: [{ table: 'portfolio_goal_links', parentColumn: 'goal_id' }] },
  { table: 'portfolio_hours', area: 'portfolio', key: ['id'] },
];

/** Every table the file holds rows of, in write order. */
export const CARRIED_TABLES: readonly string[] = ITEMS.flatMap((i) => [i.table, ...(i.children ?? []).map((c) => c.table)]);

/**
 * Tables left out, and why. A table name may also be matched by prefix (the FTS shadow tables).
 * The name-hash key in `core_secrets` travels, but not as a table: it is the document's `nameKey`, inside
 * the encrypted file only, so the keyed hashes of resolved names keep working on the new laptop.
 */
export const EXCLUDED: readonly { table: string; prefix?: true; reason: string }[] = [
  { table: 'core_secrets', reason: 'installation secrets: the name-hash key travels as the document field nameKey' },
  { table: 'scripts_fts', prefix: true, reason: 'full-text index and its shadow tables: rebuilt from the rows by triggers' },
  { table: 'search', prefix: true, reason: 'the search index (issue 13): rebuilt after an import (afterImport)' },
  { table: 'sqlite_', prefix: true, reason: 'SQLite internals' },
];

export function isExcluded(table: string): boolean {
  return EXCLUDED.some((e) => (e.prefix ? table.startsWith(e.table) : table === e.table));
}

/** Children tables of every item, with the item they belong to. */
export function childOf(table: string): { item: ItemSpec; child: ChildTable } | undefined {
  for (const item of ITEMS) for (const child of item.children ?? []) if (child.table === table) return { item, child };
  return undefined;
}
