import type { TextField } from '../common/fields';
import { isUnresolvedDecision, markedForExport } from '../sessions/decisions';
import { findDecisionLanguage } from '../sessions/guard';
import { MAP_PARTS, type Assignment, type Evaluation, type Supervision, type WorksheetBody } from './types';

/** Every text of a worksheet, with its path: what the case's gate checks before storing, and what the guard reads. */
export function worksheetTextFields(b: WorksheetBody): TextField[] {
  const list = (name: string, xs: readonly string[]) => xs.map((text, i) => ({ path: `${name}.${i}`, text }));
  switch (b.kind) {
    case 'map':
      return [...MAP_PARTS.flatMap((p) => list(p, b[p])), ...b.scores.flatMap((s, i) => [{ path: `scores.${i}.reason`, text: s.reason }])];
    case 'statements':
      return [
        ...b.dangers.flatMap((d, i) => [
          { path: `dangers.${i}.who`, text: d.who },
          { path: `dangers.${i}.behaviour`, text: d.behaviour },
          { path: `dangers.${i}.impact`, text: d.impact },
        ]),
        ...b.goals.flatMap((g, i) => (['parents', 'child', 'professionals', 'duration'] as const).map((k) => ({ path: `goals.${i}.${k}`, text: g[k] }))),
        ...b.bottomLines.map((l, i) => ({ path: `bottomLines.${i}.text`, text: l.text })),
      ];
    case 'three-houses':
      return [{ path: 'child', text: b.child }, ...list('good', b.good), ...list('worries', b.worries), ...list('dreams', b.dreams)];
    case 'words-pictures':
      return [
        { path: 'title', text: b.title },
        ...b.panels.flatMap((p, i) => [{ path: `panels.${i}.text`, text: p.text }, ...p.figures.map((f, j) => ({ path: `panels.${i}.figures.${j}.label`, text: f.label }))]),
      ];
    case 'safety-circles':
      return [{ path: 'child', text: b.child }, ...b.people.flatMap((p, i) => [{ path: `people.${i}.label`, text: p.label }, { path: `people.${i}.part`, text: p.part }])];
    case 'safety-plan':
      return [
        ...b.rules.flatMap((r, i) => [{ path: `rules.${i}.rule`, text: r.rule }, { path: `rules.${i}.who`, text: r.who }]),
        ...b.redFlags.flatMap((r, i) => [{ path: `redFlags.${i}.flag`, text: r.flag }, { path: `redFlags.${i}.response`, text: r.response }]),
        { path: 'review', text: b.review },
      ];
  }
}

/** The names of who scored on a map: professionals of the group, checked with the group's names allowed. */
export function mapScorerFields(b: WorksheetBody): TextField[] {
  return b.kind === 'map' ? b.scores.map((s, i) => ({ path: `scores.${i}.who`, text: s.who })) : [];
}

/** Group supervision's texts (map, statements, appreciative close, reasons). */
export function supervisionTextFields(s: Supervision): TextField[] {
  const list = (name: string, xs: readonly string[]) => xs.map((text, i) => ({ path: `map.${name}.${i}`, text }));
  return [
    ...MAP_PARTS.flatMap((p) => list(p, s.map[p])),
    ...s.scores.map((x, i) => ({ path: `scores.${i}.reason`, text: x.reason })),
    { path: 'dangerStatement', text: s.dangerStatement },
    { path: 'safetyGoal', text: s.safetyGoal },
    { path: 'close.wentWell', text: s.close.wentWell },
    { path: 'close.howDone', text: s.close.howDone },
    { path: 'close.familyWouldSay', text: s.close.familyWouldSay },
    { path: 'close.closerTo10', text: s.close.closerTo10 },
  ];
}

/** A professional's own learning text (not case material): refuses structured identifiers. */
export function assignmentTextFields(path: string, a: Assignment): TextField[] {
  return [
    { path: `${path}.plan`, text: a.plan },
    { path: `${path}.report`, text: a.report },
    { path: `${path}.reflection`, text: a.reflection },
  ];
}

export function evaluationTextFields(path: string, e: Evaluation): TextField[] {
  return [
    { path: `${path}.helped`, text: e.helped },
    { path: `${path}.change`, text: e.change },
    { path: `${path}.reason`, text: e.reason },
  ];
}

/** Drie Huizen without consent is shown to nobody but the one who writes it: not on the beamer, not in exports. */
export function isHidden(b: WorksheetBody): boolean {
  return b.kind === 'three-houses' && !b.consent;
}

/** The body as others may see it: without consent, the houses are empty. */
export function shareable(b: WorksheetBody): WorksheetBody {
  return isHidden(b) && b.kind === 'three-houses' ? { ...b, good: [], worries: [], dreams: [] } : b;
}

// ── Learning, not deciding: the decision guard with the same policy as the Vier Vensters canvas ─────

/** Texts that name someone (who is worried, who makes sure, the child, figure and circle labels) are not read. */
const NAMES = /(^|\.)(who|child|label)$/;

export interface WorksheetDecision {
  /** Path in the body, as in worksheetTextFields. */
  path: string;
  /** The words that read as a decision. */
  phrase: string;
}

/**
 * Worksheet or supervision text the decision guard fires on and nobody rephrased as a suggestion: on a
 * training case nothing is decided about a family, so such text is never shown or exported as if it
 * were plain worksheet text (shared/sessions/decisions: the same guard, the same mark).
 */
export function decisionsIn(fields: readonly TextField[]): WorksheetDecision[] {
  return fields.filter((f) => !NAMES.test(f.path) && isUnresolvedDecision(f.text)).map((f) => ({ path: f.path, phrase: findDecisionLanguage(f.text)[0]!.phrase }));
}

export const worksheetDecisions = (b: WorksheetBody): WorksheetDecision[] => decisionsIn(worksheetTextFields(b));

/** The body as an export shows it: every unresolved decision text carries `[Besluittaal, niet herschreven]` in front. */
export function markWorksheetDecisions<B extends WorksheetBody>(b: B): B {
  const found = worksheetDecisions(b);
  if (!found.length) return b;
  const out = structuredClone(b) as unknown as Record<string, unknown>;
  for (const { path } of found) {
    const keys = path.split('.');
    let at = out as Record<string, unknown>;
    for (const k of keys.slice(0, -1)) at = at[k] as Record<string, unknown>;
    const last = keys[keys.length - 1]!;
    at[last] = markedForExport(at[last] as string);
  }
  return out as unknown as B;
}
