/**
 * The home screen's read model. It asks the other areas through their services and owns no table.
 */
import type { SessionService } from '../sessions';
import type { CaseService } from '../cases';
import type { FfpsService } from '../ffps';
import { addDays, HOME_LIMIT, LOOK_BACK_DAYS, RETENTION_SOON_DAYS, type HomeOverview } from '../../../shared/home/types';

export interface HomeServiceDeps {
  sessions: Pick<SessionService, 'list' | 'get'>;
  cases: Pick<CaseService, 'list'>;
  ffps: Pick<FfpsService, 'inbox'>;
}

export class HomeService {
  constructor(private readonly deps: HomeServiceDeps) {}

  overview(today: string): HomeOverview {
    const all = this.deps.sessions.list();
    const key = (s: { date: string; startTime: string }) => `${s.date} ${s.startTime}`;
    const upcoming = all
      .filter((s) => s.status !== 'finished' && (s.date >= today || s.status !== 'planned'))
      .sort((a, b) => key(a).localeCompare(key(b)))
      .slice(0, HOME_LIMIT);

    const soon = addDays(today, RETENTION_SOON_DAYS);
    const retentionSoon = this.deps.cases
      .list()
      .filter((c) => c.retentionUntil <= soon)
      .sort((a, b) => a.retentionUntil.localeCompare(b.retentionUntil))
      .map((c) => ({ id: c.id, codeName: c.codeName, retentionUntil: c.retentionUntil }))
      .slice(0, HOME_LIMIT);

    const from = addDays(today, -LOOK_BACK_DAYS);
    const recent = all.filter((s) => s.status === 'finished' && s.date >= from).sort((a, b) => key(b).localeCompare(key(a)));
    const reflectionsToWrite: HomeOverview['reflectionsToWrite'] = [];
    const werkbegeleiding: HomeOverview['werkbegeleiding'] = [];
    for (const summary of recent) {
      const s = this.deps.sessions.get(summary.id);
      const nameOf = (id: string | null) => s.members.find((m) => m.id === id)?.name ?? null;
      const written = new Set(s.reflections.map((r) => r.memberId));
      const missing = s.learning.attendance.filter((a) => a.present && !written.has(a.memberId)).map((a) => nameOf(a.memberId) ?? '—');
      if (missing.length > 0) reflectionsToWrite.push({ sessionId: s.id, groupName: s.groupName, date: s.date, missing });
      for (const idea of s.canvas.volgendeStappen.ideas.filter((i) => i.takeAlong)) {
        werkbegeleiding.push({ sessionId: s.id, groupName: s.groupName, date: s.date, inbrenger: nameOf(s.roles.inbrenger), text: idea.text });
      }
    }

    return {
      today,
      upcoming,
      retentionSoon,
      reflectionsToWrite: reflectionsToWrite.slice(0, HOME_LIMIT),
      werkbegeleiding: werkbegeleiding.slice(0, HOME_LIMIT * 2),
      ffpsInbox: this.deps.ffps.inbox().slice(0, HOME_LIMIT),
    };
  }
}
