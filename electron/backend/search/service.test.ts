import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '..';
import { DB_FILE, openDatabase } from '../core/db';
import { MIGRATIONS } from '../core/migrations';
import { tempDir, testBackend } from '../testing/helpers';
import { EMPTY_CANVAS } from '../../../shared/sessions/types';
import { SEARCH_KINDS, type SearchQuery, type SearchResults } from '../../../shared/search/types';
import { dateRowidBase, ftsTable } from './repository';
import { COUNT_ROWS } from './service';
import type { SearchDoc } from './types';

const q = (b: Backend, text: string, extra: Omit<SearchQuery, 'text'> = {}): SearchResults => b.services.search.query({ text, ...extra });
const refs = (r: SearchResults, kind?: string) => r.groups.filter((g) => !kind || g.kind === kind).flatMap((g) => g.hits.map((h) => h.refId));
const marked = (r: SearchResults) => r.groups.flatMap((g) => g.hits.flatMap((h) => h.snippet.filter((p) => p.hit).map((p) => p.text.toLowerCase())));

function caseWith(b: Backend, timeline: string, notes = '') {
  const c = b.services.cases.create({ format: 'mlb' });
  b.services.cases.update({
    id: c.id, codeName: c.codeName, format: 'mlb', retentionUntil: c.retentionUntil,
    people: [{ role: 'moeder', pseudonym: 'Moeder' }, { role: 'oma', pseudonym: 'Oma' }],
    timeline: [{ period: 'voorjaar', event: timeline }],
  });
  if (notes) b.services.cases.saveNotes({ id: c.id, notes, resolutions: [] });
  return b.services.cases.detail(c.id);
}

function groupWithSession(b: Backend, caseId: string | null = null, date = '2030-03-04') {
  const g = b.services.groups.save({
    name: 'Leergroep Noord', description: '',
    members: ['Anna de Vries', 'Bram Okafor', 'Chris Jansen'].map((name) => ({ name, function: 'jeugdbeschermer', organisation: 'GI', skjNumber: null })),
  });
  const s = b.services.sessions.plan('mlb-vier-vensters', {
    groupId: g.id, date, startTime: '19:00', endTime: '20:30',
    roles: { gespreksleider: g.members[0].id, inbrenger: g.members[1].id, notulist: null, tijdbewaker: null },
    caseId, leervraag: 'Hoe kan ik beter aansluiten bij een vader die boos is?',
  });
  return { g, s };
}

