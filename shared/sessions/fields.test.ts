import { describe, expect, it } from 'vitest';
import { canvasTextFields, learningTextFields } from './fields';
import type { LearningRecord, VierVenstersCanvas } from './types';

/** Every string leaf of a value, with its path: what a field list must cover. */
function stringLeaves(value: unknown, path: string, out: Map<string, string>, skip: ReadonlySet<string>): void {
  if (typeof value === 'string') {
    const key = path.replace(/^\./, '');
    if (![...skip].some((s) => new RegExp(`^${s}$`).test(key))) out.set(key, value);
  } else if (Array.isArray(value)) value.forEach((v, i) => stringLeaves(v, `${path}.${i}`, out, skip));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) stringLeaves(v, `${path}.${k}`, out, skip);
}

const canvas: VierVenstersCanvas = {
  mensen: { people: [{ name: 'Moeder', relation: 'moeder', perspective: 'p', regie: true }], network: 'n' },
  feiten: { items: [{ text: 'f', kind: 'vaststaand' }], krachten: ['k'], zorgen: ['z'], onbekend: ['o'] },
  weging: { inbrenger: 'w', perspectives: ['pp'], criteria: ['c'], differences: ['d'], scaling: { enabled: true, scores: [] } },
  volgendeStappen: { ideas: [{ id: '00000000-0000-4000-8000-000000000001', memberId: null, text: 'i', takeAlong: false }] },
};

describe('text field lists', () => {
  it('list every free text of the canvas, and nothing that is an id or a kind', () => {
    const leaves = new Map<string, string>();
    stringLeaves(canvas, 'canvas', leaves, new Set(['canvas\\.feiten\\.items\\.\\d+\\.kind', 'canvas\\.volgendeStappen\\.ideas\\.\\d+\\.id']));
    const listed = new Map(canvasTextFields(canvas).map((f) => [f.path, f.text]));
    expect(listed).toEqual(leaves);
  });

  it('list every free text of the learning record', () => {
    const learning: LearningRecord = {
      inbrengerLearned: 'a',
      inbrengerWillTry: 'b',
      toWerkbegeleiding: 'c',
      participantLearnings: [{ memberId: '00000000-0000-4000-8000-000000000002', text: 'd' }],
      processFeedback: 'e',
      attendance: [{ memberId: '00000000-0000-4000-8000-000000000002', present: true, arrived: '10:00', left: null }],
    };
    const leaves = new Map<string, string>();
    stringLeaves(learning, 'learning', leaves, new Set(['learning\\..*memberId', 'learning\\.attendance\\..*']));
    expect(new Map(learningTextFields(learning).map((f) => [f.path, f.text]))).toEqual(leaves);
  });
});
