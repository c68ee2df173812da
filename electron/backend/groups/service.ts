import { randomUUID } from 'node:crypto';
import { NO_INDEX, type SearchIndex } from '../search';
import type { Db } from '../core/db';
import { amsterdamToday } from '../core/dates';
import { ApiError, type ErrorDetail } from '../../../shared/api/errors';
import type { Group, GroupSave, GroupSummary } from '../../../shared/groups/types';
import type { Gate } from '../anonymiser';
import { GroupRepository, publicMember, type StoredMember } from './repository';
import { detail } from '../../../shared/api/details';

/**
 * What the groups area needs to know about bijeenkomsten. The sessions area implements it; it is handed
 * in at composition, so this area never reads the session tables (and never imports the sessions area).
 */
export interface GroupUsage {
  /** Per group: how many bijeenkomsten, and the date of the next planned one on or after `today`. */
  sessionStats(today: string): ReadonlyMap<string, { count: number; next: string | null }>;
  /** Whether a member holds a role in a bijeenkomst that is still only planned. */
  hasPlannedRole(memberId: string): boolean;
  /** Whether a record (a role, a canvas, the learning record of one that ran, a reflection) names the member. */
  isReferenced(memberId: string): boolean;
  /** The group's members changed: planned bijeenkomsten follow (a new member is expected, a removed one no longer). */
  membersChanged(groupId: string, activeMemberIds: readonly string[]): void;
}

const NO_USAGE: GroupUsage = {
  sessionStats: () => new Map(),
  hasPlannedRole: () => false,
  isReferenced: () => false,
  membersChanged: () => {},
};

/**
 * Leergroepen and their members (professionals, never clients).
 *
 * Removing a member never removes learning: a member who has a role, attendance, a learning, a score,
 * an idea or a reflection in any bijeenkomst of the group is only marked removed (hidden from the group,
 * still named in the old records); a member nobody refers to is deleted. A member with a role in a
 * bijeenkomst that is still only planned cannot be removed (CONFLICT): change that plan first.
 */
export class GroupService {
  private readonly repo: GroupRepository;
  private usage: GroupUsage = NO_USAGE;
  private search: SearchIndex = NO_INDEX;

  constructor(
    db: Db,
    private readonly gate: Gate,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.repo = new GroupRepository(db);
  }

  /** Connects the search index: a deleted group's reflections (cascaded with its members) leave it. */
  setSearch(search: SearchIndex): void {
    this.search = search;
  }

  /** Connects the sessions area (at composition, once both exist). */
  setUsage(usage: GroupUsage): void {
    this.usage = usage;
  }

  /** Alphabetical, with member and bijeenkomst counts and the date of the next planned one. */
  list(): GroupSummary[] {
    const stats = this.usage.sessionStats(amsterdamToday(this.now()));
    return this.repo.all().map((r) => ({
      id: r.id,
      name: r.name,
      description: r.description,
      memberCount: r.member_count,
      sessionCount: stats.get(r.id)?.count ?? 0,
      nextSession: stats.get(r.id)?.next ?? null,
    }));
  }

  get(id: string): Group {
    const g = this.row(id);
    return { id: g.id, name: g.name, description: g.description, members: this.repo.members(id, false).map(publicMember) };
  }

  /** Creates or updates a group with its members: known ids are kept, new ones added, missing ones removed. */
  save(input: GroupSave): Group {
    const existing = input.id ? this.row(input.id) : undefined;
    const groupId = input.id ?? randomUUID();
    const all = existing ? this.repo.members(groupId, true) : [];
    const seen = checkMemberIds(input, all);
    // Colleagues are named here on purpose; a BSN, phone number or address has no place in a group.
    this.gate.assertNoStructured([
      { path: 'name', text: input.name },
      { path: 'description', text: input.description },
      ...input.members.flatMap((m, i) => [
        { path: `members.${i}.function`, text: m.function },
        { path: `members.${i}.organisation`, text: m.organisation },
      ]),
    ]);
    const leaving = all.filter((m) => !m.removed && !seen.has(m.id));
    const planned = leaving.filter((m) => this.usage.hasPlannedRole(m.id));
    if (planned.length) {
      throw new ApiError(
        'CONFLICT',
        'member has a role in a planned bijeenkomst',
        planned.map((m) => detail('members', 'member_has_planned_role', `role in planned session: ${m.id}`, { name: m.name })),
      );
    }

    const now = this.now().toISOString();
    this.repo.transaction(() => {
      if (existing) this.repo.update({ id: groupId, name: input.name, description: input.description }, now);
      else this.repo.insert({ id: groupId, name: input.name, description: input.description }, now);
      this.repo.writeMembers(groupId, input.members.map((m) => ({ ...m, id: m.id ?? randomUUID(), isNew: m.id === undefined })), now);
      for (const m of leaving) {
        if (this.usage.isReferenced(m.id)) this.repo.markRemoved(m, now);
        else this.repo.deleteMember(m.id);
      }
      this.usage.membersChanged(groupId, this.repo.members(groupId, false).map((m) => m.id));
    });
    return this.get(groupId);
  }

  /** Refused while the group has bijeenkomsten: their learning record must stay. */
  delete(id: string): { deleted: string } {
    const g = this.row(id);
    const n = this.usage.sessionStats(amsterdamToday(this.now())).get(id)?.count ?? 0;
    if (n > 0) throw new ApiError('CONFLICT', `group has ${n} session(s)`);
    this.repo.transaction(() => {
      this.repo.delete(id);
      this.search.removeByGroup(id);
    });
    return { deleted: g.name };
  }

  // ── the interface other areas use ────────────────────────────────────────────────────────────────

  exists(id: string): boolean {
    return this.repo.row(id) !== undefined;
  }

  name(id: string): string {
    return this.row(id).name;
  }

  /** Current members in group order. */
  activeMembers(groupId: string): StoredMember[] {
    return this.repo.members(groupId, false);
  }

  /** Current and removed members, in group order (removed ones last). */
  allMembers(groupId: string): StoredMember[] {
    return this.repo.members(groupId, true);
  }

  private row(id: string) {
    const g = this.repo.row(id);
    if (!g) throw new ApiError('NOT_FOUND', 'group not found');
    return g;
  }
}

/** Ids a form sends must be members of this group, each once; returns the ids kept. */
function checkMemberIds(input: GroupSave, all: readonly StoredMember[]): Set<string> {
  const known = new Set(all.map((m) => m.id));
  const problems: ErrorDetail[] = [];
  const seen = new Set<string>();
  input.members.forEach((m, i) => {
    if (m.id === undefined) return;
    if (!known.has(m.id)) problems.push(detail(`members.${i}.id`, 'not_member', 'member is not in this group'));
    else if (seen.has(m.id)) problems.push(detail(`members.${i}.id`, 'listed_twice', 'member listed twice'));
    seen.add(m.id);
  });
  if (problems.length) throw new ApiError('VALIDATION', 'members do not fit this group', problems);
  return seen;
}
