import { amsterdamToday } from '../core/dates';
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Db } from '../core/db';
import type { Gate, GateContext, GateField } from '../anonymiser/gate';
import type { NameKey } from '../core/keys';
import type { SettingsService } from '../settings/service';
import type { NoticeService } from '../app/notices';
import { slugify } from '../scripts/service';
import { ApiError, type ErrorDetail } from '../../../shared/api/errors';
import type { ScriptExport } from '../../../shared/scripts/types';
import type { ScriptFormat } from '../../../shared/scripts/vocabulary';
import { normaliseName } from '../../../shared/anonymiser';
import {
  CODE_NAME_WORDS,
  type CaseDetail,
  type CasePerson,
  type CaseSummary,
  type PurgeReport,
  type RecognisedForm,
  type Resolution,
  type TimelineItem,
} from '../../../shared/cases/types';

interface CaseRow {
  id: string;
  code_name: string;
  format: string;
  notes: string;
  retention_until: string;
  retention_pinned: 0 | 1;
  last_used_at: string;
  created_at: string;
  updated_at: string;
}

interface KeyRow {
  key_hash: string;
  kind: 'pseudonym' | 'ignore';
  person_id: string | null;
  replacement: string;
}

export interface CaseUpdate {
  id: string;
  codeName: string;
  format: ScriptFormat;
  retentionUntil: string;
  people: Array<{ id?: string; role: string; pseudonym: string }>;
  timeline: TimelineItem[];
}

export interface CaseServiceDeps {
  db: Db;
  gate: Gate;
  nameKey: NameKey;
  settings: SettingsService;
  notices: NoticeService;
  /** Where `backups/` lives: migration copies may hold case material and expire with it. */
  dataDir: string;
  now?: () => Date;
}

const FORMAT_LABELS: Record<ScriptFormat, string> = {
  mlb: 'Methodische Leerbijeenkomst (Vier Vensters)',
  ffps: 'FFPS-casuïstiekbespreking',
  sos: 'Signs of Safety-groepssupervisie',
  intervisie: 'Intervisie',
};

const DAY_MS = 86_400_000;

/**
 * Case material. Only anonymised text is ever written: every text field passes the gate first, and
 * the names the user resolved are kept as keyed hashes, never as text. Calendar dates (YYYY-MM-DD) are
 * Amsterdam dates, so a retention term ends at local midnight; addDays does plain calendar arithmetic.
 *
 * Learning records that will later refer to a case (sessions, leeropbrengst, reflections) must use
 * ON DELETE SET NULL on that reference: a purge removes the case material, not what was learnt.
 */
export class CaseService {
  private readonly db: Db;
  private readonly gate: Gate;
  private readonly nameKey: NameKey;
  private readonly settings: SettingsService;
  private readonly notices: NoticeService;
  private readonly dataDir: string;
  private readonly now: () => Date;

  constructor(deps: CaseServiceDeps) {
    this.db = deps.db;
    this.gate = deps.gate;
    this.nameKey = deps.nameKey;
    this.settings = deps.settings;
    this.notices = deps.notices;
    this.dataDir = deps.dataDir;
    this.now = deps.now ?? (() => new Date());
  }

  /** Summaries, most recently used first. */
  list(): CaseSummary[] {
    const rows = this.db
      .prepare<[], CaseRow & { people_count: number; has_notes: number }>(
        `SELECT c.*, (SELECT COUNT(*) FROM case_people p WHERE p.case_id = c.id) AS people_count,
                trim(c.notes) <> '' AS has_notes
         FROM cases c ORDER BY c.last_used_at DESC, c.created_at DESC`,
      )
      .all();
    const discussed = new Map<string, CaseSummary['sessions']>();
    for (const s of this.db
      .prepare<[], { id: string; case_id: string; date: string; group_name: string }>(
        `SELECT s.id, s.case_id, s.date, g.name AS group_name FROM sessions s JOIN groups g ON g.id = s.group_id
         WHERE s.case_id IS NOT NULL ORDER BY s.date, s.start_time`,
      )
      .all()) {
      const list = discussed.get(s.case_id) ?? [];
      list.push({ id: s.id, date: s.date, groupName: s.group_name });
      discussed.set(s.case_id, list);
    }
    return rows.map((r) => ({ ...summaryOf(r), peopleCount: r.people_count, hasNotes: r.has_notes === 1, sessions: discussed.get(r.id) ?? [] }));
  }

