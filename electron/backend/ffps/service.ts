import { randomUUID } from 'node:crypto';
import type { Db } from '../core/db';
import type { Gate } from '../anonymiser';
import type { CaseService } from '../cases';
import type { SettingsService } from '../settings';
import { ApiError, type ErrorDetail } from '../../../shared/api/errors';
import { caseNoteTextFields, feedbackTextFields } from '../../../shared/ffps/fields';
import {
  DEFAULT_TECHNIQUES,
  type CaseNote,
  type CaseNoteDetail,
  type CaseNoteSave,
  type CaseNoteSummary,
  type Feedback,
  type FeedbackHistory,
  type FeedbackInput,
  type OpenOefenpunt,
  type PhaseTimeline,
} from '../../../shared/ffps/types';
import type { ExchangeService } from '../exchange';
import type { BundleFile, BundlePreview } from '../../../shared/exchange/types';
import { FfpsRepository } from './repository';
import { NO_INDEX, type SearchIndex } from '../search';
import { feedbackDocs, ffpsSearchSource, noteDocs } from './search';
import { exportFeedback, exportRequest, importBundle, previewBundle, type BundleDeps } from './bundles';
import { feedbackHistory, phaseTimeline } from './timeline';
import { historyFilename, historyReport } from './historyReport';
import { toMarkdown } from '../core/report/markdown';
import { toPdf } from '../core/report/pdf';
import type { FileExport } from '../../../shared/app/types';
import type { ReportBlock } from '../core/report/report';
import { discussionTextFields, EMPTY_MEETING, type CaseloadEntry, type Meeting, type MeetingDetail } from '../../../shared/ffps/meeting';
import { detail } from '../../../shared/api/details';

/** What the FFPS area asks of a bijeenkomst (a port, connected in backend/index.ts): its script's canvas kind, or null when it does not exist. */
export type SessionCanvasOf = (sessionId: string) => string | null;

export interface FfpsServiceDeps {
  db: Db;
  gate: Gate;
  cases: CaseService;
  settings: SettingsService;
  exchange: ExchangeService;
  /** The search index, written in step with every write (none in tests of this area alone). */
  search?: SearchIndex;
  /** The canvas kind of a bijeenkomst's script; the weekly meeting exists only for 'ffps-casenote'. */
  sessionCanvas?: SessionCanvasOf;
  now?: () => Date;
}

/**
 * FFPS case-notes and feedback. A case-note is case material of one anonymised case: every text passes
 * that case's gate, and the people present or responding are roster people. Feedback is about the
 * gezinsmanager's practice; its texts pass the same gate (they quote the note), and its ratings,
 * principles and oefenpunt stay in the professional's history when the case is purged.
 */
export class FfpsService {
  private readonly repo: FfpsRepository;
  private readonly gate: Gate;
  private readonly cases: CaseService;
  private readonly settings: SettingsService;
  private readonly now: () => Date;
  private readonly bundles: BundleDeps;
  private readonly sessionCanvas: SessionCanvasOf;

  constructor(deps: FfpsServiceDeps) {
    this.repo = new FfpsRepository(deps.db);
    this.gate = deps.gate;
    this.cases = deps.cases;
    this.settings = deps.settings;
    this.now = deps.now ?? (() => new Date());
    this.sessionCanvas = deps.sessionCanvas ?? (() => null);
    this.bundles = { repo: this.repo, gate: deps.gate, cases: deps.cases, exchange: deps.exchange, now: this.now };
    const index = deps.search ?? NO_INDEX;
    this.repo.indexer = {
      note: (id) => {
        const n = this.repo.note(id);
        if (n) index.replace('ffps-note', id, noteDocs(n, this.cases.codeName(n.caseId) ?? ''));
        else index.remove('ffps-note', id);
      },
      feedback: (id) => {
        const f = this.repo.feedback(id);
        if (f) index.replace('feedback', id, feedbackDocs(f, this.noteCase(f.noteId)));
        else index.remove('feedback', id);
      },
    };
  }

  /** Every case-note's and feedback round's texts, for a search rebuild. */
  searchSource() {
    return ffpsSearchSource({
      notes: () => this.repo.allNotes(),
      feedback: () => this.repo.allFeedback(),
      codeName: (caseId) => this.cases.codeName(caseId) ?? '',
      noteCase: (noteId) => this.noteCase(noteId),
    });
  }

  private noteCase(noteId: string | null): string | null {
    return noteId ? (this.repo.note(noteId)?.caseId ?? null) : null;
  }

