/**
 * What the portfolio reads from other areas, through their service interfaces only: bijeenkomsten
 * (attendance, hours, reflections, leeropbrengst, ideas taken along), FFPS feedback rounds and a port for
 * areas that come later (Signs of Safety: module reflections and transfer assignments).
 */
import type { SessionDetail, SessionSummary } from '../../../shared/sessions/types';
import { FFP_PHASE_LABELS, type FeedbackHistory } from '../../../shared/ffps/types';
import type { Group, GroupSummary } from '../../../shared/groups/types';
import type { ExternalLearningItem, Profile, ReflectionDimension, TimelineItem } from '../../../shared/portfolio/types';
import { REFLECTION_DIMENSIONS } from '../../../shared/portfolio/types';
import type { ScriptFormat } from '../../../shared/scripts/vocabulary';

export interface PortfolioSources {
  sessions: { list(): SessionSummary[]; get(id: string): SessionDetail };
  ffps: { history(professional: string): FeedbackHistory };
  groups: { list(): GroupSummary[]; get(id: string): Group };
  /** A later area's learning items of the members that are this professional (SoS), connected in the composition. */
  learningItems: (memberIds: readonly string[]) => ExternalLearningItem[];
}

/** A timeline item with what the reflectieverslag needs: its text per SKJ dimension. */
export interface Collected extends TimelineItem {
  perDimension: Partial<Record<ReflectionDimension, string>>;
}

/** One bijeenkomst as this professional was part of it. */
export interface AttendedSession {
  detail: SessionDetail;
  memberId: string;
  present: boolean;
  contactHours: number;
  isInbrenger: boolean;
}

/** The bijeenkomsten in which one of the profile's members appears (attendance, a role or a reflection). */
export function attendedSessions(src: PortfolioSources, profile: Profile): AttendedSession[] {
  const mine = new Set(profile.memberIds);
  if (mine.size === 0) return [];
  const out: AttendedSession[] = [];
  for (const s of src.sessions.list()) {
    const detail = src.sessions.get(s.id);
    const memberId = detail.members.map((m) => m.id).find((id) => mine.has(id)) ?? detail.reflections.find((r) => mine.has(r.memberId))?.memberId;
    if (!memberId) continue;
    const att = detail.learning.attendance.find((a) => a.memberId === memberId);
    out.push({
      detail,
      memberId,
      present: detail.run.status !== 'planned' && (att?.present ?? false),
      contactHours: detail.hours.find((h) => h.memberId === memberId)?.hours ?? 0,
      isInbrenger: detail.roles.inbrenger === memberId,
    });
  }
  return out.sort((a, b) => a.detail.date.localeCompare(b.detail.date) || a.detail.startTime.localeCompare(b.detail.startTime));
}

const nonEmpty = (texts: Array<{ label: string; text: string }>) => texts.filter((t) => t.text.trim());

export function sessionItems(sessions: readonly AttendedSession[]): Collected[] {
  const out: Collected[] = [];
  for (const a of sessions) {
    const d = a.detail;
    const format: ScriptFormat = d.script.format;
    const base = { date: d.date, source: d.groupName, format, goalIds: [], sessionId: d.id, reflectionId: null };
    if (a.present) {
      const role = (Object.entries(d.roles) as Array<[string, string | null]>).find(([, id]) => id === a.memberId)?.[0] ?? 'deelnemer';
      out.push({
        ...base,
        key: `sessie:${d.id}`,
        kind: 'sessie',
        title: d.script.title,
        texts: nonEmpty([
          { label: 'rol', text: role },
          { label: 'leervraag', text: a.isInbrenger ? d.leervraag : '' },
        ]),
        dimensions: [],
        perDimension: {},
      });
    }
    for (const r of d.reflections.filter((x) => x.memberId === a.memberId)) {
      const perDimension = Object.fromEntries(REFLECTION_DIMENSIONS.filter((k) => r[k].trim()).map((k) => [k, r[k]]));
      out.push({
        ...base,
        key: `reflectie:${r.id}`,
        kind: 'reflectie',
        title: d.script.title,
        texts: REFLECTION_DIMENSIONS.filter((k) => r[k].trim()).map((k) => ({ label: k, text: r[k] })),
        dimensions: REFLECTION_DIMENSIONS.filter((k) => r[k].trim()),
        perDimension,
      });
    }
    const learned = nonEmpty([
      { label: 'inbrengerLearned', text: a.isInbrenger ? d.learning.inbrengerLearned : '' },
      { label: 'inbrengerWillTry', text: a.isInbrenger ? d.learning.inbrengerWillTry : '' },
      ...d.learning.participantLearnings.filter((p) => p.memberId === a.memberId).map((p) => ({ label: 'participantLearning', text: p.text })),
    ]);
    if (learned.length) {
      out.push({ ...base, key: `leeropbrengst:${d.id}`, kind: 'leeropbrengst', title: d.script.title, texts: learned, dimensions: [], perDimension: {} });
    }
  }
  return out;
}

export function feedbackItems(src: PortfolioSources, profile: Profile): Collected[] {
  const names = [...new Set(profile.ffpsNames.map((n) => n.trim()).filter(Boolean))];
  return names.flatMap((name) =>
    src.ffps.history(name).rounds.map((r) => ({
      key: `feedback:${r.feedbackId}`,
      kind: 'feedback' as const,
      date: r.givenAt.slice(0, 10),
      title: `Feedbackronde · ${FFP_PHASE_LABELS[r.phase]}`,
      source: r.caseCodeName,
      format: 'ffps' as const,
      texts: nonEmpty([
        { label: 'adherence', text: r.adherence === null ? '' : String(r.adherence) },
        { label: 'competence', text: r.competence === null ? '' : String(r.competence) },
        { label: 'oefenpunt', text: r.oefenpunt },
        { label: 'geoefend', text: r.oefenpunt && r.practised ? 'ja' : '' },
      ]),
      dimensions: ['technischInstrumenteel' as const],
      goalIds: [],
      sessionId: null,
      reflectionId: null,
      perDimension: r.oefenpunt ? { technischInstrumenteel: `Oefenpunt: ${r.oefenpunt}` } : {},
    })),
  );
}

export function externalItems(src: PortfolioSources, profile: Profile): Collected[] {
  return src.learningItems(profile.memberIds).map((x) => ({
    key: `sos:${x.id}`,
    kind: 'sos' as const,
    date: x.date,
    title: x.title,
    source: x.source,
    format: 'sos' as const,
    texts: nonEmpty(x.texts),
    dimensions: x.dimensions,
    goalIds: [],
    sessionId: null,
    reflectionId: null,
    perDimension: {},
  }));
}
