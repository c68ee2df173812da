import { randomUUID } from 'node:crypto';
import type { Db } from '../core/db';
import { NO_CASE, type Gate } from '../anonymiser';
import type { CaseService } from '../cases';
import type { GroupService } from '../groups';
import type { SessionService } from '../sessions';
import type { ScriptService } from '../scripts';
import { ApiError, type ErrorDetail } from '../../../shared/api/errors';
import type { FileExport } from '../../../shared/app/types';
import {
  THEMES,
  THEME_LABELS,
  THEME_SCRIPTS,
  THEME_WORKSHEETS,
  emptyBody,
  emptySupervision,
  type CheckWord,
  type CheckWordKind,
  type Module,
  type SosLearningItem,
  type Supervision,
  type Traject,
  type TrajectSave,
  type TrajectSummary,
  type Worksheet,
  type WorksheetCreate,
  type WorksheetSave,
  type WorksheetSummary,
  type WorksheetView,
} from '../../../shared/sos/types';
import {
  assignmentTextFields,
  evaluationTextFields,
  isHidden,
  mapScorerFields,
  shareable,
  supervisionTextFields,
  worksheetTextFields,
} from '../../../shared/sos/fields';
import { SosRepository, type StoredTraject, type StoredWorksheet } from './repository';
import { detail } from '../../../shared/api/details';
import { exportWorksheet } from './export';
import { NO_INDEX, type SearchIndex } from '../search';
import { sosSearchSource, trajectDocs, worksheetDocs } from './search';

export interface SosServiceDeps {
  db: Db;
  gate: Gate;
  cases: CaseService;
  groups: GroupService;
  sessions: SessionService;
  scripts: ScriptService;
  /** The search index, written in step with every write (none in tests of this area alone). */
  search?: SearchIndex;
  now?: () => Date;
}


/**
 * Signs of Safety verdiepingstrajecten. A traject belongs to a leergroep: its trainer and participants
 * are members, its modules run as bijeenkomsten (attendance and SKJ hours are the session's). The
 * praktijkopdrachten and evaluations are the professional's own learning: no structured identifiers.
 * A worksheet is case material of one anonymised case: every text passes that case's gate. Group
 * supervision keeps its map and close here, keyed by the bijeenkomst.
 */
export class SosService {
  private readonly repo: SosRepository;
  private readonly gate: Gate;
  private readonly cases: CaseService;
  private readonly groups: GroupService;
  private readonly sessions: SessionService;
  private readonly scripts: ScriptService;
  private readonly now: () => Date;
  private readonly search: SearchIndex;

  constructor(deps: SosServiceDeps) {
    this.search = deps.search ?? NO_INDEX;
    this.repo = new SosRepository(deps.db);
    this.gate = deps.gate;
    this.cases = deps.cases;
    this.groups = deps.groups;
    this.sessions = deps.sessions;
    this.scripts = deps.scripts;
    this.now = deps.now ?? (() => new Date());
  }

  // ── search ──

  /** Every traject's and worksheet's texts, for a search rebuild. */
  searchSource() {
    return sosSearchSource({ trajects: () => this.repo.trajects(), worksheets: () => this.repo.worksheets({}) });
  }

  /** Call inside the write's transaction. */
  private reindexTraject(id: string): void {
    const t = this.repo.traject(id);
    if (t) this.search.replace('traject', id, trajectDocs(t));
    else this.search.remove('traject', id);
  }

  private reindexWorksheet(id: string): void {
    const w = this.repo.worksheet(id);
    if (w) this.search.replace('worksheet', id, worksheetDocs(w));
    else this.search.remove('worksheet', id);
  }

  // ── trajects ────────────────────────────────────────────────────────────────────────────────────

  listTrajects(): TrajectSummary[] {
    const today = this.now().toISOString().slice(0, 10);
    return this.repo.trajects().map((t) => ({
      id: t.id,
      title: t.title,
      groupName: this.groups.exists(t.groupId) ? this.groups.name(t.groupId) : '',
      modules: t.modules.length,
      nextDate: t.modules.map((m) => m.date).filter((d): d is string => d !== null && d >= today).sort()[0] ?? null,
      updatedAt: t.updatedAt,
    }));
  }

  getTraject(id: string): Traject {
    return this.detail(this.traject(id));
  }

