import { amsterdamToday } from '../core/dates';
import { randomUUID } from 'node:crypto';
import type { Db } from '../core/db';
import { ApiError, type ErrorDetail } from '../../../shared/api/errors';
import type { Attendance, LearningRecord } from '../../../shared/sessions/types';
import type { Group, GroupSummary, Member } from '../../../shared/groups/types';

export interface MemberRow {
  id: string;
  group_id: string;
  position: number;
  name: string;
  function: string;
  organisation: string;
  skj_number: string | null;
  removed_at: string | null;
}

interface GroupRow {
  id: string;
  name: string;
  description: string;
}

export interface GroupSave {
  id?: string;
  name: string;
  description: string;
  members: Array<{ id?: string; name: string; function: string; organisation: string; skjNumber: string | null }>;
}

export const memberOf = (r: MemberRow): Member => ({
  id: r.id,
  name: r.name,
  function: r.function,
  organisation: r.organisation,
  skjNumber: r.skj_number,
});

/**
 * Leergroepen and their members (professionals, never clients).
 *
 * Removing a member never removes learning: a member who has a role, attendance, a learning, a score,
 * an idea or a reflection in any bijeenkomst of the group is only marked removed (hidden from the group,
 * still named in the old records); a member nobody refers to is deleted. A member with a role in a
 * bijeenkomst that is still only planned cannot be removed (CONFLICT): change that plan first.
 */
