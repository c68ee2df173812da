import { z } from 'zod';
import type { Db } from '../core/db';
import { parseStored } from '../core/json';
import {
  GOAL_STATUSES,
  REFLECTION_DIMENSIONS,
  REFLECTION_TEMPLATES,
  type FreeReflection,
  type Goal,
  type GoalStatus,
  type ManualHours,
  type Profile,
  type WbStatus,
} from '../../../shared/portfolio/types';

interface ProfileRow {
  id: string;
  name: string;
  function: string;
  organisation: string;
  skj_number: string | null;
  period_start: string;
  member_ids: string;
  ffps_names: string;
}
interface ReflectionRow {
  id: string;
  date: string;
  title: string;
  template: string;
  fields: string;
  dimensions: string;
  updated_at: string;
}
interface GoalRow {
  id: string;
  title: string;
  description: string;
  status: string;
  updated_at: string;
  evidence: number;
}
export interface WbRow {
  item_key: string;
  status: WbStatus;
  note: string;
  discussed_at: string | null;
}

const ids = z.array(z.string());
const strings = z.array(z.string());
const fieldsSchema = z.record(z.string(), z.string());
const dimensionsSchema = z.array(z.enum(REFLECTION_DIMENSIONS));

/**
 * The portfolio area's tables: `portfolio_profiles`, `portfolio_state` (which profile is "me"),
 * `portfolio_reflections`, `portfolio_goals`, `portfolio_goal_links`, `portfolio_wb`, `portfolio_hours`.
 */
export class PortfolioRepository {
  constructor(private readonly db: Db) {}

  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  // ── profiles ──
  profiles(): Profile[] {
    return this.db.prepare<[], ProfileRow>('SELECT * FROM portfolio_profiles ORDER BY name COLLATE NOCASE').all().map(toProfile);
  }
  profile(id: string): Profile | undefined {
    const r = this.db.prepare<[string], ProfileRow>('SELECT * FROM portfolio_profiles WHERE id = ?').get(id);
    return r && toProfile(r);
  }
  upsertProfile(p: Profile, now: string): void {
    this.db
      .prepare(
        `INSERT INTO portfolio_profiles (id, name, function, organisation, skj_number, period_start, member_ids, ffps_names, created_at, updated_at)
         VALUES (@id, @name, @function, @organisation, @skj, @start, @members, @ffps, @now, @now)
         ON CONFLICT(id) DO UPDATE SET name = @name, function = @function, organisation = @organisation, skj_number = @skj,
           period_start = @start, member_ids = @members, ffps_names = @ffps, updated_at = @now`,
      )
      .run({
        id: p.id,
        name: p.name,
        function: p.function,
        organisation: p.organisation,
        skj: p.skjNumber,
        start: p.periodStart,
        members: JSON.stringify(p.memberIds),
        ffps: JSON.stringify(p.ffpsNames),
        now,
      });
  }
  meId(): string | null {
    return this.db.prepare<[], { value: string }>("SELECT value FROM portfolio_state WHERE key = 'me'").get()?.value ?? null;
  }
  setMe(id: string): void {
    this.db.prepare("INSERT INTO portfolio_state (key, value) VALUES ('me', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value").run(id);
  }

  // ── free reflections ──
  reflections(profileId: string): FreeReflection[] {
    return this.db
      .prepare<[string], ReflectionRow>('SELECT * FROM portfolio_reflections WHERE profile_id = ? ORDER BY date DESC, created_at DESC')
      .all(profileId)
      .map((r) => this.toReflection(r));
  }
  reflection(profileId: string, id: string): FreeReflection | undefined {
    const r = this.db.prepare<[string, string], ReflectionRow>('SELECT * FROM portfolio_reflections WHERE profile_id = ? AND id = ?').get(profileId, id);
    return r && this.toReflection(r);
  }
  upsertReflection(profileId: string, r: Omit<FreeReflection, 'updatedAt' | 'goalIds'>, now: string): void {
    this.db
      .prepare(
        `INSERT INTO portfolio_reflections (id, profile_id, date, title, template, fields, dimensions, created_at, updated_at)
         VALUES (@id, @profile, @date, @title, @template, @fields, @dims, @now, @now)
         ON CONFLICT(id) DO UPDATE SET date = @date, title = @title, template = @template, fields = @fields, dimensions = @dims, updated_at = @now`,
      )
      .run({ id: r.id, profile: profileId, date: r.date, title: r.title, template: r.template, fields: JSON.stringify(r.fields), dims: JSON.stringify(r.dimensions), now });
  }
  deleteReflection(id: string): void {
    this.db.prepare('DELETE FROM portfolio_reflections WHERE id = ?').run(id);
  }
  private toReflection(r: ReflectionRow): FreeReflection {
    return {
      id: r.id,
      date: r.date,
      title: r.title,
      template: z.enum(REFLECTION_TEMPLATES).parse(r.template),
      fields: parseStored(fieldsSchema, r.fields, 'portfolio reflection fields'),
      dimensions: parseStored(dimensionsSchema, r.dimensions, 'portfolio reflection dimensions'),
      goalIds: this.goalsOf(`vrij:${r.id}`),
      updatedAt: r.updated_at,
    };
  }