  // ── between two laptops (bundles.ts) ─────────────────────────────────────────────────────────────

  exportRequest(noteIds: string[]): BundleFile {
    return exportRequest(this.bundles, noteIds);
  }

  exportFeedback(noteIds: string[]): BundleFile {
    return exportFeedback(this.bundles, noteIds);
  }

  previewBundle(content: string): BundlePreview {
    return previewBundle(this.bundles, content);
  }

  importBundle(content: string, trustNewSender: boolean) {
    return importBundle(this.bundles, content, trustNewSender);
  }

  listNotes(filter: { caseId?: string; forDiscussion?: boolean } = {}): CaseNoteSummary[] {
    return this.summaries(this.repo.notes(filter));
  }

  getNote(id: string): CaseNoteDetail {
    const note = this.note(id);
    return {
      ...note,
      caseCodeName: this.cases.codeName(note.caseId) ?? '',
      feedback: this.repo.feedbackOn(id),
      openOefenpunt: this.openOefenpunt(note.caseId, note.author),
    };
  }

  saveNote(input: CaseNoteSave): CaseNoteDetail {
    const { id: existingId, ...note } = input;
    const existing = existingId ? this.note(existingId) : undefined;
    if (!this.cases.exists(note.caseId)) throw new ApiError('VALIDATION', 'unknown case', [detail('caseId', 'case_not_found', 'case not found')]);
    const roster = new Set(this.cases.roster(note.caseId).map((p) => p.id));
    const problems: ErrorDetail[] = [];
    note.present.forEach((p, i) => roster.has(p) || problems.push(detail(`present.${i}`, 'not_on_roster', 'not on the roster of this case')));
    note.responses.forEach((r, i) => roster.has(r.personId) || problems.push(detail(`responses.${i}.personId`, 'not_on_roster', 'not on the roster of this case')));
    if (problems.length) throw new ApiError('VALIDATION', 'the note does not fit its case', problems);
    this.gate.assertResolved(caseNoteTextFields(note), this.cases.gateContext(note.caseId));
    const now = this.now().toISOString();
    const id = existingId ?? randomUUID();
    if (existing) this.repo.updateNote(id, note, now);
    else this.repo.insertNote(id, note, this.me('Gezinsmanager'), now);
    this.cases.touch(note.caseId);
    return this.getNote(id);
  }

  deleteNote(id: string): { deleted: string } {
    this.note(id);
    this.repo.deleteNote(id);
    return { deleted: id };
  }

  /** The open oefenpunt of this case for the professional on this machine (their next note shows it). */
  myOpenOefenpunt(caseId: string): OpenOefenpunt | null {
    if (!this.cases.exists(caseId)) throw new ApiError('NOT_FOUND', 'case not found');
    return this.openOefenpunt(caseId, this.me('Gezinsmanager'));
  }

  timeline(caseId: string): PhaseTimeline {
    if (!this.cases.exists(caseId)) throw new ApiError('NOT_FOUND', 'case not found');
    return phaseTimeline(caseId, this.repo.notes({ caseId }), this.settings.get().ffpsFirstPhaseMaxGapWeeks);
  }

  requestFeedback(id: string): CaseNoteDetail {
    this.note(id);
    this.repo.setFeedbackState(id, 'requested', this.now().toISOString());
    return this.getNote(id);
  }

  /** Notes waiting for feedback, oldest request first. */
  inbox(): CaseNoteSummary[] {
    return this.summaries(this.repo.notes({ feedbackState: 'requested' }));
  }

  saveFeedback(input: FeedbackInput): Feedback {
    const note = this.note(input.noteId);
    this.gate.assertResolved(feedbackTextFields(input), this.cases.gateContext(note.caseId));
    const id = randomUUID();
    const now = this.now().toISOString();
    this.repo.transaction(() => {
      this.repo.insertFeedback({
        id,
        input,
        professional: note.author,
        supervisor: this.me('Supervisor'),
        caseCodeName: this.cases.codeName(note.caseId) ?? '',
        phase: note.phase,
        now,
      });
      this.repo.setFeedbackState(note.id, 'received', now);
    });
    return this.feedback(id);
  }

  acknowledgeFeedback(id: string): Feedback {
    const f = this.feedback(id);
    const now = this.now().toISOString();
    this.repo.transaction(() => {
      this.repo.stampFeedback(id, 'acknowledged_at', now);
      if (f.noteId && this.repo.feedbackOn(f.noteId).every((x) => x.id === id || x.acknowledgedAt)) this.repo.setFeedbackState(f.noteId, 'acknowledged', now);
    });
    return this.feedback(id);
  }

