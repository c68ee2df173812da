import { randomUUID } from 'node:crypto';
import type { Db } from '../core/db';
import { amsterdamToday } from '../core';
import type { Gate } from '../anonymiser';
import { ApiError } from '../../../shared/api/errors';
import type { FileExport } from '../../../shared/app/types';
import type { GoalPage, HoursLine, HoursOverview, MemberChoice } from '../../../shared/portfolio/contract';
import { hoursSummary, skjCredit } from '../../../shared/portfolio/hours';
import { goalFields, hoursFields, profileFields, reflectionFields, wbFields } from '../../../shared/portfolio/fields';
import {
  filterTimeline,
  reflectionDimensions,
  TEMPLATE_FIELDS,
  type FreeReflection,
  type FreeReflectionSave,
  type Goal,
  type GoalSave,
  type ManualHours,
  type ManualHoursSave,
  type Profile,
  type ProfileChoice,
  type ProfileSave,
  type TimelineFilter,
  type TimelineItem,
  type WbItem,
  type WbUpdate,
} from '../../../shared/portfolio/types';
import { PortfolioRepository } from './repository';
import { NO_INDEX, type SearchIndex } from '../search';
import { portfolioSearchSource, reflectionDocs } from './search';
import { actualTimes } from './times';
import { attendedSessions, externalItems, feedbackItems, sessionItems, type AttendedSession, type Collected, type PortfolioSources } from './sources';
import { attendanceCsv, attendanceReport, FIELD_LABELS, hoursCsv, hoursReport, reflectionReport, renderReport } from './exports';

export interface PortfolioServiceDeps {
  db: Db;
  gate: Gate;
  sources: PortfolioSources;
  /** The search index, written in step with every write (none in tests of this area alone). */
  search?: SearchIndex;
  now?: () => Date;
}

const notFound = (what: string) => new ApiError('NOT_FOUND', `${what} not found`);

/**
 * One professional's portfolio. Everything but the profile chooser works on the current profile ("dit
 * ben ik"): a colleague's goals, reflections or hours are never returned. What other areas hold is read
 * through their services each time (sources.ts), so the portfolio never keeps a second copy of it.
 */
export class PortfolioService {
  private readonly repo: PortfolioRepository;
  private readonly gate: Gate;
  private readonly now: () => Date;
  private sources: PortfolioSources;
  private readonly search: SearchIndex;

  constructor(deps: PortfolioServiceDeps) {
    this.repo = new PortfolioRepository(deps.db);
    this.search = deps.search ?? NO_INDEX;
    this.gate = deps.gate;
    this.sources = deps.sources;
    this.now = deps.now ?? (() => new Date());
  }

  /** Connects the port a later area implements (SoS learning items). */
  connectLearningItems(learningItems: PortfolioSources['learningItems']): void {
    this.sources = { ...this.sources, learningItems };
  }

  /** Every profile's free reflections, for a search rebuild. */
  searchSource() {
    return portfolioSearchSource({ profileIds: () => this.repo.profiles().map((p) => p.id), reflections: (p) => this.repo.reflections(p) });
  }

  /** The current profile's id ("dit ben ik"), or null: whose portfolio texts search may find. */
  currentProfileId(): string | null {
    return this.repo.meId();
  }

  // ── profiles ──
  profiles(): ProfileChoice[] {
    return this.repo.profiles().map((p) => ({ id: p.id, name: p.name, function: p.function }));
  }

  me(): Profile | null {
    const id = this.repo.meId();
    return (id && this.repo.profile(id)) || null;
  }

  private requireMe(): Profile {
    const me = this.me();
    if (!me) throw new ApiError('NOT_FOUND', 'no current profile');
    return me;
  }

  saveProfile(input: ProfileSave): Profile {
    this.gate.assertNoStructured(profileFields(input));
    const current = this.repo.meId();
    if (input.id && input.id !== current) throw new ApiError('FORBIDDEN', 'only the current profile can be changed');
    const profile: Profile = { ...input, id: input.id ?? randomUUID(), memberIds: [...new Set(input.memberIds)], ffpsNames: [...new Set(input.ffpsNames)] };
    this.repo.transaction(() => {
      this.repo.upsertProfile(profile, this.stamp());
      this.repo.setMe(profile.id);
    });
    return profile;
  }

  chooseMe(id: string): Profile {
    const p = this.repo.profile(id);
    if (!p) throw notFound('profile');
    this.repo.setMe(id);
    return p;
  }

  memberChoices(): MemberChoice[] {
    return this.sources.groups.list().map((g) => {
      const group = this.sources.groups.get(g.id);
      return { groupId: g.id, groupName: g.name, members: group.members.map((m) => ({ id: m.id, name: m.name, function: m.function })) };
    });
  }

  // ── the timeline ──
  private collect(me: Profile, attended = attendedSessions(this.sources, me)): Collected[] {
    const free: Collected[] = this.repo.reflections(me.id).map((r) => freeItem(r));
    const items = [...sessionItems(attended), ...feedbackItems(this.sources, me), ...externalItems(this.sources, me), ...free];
    const links = this.repo.links(me.id);
    for (const i of items) i.goalIds = links.get(i.key) ?? [];
    return items;
  }