export class GroupService {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Alphabetical, with member and bijeenkomst counts and the date of the next planned one. */
  list(): GroupSummary[] {
    const rows = this.db
      .prepare<[string], GroupRow & { member_count: number; session_count: number; next_session: string | null }>(
        `SELECT g.id, g.name, g.description,
           (SELECT COUNT(*) FROM group_members m WHERE m.group_id = g.id AND m.removed_at IS NULL) AS member_count,
           (SELECT COUNT(*) FROM sessions s WHERE s.group_id = g.id) AS session_count,
           (SELECT MIN(s.date) FROM sessions s WHERE s.group_id = g.id AND s.status = 'planned' AND s.date >= ?) AS next_session
         FROM groups g ORDER BY g.name COLLATE NOCASE, g.created_at`,
      )
      .all(amsterdamToday(this.now()));
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      description: r.description,
      memberCount: r.member_count,
      sessionCount: r.session_count,
      nextSession: r.next_session,
    }));
  }

  get(id: string): Group {
    const g = this.row(id);
    return { id: g.id, name: g.name, description: g.description, members: this.activeMembers(id).map(memberOf) };
  }

  /** Creates or updates a group with its members: known ids are kept, new ones added, missing ones removed. */
  save(input: GroupSave): Group {
    const existing = input.id ? this.row(input.id) : undefined;
    const groupId = input.id ?? randomUUID();
    const all = existing ? this.allMembers(groupId) : [];
    const known = new Map(all.map((m) => [m.id, m]));
    const problems: ErrorDetail[] = [];
    const seen = new Set<string>();
    input.members.forEach((m, i) => {
      if (m.id === undefined) return;
      if (!known.has(m.id)) problems.push({ path: `members.${i}.id`, message: 'member is not in this group' });
      else if (seen.has(m.id)) problems.push({ path: `members.${i}.id`, message: 'member listed twice' });
      seen.add(m.id);
    });
    if (problems.length) throw new ApiError('VALIDATION', 'members do not fit this group', problems);

    const leaving = all.filter((m) => m.removed_at === null && !seen.has(m.id));
    const planned = leaving.filter((m) => this.hasPlannedRole(m.id));
    if (planned.length) {
      throw new ApiError(
        'CONFLICT',
        'member has a role in a planned bijeenkomst',
        planned.map((m) => ({ path: 'members', message: `role in planned session: ${m.id}` })),
      );
    }

    const now = this.now().toISOString();
    this.db.transaction(() => {
      if (existing) {
        this.db.prepare('UPDATE groups SET name = ?, description = ?, updated_at = ? WHERE id = ?').run(input.name, input.description, now, groupId);
      } else {
        this.db
          .prepare('INSERT INTO groups (id, name, description, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
          .run(groupId, input.name, input.description, now, now);
      }
      const upd = this.db.prepare(
        `UPDATE group_members SET position = ?, name = ?, function = ?, organisation = ?, skj_number = ?, removed_at = NULL, updated_at = ?
         WHERE id = ? AND group_id = ?`,
      );
      const ins = this.db.prepare(
        `INSERT INTO group_members (id, group_id, position, name, function, organisation, skj_number, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      input.members.forEach((m, i) => {
        if (m.id) upd.run(i, m.name, m.function, m.organisation, m.skjNumber, now, m.id, groupId);
        else ins.run(randomUUID(), groupId, i, m.name, m.function, m.organisation, m.skjNumber, now, now);
      });
      for (const m of leaving) {
        if (this.isReferenced(groupId, m.id)) {
          this.db.prepare('UPDATE group_members SET removed_at = ?, position = ?, updated_at = ? WHERE id = ?').run(now, 10_000 + m.position, now, m.id);
        } else {
          this.db.prepare('DELETE FROM group_members WHERE id = ?').run(m.id);
        }
      }
      this.syncPlannedAttendance(groupId);
    })();
    return this.get(groupId);
  }

  /** Refused while the group has bijeenkomsten: their learning record must stay. */
  delete(id: string): { deleted: string } {
    const g = this.row(id);
    const n = this.db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM sessions WHERE group_id = ?').get(id)!.n;
    if (n > 0) throw new ApiError('CONFLICT', `group has ${n} session(s)`);
    this.db.prepare('DELETE FROM groups WHERE id = ?').run(id);
    return { deleted: g.name };
  }

  // ── used by the session service ──────────────────────────────────────────────────────────────────

  row(id: string): GroupRow {
    const g = this.db.prepare<[string], GroupRow>('SELECT id, name, description FROM groups WHERE id = ?').get(id);
    if (!g) throw new ApiError('NOT_FOUND', 'group not found');
    return g;
  }

  activeMembers(groupId: string): MemberRow[] {
    return this.db
      .prepare<[string], MemberRow>('SELECT * FROM group_members WHERE group_id = ? AND removed_at IS NULL ORDER BY position')
      .all(groupId);
  }

  allMembers(groupId: string): MemberRow[] {
    return this.db.prepare<[string], MemberRow>('SELECT * FROM group_members WHERE group_id = ? ORDER BY position').all(groupId);
  }

  /**
   * Planned bijeenkomsten follow the group: a new member is expected (present), a removed one no longer.
   * Bijeenkomsten that ran keep the attendance as it was.
   */
  syncPlannedAttendance(groupId: string, sessionId?: string): void {
    const active = this.activeMembers(groupId).map((m) => m.id);
    const rows = this.db
      .prepare<[string], { id: string; learning: string }>("SELECT id, learning FROM sessions WHERE group_id = ? AND status = 'planned'")
      .all(groupId)
      .filter((r) => sessionId === undefined || r.id === sessionId);
    const upd = this.db.prepare('UPDATE sessions SET learning = ? WHERE id = ?');
    for (const r of rows) {
      const learning = JSON.parse(r.learning) as LearningRecord;
      learning.attendance = syncAttendance(learning.attendance, active);
      upd.run(JSON.stringify(learning), r.id);
    }
  }

  private hasPlannedRole(memberId: string): boolean {
    return !!this.db
      .prepare(
        `SELECT 1 FROM sessions WHERE status = 'planned' AND ? IN (gespreksleider_id, inbrenger_id, notulist_id, tijdbewaker_id) LIMIT 1`,
      )
      .get(memberId);
  }

  /** Whether anything of a bijeenkomst that ran, or a reflection, names this member. Ids are UUIDs: a substring match is exact. */
  private isReferenced(groupId: string, memberId: string): boolean {
    const like = `%${memberId}%`;
    return !!this.db
      .prepare(
        `SELECT 1 FROM sessions WHERE group_id = @groupId AND (
           @id IN (gespreksleider_id, inbrenger_id, notulist_id, tijdbewaker_id)
           OR (status <> 'planned' AND (learning LIKE @like OR canvas LIKE @like))
           OR (status = 'planned' AND canvas LIKE @like))
         UNION ALL SELECT 1 FROM reflections WHERE member_id = @id LIMIT 1`,
      )
      .get({ groupId, id: memberId, like });
  }
}

/** Keeps the rows of members still in the group, in group order, and adds the missing ones as present. */
export function syncAttendance(attendance: Attendance[], memberIds: readonly string[]): Attendance[] {
  const byId = new Map(attendance.map((a) => [a.memberId, a]));
  return memberIds.map((id) => byId.get(id) ?? { memberId: id, present: true, arrived: null, left: null });
}