  saveTraject(input: TrajectSave): Traject {
    const { id: existingId, ...t } = input;
    if (existingId) this.traject(existingId);
    if (!this.groups.exists(t.groupId)) throw new ApiError('VALIDATION', 'unknown group', [detail('groupId', 'group_not_found', 'group not found')]);
    if (t.caseId !== null && !this.cases.exists(t.caseId)) throw new ApiError('VALIDATION', 'unknown case', [detail('caseId', 'case_not_found', 'case not found')]);
    const members = new Set(this.groups.allMembers(t.groupId).map((m) => m.id));
    const problems: ErrorDetail[] = [];
    if (t.trainerId !== null && !members.has(t.trainerId)) problems.push(detail('trainerId', 'not_member', 'not a member of the group'));
    t.participants.forEach((p, i) => members.has(p) || problems.push(detail(`participants.${i}`, 'not_member', 'not a member of the group')));
    const moduleIds = new Set<string>();
    t.modules.forEach((m, i) => {
      if (moduleIds.has(m.id)) problems.push(detail(`modules.${i}.id`, 'duplicate_module', 'duplicate module'));
      moduleIds.add(m.id);
      if (!this.scriptExists(m.scriptId)) problems.push(detail(`modules.${i}.scriptId`, 'script_not_found', 'script not found'));
      [...m.assignments, ...m.evaluations].forEach((x) => members.has(x.memberId) || problems.push(detail(`modules.${i}`, 'not_member', 'not a member of the group')));
    });
    if (problems.length) throw new ApiError('VALIDATION', 'the traject does not fit its group', problems);
    this.gate.assertNoStructured([
      { path: 'title', text: t.title },
      ...t.modules.flatMap((m, i) => [
        { path: `modules.${i}.title`, text: m.title },
        ...m.assignments.flatMap((a, j) => assignmentTextFields(`modules.${i}.assignments.${j}`, a)),
        ...m.evaluations.flatMap((e, j) => evaluationTextFields(`modules.${i}.evaluations.${j}`, e)),
      ]),
    ]);
    const modules = !existingId && t.modules.length === 0 ? defaultModules() : t.modules;
    const id = existingId ?? randomUUID();
    this.repo.transaction(() => {
      this.repo.upsertTraject(id, { ...t, modules }, this.now().toISOString());
      this.reindexTraject(id);
    });
    return this.getTraject(id);
  }

  deleteTraject(id: string): { deleted: string } {
    this.traject(id);
    this.repo.transaction(() => {
      this.repo.deleteTraject(id);
      this.search.remove('traject', id);
    });
    return { deleted: id };
  }

  linkSession(trajectId: string, moduleId: string, sessionId: string | null): Traject {
    const t = this.traject(trajectId);
    const m = t.modules.find((x) => x.id === moduleId);
    if (!m) throw new ApiError('NOT_FOUND', 'module not found');
    if (sessionId !== null) {
      const s = this.sessions.get(sessionId);
      if (s.groupId !== t.groupId) throw new ApiError('VALIDATION', 'the bijeenkomst is of another group', [detail('sessionId', 'session_other_group', 'other group')]);
    }
    const modules = t.modules.map((x) => (x.id === moduleId ? { ...x, sessionId, date: sessionId ? this.sessions.get(sessionId).date : x.date } : x));
    this.repo.transaction(() => {
      this.repo.upsertTraject(t.id, { ...t, modules }, this.now().toISOString());
      this.reindexTraject(t.id);
    });
    return this.getTraject(t.id);
  }

  /** A professional's praktijkopdrachten and module evaluations across trajects, oldest module first. */
  learningItems(memberId: string): SosLearningItem[] {
    const out: SosLearningItem[] = [];
    for (const t of this.repo.trajects().reverse()) {
      for (const m of t.modules) {
        const base = { trajectId: t.id, trajectTitle: t.title, moduleId: m.id, moduleTitle: m.title, date: m.date };
        const a = m.assignments.find((x) => x.memberId === memberId);
        if (a && (a.plan || a.report || a.reflection)) out.push({ ...base, kind: 'assignment', assignment: a });
        const e = m.evaluations.find((x) => x.memberId === memberId);
        if (e) out.push({ ...base, kind: 'evaluation', evaluation: e });
      }
    }
    return out;
  }

  // ── worksheets ──────────────────────────────────────────────────────────────────────────────────