  /** "Casus <word>" with a word no case uses yet; after all forty, the words again with a number. */
  suggestCodeName(): { codeName: string } {
    const used = new Set(
      this.db.prepare<[], { code_name: string }>('SELECT code_name FROM cases').all().map((r) => r.code_name.toLowerCase()),
    );
    for (let n = 1; ; n++) {
      for (const w of CODE_NAME_WORDS) {
        const name = n === 1 ? `Casus ${w}` : `Casus ${w} ${n}`;
        if (!used.has(name.toLowerCase())) return { codeName: name };
      }
    }
  }

  create(input: { codeName?: string; format: ScriptFormat }): CaseDetail {
    const codeName = input.codeName ?? this.suggestCodeName().codeName;
    this.gate.assertResolved([{ path: 'codeName', text: codeName }], { allowedPhrases: [], ignoreHashes: new Set() });
    const id = randomUUID();
    const now = this.now().toISOString();
    this.db
      .prepare(
        `INSERT INTO cases (id, code_name, format, retention_until, last_used_at, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(id, codeName, input.format, this.defaultRetention(), now, now, now);
    return this.detail(id);
  }

  /** Opening a case is a use: it moves to the top and its retention term starts again. */
  get(id: string): CaseDetail {
    this.touch(id);
    return this.detail(id);
  }

  update(input: CaseUpdate): CaseDetail {
    const row = this.row(input.id);
    const existing = new Set(this.people(input.id).map((p) => p.id));
    const badIds: ErrorDetail[] = [];
    input.people.forEach((p, i) => {
      if (p.id !== undefined && !existing.has(p.id)) badIds.push({ path: `people.${i}.id`, message: 'person is not in this case' });
    });
    if (badIds.length) throw new ApiError('VALIDATION', 'unknown person id', badIds);

    const fields: GateField[] = [{ path: 'codeName', text: input.codeName }];
    input.people.forEach((p, i) => {
      fields.push({ path: `people.${i}.role`, text: p.role }, { path: `people.${i}.pseudonym`, text: p.pseudonym });
    });
    input.timeline.forEach((t, i) => {
      fields.push({ path: `timeline.${i}.period`, text: t.period }, { path: `timeline.${i}.event`, text: t.event });
    });
    const stored = this.storedContext(input.id);
    this.gate.assertResolved(fields, {
      allowedPhrases: [...input.people.map((p) => p.pseudonym), ...stored.replacements],
      ignoreHashes: stored.ignoreHashes,
    });

    // A date earlier than a use would give is a deliberate shortening: later uses must not undo it.
    const pinned =
      input.retentionUntil === row.retention_until ? row.retention_pinned : input.retentionUntil < this.defaultRetention() ? 1 : 0;
    const now = this.now().toISOString();
    this.db.transaction(() => {
      this.db
        .prepare(
          `UPDATE cases SET code_name = ?, format = ?, retention_until = ?, retention_pinned = ?, last_used_at = ?, updated_at = ?
           WHERE id = ?`,
        )
        .run(input.codeName, input.format, input.retentionUntil, pinned, now, now, input.id);
      const keep = new Set<string>();
      const upd = this.db.prepare('UPDATE case_people SET position = ?, role = ?, pseudonym = ? WHERE id = ? AND case_id = ?');
      const ins = this.db.prepare('INSERT INTO case_people (id, case_id, position, role, pseudonym) VALUES (?, ?, ?, ?, ?)');
      input.people.forEach((p, i) => {
        if (p.id) {
          upd.run(i, p.role, p.pseudonym, p.id, input.id);
          keep.add(p.id);
        } else {
          const pid = randomUUID();
          ins.run(pid, input.id, i, p.role, p.pseudonym);
          keep.add(pid);
        }
      });
      const del = this.db.prepare('DELETE FROM case_people WHERE id = ?');
      for (const pid of existing) if (!keep.has(pid)) del.run(pid);
      this.db.prepare('DELETE FROM case_timeline WHERE case_id = ?').run(input.id);
      const insT = this.db.prepare('INSERT INTO case_timeline (case_id, position, period, event) VALUES (?, ?, ?, ?)');
      input.timeline.forEach((t, i) => insT.run(input.id, i, t.period, t.event));
    })();
    return this.detail(input.id);
  }

  /**
   * Stores anonymised notes and what the user decided per identifier. The raw `forms` are used only to
   * compute keyed hashes here, in memory; they are never written and never logged.
   */
  saveNotes(input: { id: string; notes: string; resolutions: Resolution[] }): CaseDetail {
    this.row(input.id);
    const people = new Map(this.people(input.id).map((p) => [p.id, p.pseudonym]));
    const problems: ErrorDetail[] = [];
    const resolved = input.resolutions.map((r, i) => {
      let replacement = r.kind === 'ignore' ? '' : r.replacement.trim();
      if (r.personId !== null) {
        const pseudonym = people.get(r.personId);
        if (pseudonym === undefined) problems.push({ path: `resolutions.${i}.personId`, message: 'person is not in this case' });
        else if (r.kind === 'ignore') problems.push({ path: `resolutions.${i}.personId`, message: 'an ignored form has no person' });
        else replacement = pseudonym;
      } else if (r.kind === 'pseudonym') {
        if (!replacement) problems.push({ path: `resolutions.${i}.replacement`, message: 'a pseudonym needs a replacement' });
        // A replacement equal to what it replaces would store the name as plain text.
        else if (r.forms.some((f) => normaliseName(f) === normaliseName(replacement)))
          problems.push({ path: `resolutions.${i}.replacement`, message: 'replacement equals a replaced form' });
      }
      return { ...r, replacement };
    });
    if (problems.length) throw new ApiError('VALIDATION', 'resolutions do not fit this case', problems);

    const stored = this.storedContext(input.id);
    const newReplacements = resolved.filter((r) => r.kind === 'pseudonym' && r.personId === null).map((r) => r.replacement);
    // A free replacement is a pseudonym: it may look like a name, but never like a number or a date.
    this.gate.assertResolved(
      resolved.flatMap((r, i) => (r.kind === 'pseudonym' && r.personId === null ? [{ path: `resolutions.${i}.replacement`, text: r.replacement }] : [])),
      { allowedPhrases: newReplacements, ignoreHashes: new Set() },
    );
    const ctx: GateContext = {
      allowedPhrases: [...people.values(), ...stored.replacements, ...newReplacements],
      ignoreHashes: stored.ignoreHashes,
      ignoreForms: resolved.filter((r) => r.kind === 'ignore').flatMap((r) => r.forms),
    };
    this.gate.assertResolved([{ path: 'notes', text: input.notes }], ctx);

    const now = this.now().toISOString();
    const upsert = this.db.prepare(
      `INSERT INTO case_name_keys (case_id, key_hash, kind, person_id, replacement) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT(case_id, key_hash) DO UPDATE SET kind = excluded.kind, person_id = excluded.person_id, replacement = excluded.replacement`,
    );
    this.db.transaction(() => {
      this.db.prepare('UPDATE cases SET notes = ?, updated_at = ? WHERE id = ?').run(input.notes, now, input.id);
      this.touch(input.id);
      for (const r of resolved) {
        for (const form of r.forms) {
          if (!normaliseName(form)) continue;
          upsert.run(input.id, this.nameKey(form), r.kind, r.personId, r.replacement);
        }
      }
    })();
    return this.detail(input.id);
  }

  /** Which of these forms were resolved before in this case, with what they became. */
  recognise(input: { id: string; forms: string[] }): RecognisedForm[] {
    this.row(input.id);
    const keys = new Map(this.keys(input.id).map((k) => [k.key_hash, k]));
    if (keys.size === 0) return [];
    const people = new Map(this.people(input.id).map((p) => [p.id, p.pseudonym]));
    const out: RecognisedForm[] = [];
    for (const form of new Set(input.forms)) {
      const k = keys.get(this.nameKey(form));
      if (!k) continue;
      const current = k.person_id ? people.get(k.person_id) : undefined;
      out.push({ form, kind: k.kind, personId: k.person_id, replacement: current ?? k.replacement });
    }
    return out;
  }

  /** Deletes the case with everything in it; the WAL is emptied so the old pages do not linger there. */
  delete(id: string): { deleted: string } {
    const row = this.row(id);
    this.db.prepare('DELETE FROM cases WHERE id = ?').run(id);
    this.checkpoint();
    return { deleted: row.code_name };
  }

  /** Anonymised Markdown for a supervisor. The stored text passes the gate again before it leaves. */
  export(id: string): ScriptExport {
    const d = this.detail(id);
    const stored = this.storedContext(id);
    const fields: GateField[] = [{ path: 'codeName', text: d.codeName }];
    d.people.forEach((p, i) => fields.push({ path: `people.${i}.role`, text: p.role }, { path: `people.${i}.pseudonym`, text: p.pseudonym }));
    d.timeline.forEach((t, i) => fields.push({ path: `timeline.${i}.period`, text: t.period }, { path: `timeline.${i}.event`, text: t.event }));
    fields.push({ path: 'notes', text: d.notes });
    this.gate.assertResolved(fields, {
      allowedPhrases: [...d.people.map((p) => p.pseudonym), ...stored.replacements],
      ignoreHashes: stored.ignoreHashes,
    });
    this.touch(id);
    return { filename: `${slugify(d.codeName) || 'casus'}.md`, content: toMarkdown(d) };
  }

  /**
   * Removes every case whose term ended before `today`, and migration backups older than the term.
   * One transaction for the cases, then a WAL checkpoint, then one notice that says what went.
   */
  purgeExpired(today: string = this.today()): PurgeReport {
    const removed = this.db.transaction(() => {
      const expired = this.db
        .prepare<[string], { id: string; code_name: string; retention_until: string }>(
          'SELECT id, code_name, retention_until FROM cases WHERE retention_until < ? ORDER BY retention_until, code_name',
        )
        .all(today);
      const del = this.db.prepare('DELETE FROM cases WHERE id = ?');
      for (const c of expired) del.run(c.id);
      return expired.map((c) => ({ codeName: c.code_name, retentionUntil: c.retention_until }));
    })();
    if (removed.length) this.checkpoint();
    const backupsRemoved = this.purgeBackups();
    const parts: string[] = [];
    if (removed.length) {
      const list = removed.map((c) => `${c.codeName} (tot ${c.retentionUntil})`).join(', ');
      parts.push(`${removed.length} ${removed.length === 1 ? 'casus' : 'casussen'} verwijderd omdat de bewaartermijn verliep: ${list}.`);
    }
    if (backupsRemoved) {
      const days = this.settings.get().retentionDays;
      parts.push(
        `${backupsRemoved} ${backupsRemoved === 1 ? 'oude reservekopie' : 'oude reservekopieën'} van de database verwijderd (ouder dan ${days} dagen).`,
      );
    }
    if (parts.length) this.notices.add(parts.join(' '));
    return { removed, backupsRemoved };
  }

  // ── internals ──────────────────────────────────────────────────────────────────────────────────

  private today(): string {
    return amsterdamToday(this.now());
  }

  private defaultRetention(): string {
    return addDays(this.today(), this.settings.get().retentionDays);
  }

  private touch(id: string): void {
    this.row(id);
    this.db
      .prepare(
        `UPDATE cases SET last_used_at = ?,
           retention_until = CASE WHEN retention_pinned = 1 THEN retention_until ELSE max(retention_until, ?) END
         WHERE id = ?`,
      )
      .run(this.now().toISOString(), this.defaultRetention(), id);
  }

  private row(id: string): CaseRow {
    const row = this.db.prepare<[string], CaseRow>('SELECT * FROM cases WHERE id = ?').get(id);
    if (!row) throw new ApiError('NOT_FOUND', 'case not found');
    return row;
  }

  private people(caseId: string): CasePerson[] {
    return this.db
      .prepare<[string], CasePerson>('SELECT id, role, pseudonym FROM case_people WHERE case_id = ? ORDER BY position')
      .all(caseId);
  }

  private keys(caseId: string): KeyRow[] {
    return this.db
      .prepare<[string], KeyRow>('SELECT key_hash, kind, person_id, replacement FROM case_name_keys WHERE case_id = ?')
      .all(caseId);
  }

  /** What earlier saves allowed: replacements chosen before, and the hashes of forms marked "geen identificatie". */
  private storedContext(caseId: string): { replacements: string[]; ignoreHashes: Set<string> } {
    const keys = this.keys(caseId);
    return {
      replacements: [...new Set(keys.filter((k) => k.kind === 'pseudonym' && k.replacement).map((k) => k.replacement))],
      ignoreHashes: new Set(keys.filter((k) => k.kind === 'ignore').map((k) => k.key_hash)),
    };
  }

  private detail(id: string): CaseDetail {
    const r = this.row(id);
    const timeline = this.db
      .prepare<[string], TimelineItem>('SELECT period, event FROM case_timeline WHERE case_id = ? ORDER BY position')
      .all(id);
    return { ...summaryOf(r), createdAt: r.created_at, people: this.people(id), timeline, notes: r.notes };
  }

  private checkpoint(): void {
    this.db.pragma('wal_checkpoint(TRUNCATE)');
  }

  /** Deletes (after overwriting) files in backups/ older than the retention term. */
  private purgeBackups(): number {
    const dir = path.join(this.dataDir, 'backups');
    if (!fs.existsSync(dir)) return 0;
    const cutoff = this.now().getTime() - this.settings.get().retentionDays * DAY_MS;
    let n = 0;
    for (const name of fs.readdirSync(dir)) {
      const file = path.join(dir, name);
      const st = fs.statSync(file);
      if (!st.isFile() || st.mtimeMs >= cutoff) continue;
      // Overwrite first: an unlinked file's blocks stay readable until reused (less certain on SSDs).
      fs.writeFileSync(file, Buffer.alloc(st.size));
      fs.unlinkSync(file);
      n++;
    }
    return n;
  }
}

function summaryOf(r: CaseRow): Omit<CaseSummary, 'peopleCount' | 'hasNotes' | 'sessions'> {
  return {
    id: r.id,
    codeName: r.code_name,
    format: r.format as ScriptFormat,
    retentionUntil: r.retention_until,
    lastUsedAt: r.last_used_at,
    updatedAt: r.updated_at,
  };
}

export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

const cell = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|');

function toMarkdown(d: CaseDetail): string {
  const out: string[] = [
    `# ${d.codeName}`,
    '',
    '*Geanonimiseerd casusmateriaal uit Leertafel — alleen om van te leren, niet voor besluiten over cliënten.*',
    '',
    `Werkvorm: ${FORMAT_LABELS[d.format]}`,
    '',
    '## Betrokkenen',
    '',
  ];
  if (d.people.length) {
    out.push('| Rol | Pseudoniem |', '| --- | --- |', ...d.people.map((p) => `| ${cell(p.role)} | ${cell(p.pseudonym)} |`));
  } else out.push('_Geen betrokkenen vastgelegd._');
  out.push('', '## Tijdlijn', '');
  if (d.timeline.length) out.push(...d.timeline.map((t) => `- **${t.period}** — ${t.event}`));
  else out.push('_Geen tijdlijn vastgelegd._');
  out.push('', '## Aantekeningen', '', d.notes.trim() || '_Geen aantekeningen._', '');
  return out.join('\n');
}
