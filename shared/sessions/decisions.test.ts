import { describe, expect, it } from 'vitest';
import { EMPTY_CANVAS, type VierVenstersCanvas } from './types';
import { canvasTextFields } from './fields';
import { DECISION_MARK, markedForExport, rephraseUnresolved, unresolvedDecisions } from './decisions';

const IDEA = '11111111-1111-4111-8111-111111111111';

function canvas(): VierVenstersCanvas {
  const c = structuredClone(EMPTY_CANVAS);
  c.mensen.people.push({ name: 'Moeder', relation: 'moeder van K1', perspective: 'Wil dat K1 thuis blijft.', regie: false });
  c.feiten.items.push({ text: 'K1 is 8 en zit in groep 5.', kind: 'vaststaand' });
  c.feiten.zorgen.push('Melding doen bij Veilig Thuis.');
  c.weging.inbrenger = 'We besluiten tot een uithuisplaatsing.';
  c.volgendeStappen.ideas.push({ id: IDEA, memberId: null, text: 'Vraag oma hoe zij het ziet.', takeAlong: false });
  return c;
}

describe('decision text left unresolved', () => {
  it('is found in every canvas field the guard fires on, in canvas order, and nowhere else', () => {
    const found = unresolvedDecisions(canvas());
    expect(found.map((f) => [f.path, f.section])).toEqual([
      ['canvas.feiten.zorgen.0', 'feiten'],
      ['canvas.weging.inbrenger', 'weging'],
    ]);
    expect(found[1].phrase).toMatch(/besluiten/);
  });

  it('is marked in an export; plain text is not', () => {
    expect(markedForExport('We besluiten tot een uithuisplaatsing.')).toBe(`[${DECISION_MARK}] We besluiten tot een uithuisplaatsing.`);
    expect(markedForExport('Vraag oma hoe zij het ziet.')).toBe('Vraag oma hoe zij het ziet.');
  });

  it('is rephrased as a suggestion all at once, leaving every other text exactly as it was', () => {
    const before = canvas();
    const after = rephraseUnresolved(before);
    expect(unresolvedDecisions(after)).toEqual([]);
    expect(after.weging.inbrenger).toMatch(/^Suggestie om mee te nemen naar werkbegeleiding: /);
    const changed = canvasTextFields(after).filter((f, i) => f.text !== canvasTextFields(before)[i].text).map((f) => f.path);
    expect(changed).toEqual(['canvas.feiten.zorgen.0', 'canvas.weging.inbrenger']);
  });

  it('stays as it is (and listed) when the suggestion would not fit the field', () => {
    const c = structuredClone(EMPTY_CANVAS);
    c.feiten.zorgen.push(`We besluiten tot een uithuisplaatsing. ${'x'.repeat(440)}`);
    const after = rephraseUnresolved(c);
    expect(after.feiten.zorgen[0]).toBe(c.feiten.zorgen[0]);
    expect(unresolvedDecisions(after)).toHaveLength(1);
  });
});