  timeline(filter: TimelineFilter): TimelineItem[] {
    return filterTimeline(this.collect(this.requireMe()), filter).map(publicItem);
  }

  // ── free reflections ──
  reflection(id: string): FreeReflection {
    const r = this.repo.reflection(this.requireMe().id, id);
    if (!r) throw notFound('reflection');
    return r;
  }

  saveReflection(input: FreeReflectionSave): FreeReflection {
    const me = this.requireMe();
    this.gate.assertNoStructured(reflectionFields(input));
    if (input.id && !this.repo.reflection(me.id, input.id)) throw notFound('reflection');
    const goals = new Set(this.repo.goals(me.id).map((g) => g.id));
    if (input.goalIds.some((g) => !goals.has(g))) throw notFound('goal');
    const id = input.id ?? randomUUID();
    const allowed = TEMPLATE_FIELDS[input.template] as readonly string[];
    const fields = Object.fromEntries(allowed.map((k) => [k, input.fields[k] ?? '']));
    this.repo.transaction(() => {
      this.repo.upsertReflection(me.id, { id, date: input.date, title: input.title, template: input.template, fields, dimensions: reflectionDimensions(input) }, this.stamp());
      this.repo.unlinkAll(`vrij:${id}`);
      for (const g of input.goalIds) this.repo.link(g, `vrij:${id}`, true);
      const saved = this.repo.reflection(me.id, id);
      if (saved) this.search.replace('portfolio', id, reflectionDocs(me.id, saved));
    });
    return this.reflection(id);
  }

  deleteReflection(id: string): { deleted: string } {
    this.reflection(id);
    this.repo.transaction(() => {
      this.repo.unlinkAll(`vrij:${id}`);
      this.repo.deleteReflection(id);
      this.search.remove('portfolio', id);
    });
    return { deleted: id };
  }

  // ── goals ──
  goals(): Goal[] {
    return this.repo.goals(this.requireMe().id);
  }

  private requireGoal(id: string): Goal {
    const g = this.goals().find((x) => x.id === id);
    if (!g) throw notFound('goal');
    return g;
  }

  goal(id: string): GoalPage {
    const goal = this.requireGoal(id);
    return { goal, evidence: this.timeline({ goalId: id }) };
  }

  saveGoal(input: GoalSave): Goal {
    const me = this.requireMe();
    this.gate.assertNoStructured(goalFields(input));
    if (input.id) this.requireGoal(input.id);
    const id = input.id ?? randomUUID();
    this.repo.upsertGoal(me.id, { id, title: input.title, description: input.description, status: input.status }, this.stamp());
    return this.requireGoal(id);
  }

  linkGoal(goalId: string, key: string, linked: boolean): { goalIds: string[] } {
    const me = this.requireMe();
    this.requireGoal(goalId);
    if (linked && !this.collect(me).some((i) => i.key === key)) throw notFound('timeline item');
    this.repo.link(goalId, key, linked);
    return { goalIds: this.repo.links(me.id).get(key) ?? [] };
  }

  // ── werkbegeleiding ──
  werkbegeleiding(): WbItem[] {
    const me = this.requireMe();
    const state = this.repo.wb(me.id);
    const items: WbItem[] = [];
    for (const a of attendedSessions(this.sources, me)) {
      if (!a.isInbrenger) continue;
      const d = a.session;
      const source = `${d.groupName} · ${d.script.title}`;
      const add = (key: string, text: string) => {
        const s = state.get(key);
        items.push({ key, date: d.date, source, text, status: s?.status ?? 'open', note: s?.note ?? '', discussedAt: s?.discussed_at ?? null });
      };
      for (const idea of d.ideas) if (idea.takeAlong) add(`idea:${d.id}:${idea.id}`, idea.text);
      if (d.learning.toWerkbegeleiding.trim()) add(`wb:${d.id}`, d.learning.toWerkbegeleiding.trim());
    }
    return items.sort((a, b) => Number(a.status === 'besproken') - Number(b.status === 'besproken') || b.date.localeCompare(a.date));
  }

  updateWb(input: WbUpdate): WbItem {
    const me = this.requireMe();
    this.gate.assertNoStructured(wbFields(input));
    if (!this.werkbegeleiding().some((i) => i.key === input.key)) throw notFound('werkbegeleiding item');
    const before = this.repo.wb(me.id).get(input.key);
    const discussedAt = input.status === 'besproken' ? (before?.discussed_at ?? this.stamp()) : null;
    this.repo.setWb(me.id, input.key, input.status, input.note, discussedAt, this.stamp());
    return this.werkbegeleiding().find((i) => i.key === input.key)!;
  }