  listWorksheets(filter: { trajectId?: string; caseId?: string }): WorksheetSummary[] {
    return this.repo.worksheets(filter).map(({ body: _body, ...w }) => ({ ...w, caseCodeName: this.cases.codeName(w.caseId) ?? '' }));
  }

  createWorksheet(input: WorksheetCreate): Worksheet {
    if (!this.cases.exists(input.caseId)) throw new ApiError('VALIDATION', 'unknown case', [detail('caseId', 'case_not_found', 'case not found')]);
    if (input.trajectId !== null) {
      const t = this.traject(input.trajectId);
      if (input.moduleId !== null && !t.modules.some((m) => m.id === input.moduleId)) throw new ApiError('VALIDATION', 'unknown module', [detail('moduleId', 'module_not_found', 'module not found')]);
    } else if (input.moduleId !== null) throw new ApiError('VALIDATION', 'a module needs its traject', [detail('moduleId', 'module_needs_traject', 'no traject')]);
    this.gate.assertResolved([{ path: 'title', text: input.title }], this.cases.gateContext(input.caseId));
    const id = randomUUID();
    this.repo.transaction(() => {
      this.repo.insertWorksheet({ ...input, id, body: emptyBody(input.kind), createdAt: this.now().toISOString() });
      this.reindexWorksheet(id);
    });
    this.cases.touch(input.caseId);
    return this.getWorksheet(id);
  }

  getWorksheet(id: string): Worksheet {
    return this.full(this.worksheet(id));
  }

  saveWorksheet(input: WorksheetSave): Worksheet {
    const w = this.worksheet(input.id);
    if (input.body.kind !== w.kind) throw new ApiError('VALIDATION', 'a worksheet keeps its kind', [detail('body.kind', 'worksheet_keeps_kind', 'kind changed')]);
    const ctx = this.cases.gateContext(w.caseId);
    const roster = new Set(this.cases.roster(w.caseId).map((p) => p.id));
    if (input.body.kind === 'safety-circles') {
      const problems: ErrorDetail[] = [];
      input.body.people.forEach((p, i) => p.personId === null || roster.has(p.personId) || problems.push(detail(`body.people.${i}.personId`, 'not_on_roster', 'not on the roster of this case')));
      if (problems.length) throw new ApiError('VALIDATION', 'the circles do not fit the case', problems);
    }
    this.gate.assertResolved([{ path: 'title', text: input.title }, ...worksheetTextFields(input.body).map((f) => ({ ...f, path: `body.${f.path}` }))], ctx);
    const scorers = mapScorerFields(input.body);
    if (scorers.length) {
      // Who scored are colleagues of the training: their names may stand there, nothing else.
      const names = w.trajectId ? this.memberNames(this.traject(w.trajectId).groupId) : [];
      this.gate.assertResolved(scorers.map((f) => ({ ...f, path: `body.${f.path}` })), { ...ctx, allowedPhrases: [...ctx.allowedPhrases, ...names] });
    }
    this.repo.transaction(() => {
      this.repo.updateWorksheet(w.id, input.title, input.body, this.now().toISOString());
      this.reindexWorksheet(w.id);
    });
    this.cases.touch(w.caseId);
    return this.getWorksheet(w.id);
  }

  deleteWorksheet(id: string): { deleted: string } {
    this.worksheet(id);
    this.repo.transaction(() => {
      this.repo.deleteWorksheet(id);
      this.search.remove('worksheet', id);
    });
    return { deleted: id };
  }

  /** What the beamer may show: Drie Huizen without consent is hidden. */
  viewWorksheet(id: string): WorksheetView {
    const w = this.getWorksheet(id);
    return { ...w, body: shareable(w.body), hidden: isHidden(w.body) };
  }

  exportWorksheet(id: string, format: 'md' | 'pdf' | 'booklet'): Promise<FileExport> {
    const w = this.getWorksheet(id);
    if (format === 'booklet' && w.body.kind !== 'words-pictures') throw new ApiError('VALIDATION', 'only a Woord- en Beeldverhaal prints as a booklet', [detail('format', 'booklet_only_storyboard', 'not a storyboard')]);
    const trajectTitle = w.trajectId ? this.repo.traject(w.trajectId)?.title ?? null : null;
    return exportWorksheet({ ...w, body: shareable(w.body) }, { format, hidden: isHidden(w.body), trajectTitle, today: this.now().toISOString().slice(0, 10) });
  }

