import type { Db } from '../core/db';
import type { Member, MemberSave } from '../../../shared/groups/types';

interface MemberRow {
  id: string;
  group_id: string;
  position: number;
  name: string;
  function: string;
  organisation: string;
  skj_number: string | null;
  removed_at: string | null;
}

export interface GroupRow {
  id: string;
  name: string;
  description: string;
}

/** A member as the area keeps it: removed members stay (marked) while old records name them. */
export interface StoredMember extends Member {
  position: number;
  removed: boolean;
}

/** The groups area's tables: `groups` and `group_members`. */
export class GroupRepository {
  constructor(private readonly db: Db) {}

  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  all(): Array<GroupRow & { member_count: number }> {
    return this.db
      .prepare<[], GroupRow & { member_count: number }>(
        `SELECT g.id, g.name, g.description,
           (SELECT COUNT(*) FROM group_members m WHERE m.group_id = g.id AND m.removed_at IS NULL) AS member_count
         FROM groups g ORDER BY g.name COLLATE NOCASE, g.created_at`,
      )
      .all();
  }

  row(id: string): GroupRow | undefined {
    return this.db.prepare<[string], GroupRow>('SELECT id, name, description FROM groups WHERE id = ?').get(id);
  }

  insert(g: { id: string; name: string; description: string }, now: string): void {
    this.db.prepare('INSERT INTO groups (id, name, description, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(g.id, g.name, g.description, now, now);
  }

  update(g: { id: string; name: string; description: string }, now: string): void {
    this.db.prepare('UPDATE groups SET name = ?, description = ?, updated_at = ? WHERE id = ?').run(g.name, g.description, now, g.id);
  }

  delete(id: string): void {
    this.db.prepare('DELETE FROM groups WHERE id = ?').run(id);
  }

  /** Members in group order; removed ones only when asked for. */
  members(groupId: string, includeRemoved: boolean): StoredMember[] {
    const sql = includeRemoved
      ? 'SELECT * FROM group_members WHERE group_id = ? ORDER BY position'
      : 'SELECT * FROM group_members WHERE group_id = ? AND removed_at IS NULL ORDER BY position';
    return this.db.prepare<[string], MemberRow>(sql).all(groupId).map(memberOf);
  }

  /** Writes the members at their positions: known ids updated (and brought back if removed), new ones inserted. */
  writeMembers(groupId: string, members: ReadonlyArray<MemberSave & { id: string; isNew: boolean }>, now: string): void {
    const upd = this.db.prepare(
      `UPDATE group_members SET position = ?, name = ?, function = ?, organisation = ?, skj_number = ?, removed_at = NULL, updated_at = ?
       WHERE id = ? AND group_id = ?`,
    );
    const ins = this.db.prepare(
      `INSERT INTO group_members (id, group_id, position, name, function, organisation, skj_number, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    members.forEach((m, i) => {
      if (m.isNew) ins.run(m.id, groupId, i, m.name, m.function, m.organisation, m.skjNumber, now, now);
      else upd.run(i, m.name, m.function, m.organisation, m.skjNumber, now, m.id, groupId);
    });
  }

  /** Hidden from the group, still named in the records that refer to it; sorted after the current members. */
  markRemoved(member: StoredMember, now: string): void {
    this.db.prepare('UPDATE group_members SET removed_at = ?, position = ?, updated_at = ? WHERE id = ?').run(now, 10_000 + member.position, now, member.id);
  }

  deleteMember(id: string): void {
    this.db.prepare('DELETE FROM group_members WHERE id = ?').run(id);
  }
}

function memberOf(r: MemberRow): StoredMember {
  return {
    id: r.id,
    name: r.name,
    function: r.function,
    organisation: r.organisation,
    skjNumber: r.skj_number,
    position: r.position,
    removed: r.removed_at !== null,
  };
}

/** The member as the API shows it, without the area's bookkeeping. */
export const publicMember = (m: StoredMember): Member => ({ id: m.id, name: m.name, function: m.function, organisation: m.organisation, skjNumber: m.skjNumber });