  // ── hours ──
  private hoursLines(me: Profile, attended: AttendedSession[]): HoursLine[] {
    const lines: HoursLine[] = attended
      .filter((a) => a.present)
      .map((a) => ({
        key: `sessie:${a.session.id}`,
        date: a.session.date,
        kind: a.session.script.format,
        title: `${a.session.groupName} · ${a.session.script.title}`,
        // The times the clock recorded when there are any: those are what the contact hours come from.
        startTime: actualTimes(a.session).start ?? a.session.startTime,
        endTime: actualTimes(a.session).end ?? a.session.endTime,
        contactHours: a.contactHours,
        counted: skjCredit(a.contactHours),
        sessionId: a.session.id,
        manualId: null,
      }));
    for (const m of this.repo.manualHours(me.id)) {
      lines.push({ key: `handmatig:${m.id}`, date: m.date, kind: 'handmatig', title: m.note, startTime: null, endTime: null, contactHours: m.hours, counted: skjCredit(m.hours), sessionId: null, manualId: m.id });
    }
    return lines.sort((a, b) => a.date.localeCompare(b.date) || a.key.localeCompare(b.key));
  }

  hours(): HoursOverview {
    const me = this.requireMe();
    const lines = this.hoursLines(me, attendedSessions(this.sources, me));
    const today = amsterdamToday(this.now());
    return { summary: hoursSummary(me.periodStart, lines.map((l) => ({ date: l.date, hours: l.counted })), today), lines, manual: this.repo.manualHours(me.id), today };
  }

  saveHours(input: ManualHoursSave): ManualHours {
    const me = this.requireMe();
    this.gate.assertNoStructured(hoursFields(input));
    if (input.id && this.repo.hoursOwner(input.id) !== me.id) throw notFound('hours');
    const h: ManualHours = { id: input.id ?? randomUUID(), date: input.date, hours: input.hours, note: input.note };
    this.repo.upsertHours(me.id, h, this.stamp());
    return h;
  }

  deleteHours(id: string): { deleted: string } {
    if (this.repo.hoursOwner(id) !== this.requireMe().id) throw notFound('hours');
    this.repo.deleteHours(id);
    return { deleted: id };
  }

  // ── exports ──
  async exportReflections(keys: readonly string[], format: 'pdf' | 'md'): Promise<FileExport> {
    const me = this.requireMe();
    const byKey = new Map(this.collect(me).map((i) => [i.key, i]));
    const chosen = keys.map((k) => byKey.get(k));
    if (chosen.some((c) => !c || (c.kind !== 'reflectie' && c.kind !== 'vrij' && c.kind !== 'feedback' && c.kind !== 'sos'))) throw notFound('reflection');
    const items = chosen as Collected[];
    // Reflections are about the professional's process: a structured identifier never leaves in one.
    this.gate.assertNoStructured(items.flatMap((i, n) => Object.entries(i.perDimension).map(([d, text]) => ({ path: `${n}.${d}`, text: text ?? '' }))));
    return renderReport(reflectionReport(me, items, amsterdamToday(this.now())), 'reflectieverslag', me, format);
  }

  async exportAttendance(sessionId: string, format: 'pdf' | 'csv'): Promise<FileExport> {
    const me = this.requireMe();
    const a = attendedSessions(this.sources, me).find((x) => x.session.id === sessionId && x.present);
    if (!a) throw notFound('attended session');
    // the presentielijst needs the whole bijeenkomst (participants, roles): read that one in full
    const detail = this.sources.sessions.get(sessionId);
    if (format === 'csv') return attendanceCsv(detail);
    return renderReport(attendanceReport(detail), `presentielijst-${detail.date}`, me, 'pdf');
  }

  async exportHours(format: 'pdf' | 'csv'): Promise<FileExport> {
    const me = this.requireMe();
    const overview = this.hours();
    if (format === 'csv') return hoursCsv(me, overview);
    return renderReport(hoursReport(me, overview), 'uren', me, 'pdf');
  }

  private stamp(): string {
    return this.now().toISOString();
  }
}

function freeItem(r: FreeReflection): Collected {
  const fields = TEMPLATE_FIELDS[r.template] as readonly string[];
  const texts = fields.filter((k) => r.fields[k]?.trim()).map((k) => ({ label: `${r.template}.${k}`, text: r.fields[k] }));
  const dimensions = reflectionDimensions(r);
  const perDimension: Collected['perDimension'] = {};
  if (r.template === 'dimensies') {
    for (const d of dimensions) if (r.fields[d]?.trim()) perDimension[d] = r.fields[d];
  }
  // Another template speaks to each dimension it is tagged with as a whole.
  const whole = texts.map((t) => (FIELD_LABELS[t.label] ? `${FIELD_LABELS[t.label]}: ${t.text.trim()}` : t.text.trim())).join('\n\n');
  for (const d of dimensions) perDimension[d] ??= whole;
  return { key: `vrij:${r.id}`, kind: 'vrij', date: r.date, title: r.title, source: '', format: null, texts, dimensions, goalIds: r.goalIds, sessionId: null, reflectionId: r.id, perDimension };
}

function publicItem(c: TimelineItem): TimelineItem {
  const { perDimension: _p, ...item } = c as Collected;
  return item;
}