  markPractised(id: string): Feedback {
    this.feedback(id);
    this.repo.stampFeedback(id, 'practised_at', this.now().toISOString());
    return this.feedback(id);
  }

  professionals(): string[] {
    return this.repo.professionals();
  }

  history(professional: string): FeedbackHistory {
    return feedbackHistory(professional, this.repo.feedbackFor(professional));
  }

  async exportHistory(professional: string, format: 'md' | 'pdf'): Promise<FileExport> {
    const report = historyReport(this.history(professional));
    const base = historyFilename(professional);
    if (format === 'md') return { filename: `${base}.md`, mime: 'text/markdown', encoding: 'utf8', content: toMarkdown(report) };
    return { filename: `${base}.pdf`, mime: 'application/pdf', encoding: 'base64', content: (await toPdf(report)).toString('base64') };
  }

  /** The team's techniques: the method's list first, then the ones the team added. */
  techniques(): string[] {
    const own = this.repo.techniques().filter((t) => !DEFAULT_TECHNIQUES.some((d) => d.toLowerCase() === t.toLowerCase()));
    return [...DEFAULT_TECHNIQUES, ...own];
  }

  addTechnique(name: string): string[] {
    this.gate.assertNoStructured([{ path: 'name', text: name }]);
    this.repo.addTechnique(name.trim(), this.now().toISOString());
    return this.techniques();
  }

  // ── the weekly casuïstiekbespreking ──────────────────────────────────────────────────────────────

  meeting(sessionId: string): MeetingDetail {
    this.assertMeeting(sessionId);
    const stored = this.repo.meeting(sessionId);
    const meeting = stored?.meeting ?? EMPTY_MEETING;
    const all = this.repo.notes({});
    const onAgenda = new Set(meeting.agenda);
    const candidates = this.summaries(all.filter((n) => n.forDiscussion || onAgenda.has(n.id)));
    return { sessionId, meeting, candidates, caseload: this.caseload(all), updatedAt: stored?.updatedAt ?? null };
  }

  saveMeeting(sessionId: string, meeting: Meeting): Meeting {
    this.assertMeeting(sessionId);
    const problems: ErrorDetail[] = [];
    meeting.agenda.forEach((id, i) => this.repo.note(id) || problems.push(detail(`agenda.${i}`, 'note_not_found', 'case-note not found')));
    meeting.discussions.forEach((d, i) => meeting.agenda.includes(d.noteId) || problems.push(detail(`discussions.${i}.noteId`, 'not_on_agenda', 'not on the agenda')));
    if (new Set(meeting.discussions.map((d) => d.noteId)).size !== meeting.discussions.length) problems.push(detail('discussions', 'one_discussion_per_note', 'one discussion per note'));
    if (problems.length) throw new ApiError('VALIDATION', 'the meeting does not fit its notes', problems);
    meeting.discussions.forEach((d, i) => this.gate.assertResolved(discussionTextFields(d, i), this.cases.gateContext(this.note(d.noteId).caseId)));
    this.gate.assertNoStructured(meeting.siteIssues.map((text, i) => ({ path: `siteIssues.${i}`, text })));
    this.repo.saveMeeting(sessionId, meeting, this.now().toISOString());
    return meeting;
  }