  // ── the trainer's check words ───────────────────────────────────────────────────────────────────

  checkWords(): CheckWord[] {
    return this.repo.checkWords();
  }

  addCheckWord(w: CheckWord): CheckWord[] {
    this.gate.assertNoStructured([
      { path: 'word', text: w.word },
      { path: 'explanation', text: w.explanation },
    ]);
    this.repo.addCheckWord({ ...w, word: w.word.trim().toLowerCase() }, this.now().toISOString());
    return this.checkWords();
  }

  removeCheckWord(kind: CheckWordKind, word: string): CheckWord[] {
    this.repo.removeCheckWord(kind, word.trim().toLowerCase());
    return this.checkWords();
  }

  // ── group supervision ───────────────────────────────────────────────────────────────────────────

  getSupervision(sessionId: string): Supervision {
    this.supervisionSession(sessionId);
    return this.repo.supervision(sessionId) ?? emptySupervision();
  }

  saveSupervision(sessionId: string, s: Supervision): Supervision {
    const session = this.supervisionSession(sessionId);
    const members = new Set(session.members.map((m) => m.id));
    const problems: ErrorDetail[] = [];
    const seen = new Set<string>();
    s.scores.forEach((x, i) => {
      if (!members.has(x.memberId)) problems.push(detail(`scores.${i}.memberId`, 'not_member', 'not a member of the group'));
      if (seen.has(x.memberId)) problems.push(detail(`scores.${i}.memberId`, 'listed_twice', 'one score per person'));
      seen.add(x.memberId);
    });
    if (s.worksheetId !== null) {
      const w = this.repo.worksheet(s.worksheetId);
      if (!w || w.caseId !== session.caseId) problems.push(detail('worksheetId', 'worksheet_other_case', 'not a worksheet of this case'));
    }
    if (problems.length) throw new ApiError('VALIDATION', 'the supervision does not fit its bijeenkomst', problems);
    this.gate.assertResolved(supervisionTextFields(s), session.caseId === null ? NO_CASE : this.cases.gateContext(session.caseId));
    this.repo.saveSupervision(sessionId, s, this.now().toISOString());
    return s;
  }

  // ── internals ──────────────────────────────────────────────────────────────────────────────────

  private supervisionSession(sessionId: string) {
    const s = this.sessions.get(sessionId);
    if (s.script.canvas !== 'signs-of-safety') throw new ApiError('VALIDATION', 'not a Signs of Safety bijeenkomst', [detail('sessionId', 'not_sos_session', 'other canvas')]);
    return s;
  }

  private scriptExists(id: string): boolean {
    try {
      this.scripts.get(id);
      return true;
    } catch {
      return false;
    }
  }

  private memberNames(groupId: string): string[] {
    return this.groups.allMembers(groupId).flatMap((m) => [m.name, m.name.split(/\s+/)[0] ?? '']).filter(Boolean);
  }

  private detail(t: StoredTraject): Traject {
    const groupOk = this.groups.exists(t.groupId);
    return {
      ...t,
      groupName: groupOk ? this.groups.name(t.groupId) : '',
      members: groupOk ? this.groups.allMembers(t.groupId).map((m) => ({ id: m.id, name: m.name })) : [],
      caseCodeName: t.caseId ? this.cases.codeName(t.caseId) : null,
    };
  }

  private traject(id: string): StoredTraject {
    const t = this.repo.traject(id);
    if (!t) throw new ApiError('NOT_FOUND', 'traject not found');
    return t;
  }

  private worksheet(id: string): StoredWorksheet {
    const w = this.repo.worksheet(id);
    if (!w) throw new ApiError('NOT_FOUND', 'worksheet not found');
    return w;
  }

  private full(w: StoredWorksheet): Worksheet {
    return { ...w, caseCodeName: this.cases.codeName(w.caseId) ?? '' };
  }
}

/** The four modules of a new traject, one per theme, each with its built-in script and worksheets. */
export function defaultModules(): Module[] {
  return THEMES.map((theme) => ({
    id: randomUUID(),
    theme,
    title: THEME_LABELS[theme],
    date: null,
    scriptId: THEME_SCRIPTS[theme],
    worksheets: [...THEME_WORKSHEETS[theme]],
    sessionId: null,
    assignments: [],
    evaluations: [],
  }));
}
