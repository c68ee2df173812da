import { FFP_PHASES, FFP_PRINCIPLES, type CaseNote, type Feedback, type FeedbackHistory, type PhaseTimeline } from '../../../shared/ffps/types';

/**
 * Contacts per phase in contact order, each with the weeks since the contact before it (across phases),
 * and a warning for every gap in the first phase larger than the team's norm.
 */
export function phaseTimeline(caseId: string, notes: readonly CaseNote[], firstPhaseMaxGapWeeks: number): PhaseTimeline {
  const ordered = [...notes].sort((a, b) => a.contactNumber - b.contactNumber || a.week - b.week);
  const phases: PhaseTimeline['phases'] = FFP_PHASES.map((phase) => ({ phase, contacts: [] }));
  const warnings: PhaseTimeline['warnings'] = [];
  ordered.forEach((n, i) => {
    const prev = ordered[i - 1];
    const gapWeeks = prev ? n.week - prev.week : null;
    phases[FFP_PHASES.indexOf(n.phase)].contacts.push({ noteId: n.id, contactNumber: n.contactNumber, week: n.week, gapWeeks });
    if (prev && n.phase === FFP_PHASES[0] && prev.phase === FFP_PHASES[0] && gapWeeks !== null && gapWeeks > firstPhaseMaxGapWeeks)
      warnings.push({ fromContact: prev.contactNumber, toContact: n.contactNumber, gapWeeks });
  });
  return { caseId, firstPhaseMaxGapWeeks, phases, warnings };
}

/** A professional's rounds in time order, and the principles most often scored "nee". */
export function feedbackHistory(professional: string, feedback: readonly Feedback[]): FeedbackHistory {
  const rounds = feedback.map((f) => ({
    feedbackId: f.id,
    noteId: f.noteId ?? '',
    caseCodeName: f.caseCodeName,
    phase: f.phase,
    givenAt: f.createdAt,
    adherence: f.adherence,
    competence: f.competence,
    oefenpunt: f.oefenpunt,
    practised: f.practisedAt !== null,
  }));
  const missedPrinciples = FFP_PRINCIPLES.map((principle) => ({
    principle,
    nee: feedback.filter((f) => f.principles[principle].score === 'nee').length,
    deels: feedback.filter((f) => f.principles[principle].score === 'deels').length,
  }))
    .filter((p) => p.nee + p.deels > 0)
    .sort((a, b) => b.nee - a.nee || b.deels - a.deels);
  return { professional, rounds, missedPrinciples };
}
