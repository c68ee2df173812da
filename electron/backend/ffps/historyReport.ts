import { slugify } from '../../../shared/common/slug';
import { FFP_PHASE_LABELS, FFP_PRINCIPLE_LABELS, type FeedbackHistory } from '../../../shared/ffps/types';
import type { Report, ReportBlock } from '../core/report/report';

const DATE = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'Europe/Amsterdam' });
const rating = (n: number | null) => (n === null ? '–' : `${n} / 6`);

/** A professional's FFPS feedback history, for werkbegeleiding and the portfolio. About practice, never about a family. */
export function historyReport(h: FeedbackHistory): Report {
  const b: ReportBlock[] = [
    { kind: 'note', text: 'Feedback op het eigen professionele handelen volgens FFPS — leermateriaal, geen besluitvorming over gezinnen.' },
    { kind: 'fields', rows: [['Professional', h.professional], ['Feedbackrondes', String(h.rounds.length)], ['Oefenpunten geoefend', `${h.rounds.filter((r) => r.practised).length} van ${h.rounds.filter((r) => r.oefenpunt.trim()).length}`]] },
    { kind: 'heading', level: 2, text: 'Rondes' },
  ];
  if (h.rounds.length === 0) b.push({ kind: 'paragraph', text: 'Nog geen feedbackrondes.' });
  else
    b.push({
      kind: 'table',
      head: ['Datum', 'Casus', 'Fase', 'Adherentie', 'Competentie', 'Oefenpunt', 'Geoefend'],
      widths: [0.12, 0.16, 0.17, 0.1, 0.1, 0.27, 0.08],
      rows: h.rounds.map((r) => [
        DATE.format(new Date(r.givenAt)),
        r.caseCodeName,
        FFP_PHASE_LABELS[r.phase],
        rating(r.adherence),
        rating(r.competence),
        r.oefenpunt || '–',
        r.practised ? 'ja' : 'nee',
      ]),
    });
  b.push({ kind: 'heading', level: 2, text: 'Principes die aandacht vragen' });
  if (h.missedPrinciples.length === 0) b.push({ kind: 'paragraph', text: 'Geen principe kreeg "nee" of "deels".' });
  else b.push({ kind: 'list', items: h.missedPrinciples.map((p) => `${FFP_PRINCIPLE_LABELS[p.principle]}: ${p.nee}× nee, ${p.deels}× deels`) });
  return { title: `Feedbackgeschiedenis FFPS — ${h.professional}`, blocks: b };
}

export const historyFilename = (professional: string) => `feedbackgeschiedenis-${slugify(professional) || 'professional'}`;