  // ── goals and links ──
  goals(profileId: string): Goal[] {
    return this.db
      .prepare<[string], GoalRow>(
        `SELECT g.*, (SELECT COUNT(*) FROM portfolio_goal_links l WHERE l.goal_id = g.id) AS evidence
         FROM portfolio_goals g WHERE g.profile_id = ? ORDER BY g.created_at`,
      )
      .all(profileId)
      .map(toGoal);
  }
  upsertGoal(profileId: string, g: { id: string; title: string; description: string; status: GoalStatus }, now: string): void {
    this.db
      .prepare(
        `INSERT INTO portfolio_goals (id, profile_id, title, description, status, created_at, updated_at)
         VALUES (@id, @profile, @title, @description, @status, @now, @now)
         ON CONFLICT(id) DO UPDATE SET title = @title, description = @description, status = @status, updated_at = @now`,
      )
      .run({ ...g, profile: profileId, now });
  }
  goalOwner(id: string): string | undefined {
    return this.db.prepare<[string], { profile_id: string }>('SELECT profile_id FROM portfolio_goals WHERE id = ?').get(id)?.profile_id;
  }
  /** Goal ids per item key, for the current profile's goals. */
  links(profileId: string): Map<string, string[]> {
    const out = new Map<string, string[]>();
    const rows = this.db
      .prepare<[string], { goal_id: string; item_key: string }>(
        'SELECT l.goal_id, l.item_key FROM portfolio_goal_links l JOIN portfolio_goals g ON g.id = l.goal_id WHERE g.profile_id = ? ORDER BY g.created_at',
      )
      .all(profileId);
    for (const r of rows) out.set(r.item_key, [...(out.get(r.item_key) ?? []), r.goal_id]);
    return out;
  }
  goalsOf(key: string): string[] {
    return this.db.prepare<[string], { goal_id: string }>('SELECT goal_id FROM portfolio_goal_links WHERE item_key = ?').all(key).map((r) => r.goal_id);
  }
  link(goalId: string, key: string, linked: boolean): void {
    if (linked) this.db.prepare('INSERT OR IGNORE INTO portfolio_goal_links (goal_id, item_key) VALUES (?, ?)').run(goalId, key);
    else this.db.prepare('DELETE FROM portfolio_goal_links WHERE goal_id = ? AND item_key = ?').run(goalId, key);
  }
  unlinkAll(key: string): void {
    this.db.prepare('DELETE FROM portfolio_goal_links WHERE item_key = ?').run(key);
  }

  // ── werkbegeleiding ──
  wb(profileId: string): Map<string, WbRow> {
    const rows = this.db.prepare<[string], WbRow>('SELECT item_key, status, note, discussed_at FROM portfolio_wb WHERE profile_id = ?').all(profileId);
    return new Map(rows.map((r) => [r.item_key, r]));
  }
  setWb(profileId: string, key: string, status: WbStatus, note: string, discussedAt: string | null, now: string): void {
    this.db
      .prepare(
        `INSERT INTO portfolio_wb (profile_id, item_key, status, note, discussed_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT(profile_id, item_key) DO UPDATE SET status = excluded.status, note = excluded.note, discussed_at = excluded.discussed_at, updated_at = excluded.updated_at`,
      )
      .run(profileId, key, status, note, discussedAt, now);
  }

  // ── hours by hand ──
  manualHours(profileId: string): ManualHours[] {
    return this.db
      .prepare<[string], ManualHours>('SELECT id, date, hours, note FROM portfolio_hours WHERE profile_id = ? ORDER BY date, created_at')
      .all(profileId);
  }
  upsertHours(profileId: string, h: ManualHours, now: string): void {
    this.db
      .prepare(
        `INSERT INTO portfolio_hours (id, profile_id, date, hours, note, created_at) VALUES (@id, @profile, @date, @hours, @note, @now)
         ON CONFLICT(id) DO UPDATE SET date = @date, hours = @hours, note = @note`,
      )
      .run({ ...h, profile: profileId, now });
  }
  hoursOwner(id: string): string | undefined {
    return this.db.prepare<[string], { profile_id: string }>('SELECT profile_id FROM portfolio_hours WHERE id = ?').get(id)?.profile_id;
  }
  deleteHours(id: string): void {
    this.db.prepare('DELETE FROM portfolio_hours WHERE id = ?').run(id);
  }
}

function toProfile(r: ProfileRow): Profile {
  return {
    id: r.id,
    name: r.name,
    function: r.function,
    organisation: r.organisation,
    skjNumber: r.skj_number,
    periodStart: r.period_start,
    memberIds: parseStored(ids, r.member_ids, 'portfolio profile members'),
    ffpsNames: parseStored(strings, r.ffps_names, 'portfolio profile ffps names'),
  };
}

function toGoal(r: GoalRow): Goal {
  return { id: r.id, title: r.title, description: r.description, status: z.enum(GOAL_STATUSES).parse(r.status), evidence: r.evidence, updatedAt: r.updated_at };
}