  /**
   * What the weekly meeting adds to the bijeenkomst's learning record (the sessions area's port): how
   * many notes were discussed and the site issues; the casebespreking per note (case text) only when the
   * case material is asked for, after passing the gate again.
   */
  meetingRecord(sessionId: string, canvasKind: string, includeCanvas: boolean): { blocks: ReportBlock[]; replacesCanvas: boolean } | null {
    if (canvasKind !== 'ffps-casenote') return null;
    const m = this.repo.meeting(sessionId)?.meeting ?? EMPTY_MEETING;
    const discussed = m.discussions.filter((d) => this.repo.note(d.noteId));
    const b: ReportBlock[] = [{ kind: 'heading', level: 2, text: 'Casuïstiekbespreking (FFPS)' }];
    b.push({ kind: 'fields', rows: [['Op de agenda', `${m.agenda.length} case-note(s)`], ['Besproken', `${discussed.length} case-note(s)`]] });
    if (m.siteIssues.length) b.push({ kind: 'list', label: 'Organisatorische zaken', items: m.siteIssues });
    if (!includeCanvas) {
      b.push({ kind: 'note', text: 'De casebespreking zelf (casusmateriaal) staat alleen in het verslag als het geanonimiseerde casusmateriaal wordt opgenomen.' });
      return { blocks: b, replacesCanvas: true };
    }
    b.push({ kind: 'note', text: 'Geanonimiseerd casusmateriaal, alleen om van te leren. Oefenpunten gaan over het handelen van de gezinsmanager, niet over besluiten over het gezin.' });
    discussed.forEach((d, i) => {
      const note = this.note(d.noteId);
      this.gate.assertResolved(discussionTextFields(d, i), this.cases.gateContext(note.caseId));
      b.push({ kind: 'heading', level: 3, text: `${this.cases.codeName(note.caseId) ?? ''} · contact ${note.contactNumber} (${note.author})` });
      const rows: Array<[string, string]> = [
        ['Fasecheck', d.phaseCheck],
        ['Relationele hypothese', d.hypothesis],
        ['Samen geoefende reframe', d.reframe],
        ['Afgesproken oefenpunt', d.oefenpunt],
      ];
      for (const [label, text] of rows) if (text.trim()) b.push({ kind: 'labelled', label, text });
    });
    return { blocks: b, replacesCanvas: true };
  }

  /** The team's cases with their phase and last contact: the staffing block's list. */
  private caseload(notes: readonly CaseNote[]): CaseloadEntry[] {
    const byCase = new Map<string, CaseNote[]>();
    for (const n of notes) byCase.set(n.caseId, [...(byCase.get(n.caseId) ?? []), n]);
    const norm = this.settings.get().ffpsFirstPhaseMaxGapWeeks;
    return [...byCase.entries()]
      .map(([caseId, ns]) => {
        const last = [...ns].sort((a, b) => b.contactNumber - a.contactNumber || b.week - a.week)[0];
        return {
          caseId,
          caseCodeName: this.cases.codeName(caseId) ?? '',
          phase: last.phase,
          lastContactNumber: last.contactNumber,
          lastContactWeek: last.week,
          author: last.author,
          notes: ns.length,
          warnings: phaseTimeline(caseId, ns, norm).warnings.length,
        };
      })
      .sort((a, b) => a.author.localeCompare(b.author, 'nl') || a.caseCodeName.localeCompare(b.caseCodeName, 'nl'));
  }

  private assertMeeting(sessionId: string): void {
    const kind = this.sessionCanvas(sessionId);
    if (kind === null) throw new ApiError('NOT_FOUND', 'bijeenkomst not found');
    if (kind !== 'ffps-casenote') throw new ApiError('VALIDATION', 'not an FFPS meeting', [detail('sessionId', 'not_ffps_session', 'the script of this bijeenkomst is not the FFPS casuïstiekbespreking')]);
  }

  // ── internals ──────────────────────────────────────────────────────────────────────────────────

  /** The open oefenpunt for this case and professional: the latest acknowledged one not yet practised. */
  private openOefenpunt(caseId: string, professional: string): OpenOefenpunt | null {
    const notes = new Set(this.repo.notes({ caseId }).map((n) => n.id));
    const open = this.repo
      .feedbackFor(professional)
      .filter((f) => f.noteId !== null && notes.has(f.noteId) && f.oefenpunt.trim() && f.acknowledgedAt && !f.practisedAt)
      .at(-1);
    return open ? { feedbackId: open.id, noteId: open.noteId!, oefenpunt: open.oefenpunt, givenAt: open.createdAt } : null;
  }

  private summaries(notes: CaseNote[]): CaseNoteSummary[] {
    return notes.map((n) => ({
      id: n.id,
      caseId: n.caseId,
      caseCodeName: this.cases.codeName(n.caseId) ?? '',
      phase: n.phase,
      contactNumber: n.contactNumber,
      week: n.week,
      author: n.author,
      forDiscussion: n.forDiscussion,
      feedbackState: n.feedbackState,
      updatedAt: n.updatedAt,
    }));
  }

  private me(fallback: string): string {
    return this.settings.get().displayName.trim() || fallback;
  }

  private note(id: string): CaseNote {
    const n = this.repo.note(id);
    if (!n) throw new ApiError('NOT_FOUND', 'case-note not found');
    return n;
  }

  private feedback(id: string): Feedback {
    const f = this.repo.feedback(id);
    if (!f) throw new ApiError('NOT_FOUND', 'feedback not found');
    return f;
  }
}
