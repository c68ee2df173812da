/**
 * Decision text left unresolved: canvas text on which the decision guard fires and that nobody rephrased
 * as a suggestion (or moved to "meenemen naar werkbegeleiding", which rephrases it). An MLB takes no
 * decisions about clients, so such text is never shown or exported as if it were plain canvas text:
 * the beamer marks it, the learning record marks it, and "Afronden" lists it first.
 *
 * One list for all three (renderer and backend read the same function), built on the canvas field list
 * in ./fields.ts, so a new canvas field is covered once it is listed there.
 */
import { findDecisionLanguage, rephraseAsSuggestion, type Reason } from './guard';
import { canvasTextFields } from './fields';
import { CANVAS_LIMITS, type VierVenstersCanvas } from './types';

export type CanvasSection = 'mensen' | 'feiten' | 'weging' | 'volgende-stappen';

export interface UnresolvedDecision {
  /** Path in the canvas, as in canvasTextFields: 'canvas.weging.inbrenger', 'canvas.feiten.items.2.text'. */
  path: string;
  section: CanvasSection;
  text: string;
  /** The words that read as a decision, for the message. */
  phrase: string;
  reason: Reason;
}

/** The label exports put in front of such text (plain words: the PDF's fonts have no warning sign). */
export const DECISION_MARK = 'Besluittaal, niet herschreven';

/** Does this text read as a decision about the client that was never rephrased? */
export function isUnresolvedDecision(text: string): boolean {
  return text.trim() !== '' && findDecisionLanguage(text).length > 0;
}

const SECTION_OF: Record<string, CanvasSection> = { mensen: 'mensen', feiten: 'feiten', weging: 'weging', volgendeStappen: 'volgende-stappen' };

/** Every unresolved decision text in the canvas, in canvas order. Names of people are not read. */
export function unresolvedDecisions(canvas: VierVenstersCanvas): UnresolvedDecision[] {
  const out: UnresolvedDecision[] = [];
  for (const f of canvasTextFields(canvas)) {
    if (/\.people\.\d+\.name$/.test(f.path) || !f.text.trim()) continue;
    const m = findDecisionLanguage(f.text)[0];
    if (m) out.push({ path: f.path, section: SECTION_OF[f.path.split('.')[1]], text: f.text, phrase: m.phrase, reason: m.reason });
  }
  return out;
}

/** The text as an export shows it: unresolved decision text carries the mark in front. */
export function markedForExport(text: string): string {
  return isUnresolvedDecision(text) ? `[${DECISION_MARK}] ${text}` : text;
}

/**
 * Every unresolved decision text rephrased as a suggestion for werkbegeleiding (what the guard's own
 * "Herschrijf" does, for all of them at once). A text whose suggestion would exceed its field's limit is
 * left as it is, and stays listed.
 */
export function rephraseUnresolved(c: VierVenstersCanvas): VierVenstersCanvas {
  const L = CANVAS_LIMITS;
  const r = (max: number) => (s: string) => {
    if (!isUnresolvedDecision(s)) return s;
    const next = rephraseAsSuggestion(s);
    return next.length <= max ? next : s;
  };
  return {
    mensen: {
      people: c.mensen.people.map((p) => ({ ...p, relation: r(L.relation)(p.relation), perspective: r(L.perspective)(p.perspective) })),
      network: r(L.network)(c.mensen.network),
    },
    feiten: {
      items: c.feiten.items.map((f) => ({ ...f, text: r(L.fact)(f.text) })),
      krachten: c.feiten.krachten.map(r(L.strength)),
      zorgen: c.feiten.zorgen.map(r(L.strength)),
      onbekend: c.feiten.onbekend.map(r(L.strength)),
    },
    weging: {
      ...c.weging,
      inbrenger: r(L.weging)(c.weging.inbrenger),
      perspectives: c.weging.perspectives.map(r(L.perspectiveItem)),
      criteria: c.weging.criteria.map(r(L.criterion)),
      differences: c.weging.differences.map(r(L.difference)),
    },
    volgendeStappen: { ideas: c.volgendeStappen.ideas.map((i) => ({ ...i, text: r(L.idea)(i.text) })) },
  };
}