describe('search', () => {
  it('finds SoS worksheets and trajects; a worksheet goes with its case', () => {
    const b = testBackend();
    const c = caseWith(b, 'Een gesprek');
    const w = b.services.sos.createWorksheet({ kind: 'map', caseId: c.id, title: 'Oefenkaart', trajectId: null, moduleId: null });
    b.services.sos.saveWorksheet({ id: w.id, title: 'Oefenkaart', body: { ...(w.body as Extract<typeof w.body, { kind: 'map' }>), harm: ['Moeder liet K1 alleen bij de speeltuinvijver'] } });
    const found = q(b, 'speeltuin');
    expect(refs(found, 'worksheet')).toEqual([w.id]);
    expect(found.groups[0].hits[0]).toMatchObject({ targetId: w.id, focus: 'sheet-title' });
    b.services.sos.deleteWorksheet(w.id);
    expect(refs(q(b, 'speeltuin'))).toEqual([]);

    const again = b.services.sos.createWorksheet({ kind: 'map', caseId: c.id, title: 'Tweede kaart over de zandbak', trajectId: null, moduleId: null });
    expect(refs(q(b, 'zandbak'), 'worksheet')).toEqual([again.id]);
    b.services.cases.delete(c.id);
    expect(refs(q(b, 'zandbak'))).toEqual([]);

    const g = b.services.groups.save({ name: 'Leergroep Zuid', description: '', members: [{ name: 'Anna de Vries', function: 'jeugdbeschermer', organisation: 'GI', skjNumber: null }] });
    const t = b.services.sos.saveTraject({ title: 'Verdieping netwerkberaad', groupId: g.id, trainerId: null, participants: [], caseId: null, modules: [] });
    expect(refs(q(b, 'netwerkberaad'), 'traject')).toEqual([t.id]);
    b.services.groups.delete(g.id);
    expect(refs(q(b, 'netwerkberaad'))).toEqual([]);
  });

  it("finds a free portfolio reflection only while its owner is 'dit ben ik'", () => {
    const b = testBackend();
    const profile = (name: string) => ({ name, function: 'jeugdbeschermer', organisation: 'GI', skjNumber: null, periodStart: '2026-01-01', memberIds: [], ffpsNames: [] });
    const anna = b.services.portfolio.saveProfile(profile('Anna de Vries'));
    b.services.portfolio.chooseMe(anna.id);
    const r = b.services.portfolio.saveReflection({ date: '2026-03-01', title: 'Boze vader', template: 'starr', fields: { situatie: 'Een huisbezoek.', reflectie: 'Ik wil eerder benoemen wat ik zie aan loyaliteitsconflict.' }, dimensions: ['persoonlijk'], goalIds: [] });
    expect(refs(q(b, 'loyaliteit'), 'portfolio')).toEqual([r.id]);
    const bram = b.services.portfolio.saveProfile(profile('Bram Okafor'));
    b.services.portfolio.chooseMe(bram.id);
    expect(refs(q(b, 'loyaliteit'))).toEqual([]);
    b.services.portfolio.chooseMe(anna.id);
    expect(refs(q(b, 'loyaliteit'))).toEqual([r.id]);
    b.services.portfolio.deleteReflection(r.id);
    expect(refs(q(b, 'loyaliteit'))).toEqual([]);
  });

  it('finds parts of Dutch compounds and ignores diacritics, with marked snippets', () => {
    const b = testBackend();
    const c = caseWith(b, 'Afspraken over de omgangsregeling met de grootoudersregeling erbij');
    const { s } = groupWithSession(b);
    b.services.sessions.saveReflection({ sessionId: s.id, memberId: s.members[2].id, technischInstrumenteel: 'Ik wilde het gesprek te snel beëindigen.', normatief: '', persoonlijk: '', shared: false });

    expect(refs(q(b, 'omgang'), 'case')).toEqual([c.id]);
    expect(refs(q(b, 'grootouders'), 'case')).toEqual([c.id]);
    expect(marked(q(b, 'omgang'))).toContain('omgang');
    const r = q(b, 'beeindigen');
    expect(r.groups.map((g) => g.kind)).toEqual(['reflection']);
    expect(r.groups[0].hits[0]).toMatchObject({ targetId: s.id, focus: 'reflections-title' });
    expect(marked(r)).toContain('beëindigen');
    // Upper case, several words (all must occur), FTS syntax typed as text.
    expect(refs(q(b, 'OMGANG voorjaar'), 'case')).toEqual([c.id]);
    expect(refs(q(b, 'omgang zomer'))).toEqual([]);
    expect(q(b, '"omgang* OR NEAR(').mode).toBe('full');
  });

  it('leaves queries under three characters out instead of matching everything', () => {
    const b = testBackend();
    caseWith(b, 'Afspraken over de omgang');
    expect(q(b, '')).toEqual({ mode: 'empty', groups: [] });
    expect(q(b, 'om')).toEqual({ mode: 'short', groups: [] });
    // A short word beside a long one is dropped, not a reason to find nothing.
    expect(refs(q(b, 'de omgang'), 'case')).toHaveLength(1);
  });

  it('groups by kind, newest first within a kind, lands on the part that matched, and filters by kind, group and period', () => {
    const b = testBackend();
    const old = groupWithSession(b, null, '2029-01-10');
    const recent = groupWithSession(b, null, '2030-05-01');
    for (const x of [old, recent]) {
      b.services.sessions.saveLearning(x.s.id, { ...x.s.learning, inbrengerLearned: 'Ik merk loyaliteit aan beide ouders.' });
    }
    const c = caseWith(b, 'Eerste gesprek', 'De loyaliteit van de jongen aan vader.');
    const r = q(b, 'loyaliteit');
    expect(r.groups.map((g) => [g.kind, g.total])).toEqual([['case', 1], ['session', 2]]);
    expect(refs(r, 'session')).toEqual([recent.s.id, old.s.id]);
    expect(r.groups[0].hits[0]).toMatchObject({ refId: c.id, targetId: c.id, focus: 'notes-view-title' });
    expect(r.groups[1].hits[0].focus).toBe('learning-title');

    expect(q(b, 'loyaliteit', { kinds: ['session'] }).groups.map((g) => g.kind)).toEqual(['session']);
    expect(refs(q(b, 'loyaliteit', { groupId: old.g.id }))).toEqual([old.s.id]);
    expect(refs(q(b, 'loyaliteit', { kinds: ['session'], from: '2030-01-01' }))).toEqual([recent.s.id]);
    expect(refs(q(b, 'loyaliteit', { kinds: ['session'], to: '2029-12-31' }))).toEqual([old.s.id]);
    expect(q(b, 'loyaliteit', { limit: 1 }).groups.find((g) => g.kind === 'session')).toMatchObject({ total: 2, hits: [{ refId: recent.s.id }] });
  });

  it('writes in the same transaction as the data: a rolled-back write leaves the index as it was', () => {
    const b = testBackend();
    const c = caseWith(b, 'Eerste gesprek');
    expect(() =>
      b.db.transaction(() => {
        b.services.cases.update({ id: c.id, codeName: c.codeName, format: 'mlb', retentionUntil: c.retentionUntil, people: c.people, timeline: [{ period: 'zomer', event: 'omgangsregeling' }] });
        expect(refs(q(b, 'omgangsregeling'), 'case')).toEqual([c.id]);
        throw new Error('rollback');
      })(),
    ).toThrow('rollback');
    expect(refs(q(b, 'omgangsregeling'))).toEqual([]);
    expect(refs(q(b, 'eerste gesprek'), 'case')).toEqual([c.id]);
    b.services.search.check();
  });

  it('a deleted or purged case leaves the index: its texts, its canvas parts and its FFPS notes; the learning record stays', () => {
    const b = testBackend();
    b.services.settings.update({ displayName: 'Anna de Vries' });
    const c = caseWith(b, 'Ruzie over de omgangsregeling');
    const { s } = groupWithSession(b, c.id);
    b.services.sessions.saveCanvas(s.id, {
      ...EMPTY_CANVAS,
      feiten: { ...EMPTY_CANVAS.feiten, items: [{ text: 'Moeder belt de grootouders elke week', kind: 'vaststaand' }] },
      volgendeStappen: { ideas: [{ id: '00000000-0000-4000-8000-0000000000aa', memberId: null, text: 'Vraag naar de grootouders als bondgenoot', takeAlong: true }] },
    });
    const note = b.services.ffps.saveNote({
      caseId: c.id, phase: 'verbinden-en-motiveren', contactNumber: 1, week: 1, present: [], goals: [], interventions: 'De omgangsregeling besproken met Moeder.',
      techniques: [], responses: [], hypothesis: { function: null, behaviour: '', nobleIntent: '' }, nextPlan: '', forDiscussion: false,
    });
    const fb = b.services.ffps.saveFeedback({
      noteId: note.id, comments: [{ field: 'interventions', quote: 'omgangsregeling besproken', text: 'Goed.' }],
      principles: Object.fromEntries(['krachtgericht', 'relationeel', 'fasegericht', 'nietOordelend', 'matching'].map((p) => [p, { score: 'ja', comment: '' }])) as never,
      adherence: 4, competence: 4, oefenpunt: 'Vraag door naar de bondgenoten.',
    });
    expect(q(b, 'omgangsregeling').groups.map((g) => g.kind).sort()).toEqual(['case', 'feedback', 'ffps-note']);
    expect(q(b, 'grootouders').groups.map((g) => g.kind)).toEqual(['session']);

    b.services.cases.delete(c.id);
    expect(q(b, 'omgangsregeling').groups).toEqual([]);
    // The idea kept for werkbegeleiding stays with the learning record, as in the table; the canvas goes.
    const kept = q(b, 'grootouders');
    expect(kept.groups.map((g) => g.kind)).toEqual(['session']);
    expect(kept.groups[0].hits[0]).toMatchObject({ focus: 'learning-title' });
    expect(q(b, 'belt de')).toEqual({ mode: 'full', groups: [] });
    // The feedback's own learning stays findable; its quoting comments went.
    expect(refs(q(b, 'bondgenoten'), 'feedback')).toEqual([fb.id]);
    b.services.search.check();

    // Purge: the retention job goes through the same repository path.
    const p = caseWith(b, 'Gesprek over de omgangsregeling');
    expect(refs(q(b, 'omgangsregeling'))).toEqual([p.id]);
    b.services.cases.purgeExpired('2999-01-01');
    expect(refs(q(b, 'omgangsregeling'))).toEqual([]);
    expect(b.db.prepare('SELECT count(*) AS n FROM search_docs WHERE case_id IS NOT NULL').get()).toEqual({ n: 0 });
  });

  it('follows deletes of scripts, sessions and notes, and keeps orphaned reflections findable', () => {
    const b = testBackend();
    const own = b.services.scripts.duplicate('mlb-vier-vensters');
    b.services.scripts.save({ ...b.services.scripts.snapshot(own.id), description: 'Variant met genogram-oefening' });
    expect(refs(q(b, 'genogram-oefening'), 'script')).toEqual([own.id]);
    b.services.scripts.delete(own.id);
    expect(refs(q(b, 'genogram-oefening'))).toEqual([]);

    const { s } = groupWithSession(b);
    const r = b.services.sessions.saveReflection({ sessionId: s.id, memberId: s.members[2].id, technischInstrumenteel: 'Ik vroeg door naar de kwetsbaarheid.', normatief: '', persoonlijk: '', shared: false });
    expect(refs(q(b, 'aansluiten bij een vader'), 'session')).toEqual([s.id]);
    b.services.sessions.delete(s.id);
    expect(refs(q(b, 'aansluiten bij een vader'))).toEqual([]);
    const orphan = q(b, 'kwetsbaarheid');
    expect(orphan.groups[0].hits[0]).toMatchObject({ refId: r.id, targetId: s.groupId, focus: 'group' });
    b.services.search.check();
  });

  it('rebuilds a damaged index, and fills it at the first start for data from before search', () => {
    const dir = tempDir();
    let b = createBackend({ dataDir: dir, shell: 'web' });
    const c = caseWith(b, 'Afspraken over de omgangsregeling');
    // Damage: the index loses its documents behind the service's back.
    b.db.prepare("INSERT INTO search_fts_case (search_fts_case) VALUES ('delete-all')").run();
    expect(() => b.services.search.check()).toThrow();
    expect(refs(q(b, 'omgang'))).toEqual([]);
    const status = b.services.search.rebuild();
    expect(status.documents).toBeGreaterThan(3);
    b.services.search.check();
    expect(refs(q(b, 'omgang'))).toEqual([c.id]);

    // A database from before search: no index marker, no documents. The next start fills it.
    b.db.prepare('DELETE FROM search_meta').run();
    b.db.prepare('DELETE FROM search_docs').run();
    b.db.prepare('DELETE FROM search_text').run();
    for (const kind of SEARCH_KINDS) b.db.prepare(`INSERT INTO ${ftsTable(kind)} (${ftsTable(kind)}) VALUES ('delete-all')`).run();
    b.close();
    const log: string[] = [];
    b = createBackend({ dataDir: dir, shell: 'web', log: (l) => log.push(l) });
    try {
      expect(refs(q(b, 'omgang'))).toEqual([c.id]);
      expect(log.some((l) => l.startsWith('search index built'))).toBe(true);
    } finally {
      b.close();
    }
  });

  it('reading every source for an import writes no document, and a commit without the rebuild after it is rebuilt at the next start', () => {
    const dir = tempDir();
    let b = createBackend({ dataDir: dir, shell: 'web' });
    const c = caseWith(b, 'Afspraken over de omgangsregeling');
    const docs = () => b.db.prepare('SELECT rowid FROM search_docs ORDER BY rowid').all();
    const before = docs();
    // What an import does inside its transaction, here committed without the rebuild that follows it
    // (a crash between the commit and the rebuild): the documents are untouched, the index is marked.
    const items = b.db.transaction(() => b.services.search.readAllSources())();
    expect(items).toBeGreaterThan(0);
    expect(docs()).toEqual(before);
    b.close();
    const log: string[] = [];
    b = createBackend({ dataDir: dir, shell: 'web', log: (l) => log.push(l) });
    try {
      expect(log.some((l) => l.startsWith('search index built'))).toBe(true);
      expect(refs(q(b, 'omgang'))).toEqual([c.id]);
      expect(b.services.search.ensureBuilt()).toBe(false);
    } finally {
      b.close();
    }
  });

  it('leaves no trigram of a deleted case in the FTS shadow tables, and never writes one readable to the database file or the WAL', () => {
    const dir = tempDir();
    const b = createBackend({ dataDir: dir, shell: 'web' });
    const WORD = 'zwoqbelfantrix';
    const trigrams = [...WORD].slice(0, -2).map((_, i) => WORD.slice(i, i + 3));
    // Every kind's index: the case's notes are in search_fts_case, but look in all of them.
    const vocab = () =>
      new Set(
        SEARCH_KINDS.flatMap((kind) => {
          const t = ftsTable(kind);
          b.db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.${t}_vocab USING fts5vocab(main, ${t}, row)`);
          return b.db.prepare<[], { term: string }>(`SELECT term FROM temp.${t}_vocab`).all().map((r) => r.term);
        }),
      );
    const before = vocab();
    const files = () => [DB_FILE, `${DB_FILE}-wal`].map((f) => path.join(dir, f)).filter((f) => fs.existsSync(f));
    const onDisk = () => files().some((f) => fs.readFileSync(f).includes(Buffer.from(WORD)));
    try {
      const c = caseWith(b, `Het ${WORD} gesprek`);
      // Control: the word is there while the case is.
      expect(trigrams.every((t) => vocab().has(t))).toBe(true);
      // The files are encrypted: the index's text is not readable there even while the case exists.
      expect(files().length).toBeGreaterThan(0);
      expect(onDisk()).toBe(false);
      b.services.cases.delete(c.id);
      const left = vocab();
      const own = trigrams.filter((t) => !before.has(t));
      expect(own.length).toBeGreaterThan(5);
      expect(own.filter((t) => left.has(t))).toEqual([]);
      b.services.search.check();
      expect(onDisk()).toBe(false);
      const segments = SEARCH_KINDS.flatMap((kind) => b.db.prepare<[], { block: Buffer }>(`SELECT block FROM ${ftsTable(kind)}_data`).all());
      expect(segments.some((s) => s.block.includes(Buffer.from('fantrix')))).toBe(false);
    } finally {
      b.close();
    }
    expect(onDisk()).toBe(false);
  });

  it('orders newest first within a kind over many texts, whatever order they were written in, one hit per item', () => {
    const b = testBackend();
    const { search } = b.services;
    // 60 reflections with dates spread over years, written in a shuffled order; half with a time of day.
    const days = Array.from({ length: 60 }, (_, i) => new Date(Date.UTC(2024, 0, 1) + i * 17 * 86_400_000).toISOString());
    const order = days.map((_, i) => (i * 37) % days.length);
    const doc = (i: number, part = ''): SearchDoc => ({
      kind: 'portfolio', refId: `r-${i}`, part, date: i % 2 ? days[i] : days[i].slice(0, 10), title: `Reflectie ${i}`, body: `Over de grootoudersregeling, deel ${part || 'een'}.`,
    });
    b.db.transaction(() => {
      for (const i of order) search.replace('portfolio', `r-${i}`, [doc(i), doc(i, 'twee'), doc(i, 'drie')]);
    })();
    const r = q(b, 'grootouders', { limit: 10 });
    expect(r.groups).toHaveLength(1);
    // 180 matching texts, more than are counted: the newest COUNT_ROWS, three per item, make the lower bound.
    expect(r.groups[0]).toMatchObject({ kind: 'portfolio', total: Math.ceil(COUNT_ROWS / 3), capped: true });
    expect(refs(r)).toEqual(Array.from({ length: 10 }, (_, k) => `r-${59 - k}`));
    // Renewing an old one (a new date) brings it to the top.
    b.db.transaction(() => search.replace('portfolio', 'r-3', [{ ...doc(3), date: '2031-01-01' }]))();
    expect(refs(q(b, 'grootouders', { limit: 2 }))).toEqual(['r-3', 'r-59']);
    b.services.search.check();
  });

  it('counts a kind up to its newest matches and then says "at least", reading further when items match in many parts', () => {
    const b = testBackend();
    const { search } = b.services;
    const doc = (i: number, part = ''): SearchDoc => ({
      kind: 'script', refId: `s-${String(i).padStart(4, '0')}`, part, date: `2030-01-${String((i % 28) + 1).padStart(2, '0')}`, title: `Script ${i}`, body: `Een oefening met loyaliteit, deel ${part}.`,
    });
    const n = COUNT_ROWS + 30;
    b.db.transaction(() => {
      for (let i = 0; i < n; i++) search.replace('script', doc(i).refId, [doc(i)]);
    })();
    const many = q(b, 'loyaliteit').groups[0];
    expect(many).toMatchObject({ kind: 'script', capped: true, total: COUNT_ROWS });
    // The same count below the cap is exact.
    const few = q(b, 'loyaliteit', { to: '2030-01-05' }).groups[0];
    expect(few.capped).toBe(false);
    expect(few.total).toBe(Array.from({ length: n }, (_, i) => (i % 28) + 1).filter((d) => d <= 5).length);

    // 30 items in 5 matching parts each: 150 texts, more than COUNT_ROWS; 50 items asked for, all 30 come.
    const c = testBackend();
    c.db.transaction(() => {
      for (let i = 0; i < 30; i++) c.services.search.replace('script', doc(i).refId, ['a', 'b', 'c', 'd', 'e'].map((p) => doc(i, p)));
    })();
    const parts = q(c, 'loyaliteit', { limit: 50 }).groups[0];
    expect(parts).toMatchObject({ total: 30, capped: false });
    expect(new Set(parts.hits.map((h) => h.refId)).size).toBe(30);
  });

  it('puts rowids in date order, newest smallest: seconds since 2000, dates before 2000 or unreadable last', () => {
    expect(dateRowidBase('2030-01-02')).toBeLessThan(dateRowidBase('2030-01-01T23:59:59.000Z'));
    expect(dateRowidBase('2030-01-01') - dateRowidBase('2030-01-01T00:00:01Z')).toBe(2 ** 20);
    expect(dateRowidBase('1999-12-31')).toBe(dateRowidBase('2000-01-01'));
    expect(dateRowidBase('geen datum')).toBe(dateRowidBase('2000-01-01'));
    expect(dateRowidBase('2000-01-01')).toBeGreaterThan(dateRowidBase('2000-01-01T00:00:01Z'));
    expect(Number.isSafeInteger(dateRowidBase('2000-01-01') + 2 ** 20 - 1)).toBe(true);
    expect(dateRowidBase('2200-01-01')).toBeGreaterThan(0);
  });

  it('a database indexed in the old layout (one index, rowids in writing order) is emptied by the migration and rebuilt at start', () => {
    const dir = tempDir();
    const old = openDatabase(dir, { migrations: MIGRATIONS.slice(0, -1) }).db;
    old.prepare("INSERT INTO search_docs (rowid, kind, ref_id, date, target_id) VALUES (1, 'case', 'c1', '2030-01-01', 'c1')").run();
    old.prepare("INSERT INTO search_text (rowid, title, body) VALUES (1, 'Casus', 'Het zwoqbel gesprek')").run();
    old.prepare("INSERT INTO search_fts (rowid, title, body) VALUES (1, 'Casus', 'Het zwoqbel gesprek')").run();
    old.prepare("INSERT INTO search_meta (key, value) VALUES ('index_version', '2')").run();
    old.close();
    const { db } = openDatabase(dir);
    try {
      const names = db.prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE name LIKE 'search_fts%' AND sql LIKE 'CREATE VIRTUAL TABLE%'").all().map((r) => r.name);
      expect(names.sort()).toEqual(SEARCH_KINDS.map(ftsTable).sort());
      expect(db.prepare('SELECT count(*) AS n FROM search_docs').get()).toEqual({ n: 0 });
      expect(db.prepare('SELECT count(*) AS n FROM search_text').get()).toEqual({ n: 0 });
      expect(db.prepare("SELECT value FROM search_meta WHERE key = 'index_version'").get()).toBeUndefined();
    } finally {
      db.close();
    }
  });

  it('filters a period by the date as written, also for a timestamp whose UTC day differs (the index seeks by rowid with a margin)', () => {
    const b = testBackend();
    const doc = (refId: string, date: string): SearchDoc => ({ kind: 'script', refId, date, title: refId, body: 'Over de omgangsregeling.' });
    b.db.transaction(() => {
      for (const [id, date] of [['a', '2029-12-31T23:59:59Z'], ['b', '2030-01-01T23:30:00-05:00'], ['c', '2030-01-02T00:30:00+02:00'], ['d', '2030-01-02'], ['e', '2030-01-03T00:00:00Z'], ['f', '1990-05-05']] as const) {
        b.services.search.replace('script', id, [doc(id, date)]);
      }
    })();
    expect(refs(q(b, 'omgang', { to: '2030-01-01' }))).toEqual(['b', 'a', 'f']);
    // (Within the hits shown, newest first compares the dates as written: '2030-01-02T00:30…' after '2030-01-02'.)
    expect(refs(q(b, 'omgang', { from: '2030-01-02' }))).toEqual(['e', 'c', 'd']);
    expect(refs(q(b, 'omgang', { from: '2030-01-01', to: '2030-01-02' }))).toEqual(['c', 'd', 'b']);
  });
});
