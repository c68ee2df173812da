/**
 * What the sessions area puts in the search index. A bijeenkomst in parts: its plan (leervraag), its
 * canvas (case material when a case is linked: tagged with it, so it goes with the case, as the
 * canvas itself does) and its learning record (with the ideas taken along to werkbegeleiding, which
 * stay when the case goes). A reflection is one document of its author.
 */
import { canvasTextFields, learningTextFields, reflectionTextFields } from '../../../shared/sessions/fields';
import type { SearchDoc, SearchIndex, SearchSource } from '../search';
import type { SessionContext } from './context';
import type { StoredReflection, StoredSession } from './repository';

const VENSTERS = ['mensen', 'feiten', 'weging', 'volgendeStappen'] as const;
const texts = (fields: Array<{ text: string }>) => fields.map((f) => f.text).filter((t) => t.trim()).join('\n');

export function sessionDocs(s: StoredSession, groupName: string): SearchDoc[] {
  const base = { kind: 'session' as const, refId: s.id, groupId: s.groupId, date: s.date, title: `${groupName} · ${s.script.title}` };
  const takeAlong = s.canvas.volgendeStappen.ideas.filter((i) => i.takeAlong).map((i) => i.text);
  return [
    { ...base, part: 'plan', focus: 'session-title', body: s.leervraag },
    // One part per venster: a canvas autosave rewrites only the venster that changed.
    ...VENSTERS.map((v) => ({ ...base, part: `canvas.${v}`, caseId: s.caseId, focus: 'canvas', body: texts(canvasTextFields(s.canvas).filter((f) => f.path.startsWith(`canvas.${v}.`))) })),
    { ...base, part: 'learning', focus: 'learning-title', body: [texts(learningTextFields(s.learning)), ...takeAlong].filter(Boolean).join('\n') },
  ];
}

export function reflectionDocs(r: StoredReflection, at: { groupId: string | null; date: string | null; memberName: string }): SearchDoc[] {
  return [
    {
      kind: 'reflection',
      refId: r.id,
      groupId: at.groupId,
      date: r.updatedAt,
      // A reflection opens its bijeenkomst; one whose bijeenkomst was deleted opens its group.
      targetId: r.sessionId ?? at.groupId ?? '',
      focus: r.sessionId ? 'reflections-title' : 'group',
      title: at.date ? `${at.memberName} · ${at.date}` : at.memberName,
      body: texts(reflectionTextFields(r)),
    },
  ];
}

/** Writes a bijeenkomst's documents and its reflections' (call inside the write's transaction). */
export function indexSession(ctx: SessionContext, index: SearchIndex, id: string): void {
  const s = ctx.repo.find(id);
  if (!s) {
    index.remove('session', id);
    return;
  }
  index.replace('session', id, sessionDocs(s, ctx.groups.name(s.groupId)));
  const names = new Map(ctx.groups.allMembers(s.groupId).map((m) => [m.id, m.name]));
  for (const r of ctx.repo.reflections(id)) {
    index.replace('reflection', r.id, reflectionDocs(r, { groupId: s.groupId, date: s.date, memberName: names.get(r.memberId) ?? '' }));
  }
}

export function sessionsSearchSource(ctx: SessionContext): SearchSource {
  return {
    name: 'sessions',
    kinds: ['session', 'reflection'],
    count: () => ctx.repo.searchIds().sessions.length + ctx.repo.searchIds().reflections.length,
    *all() {
      const ids = ctx.repo.searchIds();
      const groupNames = new Map<string, string>();
      const memberNames = new Map<string, string>();
      const sessions = new Map<string, StoredSession>();
      for (const id of ids.sessions) {
        const s = ctx.repo.find(id);
        if (!s) continue;
        sessions.set(id, s);
        if (!groupNames.has(s.groupId)) {
          groupNames.set(s.groupId, ctx.groups.name(s.groupId));
          for (const m of ctx.groups.allMembers(s.groupId)) memberNames.set(m.id, m.name);
        }
        yield sessionDocs(s, groupNames.get(s.groupId)!);
      }
      for (const id of ids.reflections) {
        const r = ctx.repo.reflection(id);
        if (!r) continue;
        const s = r.sessionId ? sessions.get(r.sessionId) : undefined;
        yield reflectionDocs(r, { groupId: s?.groupId ?? null, date: s?.date ?? null, memberName: memberNames.get(r.memberId) ?? '' });
      }
    },
  };
}
