import { describe, expect, it } from 'vitest';
import type { Backend } from '..';
import { openDatabase } from '../core';
import { MIGRATIONS } from '../core/migrations';
import { tempDir, testBackend } from '../testing/helpers';
import type { Group } from '../../../shared/groups/types';
import { EMPTY_CANVAS } from '../../../shared/sessions/types';

const IDEA = '00000000-0000-4000-8000-0000000000b1';

function group(b: Backend): Group {
  return b.services.groups.save({
    name: 'Leergroep Oost',
    description: '',
    members: ['Anna', 'Bram', 'Chris', 'Dewi', 'Eva'].map((n) => ({ name: `${n} Lid`, function: '', organisation: '', skjNumber: null })),
  });
}

function plan(b: Backend, g: Group) {
  return b.services.sessions.plan('mlb-vier-vensters', {
    groupId: g.id,
    date: '2030-05-06',
    startTime: '10:00',
    endTime: '11:30',
    roles: { gespreksleider: g.members[0].id, inbrenger: g.members[1].id, notulist: null, tijdbewaker: null },
    caseId: null,
    leervraag: 'Hoe kan ik beter doorvragen?',
  });
}

const refs = (b: Backend, sessionId: string) =>
  b.db
    .prepare<[string], { member_id: string; via: string }>('SELECT member_id, via FROM session_member_refs WHERE session_id = ? ORDER BY via, member_id')
    .all(sessionId);

