/**
 * Every text a bijeenkomst holds, with its path in the request: the one list the backend's gate checks,
 * the renderer's live identifier check reads and the export re-checks. A new canvas field is added here
 * once (the "every text is listed" test in fields.test.ts fails until it is).
 */
import type { TextField } from '../common/fields';
import type { LearningRecord, Reflection, VierVenstersCanvas } from './types';

export type { TextField };

export function canvasTextFields(c: VierVenstersCanvas): TextField[] {
  const f: TextField[] = [];
  const list = (path: string, items: readonly string[]) => items.forEach((text, i) => f.push({ path: `${path}.${i}`, text }));
  c.mensen.people.forEach((p, i) => {
    f.push({ path: `canvas.mensen.people.${i}.name`, text: p.name });
    f.push({ path: `canvas.mensen.people.${i}.relation`, text: p.relation });
    f.push({ path: `canvas.mensen.people.${i}.perspective`, text: p.perspective });
  });
  f.push({ path: 'canvas.mensen.network', text: c.mensen.network });
  c.feiten.items.forEach((it, i) => f.push({ path: `canvas.feiten.items.${i}.text`, text: it.text }));
  list('canvas.feiten.krachten', c.feiten.krachten);
  list('canvas.feiten.zorgen', c.feiten.zorgen);
  list('canvas.feiten.onbekend', c.feiten.onbekend);
  f.push({ path: 'canvas.weging.inbrenger', text: c.weging.inbrenger });
  list('canvas.weging.perspectives', c.weging.perspectives);
  list('canvas.weging.criteria', c.weging.criteria);
  list('canvas.weging.differences', c.weging.differences);
  c.volgendeStappen.ideas.forEach((idea, i) => f.push({ path: `canvas.volgendeStappen.ideas.${i}.text`, text: idea.text }));
  return f;
}

/** The texts alone, for the renderer's check that decides whether the canvas may be saved. */
export const canvasTexts = (c: VierVenstersCanvas): string[] => canvasTextFields(c).map((f) => f.text);

export function learningTextFields(l: LearningRecord): TextField[] {
  return [
    { path: 'learning.inbrengerLearned', text: l.inbrengerLearned },
    { path: 'learning.inbrengerWillTry', text: l.inbrengerWillTry },
    { path: 'learning.toWerkbegeleiding', text: l.toWerkbegeleiding },
    ...l.participantLearnings.map((p, i) => ({ path: `learning.participantLearnings.${i}.text`, text: p.text })),
    { path: 'learning.processFeedback', text: l.processFeedback },
  ];
}

export function reflectionTextFields(r: Pick<Reflection, 'technischInstrumenteel' | 'normatief' | 'persoonlijk'>, prefix = ''): TextField[] {
  return [
    { path: `${prefix}technischInstrumenteel`, text: r.technischInstrumenteel },
    { path: `${prefix}normatief`, text: r.normatief },
    { path: `${prefix}persoonlijk`, text: r.persoonlijk },
  ];
}
