import type { TextField } from '../common/fields';
import type { CaseNoteInput, FeedbackInput } from './types';

/** Every free text of a case-note, with its path: what the case's gate checks before storing. */
export function caseNoteTextFields(n: CaseNoteInput): TextField[] {
  return [
    ...n.goals.flatMap((g, i) => [
      { path: `goals.${i}.goal`, text: g.goal },
      { path: `goals.${i}.progress`, text: g.progress },
    ]),
    { path: 'interventions', text: n.interventions },
    ...n.techniques.map((text, i) => ({ path: `techniques.${i}`, text })),
    ...n.responses.map((r, i) => ({ path: `responses.${i}.response`, text: r.response })),
    { path: 'hypothesis.behaviour', text: n.hypothesis.behaviour },
    { path: 'hypothesis.nobleIntent', text: n.hypothesis.nobleIntent },
    { path: 'nextPlan', text: n.nextPlan },
  ];
}

/** Every free text of a feedback round: comments, quotes, principle comments and the oefenpunt. */
export function feedbackTextFields(f: FeedbackInput): TextField[] {
  return [
    ...f.comments.flatMap((c, i) => [
      { path: `comments.${i}.quote`, text: c.quote },
      { path: `comments.${i}.text`, text: c.text },
    ]),
    ...Object.entries(f.principles).map(([p, r]) => ({ path: `principles.${p}.comment`, text: r.comment })),
    { path: 'oefenpunt', text: f.oefenpunt },
  ];
}