describe('the member relation of a bijeenkomst', () => {
  it('follows every write: roles, canvas scores and ideas, attendance', () => {
    const b = testBackend();
    const g = group(b);
    const [anna, bram, chris, dewi] = g.members;
    const s = plan(b, g);
    expect(refs(b, s.id).filter((r) => r.via === 'role').map((r) => r.member_id).sort()).toEqual([anna.id, bram.id].sort());
    expect(refs(b, s.id).filter((r) => r.via === 'record')).toHaveLength(5);

    b.services.sessions.saveCanvas(s.id, {
      ...structuredClone(EMPTY_CANVAS),
      weging: { ...EMPTY_CANVAS.weging, scaling: { enabled: true, scores: [{ memberId: chris.id, score: 6 }] } },
      volgendeStappen: { ideas: [{ id: IDEA, memberId: dewi.id, text: 'Vraag de school om een gesprek', takeAlong: false }] },
    });
    expect(refs(b, s.id).filter((r) => r.via === 'canvas').map((r) => r.member_id).sort()).toEqual([chris.id, dewi.id].sort());

    b.services.sessions.saveCanvas(s.id, structuredClone(EMPTY_CANVAS));
    expect(refs(b, s.id).filter((r) => r.via === 'canvas')).toEqual([]);
  });

  it('decides removal: a member named only on a planned canvas is kept as removed, one named nowhere is deleted', () => {
    const b = testBackend();
    const g = group(b);
    const [, , chris, dewi, eva] = g.members;
    const s = plan(b, g);
    b.services.sessions.saveCanvas(s.id, {
      ...structuredClone(EMPTY_CANVAS),
      weging: { ...EMPTY_CANVAS.weging, scaling: { enabled: true, scores: [{ memberId: chris.id, score: 4 }] } },
    });
    // Dewi appears only in the (synced) attendance of a planned bijeenkomst: that does not hold her.
    b.services.groups.save({ id: g.id, name: g.name, description: g.description, members: g.members.filter((m) => m.id !== chris.id && m.id !== dewi.id) });
    const rows = b.db.prepare<[string], { id: string; removed_at: string | null }>('SELECT id, removed_at FROM group_members WHERE group_id = ?').all(g.id);
    const byId = new Map(rows.map((r) => [r.id, r.removed_at]));
    expect(byId.get(chris.id)).not.toBeNull();
    expect(byId.has(dewi.id)).toBe(false);
    expect(byId.get(eva.id)).toBeNull();
    // The planned bijeenkomst follows the group: Dewi is no longer expected, Chris still appears for his score.
    const after = b.services.sessions.get(s.id);
    expect(after.learning.attendance.map((a) => a.memberId)).not.toContain(dewi.id);
    expect(after.members.map((m) => m.id)).toContain(chris.id);
  });

  it('is filled from the JSON of bijeenkomsten planned before the relation existed (migration 5)', () => {
    const dir = tempDir();
    // A version-4 database, as an earlier release left it, with one bijeenkomst written as JSON.
    const old = openDatabase(dir, { migrations: MIGRATIONS.slice(0, 4) }).db;
    const now = '2030-01-01T00:00:00.000Z';
    const m = ['00000000-0000-4000-8000-00000000000a', '00000000-0000-4000-8000-00000000000b', '00000000-0000-4000-8000-00000000000c', '00000000-0000-4000-8000-00000000000d'];
    old.prepare('INSERT INTO groups (id, name, description, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run('00000000-0000-4000-8000-0000000000f0', 'G', '', now, now);
    m.forEach((id, i) =>
      old.prepare('INSERT INTO group_members (id, group_id, position, name, function, organisation, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(id, '00000000-0000-4000-8000-0000000000f0', i, `Lid ${i}`, '', '', now, now),
    );
    const canvas = { ...EMPTY_CANVAS, weging: { ...EMPTY_CANVAS.weging, scaling: { enabled: true, scores: [{ memberId: m[2], score: 5 }] } }, volgendeStappen: { ideas: [{ id: IDEA, memberId: m[3], text: 'x', takeAlong: true }] } };
    const learning = { inbrengerLearned: '', inbrengerWillTry: '', toWerkbegeleiding: '', processFeedback: '', participantLearnings: [], attendance: m.map((memberId) => ({ memberId, present: true, arrived: null, left: null })) };
    old
      .prepare(
        `INSERT INTO sessions (id, group_id, date, start_time, end_time, gespreksleider_id, inbrenger_id, script_snapshot, leervraag, run, canvas, learning, created_at, updated_at)
         VALUES ('00000000-0000-4000-8000-0000000000e0', '00000000-0000-4000-8000-0000000000f0', '2030-01-02', '10:00', '11:00', ?, ?, '{}', '', '{"status":"finished"}', ?, ?, ?, ?)`,
      )
      .run(m[0], m[1], JSON.stringify(canvas), JSON.stringify(learning), now, now);
    old.close();

    const { db, fromVersion } = openDatabase(dir);
    expect(fromVersion).toBe(4);
    const migrated = db.prepare<[], { member_id: string; via: string }>('SELECT member_id, via FROM session_member_refs ORDER BY via, member_id').all();
    db.close();
    expect(migrated).toEqual([
      { member_id: m[2], via: 'canvas' },
      { member_id: m[3], via: 'canvas' },
      ...m.map((member_id) => ({ member_id, via: 'record' })),
      { member_id: m[0], via: 'role' },
      { member_id: m[1], via: 'role' },
    ]);
  });
});

describe('stored JSON', () => {
  it('is read through its schema: a row that does not fit fails as INTERNAL, without its content in the error', async () => {
    const b = testBackend();
    const s = plan(b, group(b));
    b.db.prepare('UPDATE sessions SET canvas = ? WHERE id = ?').run(JSON.stringify({ mensen: 'Jan Jansen' }), s.id);
    const res = await b.dispatch('sessions.get', { id: s.id });
    expect(res).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'internal error' } });
    expect(JSON.stringify(res)).not.toContain('Jansen');
  });

  it('settings fall back to the default for a stored value that no longer fits', () => {
    const b = testBackend();
    b.db.prepare("INSERT INTO settings (key, value) VALUES ('retentionDays', '\"veel\"'), ('locale', '\"en\"')").run();
    expect(b.services.settings.get()).toMatchObject({ locale: 'en', retentionDays: 90 });
  });
});
