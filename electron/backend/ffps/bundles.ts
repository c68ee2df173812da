import { ApiError } from '../../../shared/api/errors';
import { slugify } from '../../../shared/common/slug';
import type { BundleFile, BundlePreview } from '../../../shared/exchange/types';
import { feedbackPayloadSchema, requestPayloadSchema, type FeedbackPayload, type RequestPayload } from '../../../shared/ffps/bundle';
import { caseNoteTextFields, feedbackTextFields } from '../../../shared/ffps/fields';
import type { Gate } from '../anonymiser';
import type { CaseService } from '../cases';
import { refuse, type ExchangeService, type OpenedBundle } from '../exchange';
import type { FfpsRepository } from './repository';
import { detail } from '../../../shared/api/details';

export interface BundleDeps {
  repo: FfpsRepository;
  gate: Gate;
  cases: CaseService;
  exchange: ExchangeService;
  now: () => Date;
}

/** "Vraag feedback": the notes (of one case) as a signed request bundle; they are marked as requested. */
export function exportRequest(deps: BundleDeps, noteIds: readonly string[]): BundleFile {
  const notes = noteIds.map((id) => deps.repo.note(id) ?? notFound());
  const caseId = notes[0].caseId;
  if (notes.some((n) => n.caseId !== caseId)) throw new ApiError('VALIDATION', 'one case per request', [detail('noteIds', 'notes_one_case', 'notes of more than one case')]);
  const c = deps.cases.detail(caseId);
  const payload: RequestPayload = {
    case: { id: c.id, codeName: c.codeName, format: c.format, people: c.people },
    notes: notes.map(({ author: _a, feedbackState: _f, createdAt: _c, updatedAt: _u, ...n }) => n),
  };
  // What leaves passes the gate again, as every export does.
  for (const n of payload.notes) deps.gate.assertResolved(caseNoteTextFields(n), deps.cases.gateContext(caseId));
  const { content } = deps.exchange.seal('ffps-feedback-request', payload);
  const now = deps.now().toISOString();
  deps.repo.transaction(() => notes.forEach((n) => deps.repo.setFeedbackState(n.id, 'requested', now)));
  return { filename: `feedbackvraag-${slugify(c.codeName) || 'casus'}-${now.slice(0, 10)}.leertafel`, content };
}

/** "Feedback versturen": the rounds given here on these notes, as a signed feedback bundle. */
export function exportFeedback(deps: BundleDeps, noteIds: readonly string[]): BundleFile {
  const feedback = noteIds.flatMap((id) => deps.repo.feedbackOn(id));
  if (feedback.length === 0) throw new ApiError('VALIDATION', 'no feedback to send', [detail('noteIds', 'no_feedback', 'no feedback on these notes')]);
  const payload: FeedbackPayload = {
    feedback: feedback.map((f) => ({
      id: f.id,
      noteId: f.noteId!,
      comments: f.comments,
      principles: f.principles,
      adherence: f.adherence,
      competence: f.competence,
      oefenpunt: f.oefenpunt,
      createdAt: f.createdAt,
    })),
  };
  const { content } = deps.exchange.seal('ffps-feedback', payload);
  return { filename: `feedback-${slugify(feedback[0].caseCodeName) || 'casus'}-${deps.now().toISOString().slice(0, 10)}.leertafel`, content };
}

type Opened = { kind: 'request'; bundle: OpenedBundle<RequestPayload> } | { kind: 'feedback'; bundle: OpenedBundle<FeedbackPayload> };

function openAny(deps: BundleDeps, content: string): Opened {
  let kind: unknown;
  try {
    kind = (JSON.parse(content) as { kind?: unknown }).kind;
  } catch {
    refuse('not-a-bundle', 'not JSON');
  }
  if (kind === 'ffps-feedback') return { kind: 'feedback', bundle: deps.exchange.open(content, 'ffps-feedback', feedbackPayloadSchema) };
  return { kind: 'request', bundle: deps.exchange.open(content, 'ffps-feedback-request', requestPayloadSchema) };
}

export function previewBundle(deps: BundleDeps, content: string): BundlePreview {
  const o = openAny(deps, content);
  const summary =
    o.kind === 'request'
      ? o.bundle.payload.notes.map((n) => `${o.bundle.payload.case.codeName}: contact ${n.contactNumber}, week ${n.week}`)
      : [`${o.bundle.payload.feedback.length} feedbackronde(s)`];
  return { ...o.bundle.preview, summary };
}

/**
 * Imports a bundle whole or not at all: the signature and trust are checked first, every text passes
 * this machine's gate, and one transaction applies it. The same bundle twice changes nothing.
 */
export function importBundle(deps: BundleDeps, content: string, trustNewSender: boolean): { kind: 'request' | 'feedback'; notes: number; feedback: number } {
  const o = openAny(deps, content);
  const now = deps.now().toISOString();
  if (o.kind === 'request') {
    const { payload, envelope } = o.bundle;
    return deps.repo.transaction(() => {
      deps.exchange.accept(o.bundle, trustNewSender);
      if (o.bundle.preview.alreadyImported) return { kind: 'request' as const, notes: 0, feedback: 0 };
      deps.cases.receive(payload.case);
      const ctx = deps.cases.gateContext(payload.case.id);
      const roster = new Set(payload.case.people.map((p) => p.id));
      for (const n of payload.notes) {
        if (n.caseId !== payload.case.id || [...n.present, ...n.responses.map((r) => r.personId)].some((p) => !roster.has(p))) refuse('content', 'note does not fit its case');
        deps.gate.assertResolved(caseNoteTextFields(n), ctx);
        const { id, ...note } = n;
        if (deps.repo.note(id)) deps.repo.updateNote(id, note, now);
        else deps.repo.insertNote(id, note, envelope.sender.name, now);
        deps.repo.setFeedbackState(id, 'requested', now);
      }
      return { kind: 'request' as const, notes: payload.notes.length, feedback: 0 };
    });
  }
  const { payload, envelope } = o.bundle;
  return deps.repo.transaction(() => {
    deps.exchange.accept(o.bundle, trustNewSender);
    if (o.bundle.preview.alreadyImported) return { kind: 'feedback' as const, notes: 0, feedback: 0 };
    let added = 0;
    for (const f of payload.feedback) {
      const note = deps.repo.note(f.noteId) ?? refuse('unknown-note');
      deps.gate.assertResolved(feedbackTextFields(f), deps.cases.gateContext(note.caseId));
      if (deps.repo.feedback(f.id)) continue;
      const { id, createdAt, ...input } = f;
      deps.repo.insertFeedback({ id, input, professional: note.author, supervisor: envelope.sender.name, caseCodeName: deps.cases.codeName(note.caseId) ?? '', phase: note.phase, now: createdAt });
      deps.repo.setFeedbackState(note.id, 'received', now);
      added++;
    }
    return { kind: 'feedback' as const, notes: 0, feedback: added };
  });
}

function notFound(): never {
  throw new ApiError('NOT_FOUND', 'case-note not found');
}
